package org.llamaffm.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * llama-bench's own C loops ({@code benchmarks/native/bench_loops.c}: its model and context
 * parameters, threadpool, {@code test_prompt} and {@code test_gen}) run in a JVM that has nothing of
 * llama-ffm loaded: the control of {@code compare-llama-bench.sh --jvm-control}. Where llama-bench
 * and this agree and {@code llama-ffm bench} does not, the difference is something llama-ffm's
 * process adds, not the JVM; where this is as far from llama-bench as llama-ffm is, it is the JVM
 * process.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/classes
 *     org.llamaffm.benchmarks.JvmLoops libbench_loops.so MODEL N_PROMPT N_GEN THREADS REPS</pre>
 *
 * <p>One test, pp ({@code N_GEN} 0) or tg ({@code N_PROMPT} 0). Prints one line, llama-bench's JSON
 * line's fields that the script reads: {@code n_prompt},
 * {@code n_gen} and {@code avg_ts} (the mean of the repetitions' tokens/s, as llama-bench's). The
 * warm-up is llama-bench's: the prompt once, or one generated token.
 */
public final class JvmLoops {

    private static final int BATCH = 2048;
    private static final int MICRO_BATCH = 512;

    private JvmLoops() {}

    public static void main(String[] args) throws Throwable {
        if (args.length != 6) {
            System.err.println("usage: JvmLoops libbench_loops.so MODEL N_PROMPT N_GEN THREADS REPS");
            System.exit(2);
        }
        CBenchLoops c = CBenchLoops.load(Path.of(args[0]).toAbsolutePath());
        String model = args[1];
        int promptTokens = Integer.parseInt(args[2]);
        int genTokens = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int reps = Integer.parseInt(args[5]);
        if (promptTokens < 0 || genTokens < 0 || (promptTokens > 0) == (genTokens > 0) || threads < 1 || reps < 1) {
            System.err.println(
                    "JvmLoops: one of N_PROMPT and N_GEN above 0 (a pp or a tg test), THREADS and REPS >= 1");
            System.exit(2);
        }

        c.backendInit().invokeExact();
        MemorySegment loops;
        try (Arena arena = Arena.ofConfined()) {
            loops = (MemorySegment) c.open()
                    .invokeExact(arena.allocateFrom(model), promptTokens + genTokens, BATCH, MICRO_BATCH, threads);
        }
        if (loops.equals(MemorySegment.NULL)) {
            System.err.println("JvmLoops: the C side could not load " + model);
            System.exit(1);
        }
        long warmup = promptTokens > 0
                ? (long) c.prompt().invokeExact(loops, promptTokens, BATCH, threads)
                : (long) c.gen().invokeExact(loops, 1, threads);
        double sum = 0;
        for (int r = 0; r < reps && warmup >= 0; r++) {
            // each loop clears the memory first, as llama-bench's repetitions do
            long ns = promptTokens > 0
                    ? (long) c.prompt().invokeExact(loops, promptTokens, BATCH, threads)
                    : (long) c.gen().invokeExact(loops, genTokens, threads);
            if (ns < 0) {
                warmup = -1;
                break;
            }
            sum += (promptTokens + genTokens) * 1e9 / ns;
        }
        c.close().invokeExact(loops);
        if (warmup < 0) {
            System.err.println("JvmLoops: llama_decode failed");
            System.exit(1);
        }
        System.out.printf("{\"n_prompt\": %d, \"n_gen\": %d, \"avg_ts\": %.6f}%n", promptTokens, genTokens, sum / reps);
    }
}
