package org.llamaffm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.llamaffm.ContextParams;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.DecodeException;
import org.llamaffm.Model;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Normalization;
import org.llamaffm.embed.Reranker;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.policy.worker.Worker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
            "--isolation worker: pooled embeddings (the model's own pooling) and --rerank, in a process of its own.",
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

    @Mixin
    IsolationOptions isolation;

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
        Duration timeout = isolation.timeout(spec);
        if (isolation.inWorker()) {
            return inWorker(requested, normalization, timeout, out, err);
        }
        BufferedReader lines = inputs();
        try (Deadline deadline = new Deadline(timeout);
                Model m = modelOptions.load(err)) {
            Pooling chosen = poolingFor(m, requested);
            EmbeddingParams.Builder params = EmbeddingParams.builder()
                    .pooling(chosen)
                    .normalization(normalization)
                    .batchSize(tokens(m.trainedContextLength()))
                    .parseSpecial(parseSpecial);
            if (threads.value != null) {
                params.threads(threads.value);
            }
            if (chosen == Pooling.RANK) {
                try (Reranker reranker = Reranker.open(m, params.build())) {
                    printEach(lines, (chunk, index) -> deadline.checked(print(reranker, deadline, chunk, index, out)));
                }
            } else {
                try (Embedder embedder = Embedder.open(m, params.build())) {
                    printEach(lines, (chunk, index) -> deadline.checked(print(embedder, deadline, chunk, index, out)));
                }
            }
        } catch (DeadlineReached e) {
            return reachedDeadline(err);
        }
        return 0;
    }

    /**
     * The model in a worker process: pooled embeddings ({@link Worker#embed}) with the pooling the model declares,
     * and scores for {@code --rerank} ({@link Worker#rerank}), printed as in process. What only an in-process
     * embedder does is refused first (per-token vectors, another pooling, classifying, its sizes, special text).
     */
    private int inWorker(
            Pooling requested, Normalization normalization, Duration timeout, PrintWriter out, PrintWriter err)
            throws IOException {
        Path file = modelOptions.file(err);
        Header header = Header.of(file);
        checkWorkerRuns(requested, header, file);
        BufferedReader lines = inputs();
        int size = tokens(header == null ? 0 : header.trained());
        // the worker's generation context is only warmed up: the embedder's size, not the trained length
        ContextParams.Builder context =
                ContextParams.builder().contextSize(size).batchSize(size).microBatchSize(Math.min(512, size));
        if (threads.value != null) {
            context.threads(threads.value);
        }
        try (Worker worker = IsolationOptions.start(modelOptions, context.build(), err)) {
            if (query != null) {
                printEach(
                        lines,
                        (chunk, index) ->
                                printScores(worker.rerank(query, chunk, timeout).values(), index, out));
            } else {
                printEach(
                        lines,
                        (chunk, index) -> printVectors(
                                worker.embed(chunk, normalization, timeout).vectors(), index, out));
            }
        } catch (WorkerException e) {
            // the worker stops an embedding at the deadline itself, and reports it as an aborted decode
            if (e.reason() == WorkerException.Reason.REQUEST_FAILED
                    && e.remoteType().equals(DecodeException.class.getSimpleName())
                    && String.valueOf(e.getMessage()).contains("reached its deadline")) {
                return reachedDeadline(err);
            }
            throw IsolationOptions.asInProcess(e);
        }
        return 0;
    }

    /**
     * Refuses what a worker's embedder does not do: it takes the model's own pooling, pools (one vector per input),
     * scores only for a query, sizes itself as the defaults of -c and -b do, and reads inputs as plain text.
     */
    private void checkWorkerRuns(Pooling requested, Header header, Path file) {
        CommandLine commandLine = spec.commandLine();
        if (commandLine.getParseResult().hasMatchedOption("--ctx-size")
                || commandLine.getParseResult().hasMatchedOption("--batch-size")) {
            throw new ParameterException(
                    commandLine,
                    "-c/--ctx-size and -b/--batch-size size an in-process embedder; a worker's takes its default"
                            + " (min(2048, the model's trained length)): leave them out with --isolation worker");
        }
        if (parseSpecial) {
            throw new ParameterException(
                    commandLine,
                    "--parse-special runs in process only: a worker's embedder reads the inputs as plain text");
        }
        if (requested == Pooling.NONE) {
            throw new ParameterException(
                    commandLine,
                    "--pooling none (a vector per token) runs in process only, not with --isolation worker");
        }
        if (query != null || header == null) {
            return; // the worker's reranker; or a header only llama.cpp reads, which the worker's load judges
        }
        if (requested == Pooling.RANK || header.pooling() == Pooling.RANK) {
            throw new ParameterException(
                    commandLine,
                    "pooling rank without --rerank (every classifier output) runs in process only: give --rerank QUERY"
                            + " with --isolation worker");
        }
        String own = header.pooling() == null ? "none" : header.pooling().name().toLowerCase(Locale.ROOT);
        if (requested != null && requested != header.pooling()) {
            throw new ParameterException(
                    commandLine,
                    "--pooling " + pooling + ": a worker embeds with the pooling the model declares (" + own
                            + "); leave --pooling out with --isolation worker");
        }
        if (header.pooling() == null || header.pooling() == Pooling.NONE) {
            throw new IllegalArgumentException("--isolation worker embeds with the pooling a model declares, and "
                    + file.getFileName() + " declares " + own + " (in process: "
                    + (header.pooling() == null ? "mean" : "a vector per token") + ")");
        }
    }

    /**
     * What the host reads of the model's GGUF header (with the bindings' own parser, no llama.cpp): the pooling it
     * declares (null: none) and its trained context length (0: not known).
     */
    private record Header(Pooling pooling, int trained) {
        /** The header of {@code file}; null when this parser cannot read it (the worker's load then says why). */
        static Header of(Path file) {
            GgufFile gguf;
            try {
                gguf = Gguf.read(file);
            } catch (GgufException | UncheckedIOException e) {
                return null;
            }
            String arch = gguf.architecture().orElse("");
            // llama_pooling_type: 0 NONE, 1 MEAN, 2 CLS, 3 LAST, 4 RANK
            Pooling pooling = gguf.getLong(arch + ".pooling_type")
                    .map(type -> switch (type.intValue()) {
                        case 0 -> Pooling.NONE;
                        case 1 -> Pooling.MEAN;
                        case 2 -> Pooling.CLS;
                        case 3 -> Pooling.LAST;
                        case 4 -> Pooling.RANK;
                        default -> null;
                    })
                    .orElse(null);
            long trained = gguf.getLong(arch + ".context_length").orElse(0L);
            return new Header(pooling, trained > 0 && trained <= Integer.MAX_VALUE ? (int) trained : 0);
        }
    }

    /** 4, with a note: a request reached --timeout. */
    private int reachedDeadline(PrintWriter err) {
        err.println("embed: a batch of inputs reached its deadline (" + isolation.deadline()
                + "); the lines above are the inputs before it");
        return Main.EXIT_DEADLINE;
    }

    /** A request past --timeout (in process: its computation aborted, or ended after the deadline). */
    private static final class DeadlineReached extends RuntimeException {
        DeadlineReached() {
            super("the deadline", null, false, false);
        }
    }

    /**
     * The deadline of each in-process request: aborts the embedder or reranker when it passes. A request it fired
     * in ends the command ({@link DeadlineReached}), once what it computed is printed ({@link #checked}): an abort
     * that came after the last decode would stop the next request's first one at once.
     */
    private static final class Deadline implements AutoCloseable {
        private final Duration timeout;
        private final ScheduledExecutorService timer;
        private final AtomicBoolean fired = new AtomicBoolean();

        Deadline(Duration timeout) {
            this.timeout = timeout;
            this.timer = timeout == null
                    ? null
                    : Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "llama-ffm-embed-deadline");
                        t.setDaemon(true);
                        return t;
                    });
        }

        /** Runs {@code work}, which {@code abort} stops at the deadline ({@link DeadlineReached}). */
        <T> T run(Runnable abort, Supplier<T> work) {
            if (timer == null) {
                return work.get();
            }
            ScheduledFuture<?> deadline = timer.schedule(
                    () -> {
                        fired.set(true);
                        abort.run();
                    },
                    timeout.toNanos(),
                    TimeUnit.NANOSECONDS);
            try {
                return work.get();
            } catch (DecodeException e) {
                if (fired.get() && e.reason() == DecodeException.Reason.ABORTED) {
                    throw new DeadlineReached();
                }
                throw e;
            } finally {
                deadline.cancel(false);
            }
        }

        /**
         * {@code next}, the index after what the last request printed; DeadlineReached instead when its deadline
         * passed meanwhile.
         */
        int checked(int next) {
            if (fired.get()) {
                throw new DeadlineReached();
            }
            return next;
        }

        @Override
        public void close() {
            if (timer != null) {
                timer.shutdownNow();
            }
        }
    }

    /**
     * The one size of the embedder's context, batch and micro-batch, as llama-embedding makes them: the
     * context size when given (it raises the batch size to it), else the batch size, at most the model's
     * trained length ({@code trained}, 0 when not known; the context llama-embedding then has).
     */
    private int tokens(int trained) {
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
    private int print(Reranker reranker, Deadline deadline, List<String> chunk, int index, PrintWriter out)
            throws IOException {
        if (query != null) {
            float[] scores = deadline.run(reranker::abort, () -> reranker.rerank(query, chunk));
            return printScores(scores, index, out);
        }
        JsonFactory json = new JsonFactory();
        for (float[] scores : deadline.run(reranker::abort, () -> reranker.classify(chunk))) {
            out.println(line(json, index++, g -> {
                g.writeFieldName("scores");
                array(g, scores);
            }));
        }
        out.flush();
        return index;
    }

    /** Prints a reranking score per line, numbered from {@code index}; returns the next index. */
    private static int printScores(float[] scores, int index, PrintWriter out) throws IOException {
        JsonFactory json = new JsonFactory();
        for (float score : scores) {
            out.println(line(json, index++, g -> g.writeNumberField("score", score)));
        }
        out.flush();
        return index;
    }

    /** Embeds {@code chunk} and prints one line per input; returns the next index. */
    private int print(Embedder embedder, Deadline deadline, List<String> chunk, int index, PrintWriter out)
            throws IOException {
        if (embedder.pooling() != Pooling.NONE) {
            return printVectors(deadline.run(embedder::abort, () -> embedder.embed(chunk)), index, out);
        }
        JsonFactory json = new JsonFactory();
        List<float[][]> rows = deadline.run(embedder::abort, () -> embedder.embedTokens(chunk));
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
        out.flush();
        return index;
    }

    /** Prints a pooled embedding per line, numbered from {@code index}; returns the next index. */
    private static int printVectors(List<float[]> vectors, int index, PrintWriter out) throws IOException {
        JsonFactory json = new JsonFactory();
        for (float[] vector : vectors) {
            out.println(line(json, index++, g -> {
                g.writeFieldName("embedding");
                array(g, vector);
            }));
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
