package org.llamaffm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.ContextParams.FlashAttention;
import org.llamaffm.Device;
import org.llamaffm.DeviceType;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.GgmlType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code llama-ffm bench}: llama-bench's methodology through the Java API — random tokens, a
 * warm-up run, memory cleared between repetitions, decode and synchronize timed, nothing else —
 * and its options, defaults and output fields. The whole plan is checked ({@link #plan}) before the
 * first model loads, so that a bad value fails at once.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measures prompt processing (pp) and generation (tg) speed like llama.cpp's llama-bench.",
            "The options mirror llama-bench's: its names and its defaults, which may differ from the other commands'.",
            "List options take comma-separated values; every combination is run.",
            "Every value is checked before the first model loads.",
            "Without -m it uses the built-in demo model (random weights)."
        })
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-m", "--model"},
            paramLabel = "FILE",
            description = "GGUF model file; repeatable (default: the demo model)")
    List<Path> models = new ArrayList<>();

    @Option(
            names = {"-p", "--n-prompt"},
            paramLabel = "N",
            split = ",",
            description = "prompt sizes (default: 512)")
    List<Integer> prompts;

    @Option(
            names = {"-n", "--n-gen"},
            paramLabel = "N",
            split = ",",
            description = "generation sizes (default: 128)")
    List<Integer> gens;

    @Option(
            names = {"-pg"},
            paramLabel = "PP,TG",
            description = "a prompt then generation test, e.g. 512,128; repeatable")
    List<String> promptGens = new ArrayList<>();

    @Option(
            names = {"-d", "--n-depth"},
            paramLabel = "N",
            split = ",",
            description = "tokens already in the context (default: 0)")
    List<Integer> depths = List.of(0);

    @Option(
            names = {"-r", "--repetitions"},
            paramLabel = "N",
            defaultValue = "5",
            description = "repetitions (default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(
            names = {"-t", "--threads"},
            paramLabel = "N",
            split = ",",
            description = "threads (default: all processors; llama-bench's: the physical cores)")
    List<Integer> threads;

    @Option(
            names = {"-b", "--batch-size"},
            paramLabel = "N",
            split = ",",
            description = "batch sizes (default: 2048)")
    List<Integer> batches = List.of(2048);

    @Option(
            names = {"-ub", "--ubatch-size"},
            paramLabel = "N",
            split = ",",
            description = "micro-batch sizes (default: 512)")
    List<Integer> microBatches = List.of(512);

    @Mixin
    ModelOptions.GpuLayers gpuLayers;

    @Option(
            names = {"-fa", "--flash-attn"},
            paramLabel = "on|off|auto",
            split = ",",
            converter = ContextOptions.FlashAttnConverter.class,
            description = "flash attention (default: auto)")
    List<FlashAttention> flashAttention = List.of(FlashAttention.AUTO);

    @Option(
            names = {"-ctk", "--cache-type-k"},
            paramLabel = "TYPE",
            defaultValue = "f16",
            description = "KV cache key type (default: ${DEFAULT-VALUE})")
    String typeK;

    @Option(
            names = {"-ctv", "--cache-type-v"},
            paramLabel = "TYPE",
            defaultValue = "f16",
            description = "KV cache value type (default: ${DEFAULT-VALUE})")
    String typeV;

    @Option(
            names = {"-dev", "--device"},
            paramLabel = "LIST",
            split = ";",
            description =
                    "devices to use, '/'-separated, or 'none' for the CPU only; ';' separates alternatives to compare, "
                            + "e.g. 'none;CUDA0' (default: all)")
    List<String> devices;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "md|csv|json|jsonl",
            defaultValue = "md",
            description = "output format (default: ${DEFAULT-VALUE})")
    String output;

    @Option(
            names = "--chart",
            paramLabel = "FILE.svg",
            description = "also draw t/s per test and device as an SVG chart")
    Path chart;

    @Option(names = "--no-warmup", description = "skip the warm-up run")
    boolean noWarmup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchPlan plan = plan(err);
        LlamaRuntime runtime = LlamaRuntime.get();
        String cpuInfo = runtime.devices().stream()
                .filter(d -> d.type() == DeviceType.CPU)
                .map(Device::description)
                .findFirst()
                .orElse("");
        String gpuInfo = runtime.devices().stream()
                .filter(d -> d.type() != DeviceType.CPU)
                .map(Device::description)
                .collect(Collectors.joining(", "));
        String commit = runtime.nativeBuild().llamaCppCommit();
        String commitShort = commit.length() > 7 ? commit.substring(0, 7) : commit;

        int index = 0;
        List<BenchResult> results = new ArrayList<>();
        BenchOutput printer = BenchOutput.of(output, out);
        Random random = new Random(1234);
        for (BenchPlan.Load load : plan.loads()) {
            try (Model model = Model.load(load.file(), load.params())) {
                String backends = load.devices() == null
                        ? String.join(",", runtime.backends())
                        : load.devices().isEmpty() ? "CPU" : String.join(",", load.devices());
                for (BenchPlan.Run run : plan.runs()) {
                    index++;
                    err.printf(
                            "llama-ffm bench: %d/%d %s %s t=%d%n",
                            index,
                            plan.size(),
                            load.file().getFileName(),
                            BenchResult.testName(run.prompt(), run.gen(), run.depth()),
                            run.threads());
                    List<Long> samples = run(model, run, plan, random);
                    BenchResult result = new BenchResult(
                            commitShort,
                            cpuInfo,
                            gpuInfo,
                            backends,
                            load.file().toString(),
                            model.description(),
                            model.sizeBytes(),
                            model.parameterCount(),
                            run.batch(),
                            run.microBatch(),
                            run.threads(),
                            plan.keyType().ggmlName(),
                            plan.valueType().ggmlName(),
                            load.params().gpuLayers(),
                            run.flashAttnField(),
                            load.devicesField(),
                            run.prompt(),
                            run.gen(),
                            run.depth(),
                            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                            samples);
                    results.add(result);
                    printer.print(result);
                }
            }
        }
        printer.finish();
        if (chart != null) {
            Chart.write(chart, results);
            err.println("llama-ffm bench: chart written to " + chart);
        }
        return 0;
    }

    /**
     * Every value checked, every model and context parameter built, before a model loads: a bad value is
     * a {@link ParameterException} (exit code 2) at once, not after the models before it have run.
     */
    private BenchPlan plan(PrintWriter err) {
        if (!BenchOutput.FORMATS.contains(output)) {
            throw invalid("unknown output format '" + output + "' (" + String.join(", ", BenchOutput.FORMATS) + ")");
        }
        if (repetitions < 1) {
            throw invalid("repetitions must be >= 1, was " + repetitions);
        }
        if (chart != null
                && !chart.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            throw invalid("--chart writes SVG: give a file name ending in .svg, was " + chart);
        }
        GgmlType kType = kvType(typeK);
        GgmlType vType = kvType(typeV);
        List<Integer> threadCounts =
                threads != null ? threads : List.of(Runtime.getRuntime().availableProcessors());
        atLeast(1, "-t", threadCounts);
        atLeast(1, "-b", batches);
        atLeast(1, "-ub", microBatches);
        atLeast(0, "-d", depths);
        List<int[]> tests = tests();
        for (Path file : models) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw invalid("model file not found or not readable: " + file);
            }
        }
        List<List<String>> deviceSets = deviceSets();

        List<BenchPlan.Run> runs = new ArrayList<>();
        for (int t : threadCounts) {
            for (int b : batches) {
                for (int ub : microBatches) {
                    for (FlashAttention fa : flashAttention) {
                        for (int depth : depths) {
                            for (int[] test : tests) {
                                ContextParams params = checked(() -> BenchLoops.contextParams(
                                        test[0] + test[1] + depth,
                                        t,
                                        b,
                                        ub,
                                        BenchPlan.flashAttnField(fa),
                                        kType,
                                        vType));
                                runs.add(new BenchPlan.Run(t, b, ub, fa, depth, test[0], test[1], params));
                            }
                        }
                    }
                }
            }
        }
        List<BenchPlan.Load> loads = new ArrayList<>();
        List<Path> files = models.isEmpty() ? List.of(DemoModel.path(err)) : models;
        for (Path file : files) {
            for (List<String> deviceSet : deviceSets) {
                ModelParams params = checked(() -> ModelParams.builder()
                        .gpuLayers(gpuLayers.value)
                        .devices(deviceSet)
                        .build());
                loads.add(new BenchPlan.Load(file, deviceSet, params));
            }
        }
        return new BenchPlan(loads, runs, repetitions, kType, vType, !noWarmup);
    }

    /** The tests in llama-bench's order: each -p, each -n, each -pg; sizes of 0 are skipped, as there. */
    private List<int[]> tests() {
        List<int[]> tests = new ArrayList<>();
        boolean anyGiven = prompts != null || gens != null || !promptGens.isEmpty();
        List<Integer> promptSizes = prompts != null ? prompts : anyGiven ? List.of() : List.of(512);
        List<Integer> genSizes = gens != null ? gens : anyGiven ? List.of() : List.of(128);
        atLeast(0, "-p", promptSizes);
        atLeast(0, "-n", genSizes);
        for (int p : promptSizes) {
            if (p > 0) {
                tests.add(new int[] {p, 0});
            }
        }
        for (int n : genSizes) {
            if (n > 0) {
                tests.add(new int[] {0, n});
            }
        }
        for (String pg : promptGens) {
            String[] parts = pg.split(",");
            int[] test = parts.length == 2 ? new int[] {size(parts[0]), size(parts[1])} : null;
            if (test == null || test[0] < 0 || test[1] < 0) {
                throw invalid("-pg takes PP,TG (e.g. 512,128), was '" + pg + "'");
            }
            tests.add(test);
        }
        if (tests.isEmpty()) {
            throw invalid("no test: give -p, -n or -pg sizes above 0");
        }
        return tests;
    }

    /** A size, or -1 when {@code text} is not a number. */
    private static int size(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** -dev's alternatives: null for llama.cpp's choice, an empty list for none; every name a device ggml has. */
    private List<List<String>> deviceSets() {
        if (devices == null) {
            return Collections.singletonList(null);
        }
        List<String> known =
                LlamaRuntime.get().devices().stream().map(Device::name).toList();
        List<List<String>> sets = new ArrayList<>();
        for (String alternative : devices) {
            List<String> set = alternative.equals("none") ? List.of() : List.of(alternative.split("/"));
            for (String name : set) {
                // ggml_backend_dev_by_name compares ignoring case
                if (known.stream().noneMatch(name::equalsIgnoreCase)) {
                    throw invalid("no device named '" + name + "'; there are " + known);
                }
            }
            sets.add(set);
        }
        return sets;
    }

    private void atLeast(int min, String option, List<Integer> values) {
        for (int value : values) {
            if (value < min) {
                throw invalid(option + " takes values >= " + min + ", was " + value);
            }
        }
    }

    private GgmlType kvType(String name) {
        for (GgmlType type : ContextParams.KV_TYPES) {
            if (type.ggmlName().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw invalid("unknown KV cache type '" + name + "'; one of "
                + ContextParams.KV_TYPES.stream()
                        .map(GgmlType::ggmlName)
                        .sorted()
                        .toList());
    }

    /** The parameters {@code build} makes, with what they reject as a bad value of the command line. */
    private <T> T checked(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** One test, llama-bench's way: warm-up, then per repetition: clear, depth (untimed), prompt + generation timed. */
    private static List<Long> run(Model model, BenchPlan.Run run, BenchPlan plan, Random random) {
        int prompt = run.prompt();
        int gen = run.gen();
        int depth = run.depth();
        int batch = run.batch();
        int vocab = model.vocab().size();
        int bos = BenchLoops.bos(model);
        List<Long> samples = new ArrayList<>();
        try (Context context = model.newContext(run.params());
                Batch tokens = new Batch(Math.max(1, Math.min(batch, Math.max(prompt, depth))))) {
            if (plan.warmup()) {
                // llama-bench warms up once; a JVM also needs its JIT to finish compiling the decode path,
                // which on a small machine competes with the compute threads: warm up for at least
                // 3 runs and 1 second (at most 20 runs), none of it timed.
                long warmupStart = System.nanoTime();
                for (int i = 0; i < 20 && (i < 3 || System.nanoTime() - warmupStart < 1_000_000_000L); i++) {
                    context.memory().clear();
                    if (prompt > 0) {
                        BenchLoops.prompt(context, tokens, 0, prompt, batch, vocab, bos, random);
                    }
                    if (gen > 0) {
                        BenchLoops.generate(context, tokens, prompt, Math.min(gen, 32), vocab, bos, random);
                    }
                }
            }
            for (int r = 0; r < plan.repetitions(); r++) {
                context.memory().clear();
                if (depth > 0) {
                    BenchLoops.prompt(context, tokens, 0, depth, batch, vocab, bos, random);
                }
                long start = System.nanoTime();
                if (prompt > 0) {
                    BenchLoops.prompt(context, tokens, depth, prompt, batch, vocab, bos, random);
                }
                if (gen > 0) {
                    BenchLoops.generate(context, tokens, depth + prompt, gen, vocab, bos, random);
                }
                samples.add(System.nanoTime() - start);
            }
        }
        return samples;
    }
}
