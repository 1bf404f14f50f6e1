package org.llamaffm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.Model;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Normalization;
import org.llamaffm.embed.Reranker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code llama-ffm embed}: embeddings (or reranking scores) of inputs, one JSON object per line. */
@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints the embedding of each input, one JSON object per line:",
            "  {\"index\":i,\"embedding\":[...]}",
            "  pooling none: {\"index\":i,\"tokens\":[...],\"embedding\":[[...],...]} (a vector per token)",
            "  --rerank QUERY: {\"index\":i,\"score\":s}, each input a document scored for QUERY",
            "  --pooling rank alone: {\"index\":i,\"scores\":[...]} (every classifier output)",
            "Inputs: each -p, else each line of -f FILE, else each line of stdin (empty lines skipped).",
            "The most tokens of one input (and of one decode): -c, else -b at most the model's trained length.",
            "Without --model it uses the built-in demo model (random weights)."
        })
final class EmbedCommand implements Callable<Integer> {

    /** Inputs embedded per call: output streams while a long stdin is read. */
    private static final int CHUNK = 256;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(
            names = {"-p", "--prompt"},
            paramLabel = "TEXT",
            description = "an input; repeat for several")
    List<String> prompts;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "read the inputs from a file, one per line")
    Path inputFile;

    @Option(
            names = "--pooling",
            paramLabel = "TYPE",
            description = "mean, cls, last, none (one vector per token) or rank "
                    + "(default: the model's own; mean for models that declare none; rank with --rerank)")
    String pooling;

    @Option(
            names = "--normalize",
            paramLabel = "N",
            defaultValue = "2",
            description = "as llama-embedding's "
                    + "--embd-normalize: -1 none, 0 max absolute (int16 range), 1 taxicab, 2 euclidean, >2 p-norm "
                    + "(default: ${DEFAULT-VALUE}; not applied to scores)")
    int normalize;

    @Option(
            names = "--rerank",
            paramLabel = "QUERY",
            description = "score each input as a document for QUERY (needs a reranking model)")
    String query;

    @Mixin
    ContextOptions.Size contextSize;

    @Mixin
    ContextOptions.Batch batchSize;

    @Mixin
    ContextOptions.Threads threads;

    @Option(
            names = "--parse-special",
            description = "read special-token text in the inputs (e.g. <|im_end|>) as "
                    + "control tokens (default: plain text)")
    boolean parseSpecial;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pooling requested = pooling();
        Normalization normalization = Normalization.of(normalize);
        if (query != null && requested != null && requested != Pooling.RANK) {
            throw new IllegalArgumentException("--rerank needs pooling rank, not " + pooling);
        }
        if (prompts != null && inputFile != null) {
            throw new IllegalArgumentException("give the inputs with -p or -f, not both");
        }
        BufferedReader lines = inputs();
        try (Model m = modelOptions.load(err)) {
            Pooling chosen = poolingFor(m, requested);
            EmbeddingParams.Builder params = EmbeddingParams.builder()
                    .pooling(chosen)
                    .normalization(normalization)
                    .batchSize(tokens(m))
                    .parseSpecial(parseSpecial);
            if (threads.value != null) {
                params.threads(threads.value);
            }
            if (chosen == Pooling.RANK) {
                try (Reranker reranker = Reranker.open(m, params.build())) {
                    printEach(lines, (chunk, index) -> print(reranker, chunk, index, out));
                }
            } else {
                try (Embedder embedder = Embedder.open(m, params.build())) {
                    printEach(lines, (chunk, index) -> print(embedder, chunk, index, out));
                }
            }
        }
        return 0;
    }

    /**
     * The one size of the embedder's context, batch and micro-batch, as llama-embedding makes them: the
     * context size when given (it raises the batch size to it), else the batch size, at most the model's
     * trained length (the context llama-embedding then has).
     */
    private int tokens(Model m) {
        int trained = m.trainedContextLength();
        return contextSize.value > 0
                ? contextSize.value
                : trained > 0 ? Math.min(batchSize.value, trained) : batchSize.value;
    }

    /** Prints the lines of one chunk of inputs, numbered from {@code index}; returns the next index. */
    @FunctionalInterface
    private interface Printer {
        int print(List<String> chunk, int index) throws IOException;
    }

    /** Reads the inputs in chunks of {@link #CHUNK} and prints each chunk's lines. */
    private static void printEach(BufferedReader lines, Printer printer) throws IOException {
        int index = 0;
        List<String> chunk = new ArrayList<>();
        boolean any = false;
        for (String line = next(lines); line != null; line = next(lines)) {
            any = true;
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                index = printer.print(chunk, index);
                chunk.clear();
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no input: every line was empty");
        }
        if (!chunk.isEmpty()) {
            printer.print(chunk, index);
        }
    }

    /** The next non-empty input. */
    private static String next(BufferedReader lines) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isEmpty()) {
                return line;
            }
        }
        return null;
    }

    private Pooling pooling() {
        if (pooling == null) {
            return null;
        }
        return switch (pooling.toLowerCase(Locale.ROOT)) {
            case "mean" -> Pooling.MEAN;
            case "cls" -> Pooling.CLS;
            case "last" -> Pooling.LAST;
            case "none" -> Pooling.NONE;
            case "rank" -> Pooling.RANK;
            default ->
                throw new IllegalArgumentException("--pooling must be mean, cls, last, none or rank, was " + pooling);
        };
    }

    /**
     * What was asked; else RANK to rerank; else the model's own (RANK: a reranker or classifier, opened as a
     * {@link Reranker}); MEAN where it declares none (a generative model).
     */
    private Pooling poolingFor(Model m, Pooling requested) {
        if (requested != null) {
            return requested;
        }
        if (query != null) {
            return Pooling.RANK;
        }
        String arch = m.metadata("general.architecture").orElse("");
        // llama_pooling_type 4 is RANK
        return m.metadata(arch + ".pooling_type")
                .map(p -> p.equals("4") ? Pooling.RANK : Pooling.UNSPECIFIED)
                .orElse(Pooling.MEAN);
    }

    private BufferedReader inputs() throws IOException {
        if (prompts != null) {
            return new BufferedReader(new java.io.StringReader(String.join("\n", prompts)));
        }
        if (inputFile != null) {
            return Files.newBufferedReader(inputFile, StandardCharsets.UTF_8);
        }
        if (System.console() != null && System.console().isTerminal()) {
            throw new IllegalArgumentException("no input: give it with -p TEXT, -f FILE or lines on stdin");
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Scores {@code chunk} (each a document for the query, or a text to classify) and prints one line per input. */
    private int print(Reranker reranker, List<String> chunk, int index, PrintWriter out) throws IOException {
        JsonFactory json = new JsonFactory();
        if (query != null) {
            float[] scores = reranker.rerank(query, chunk);
            for (float score : scores) {
                out.println(line(json, index++, g -> g.writeNumberField("score", score)));
            }
        } else {
            for (float[] scores : reranker.classify(chunk)) {
                out.println(line(json, index++, g -> {
                    g.writeFieldName("scores");
                    array(g, scores);
                }));
            }
        }
        out.flush();
        return index;
    }

    /** Embeds {@code chunk} and prints one line per input; returns the next index. */
    private int print(Embedder embedder, List<String> chunk, int index, PrintWriter out) throws IOException {
        JsonFactory json = new JsonFactory();
        if (embedder.pooling() == Pooling.NONE) {
            List<float[][]> rows = embedder.embedTokens(chunk);
            for (int i = 0; i < rows.size(); i++) {
                int[] tokens = embedder.tokenize(chunk.get(i));
                float[][] vectors = rows.get(i);
                out.println(line(json, index++, g -> {
                    g.writeFieldName("tokens");
                    g.writeArray(tokens, 0, tokens.length);
                    g.writeFieldName("embedding");
                    g.writeStartArray();
                    for (float[] vector : vectors) {
                        array(g, vector);
                    }
                    g.writeEndArray();
                }));
            }
        } else {
            for (float[] vector : embedder.embed(chunk)) {
                out.println(line(json, index++, g -> {
                    g.writeFieldName("embedding");
                    array(g, vector);
                }));
            }
        }
        out.flush();
        return index;
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String line(JsonFactory json, int index, Fields fields) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = json.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("index", index);
            fields.write(g);
            g.writeEndObject();
        }
        return text.toString();
    }

    private static void array(JsonGenerator g, float[] values) throws IOException {
        g.writeStartArray();
        for (float v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }
}
