package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Creating and closing native objects many times leaves the process's resident memory where it
 * was. Runs in a child JVM with a fixed, pre-touched heap, so that only native memory can move
 * RSS; the allocator's pools reach their steady size during a warm-up first, and the smallest
 * growth of up to four rounds counts (a leak grows every round).
 */
class LeakTest {

    private static final Path STATUS = Path.of("/proc/self/status");

    @TempDir
    Path temp;

    @Test
    void fiveHundredContextsAndFiftyModelsLeaveRssWhereItWas() throws Exception {
        assumeTrue(Files.isReadable(STATUS), "RSS is read from /proc (Linux)");
        Path model = temp.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).write(model);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xms256m",
                "-Xmx256m",
                "-XX:+AlwaysPreTouch",
                "-Dllamaffm.native.cache=" + System.getProperty("llamaffm.native.cache"),
                "-cp",
                System.getProperty("java.class.path"),
                Probe.class.getName(),
                model.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        String result = output.lines()
                .filter(l -> l.startsWith("leaks:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result from the probe:\n" + output));
        System.out.println(result);
        long[] kib = java.util.regex.Pattern.compile("[-+]?\\d+ KiB")
                .matcher(result)
                .results()
                .mapToLong(m -> Long.parseLong(m.group().replace(" KiB", "")))
                .toArray();
        assertThat(kib).as(result).hasSize(3);
        assertThat(kib[1]).as("KiB grown by 500 contexts: " + result).isLessThan(4 * 1024);
        assertThat(kib[2]).as("KiB grown by 50 models: " + result).isLessThan(4 * 1024);
    }

    /** The child JVM: warm up, measure, create and close, measure. */
    public static final class Probe {

        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            ContextParams params =
                    ContextParams.builder().contextSize(256).batchSize(64).build();
            try (Model model = Model.load(file);
                    Batch batch = new Batch(8)) {
                Runnable context = () -> {
                    try (Context c = model.newContext(params);
                            Sampler sampler = Sampler.greedy(model)) {
                        batch.clear().add(1, 0, false, 0).add(15043, 1, true, 0);
                        c.decode(batch);
                        sampler.sample(c, -1);
                    }
                };
                Runnable aModel = () -> {
                    try (Model again = Model.load(file);
                            Context c = again.newContext(params)) {
                        again.vocab().tokenize("x");
                    }
                };
                for (int i = 0; i < 1000; i++) {
                    context.run();
                }
                for (int i = 0; i < 30; i++) {
                    aModel.run();
                }
                // A leak grows RSS every round; the allocator's pools (an arena per thread the threadpools
                // start) may still grow in the first: the smallest growth of up to four rounds counts.
                long start = rss();
                long contexts = Long.MAX_VALUE;
                long models = Long.MAX_VALUE;
                for (int round = 0; round < 4 && (contexts >= 1024 || models >= 1024); round++) {
                    long before = rss();
                    for (int i = 0; i < 500; i++) {
                        context.run();
                    }
                    long middle = rss();
                    for (int i = 0; i < 50; i++) {
                        aModel.run();
                    }
                    contexts = Math.min(contexts, middle - before);
                    models = Math.min(models, rss() - middle);
                }
                System.out.printf(
                        "leaks: RSS %d KiB after warm-up, %+d KiB over 500 contexts, %+d KiB over 50 models%n",
                        start, contexts, models);
            }
        }

        private static long rss() throws IOException {
            System.gc();
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException("no VmRSS in " + STATUS);
        }
    }
}
