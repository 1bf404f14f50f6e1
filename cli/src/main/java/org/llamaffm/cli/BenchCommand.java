package org.llamaffm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Device;
import org.llamaffm.DeviceType;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code llama-ffm bench}: llama-bench's methodology through the Java API — random tokens, a
 * warm-up run, memory cleared between repetitions, decode and synchronize timed, nothing else —
 * and its options and output fields.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures prompt processing (pp) and generation (tg) speed like llama.cpp's llama-bench.",
            "List options take comma-separated values; every combination is run.",
            "Without -m it uses the built-in demo model (random weights)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "GGUF model file; repeatable (default: the demo model)")
    List<Path> models = new ArrayList<>();

    @Option(names = {"-p", "--n-prompt"}, paramLabel = "N", split = ",", description = "prompt sizes (default: 512)")
    List<Integer> prompts;

    @Option(names = {"-n", "--n-gen"}, paramLabel = "N", split = ",", description = "generation sizes (default: 128)")
    List<Integer> gens;

    @Option(names = {"-pg"}, paramLabel = "PP,TG", description = "a prompt then generation test, e.g. 512,128; repeatable")
    List<String> promptGens = new ArrayList<>();

    @Option(names = {"-d", "--n-depth"}, paramLabel = "N", split = ",", description = "tokens already in the context (default: 0)")
    List<Integer> depths = List.of(0);

    @Option(names = {"-r", "--repetitions"}, paramLabel = "N", defaultValue = "5", description = "repetitions (default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", split = ",", description = "threads (default: all processors)")
    List<Integer> threads;

    @Option(names = {"-b", "--batch-size"}, paramLabel = "N", split = ",", description = "batch sizes (default: 2048)")
    List<Integer> batches = List.of(2048);

    @Option(names = {"-ub", "--ubatch-size"}, paramLabel = "N", split = ",", description = "micro-batch sizes (default: 512)")
    List<Integer> microBatches = List.of(512);

    @Option(names = {"-ngl", "--n-gpu-layers"}, paramLabel = "N", defaultValue = "99",
            description = "layers on GPUs (default: ${DEFAULT-VALUE})")
    int gpuLayers;

    @Option(names = {"-fa", "--flash-attn"}, paramLabel = "0|1|auto", split = ",",
            description = "flash attention (default: auto, as llama-bench)")
    List<String> flashAttention = List.of("auto");

    @Option(names = {"-ctk", "--cache-type-k"}, paramLabel = "TYPE", defaultValue = "f16", description = "KV cache key type (default: ${DEFAULT-VALUE})")
    String typeK;

    @Option(names = {"-ctv", "--cache-type-v"}, paramLabel = "TYPE", defaultValue = "f16", description = "KV cache value type (default: ${DEFAULT-VALUE})")
    String typeV;

    @Option(names = {"-dev", "--device"}, paramLabel = "LIST", split = ";",
            description = "devices to use, '/'-separated, or 'none' for the CPU only; ';' separates alternatives to compare, "
                    + "e.g. 'none;CUDA0' (default: all)")
    List<String> devices;

    @Option(names = {"-o", "--output"}, paramLabel = "md|csv|json|jsonl", defaultValue = "md",
            description = "output format (default: ${DEFAULT-VALUE})")
    String output;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "also draw t/s per test and device as an SVG chart")
    Path chart;

    @Option(names = "--no-warmup", description = "skip the warm-up run")
    boolean noWarmup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("md", "csv", "json", "jsonl").contains(output)) {
            throw new IllegalArgumentException("unknown output format '" + output + "' (md, csv, json, jsonl)");
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be >= 1, was " + repetitions);
        }
        GgmlType kType = kvType(typeK);
        GgmlType vType = kvType(typeV);
        List<int[]> tests = tests();
        List<Path> files = models.isEmpty() ? List.of(DemoModel.path(err)) : models;
        List<List<String>> deviceSets = devices == null ? java.util.Collections.singletonList(null)
                : devices.stream().map(d -> d.equals("none") ? List.<String>of() : List.of(d.split("/"))).toList();
        List<Integer> threadCounts = threads != null ? threads : List.of(Runtime.getRuntime().availableProcessors());

        LlamaRuntime runtime = LlamaRuntime.get();
        String cpuInfo = runtime.devices().stream().filter(d -> d.type() == DeviceType.CPU).map(Device::description)
                .findFirst().orElse("");
        String gpuInfo = runtime.devices().stream().filter(d -> d.type() != DeviceType.CPU).map(Device::description)
                .collect(Collectors.joining(", "));
        String commit = runtime.nativeBuild().llamaCppCommit();
        String commitShort = commit.length() > 7 ? commit.substring(0, 7) : commit;

        int total = files.size() * deviceSets.size() * threadCounts.size() * batches.size() * microBatches.size()
                * flashAttention.size() * depths.size() * tests.size();
        int index = 0;
        List<BenchResult> results = new ArrayList<>();
        Printer printer = new Printer(out, output);
        Random random = new Random(1234);
        for (Path file : files) {
            for (List<String> deviceSet : deviceSets) {
                ModelParams modelParams = ModelParams.builder().gpuLayers(gpuLayers).devices(deviceSet).build();
                try (Model model = Model.load(file, modelParams)) {
                    String backends = deviceSet == null ? String.join(",", runtime.backends())
                            : deviceSet.isEmpty() ? "CPU" : String.join(",", deviceSet);
                    for (int t : threadCounts) {
                        for (int b : batches) {
                            for (int ub : microBatches) {
                                for (String faText : flashAttention) {
                                    int fa = switch (faText) {
                                        case "auto", "-1" -> -1;
                                        case "0", "off" -> 0;
                                        case "1", "on" -> 1;
                                        default -> throw new IllegalArgumentException("-fa takes 0, 1 or auto, was '"
                                                + faText + "'");
                                    };
                                    for (int depth : depths) {
                                        for (int[] test : tests) {
                                            index++;
                                            err.printf("llama-ffm bench: %d/%d %s %s t=%d%n", index, total,
                                                    file.getFileName(), BenchResult.testName(test[0], test[1], depth), t);
                                            List<Long> samples = run(model, test[0], test[1], depth, t, b, ub, fa,
                                                    kType, vType, random);
                                            BenchResult result = new BenchResult(commitShort, cpuInfo, gpuInfo, backends,
                                                    file.toString(), model.description(), model.sizeBytes(),
                                                    model.parameterCount(), b, ub, t, typeK, typeV, gpuLayers, fa,
                                                    deviceSet == null ? "auto" : deviceSet.isEmpty() ? "none"
                                                            : String.join("/", deviceSet),
                                                    test[0], test[1], depth, Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                                            .toString(), samples);
                                            results.add(result);
                                            printer.print(result);
                                        }
                                    }
                                }
                            }
                        }
                    }
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

    private List<int[]> tests() {
        List<int[]> tests = new ArrayList<>();
        boolean anyGiven = prompts != null || gens != null || !promptGens.isEmpty();
        for (int p : prompts != null ? prompts : anyGiven ? List.<Integer>of() : List.of(512)) {
            if (p > 0) {
                tests.add(new int[] {p, 0});
            }
        }
        for (int n : gens != null ? gens : anyGiven ? List.<Integer>of() : List.of(128)) {
            if (n > 0) {
                tests.add(new int[] {0, n});
            }
        }
        for (String pg : promptGens) {
            String[] parts = pg.split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("-pg takes PP,TG (e.g. 512,128), was '" + pg + "'");
            }
            tests.add(new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())});
        }
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("no test: give -p, -n or -pg sizes above 0");
        }
        return tests;
    }

    private static GgmlType kvType(String name) {
        for (GgmlType type : ContextParams.KV_TYPES) {
            if (type.ggmlName().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown KV cache type '" + name + "'; one of "
                + ContextParams.KV_TYPES.stream().map(GgmlType::ggmlName).sorted().toList());
    }

    /** One test, llama-bench's way: warm-up, then per repetition: clear, depth (untimed), prompt + generation timed. */
    private List<Long> run(Model model, int prompt, int gen, int depth, int threads, int batch, int microBatch,
            int flash, GgmlType kType, GgmlType vType, Random random) {
        ContextParams params = BenchLoops.contextParams(prompt + gen + depth, threads, batch, microBatch, flash, kType,
                vType);
        int vocab = model.vocab().size();
        int bos = BenchLoops.bos(model);
        List<Long> samples = new ArrayList<>();
        try (Context context = model.newContext(params); Batch tokens = new Batch(Math.max(1, Math.min(batch,
                Math.max(prompt, depth))))) {
            if (!noWarmup) {
                // llama-bench warms up once; a JVM also needs its JIT to finish compiling the decode path,
                // which on a small machine competes with the compute threads: warm up for at least
                // 3 runs and 1 second (at most 20 runs), none of it timed.
                long warmupStart = System.nanoTime();
                for (int run = 0; run < 20 && (run < 3 || System.nanoTime() - warmupStart < 1_000_000_000L); run++) {
                    context.memory().clear();
                    if (prompt > 0) {
                        BenchLoops.prompt(context, tokens, 0, prompt, batch, vocab, bos, random);
                    }
                    if (gen > 0) {
                        BenchLoops.generate(context, tokens, prompt, Math.min(gen, 32), vocab, bos, random);
                    }
                }
            }
            for (int r = 0; r < repetitions; r++) {
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

    /** Prints results as they come: a markdown table, CSV, a JSON array or JSON lines. */
    private static final class Printer {
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        private static final ObjectMapper JSONL = new ObjectMapper();
        private final PrintWriter out;
        private final String format;
        private int count;

        Printer(PrintWriter out, String format) {
            this.out = out;
            this.format = format;
        }

        void print(BenchResult r) throws IOException {
            switch (format) {
                case "md" -> {
                    if (count == 0) {
                        out.println("| model | size | params | backend | threads | test | t/s |");
                        out.println("| ----- | ---: | -----: | ------- | ------: | ---: | --: |");
                    }
                    out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %.2f ± %.2f |%n", r.modelType(),
                            size(r.modelSize()), params(r.modelParams()), r.backends(), r.threads(), r.testName(),
                            r.avgTs(), r.stddevTs());
                }
                case "csv" -> {
                    if (count == 0) {
                        out.println(String.join(",", r.fields().keySet()));
                    }
                    out.println(r.fields().values().stream().map(Printer::csv).collect(Collectors.joining(",")));
                }
                case "json" -> {
                    out.print(count == 0 ? "[\n" : ",\n");
                    out.print(JSON.writeValueAsString(r.fields()));
                }
                default -> out.println(JSONL.writeValueAsString(r.fields()));
            }
            out.flush();
            count++;
        }

        void finish() {
            if (format.equals("json")) {
                out.println(count == 0 ? "[]" : "\n]");
            }
            out.flush();
        }

        private static String csv(Object value) {
            String text = value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                    : String.valueOf(value);
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }

        private static String size(long bytes) {
            return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
                    : String.format(Locale.ROOT, "%.2f MiB", bytes / (double) (1L << 20));
        }

        private static String params(long n) {
            return n >= 1_000_000_000L ? String.format(Locale.ROOT, "%.2f B", n / 1e9)
                    : String.format(Locale.ROOT, "%.2f M", n / 1e6);
        }
    }
}
