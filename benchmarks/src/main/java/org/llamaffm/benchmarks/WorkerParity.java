package org.llamaffm.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import org.llamaffm.policy.worker.CrashLedger;
import org.llamaffm.policy.worker.Worker;
import org.llamaffm.policy.worker.WorkerPool;

/**
 * The same requests in process and through a worker process, taking turns request by request, on one
 * model: tg (128 tokens after a short prompt) and pp (a 512-token prompt, one token out) in tokens per
 * second, the latency a worker adds to a one-token request, a worker's start until it is ready, and a
 * prestarted pool's hand-off. Prints a Markdown table; ratios are medians of the rounds' ratios.
 *
 * <pre>
 * mvn -q -pl benchmarks exec:exec@worker-parity -Dworker.args="ROUNDS MODEL..." [-Dlockdown=false]
 * </pre>
 *
 * With {@code -Dlockdown=false} the workers skip their Landlock and seccomp lockdown, to tell its cost apart;
 * {@code -Dworker.jvm="-XX:..."} adds options to the workers' JVM.
 */
public final class WorkerParity {

    private static final String SHORT = "The quick brown fox";
    /** The quiet before each measured request. */
    private static final long SETTLE_MILLIS = Long.getLong("settle", 200);

    private WorkerParity() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        System.out.println("| model | measure | in process | worker | ratio (worker / in process) |");
        System.out.println("| ----- | ------- | ---------: | -----: | --------------------------: |");
        for (String file : Arrays.copyOfRange(args, 1, args.length)) {
            run(Path.of(file), rounds);
        }
    }

    private static void run(Path file, int rounds) throws Exception {
        ContextParams contextParams = ContextParams.builder().contextSize(1024).build();
        Worker.Spec base = Worker.Spec.of(file)
                .withContext(contextParams)
                .withProperties(java.util.Map.of("llamaffm.worker.lockdown", System.getProperty("lockdown", "true")));
        String jvm = System.getProperty("worker.jvm", "").strip();
        Worker.Spec spec = jvm.isEmpty()
                ? base
                : new Worker.Spec(
                        base.model(),
                        base.gpuLayers(),
                        base.context(),
                        base.startTimeout(),
                        base.grace(),
                        List.of(jvm.split("\\s+")),
                        base.properties());
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            try (Worker w = Worker.start(spec)) {
                starts.add((System.nanoTime() - t) / 1e6);
            }
        }
        try (Model model = Model.load(file);
                Context context = model.newContext(contextParams);
                Worker worker = Worker.start(spec)) {
            String longPrompt = prompt(model, 512);
            List<Double> tgIn = new ArrayList<>(), tgOut = new ArrayList<>(), tgRatio = new ArrayList<>();
            List<Double> ppIn = new ArrayList<>(), ppOut = new ArrayList<>(), ppRatio = new ArrayList<>();
            List<Double> oneIn = new ArrayList<>(), oneOut = new ArrayList<>();
            for (int r = 0; r < rounds + 1; r++) { // round 0 warms both up and is not counted
                double tgA = tokensPerSecond(() -> inProcess(model, context, SHORT, 128), 128);
                double tgB = tokensPerSecond(
                        () -> worker.generate(SHORT, 128, SamplingParams.greedy(), null, null)
                                .tokens()
                                .length,
                        128);
                double ppA = tokensPerSecond(() -> inProcess(model, context, longPrompt, 1), 512);
                double ppB = tokensPerSecond(
                        () -> worker.generate(longPrompt, 1, SamplingParams.greedy(), null, null)
                                .tokens()
                                .length,
                        512);
                double oneA = millis(() -> inProcess(model, context, "Hi", 1));
                double oneB = millis(() -> worker.generate("Hi", 1, SamplingParams.greedy(), null, null)
                        .tokens()
                        .length);
                if (r > 0) {
                    tgIn.add(tgA);
                    tgOut.add(tgB);
                    tgRatio.add(tgB / tgA);
                    ppIn.add(ppA);
                    ppOut.add(ppB);
                    ppRatio.add(ppB / ppA);
                    oneIn.add(oneA);
                    oneOut.add(oneB);
                }
            }
            String name = file.getFileName().toString();
            row(name, "tg128 t/s", median(tgIn), median(tgOut), String.format(Locale.ROOT, "%.3f", median(tgRatio)));
            row(name, "pp512 t/s", median(ppIn), median(ppOut), String.format(Locale.ROOT, "%.3f", median(ppRatio)));
            row(
                    name,
                    "1-token request, ms",
                    median(oneIn),
                    median(oneOut),
                    String.format(Locale.ROOT, "+%.2f ms", median(oneOut) - median(oneIn)));
        }
        System.out.printf(
                Locale.ROOT, "| %s | worker start until ready, ms | | %.0f | |%n", file.getFileName(), median(starts));
        try (WorkerPool pool = WorkerPool.start(spec, "benchmark", new CrashLedger(), WorkerPool.Options.defaults())) {
            pool.awaitReady(Duration.ofSeconds(60));
            List<Double> handOffs = new ArrayList<>();
            for (int i = 0; i < Math.max(5, rounds); i++) {
                long t = System.nanoTime();
                try (WorkerPool.Lease lease = pool.lease(null)) {
                    handOffs.add((System.nanoTime() - t) / 1e6);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | prestarted pool hand-off, ms | | %.3f | |%n",
                    file.getFileName(),
                    median(handOffs));
        }
    }

    private static int inProcess(Model model, Context context, String prompt, int tokens) {
        context.memory().clear();
        try (Sampler sampler = SamplingParams.greedy().toSampler(model)) {
            return Generation.run(
                            context,
                            sampler,
                            prompt,
                            GenerationParams.builder().maxTokens(tokens).build())
                    .tokens()
                    .length;
        }
    }

    /** A prompt of about {@code tokens} tokens for this model's tokenizer. */
    private static String prompt(Model model, int tokens) {
        StringBuilder text = new StringBuilder();
        while (model.vocab().tokenize(text.toString(), true, false).length < tokens) {
            text.append(" the quick brown fox jumps over the lazy dog");
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Request {
        int run() throws Exception;
    }

    private static double tokensPerSecond(Request request, int tokens) throws Exception {
        return tokens / (millis(request) / 1000);
    }

    private static double millis(Request request) throws Exception {
        // the other side's OpenMP threads spin for a while after its request before they sleep: on a machine with
        // few cores they would take the CPUs from this one
        Thread.sleep(SETTLE_MILLIS);
        long t = System.nanoTime();
        request.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void row(String model, String measure, double a, double b, String ratio) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s |%n", model, measure, a, b, ratio);
    }
}
