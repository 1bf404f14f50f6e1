package org.llamaffm.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.llamaffm.ContextParams;
import org.llamaffm.policy.worker.Worker;

/**
 * A worker's start until it is ready for a request (its JVM started, the model loaded, a context made and
 * warmed up, the lockdown on), as {@code ./llama-ffm} starts one, with each AOT cache a worker can get: the
 * workers' own (trained on a worker's start), the launcher's, none. The three take turns, start by start. Run by
 * {@code benchmarks/startup.sh} in the launcher's JVM, this class's folder appended to its class path (the JVM
 * maps a cache when the class path begins with the one it was made for, and a worker runs on its host's class
 * path), so the workers get the caches exactly as the launcher's do. Prints one line per cache, the name and
 * the median in milliseconds, separated by a tab.
 *
 * <p>Before the rounds, one worker is started with class loading logged, and the run fails when the workers'
 * cache was passed but the worker did not load its main class from it: the table would then measure nothing.
 *
 * <pre>
 * LLAMA_FFM_CLASSPATH=benchmarks/target/classes LLAMA_FFM_MAIN=org.llamaffm.benchmarks.WorkerStart \
 *     ./llama-ffm MODEL ROUNDS
 * </pre>
 */
public final class WorkerStart {

    private static final String WORKER_CACHE = "llamaffm.worker.aot.cache";

    private WorkerStart() {}

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String workerCache = System.getProperty(WORKER_CACHE);
        String launcherCache = System.getProperty("llamaffm.aot.cache");
        Worker.Spec spec = Worker.Spec.of(model)
                .withGpuLayers(0)
                .withContext(ContextParams.builder().contextSize(2048).build());
        if (workerCache != null) {
            checkMapped(spec);
        }
        List<Variant> variants = new ArrayList<>();
        if (workerCache != null) {
            variants.add(new Variant("workers' AOT cache", workerCache, "true"));
        }
        if (launcherCache != null) {
            variants.add(new Variant("launcher's AOT cache", null, "true"));
        }
        variants.add(new Variant("no AOT cache", null, "false"));
        start(spec); // the host's own first start: its classes, the network namespace probe
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get((i + round) % variants.size());
                v.apply();
                v.millis.add(start(spec));
            }
        }
        for (Variant v : variants) {
            System.out.printf(Locale.ROOT, "%s\t%.0f%n", v.name, median(v.millis));
        }
    }

    /** One way of starting a worker: which cache the host passes (the system properties Worker reads). */
    private record Variant(String name, String workerCache, String aot, List<Double> millis) {
        Variant(String name, String workerCache, String aot) {
            this(name, workerCache, aot, new ArrayList<>());
        }

        void apply() {
            if (workerCache == null) {
                System.clearProperty(WORKER_CACHE);
            } else {
                System.setProperty(WORKER_CACHE, workerCache);
            }
            System.setProperty("llamaffm.worker.aot", aot);
        }
    }

    private static double start(Worker.Spec spec) {
        long t = System.nanoTime();
        try (Worker worker = Worker.start(spec)) {
            return (System.nanoTime() - t) / 1e6;
        }
    }

    /** Fails unless a worker given the workers' cache loads its main class from it. */
    private static void checkMapped(Worker.Spec spec) throws Exception {
        Path log = Files.createTempFile("llama-ffm-worker-classes", ".txt");
        try {
            Worker.Spec logged = new Worker.Spec(
                    spec.model(),
                    spec.gpuLayers(),
                    spec.context(),
                    spec.startTimeout(),
                    spec.grace(),
                    List.of("-Xlog:class+load=info:file=" + log),
                    spec.properties());
            start(logged);
            boolean mapped = Files.readAllLines(log).stream()
                    .anyMatch(
                            line -> line.contains("org.llamaffm.policy.worker.WorkerMain source: shared objects file"));
            if (!mapped) {
                System.err.println("worker-start: a worker given " + System.getProperty(WORKER_CACHE)
                        + " did not load its classes from it (class path or JVM options differ from the training's)");
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
