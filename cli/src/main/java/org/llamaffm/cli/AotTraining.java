package org.llamaffm.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.llamaffm.ContextParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.policy.worker.Worker;
import org.llamaffm.policy.worker.WorkerMain;
import org.llamaffm.testkit.SyntheticModel;

/**
 * The training run of the launcher's AOT cache (JDK 25, JEPs 483, 514 and 515): what a user's first commands
 * do, in one JVM, so that the classes they load and link, and the profiles of their methods, are in the
 * cache that {@code ./llama-ffm} starts with.
 *
 * <p>The cli build runs it once, in the {@code package} phase, with the launcher's class path and JVM options
 * plus {@code -XX:AOTCacheOutput=target/llama-ffm.aot} (the JVM writes the cache when this main returns), and
 * {@code -Dllamaffm.cache} pointing into {@code target/}, so the demo model it writes and the natives it
 * extracts never touch the user's cache folder. A training run needs no network and takes a few seconds.
 *
 * <p>With {@code --worker FILE}, the cache of the other process that starts often, the worker: this JVM starts
 * one as {@code ./llama-ffm} would, with {@code -XX:AOTCacheOutput=FILE} among its JVM options, lets it load the
 * model and answer a streamed request, and stops it; the worker writes the cache as it exits. Its class path is
 * this JVM's, the launcher's, so the launcher passes the file to its workers ({@code
 * -Dllamaffm.worker.aot.cache}). It holds what a worker's start needs and none of the commands' classes
 * (picocli, Jackson, the chat): a worker is ready sooner than with the launcher's cache. The JVM checks the class
 * path (jar names, sizes and modification times) and its own build; see {@code llama-ffm} for how the launcher
 * falls back with a one-line note when they do not match.
 *
 * @see <a href="https://openjdk.org/jeps/514">JEP 514: Ahead-of-Time Command-Line Ergonomics</a>
 */
final class AotTraining {

    /**
     * The commands of the training run, {@code MODEL} standing for a small model like the demo model (same
     * tokenizer, same code paths, a fraction of its weights, so that the training takes seconds).
     */
    static final List<List<String>> COMMANDS = List.of(
            List.of("--help"),
            List.of("run", "--help"),
            List.of("--version"),
            List.of("run", "-m", "MODEL", "-n", "16", "--temp", "0", "-p", "The quick brown fox"),
            List.of("run", "-m", "MODEL", "-n", "8", "-p", "Once upon a time"),
            List.of("run", "-m", "MODEL", "--chat", "-n", "8", "-p", "Hello"),
            List.of("chat", "-m", "MODEL", "-n", "8"),
            List.of("inspect", "MODEL"),
            List.of("system"));

    /** What the chat command reads on stdin: two messages, a reset, one more. */
    private static final String CHAT_INPUT = "Hello\nHow are you?\n/reset\nTell me a story\n/exit\n";

    private AotTraining() {}

    /**
     * Runs {@link #COMMANDS}; fails (exit 1) when one of them fails, so a broken build is not hidden.
     *
     * @param args optionally a file to write this JVM's home folder into (its real path, one line): the
     *     launcher passes the cache only to that JDK
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--worker")) {
            trainWorker(Path.of(args[1]), model());
            return;
        }
        if (args.length > 0) {
            Files.writeString(
                    Path.of(args[0]), Path.of(System.getProperty("java.home")).toRealPath() + "\n");
        }
        Path model = model();
        PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        InputStream stdin = System.in;
        for (List<String> command : COMMANDS) {
            System.setIn(new ByteArrayInputStream(CHAT_INPUT.getBytes(StandardCharsets.UTF_8)));
            int code;
            try {
                code = Main.execute(
                        command.stream()
                                .map(word -> word.equals("MODEL") ? model.toString() : word)
                                .toArray(String[]::new),
                        out,
                        err);
            } finally {
                System.setIn(stdin);
            }
            if (code != 0) {
                err.println(
                        "llama-ffm: AOT training: `llama-ffm " + String.join(" ", command) + "` exited with " + code);
                System.exit(1);
            }
        }
    }

    /**
     * A worker's start and one streamed request, in a worker started with {@code -XX:AOTCacheOutput=cache}; it
     * writes the cache when it exits (in a JVM of its own, so without the lockdown, which forbids starting one).
     */
    private static void trainWorker(Path cache, Path model) throws Exception {
        Files.deleteIfExists(cache);
        Worker.Spec spec = new Worker.Spec(
                model,
                0,
                ContextParams.builder().contextSize(512).build(),
                Duration.ofMinutes(2),
                Duration.ofSeconds(2),
                List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=off", "-Xlog:aot*=error:stderr"),
                Map.of(WorkerMain.LOCKDOWN_PROPERTY, "false"));
        Worker worker = Worker.start(spec);
        try {
            worker.generate("Once upon a time", 8, SamplingParams.greedy(), null, piece -> {});
        } finally {
            worker.close(Duration.ofMinutes(2)); // the time it takes to write the cache as it exits
        }
        if (!Files.isRegularFile(cache)) {
            System.err.println("llama-ffm: AOT training: the worker did not write " + cache);
            System.exit(1);
        }
    }

    /** The training model, written once into the cache folder. */
    private static Path model() {
        Path model = DemoModel.cacheFolder().resolve("aot-training-gpt2-1x64-f16.gguf");
        if (!Files.isRegularFile(model)) {
            SyntheticModel.llama(DemoModel.vocab())
                    .layers(1)
                    .embedding(64)
                    .feedForward(192)
                    .heads(2, 2)
                    .contextLength(512)
                    .weightType(GgmlType.F16)
                    .seed(42)
                    .write(model);
        }
        return model;
    }
}
