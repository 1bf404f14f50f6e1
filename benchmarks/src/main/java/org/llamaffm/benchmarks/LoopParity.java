package org.llamaffm.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.Model;
import org.llamaffm.cli.BenchLoops;
import org.llamaffm.gguf.GgmlType;

/**
 * {@code llama-ffm bench}'s loops against llama-bench's, in one process, taking turns rep by rep.
 * The side-by-side script ({@code compare-llama-bench.sh}) runs the two programs one after the
 * other, and this host's speed drifts by more than the differences asked about (sometimes by 20%
 * from one run to the next); here both sides see the same minute. The C side is llama-bench's own
 * code path (its model and context parameters, threadpool, {@code test_prompt} and {@code test_gen};
 * {@code benchmarks/native/bench_loops.c}); the Java side is {@link BenchLoops} on a {@link Model}
 * and {@link Context} made as {@code llama-ffm bench} makes them. Each side has its own copy of the
 * model.
 * <p>{@code benchmarks/loop-parity.sh [ROUNDS] [MODEL...]} compiles the C side and runs this.
 */
public final class LoopParity {

    private static final int PROMPT = 512;
    private static final int GEN = 128;
    private static final int BATCH = 2048;
    private static final int MICRO_BATCH = 512;

    private final MethodHandle open;
    private final MethodHandle close;
    private final MethodHandle prompt;
    private final MethodHandle gen;

    private LoopParity(Path library) {
        CBenchLoops loops = CBenchLoops.load(library);
        open = loops.open();
        close = loops.close();
        prompt = loops.prompt();
        gen = loops.gen();
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: LoopParity ROUNDS MODEL... (with -Dllamaffm.loops.lib=libbench_loops.so)");
            System.exit(2);
        }
        LoopParity parity = new LoopParity(Path.of(System.getProperty("llamaffm.loops.lib")));
        int rounds = Integer.parseInt(args[0]);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                "%d rounds, rep by rep, %d threads; tokens/s medians; ratio = median of the rounds' "
                        + "llama-ffm / llama-bench ratios [quartiles]%n",
                rounds, threads);
        System.out.println("| model | test | llama-bench loop t/s | llama-ffm loop t/s | ratio | quartiles |");
        System.out.println("| ----- | ---- | -------------------: | -----------------: | ----: | --------- |");
        for (int m = 1; m < args.length; m++) {
            Path file = Path.of(args[m]);
            try (Model model = Model.load(file)) {
                parity.test(file, model, PROMPT, 0, threads, rounds);
                parity.test(file, model, 0, GEN, threads, rounds);
            }
        }
    }

    private void test(Path file, Model model, int promptTokens, int genTokens, int threads, int rounds)
            throws Throwable {
        int size = promptTokens + genTokens;
        int vocab = model.vocab().size();
        int bos = BenchLoops.bos(model);
        Random random = new Random(1234);
        MemorySegment loops;
        try (Arena arena = Arena.ofConfined()) {
            loops = (MemorySegment)
                    open.invokeExact(arena.allocateFrom(file.toString()), size, BATCH, MICRO_BATCH, threads);
        }
        if (loops.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("the C side could not load " + file);
        }
        try (Context context = model.newContext(
                        BenchLoops.contextParams(size, threads, BATCH, MICRO_BATCH, -1, GgmlType.F16, GgmlType.F16));
                Batch batch = new Batch(Math.max(1, Math.min(BATCH, promptTokens)))) {
            // warm-up as llama-ffm bench's (at least 3 reps and 1 s: the JIT too), then the measured rounds
            long warmupEnd = System.nanoTime() + 1_000_000_000L;
            for (int warm = 0; warm < 3 || System.nanoTime() < warmupEnd; warm++) {
                pair(loops, context, batch, promptTokens, genTokens, threads, vocab, bos, random, warm % 2 == 0);
            }
            double[] c = new double[rounds];
            double[] java = new double[rounds];
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double[] rates =
                        pair(loops, context, batch, promptTokens, genTokens, threads, vocab, bos, random, r % 2 == 0);
                c[r] = rates[0];
                java[r] = rates[1];
                ratio[r] = rates[1] / rates[0];
            }
            Arrays.sort(c);
            Arrays.sort(java);
            Arrays.sort(ratio);
            System.out.printf(
                    "| %s | %s | %.2f | %.2f | %.3f | %.3f .. %.3f |%n",
                    file.getFileName(),
                    promptTokens > 0 ? "pp" + promptTokens : "tg" + genTokens,
                    median(c),
                    median(java),
                    median(ratio),
                    ratio[rounds / 4],
                    ratio[(3 * rounds) / 4]);
        } finally {
            close.invokeExact(loops);
        }
    }

    /** One rep of each side, in the order given; their tokens/s as {C, Java}. */
    private double[] pair(
            MemorySegment loops,
            Context context,
            Batch batch,
            int promptTokens,
            int genTokens,
            int threads,
            int vocab,
            int bos,
            Random random,
            boolean cFirst)
            throws Throwable {
        double[] rates = new double[2];
        int size = promptTokens + genTokens;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == cFirst) {
                long ns = promptTokens > 0
                        ? (long) prompt.invokeExact(loops, promptTokens, BATCH, threads)
                        : (long) gen.invokeExact(loops, genTokens, threads);
                if (ns < 0) {
                    throw new IllegalStateException("llama_decode failed on the C side");
                }
                rates[0] = size * 1e9 / ns;
            } else {
                context.memory().clear();
                long start = System.nanoTime();
                if (promptTokens > 0) {
                    BenchLoops.prompt(context, batch, 0, promptTokens, BATCH, vocab, bos, random);
                } else {
                    BenchLoops.generate(context, batch, 0, genTokens, vocab, bos, random);
                }
                rates[1] = size * 1e9 / (System.nanoTime() - start);
            }
        }
        return rates;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
