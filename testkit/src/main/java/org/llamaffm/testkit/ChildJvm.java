package org.llamaffm.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a JVM of its own, with this test run's class path and system
 * properties: for what must not happen in the test JVM (a native abort, a SIGSEGV, a hang), to show
 * that it does happen there. Shared by every module's tests.
 */
public final class ChildJvm {

    /** How a child JVM ended. {@code timedOut}: it was still running at the limit and was killed. */
    public record Outcome(int exit, String stdout, String stderr, boolean timedOut) {

        /** The JVM was ended by a signal or by abort(): 128 + signal, as a shell reports it, or 134 (SIGABRT). */
        public boolean crashed() {
            return !timedOut && exit > 128;
        }

        @Override
        public String toString() {
            return "exit " + exit + (timedOut ? " (killed at the time limit)" : "") + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr;
        }
    }

    private ChildJvm() {}

    /**
     * Runs {@code main} with {@code args}, killed after {@code limit}, with GGML_NO_BACKTRACE=1 (an
     * abort does not fork a debugger).
     */
    public static Outcome run(Class<?> main, Duration limit, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(main, limit, jvmOptions, Map.of("GGML_NO_BACKTRACE", "1"), args);
    }

    /** As {@link #run(Class, Duration, List, String...)}, with these environment variables set (or, if "", removed). */
    public static Outcome run(
            Class<?> main, Duration limit, List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-XX:-CreateCoredumpOnCrash");
        // a crash's report goes to the temporary folder, not the module the tests run in
        command.add(
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "llama-ffm-child-hs_err_pid%p.log"));
        for (String property : List.of(
                "llamaffm.native.cache",
                "llamaffm.native.path",
                "llamaffm.test.platform",
                "llamaffm.test.version",
                "llamaffm.test.root",
                "llamaffm.test.tools")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        return new Outcome(
                process.exitValue(),
                new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8),
                !finished);
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return ("(could not read: " + e + ")").getBytes(StandardCharsets.UTF_8);
        }
    }
}
