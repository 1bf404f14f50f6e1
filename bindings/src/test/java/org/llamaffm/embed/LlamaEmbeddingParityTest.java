package org.llamaffm.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.EmbeddingException;
import org.llamaffm.EmbeddingException.Reason;
import org.llamaffm.Model;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Embeddings and reranking scores through {@link Embedder} and {@link Reranker} against llama.cpp's own
 * examples/embedding ({@code llama-embedding}, built from the same source by the native module):
 * same synthetic model, prompts, pooling, normalization, batch size and threads must give the same
 * vectors, every value within 1e-5 (llama-embedding prints 7 decimals; with normalization 0 it
 * prints integers, so there the bound is the rounding, 0.5).
 */
class LlamaEmbeddingParityTest {

    private static final double TOLERANCE = 1e-5;
    private static final int THREADS = 2;
    private static final List<String> PROMPTS = List.of(
            "Hello, my name is",
            "The quick brown fox jumps over the lazy dog",
            "Once upon a time in a land far away, there lived a king",
            "x",
            "Embeddings: vectors that mean something!");
    /** More than 256 tokens in all: with batch 256, several decodes. */
    private static final List<String> MANY = java.util.stream.IntStream.range(0, 14)
            .mapToObj(i -> "Input " + i + ": the quick brown fox jumps over the lazy dog, " + "again ".repeat(i % 5)
                    + "and runs away.")
            .toList();

    @TempDir
    static Path temp;

    private static Path llama;
    private static Path bert;
    private static Path reranker;
    private static Path templated;
    private static Path tool;

    @BeforeAll
    static void models() throws Exception {
        tool = Path.of(System.getProperty("llamaffm.test.tools", "")).resolve("llama-embedding");
        llama = temp.resolve("llama.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(11)
                .write(llama);
        bert = temp.resolve("bert.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge")).layers(2).seed(12).write(bert);
        reranker = temp.resolve("reranker.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .layers(2)
                .classifier(List.of())
                .seed(13)
                .write(reranker);
        templated = temp.resolve("templated.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .layers(2)
                .classifier(List.of())
                .rerankTemplate("query: {query}[SEP]document: {document}")
                .seed(14)
                .write(templated);
    }

    @ParameterizedTest(name = "{0}: pooling {1}, normalize {2}, batch {3}")
    @CsvSource({
        "llama, MEAN, 2, 512",
        "llama, CLS, 2, 512",
        "llama, LAST, 2, 512",
        "llama, NONE, 2, 512",
        "llama, MEAN, -1, 512",
        "llama, MEAN, 0, 512",
        "llama, MEAN, 1, 512",
        "llama, MEAN, 3, 512",
        "llama, NONE, -1, 512",
        "llama, LAST, 2, 256",
        "llama, NONE, 2, 256",
        "bert, CLS, 2, 512",
        "bert, MEAN, -1, 512",
        "bert, LAST, 2, 512",
        "bert, NONE, 2, 512",
        "bert, CLS, 1, 256",
    })
    void embeddingsEqualLlamaEmbeddings(String which, Pooling pooling, int normalize, int batchSize) throws Exception {
        Path model = which.equals("llama") ? llama : bert;
        List<String> prompts = batchSize < 512 ? MANY : PROMPTS;
        List<double[]> expected = llamaEmbedding(model, String.join("\n", prompts), pooling, normalize, batchSize);

        List<float[]> actual = new ArrayList<>();
        try (Model m = Model.load(model);
                Embedder embedder = Embedder.open(
                        m,
                        EmbeddingParams.builder()
                                .pooling(pooling)
                                .normalization(normalize)
                                .batchSize(batchSize)
                                .threads(THREADS)
                                .parseSpecial(true)
                                .build())) {
            assertThat(embedder.pooling()).isEqualTo(pooling);
            if (pooling == Pooling.NONE) {
                embedder.embedTokens(prompts).forEach(rows -> actual.addAll(Arrays.asList(rows)));
            } else {
                actual.addAll(embedder.embed(prompts));
            }
        }
        double tolerance = normalize == 0 ? 0.5 + 1e-3 : TOLERANCE;
        double max = compare(expected, actual, 0, tolerance);
        System.out.printf(
                Locale.ROOT,
                "parity with llama-embedding: %s, pooling %s, normalize %d, batch %d: %d vectors, "
                        + "max |difference| %.3g%n",
                which,
                pooling,
                normalize,
                batchSize,
                actual.size(),
                max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"separators", "template"})
    void rerankScoresEqualLlamaEmbeddings(String format) throws Exception {
        Path reranker = format.equals("template") ? templated : LlamaEmbeddingParityTest.reranker;
        String query = "what is a panda?";
        List<String> documents = List.of(
                "hi",
                "it's a bear",
                "The giant panda (Ailuropoda melanoleuca), also known as "
                        + "the panda bear, is a bear species endemic to China.",
                "pandas eat bamboo");
        StringBuilder prompt = new StringBuilder();
        for (String document : documents) {
            prompt.append(prompt.isEmpty() ? "" : "\n")
                    .append(query)
                    .append('\t')
                    .append(document);
        }
        // normalize -1: llama-embedding normalizes scores too (over n_embd floats, of which only n_cls_out exist)
        List<double[]> expected = llamaEmbedding(reranker, prompt.toString(), Pooling.RANK, -1, 512);

        try (Model m = Model.load(reranker);
                Reranker ranker = Reranker.open(
                        m,
                        EmbeddingParams.builder()
                                .threads(THREADS)
                                .batchSize(512)
                                .build())) {
            assertThatThrownBy(() -> Embedder.open(m))
                    .as("the model's own pooling is RANK")
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING);
            float[] scores = ranker.rerank(query, documents);
            List<float[]> actual = new ArrayList<>();
            for (float score : scores) {
                actual.add(new float[] {score});
            }
            double max = compare(expected, actual, 1, TOLERANCE);
            System.out.printf(
                    Locale.ROOT,
                    "parity with llama-embedding: rerank (%s), %d documents, scores %s, max |difference| %.3g%n",
                    format,
                    documents.size(),
                    Arrays.toString(scores),
                    max);
        }
    }

    /** Compares every value (the first {@code width} of each llama-embedding row when width > 0); returns the largest difference. */
    private static double compare(List<double[]> expected, List<float[]> actual, int width, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        double max = 0;
        for (int i = 0; i < expected.size(); i++) {
            double[] e = expected.get(i);
            float[] a = actual.get(i);
            int n = width > 0 ? width : e.length;
            assertThat(a).as("vector %d", i).hasSize(n);
            for (int j = 0; j < n; j++) {
                double difference = Math.abs(e[j] - a[j]);
                max = Math.max(max, difference);
                assertThat(difference)
                        .as("vector %d value %d: llama-embedding %s, Embedder %s", i, j, e[j], a[j])
                        .isLessThanOrEqualTo(tolerance);
            }
        }
        return max;
    }

    /**
     * Runs llama-embedding with the Embedder's context shape (context = batch = micro-batch; it
     * always uses one KV buffer for all sequences, 256 of them, so the batch must be >= 256: llama.cpp
     * asserts n_seq_max <= n_batch) and reads its JSON. Its output goes through llama.cpp's asynchronous
     * log, which it does not flush before exiting (common/log.cpp, llama.cpp issue 22142): the end of
     * a long output is sometimes lost, so an incomplete output is run again.
     */
    private static List<double[]> llamaEmbedding(
            Path model, String prompt, Pooling pooling, int normalize, int batchSize) throws Exception {
        assumeTrue(Files.isExecutable(tool), "llama-embedding not built (build with -Dllamaffm.native.tools=ON)");
        String size = String.valueOf(batchSize);
        Path out = temp.resolve("llama-embedding.json");
        Path log = temp.resolve("llama-embedding.log");
        String json = "";
        for (int attempt = 0; attempt < 5 && !json.contains("\n  ]\n}"); attempt++) {
            Process process = new ProcessBuilder(
                            tool.toString(),
                            "-m",
                            model.toString(),
                            "-p",
                            prompt,
                            "--pooling",
                            pooling.name().toLowerCase(Locale.ROOT),
                            "--embd-normalize",
                            String.valueOf(normalize),
                            "--embd-output-format",
                            "json",
                            "-t",
                            String.valueOf(THREADS),
                            "-c",
                            size,
                            "-b",
                            size,
                            "-ub",
                            size)
                    .redirectOutput(out.toFile())
                    .redirectError(log.toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(log)).isZero();
            json = Files.readString(out);
        }
        assertThat(json).as("llama-embedding's output, complete").contains("\n  ]\n}");
        Matcher m = Pattern.compile("\"embedding\": \\[([^\\]]*)\\]").matcher(json);
        List<double[]> vectors = new ArrayList<>();
        while (m.find()) {
            // RANK rows: the values past n_cls_out are whatever memory llama-embedding read ("-nan" included)
            vectors.add(Arrays.stream(m.group(1).split(","))
                    .mapToDouble(v -> v.endsWith("nan") ? Double.NaN : Double.parseDouble(v))
                    .toArray());
        }
        return vectors;
    }
}
