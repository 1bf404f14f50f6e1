package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.Model;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Reranker;
import org.llamaffm.testkit.SyntheticBert;

/** {@code llama-ffm embed} as a user runs it: JSON lines on stdout, one-line errors on stderr, exit codes. */
class EmbedCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).floatValue();
        }
        return values;
    }

    @Test
    void helpDescribesTheCommand() {
        Cli.Result help = run("embed", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: llama-ffm embed", "--pooling", "--normalize", "--rerank");
        assertThat(run("--help").out()).contains("embed");
    }

    @Test
    void embedsEachInputWithTheDemoModelAsTheJavaApiDoes() throws Exception {
        Cli.Result result = run("embed", "-p", "Hello world", "-p", "The sky is blue", "-t", "2");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err())
                .startsWith("llama-ffm: using the built-in demo model (random weights: its text is noise)");
        List<JsonNode> lines = lines(result.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        Path demo = DemoModel.path(new PrintWriter(new StringWriter()));
        try (Model model = Model.load(demo);
                Embedder embedder = Embedder.open(
                        model,
                        EmbeddingParams.builder()
                                .pooling(Pooling.MEAN)
                                .threads(2)
                                .build())) {
            List<float[]> expected = embedder.embed(List.of("Hello world", "The sky is blue"));
            for (int i = 0; i < 2; i++) {
                assertThat(floats(lines.get(i).get("embedding"))).containsExactly(expected.get(i), Offset.offset(0f));
            }
        }
        // the same inputs from a file and from stdin (one per line, empty lines skipped)
        Path file = temp.resolve("inputs.txt");
        Files.writeString(file, "Hello world\n\nThe sky is blue\n");
        assertThat(run("embed", "-f", file.toString(), "-t", "2").out()).isEqualTo(result.out());
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Hello world\nThe sky is blue".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("embed", "-t", "2").out()).isEqualTo(result.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void poolingNoneGivesTokensAndOneVectorPerToken() throws Exception {
        Cli.Result result = run("embed", "-p", "Hello world", "--pooling", "none", "--normalize", "-1");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode line = lines(result.out()).getFirst();
        assertThat(line.get("tokens").size())
                .isPositive()
                .isEqualTo(line.get("embedding").size());
        assertThat(line.get("embedding").get(0).size()).isEqualTo(256);
    }

    @Test
    void normalizationFollowsLlamaEmbeddingsCodes() throws Exception {
        float[] euclidean =
                floats(lines(run("embed", "-p", "Hello", "--pooling", "last").out())
                        .getFirst()
                        .get("embedding"));
        double length = 0;
        for (float x : euclidean) {
            length += x * x;
        }
        assertThat(Math.sqrt(length)).isCloseTo(1.0, Offset.offset(1e-5));
        float[] int16 = floats(lines(run("embed", "-p", "Hello", "--pooling", "last", "--normalize", "0")
                        .out())
                .getFirst()
                .get("embedding"));
        double max = 0;
        for (float x : int16) {
            max = Math.max(max, Math.abs(x));
        }
        assertThat(max).isCloseTo(32760, Offset.offset(0.01));
    }

    @Test
    void rerankPrintsAScorePerDocument() throws Exception {
        Path model = temp.resolve("reranker.gguf");
        SyntheticBert.of(bertVocab()).classifier(List.of()).seed(5).write(model);
        Cli.Result result = run(
                "embed",
                "-m",
                model.toString(),
                "--rerank",
                "what is a panda?",
                "-p",
                "hi",
                "-p",
                "The giant panda is a bear.");
        assertThat(result.exit()).as(result.err()).isZero();
        List<JsonNode> lines = lines(result.out());
        assertThat(lines).hasSize(2);
        try (Model m = Model.load(model);
                Reranker reranker = Reranker.open(m)) {
            float[] scores = reranker.rerank("what is a panda?", List.of("hi", "The giant panda is a bear."));
            for (int i = 0; i < 2; i++) {
                assertThat(lines.get(i).get("index").asInt()).isEqualTo(i);
                assertThat(lines.get(i).get("score").floatValue()).isEqualTo(scores[i]);
            }
        }
        Cli.Result classify = run("embed", "-m", model.toString(), "-p", "some text");
        assertThat(classify.exit()).as(classify.err()).isZero();
        assertThat(lines(classify.out()).getFirst().get("scores").size()).isEqualTo(1);
    }

    @Test
    void errorsAreOneLineOnStderrWithANonZeroExit() {
        Cli.Result notAReranker = run("embed", "--rerank", "query", "-p", "document");
        assertThat(notAReranker.exit()).isEqualTo(1);
        assertThat(notAReranker.out()).isEmpty();
        assertThat(notAReranker.err().lines().toList().getLast())
                .startsWith("embed: model llama-ffm-demo-")
                .contains("has no classification head");

        Cli.Result badPooling = run("embed", "-p", "x", "--pooling", "max");
        assertThat(badPooling.exit()).isEqualTo(1);
        assertThat(badPooling.err()).isEqualTo("embed: --pooling must be mean, cls, last, none or rank, was max\n");

        Cli.Result both = run("embed", "-p", "a", "-f", "b.txt");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("embed: give the inputs with -p or -f, not both\n");

        Cli.Result rerankPooling = run("embed", "--rerank", "q", "--pooling", "mean", "-p", "a");
        assertThat(rerankPooling.exit()).isEqualTo(1);
        assertThat(rerankPooling.err()).isEqualTo("embed: --rerank needs pooling rank, not mean\n");

        Cli.Result tooLong = run("embed", "-p", "word ".repeat(40), "-b", "16");
        assertThat(tooLong.exit()).isEqualTo(1);
        assertThat(tooLong.err().lines().toList().getLast())
                .startsWith("embed: text 0 has ")
                .endsWith(
                        "tokens, more than the 16 one decode takes (raise EmbeddingParams.batchSize): shorten or split it");

        // -c is the context size (as llama-embedding's), and bounds an input as -b does
        Cli.Result tooLongForTheContext = run("embed", "-p", "word ".repeat(40), "-c", "16");
        assertThat(tooLongForTheContext.exit()).isEqualTo(1);
        assertThat(tooLongForTheContext.err().lines().toList().getLast())
                .endsWith("tokens, more than the 16 one "
                        + "decode takes (raise EmbeddingParams.batchSize): shorten or split it");
        assertThat(run("embed", "-p", "word ".repeat(40), "-c", "64", "-b", "16")
                        .exit())
                .isZero();

        Cli.Result badNormalize = run("embed", "-p", "x", "--normalize", "-3");
        assertThat(badNormalize.exit()).isEqualTo(1);
        assertThat(badNormalize.err()).contains("embed: normalization must be -1 (none)");

        Cli.Result missing = run("embed", "-m", temp.resolve("missing.gguf").toString(), "-p", "x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err())
                .isEqualTo("embed: model file not found or not readable: " + temp.resolve("missing.gguf") + "\n");

        Cli.Result badNumber = run("embed", "-p", "x", "-t", "many");
        assertThat(badNumber.exit()).isEqualTo(2);
        assertThat(badNumber.err().lines()).hasSize(1);
    }

    /** llama.cpp's BERT vocabulary from the pinned source the native build used. */
    private static Path bertVocab() throws IOException {
        Path info = Path.of(System.getProperty("llamaffm.test.root", ".."))
                .resolve("native/target/llama-cpp-source.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            properties.load(in);
        }
        return Path.of(properties.getProperty("llama.cpp.dir")).resolve("models/ggml-vocab-bert-bge.gguf");
    }
}
