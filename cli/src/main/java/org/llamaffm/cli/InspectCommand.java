package org.llamaffm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llamaffm.ContextParams;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufTensorInfo;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.ModelRejectedException;
import org.llamaffm.policy.ModelValidator;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.worker.Lockdown;
import org.llamaffm.policy.worker.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code llama-ffm inspect}: a GGUF file's metadata, tensors, totals and a memory estimate, read
 * with the pure-Java reader (no native code: safe on any file).
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Shows a GGUF file's metadata, tensors and totals, and estimates the memory to run it.",
            "Reads the file in Java only; a malformed file gets its first problem reported and exit code 1.",
            "The estimate is for a context of -c tokens, -ngl layers on GPUs and micro-batches of -ub tokens."
        })
final class InspectCommand implements Callable<Integer> {

    private static final Pattern LAYER = Pattern.compile("^blk\\.(\\d+)\\.");

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "the GGUF file (with --protections it may be left out: a worker without a model)")
    Path file;

    @Mixin
    ContextOptions.Size contextSize;

    @Mixin
    ModelOptions.GpuLayers gpuLayers;

    @Mixin
    ContextOptions.MicroBatch microBatch;

    @Option(
            names = "--strict",
            description = "run the policy's strict model validator only: exit 0 when valid, "
                    + "else the first problem on stderr and exit 1")
    boolean strict;

    @Option(
            names = "--sha256",
            description = "print the file's SHA-256 and, for a GGUF model, those of its chat "
                    + "templates, one per metadata key (for a policy's allowlists), and exit")
    boolean sha256;

    @Option(
            names = "--protections",
            description = "start a worker process on the model (as --isolation worker does; without FILE, one "
                    + "without a model) and print the protections it could put on itself on this machine, and why "
                    + "a missing one is missing")
    boolean protections;

    @Option(
            names = "--tensors",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "list the tensors (default: on)")
    boolean listTensors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (protections) {
            if (file == null) { // what this machine gives any worker
                out.println("a worker without a model:");
                for (Lockdown.Protection p : Worker.probe(java.time.Duration.ofSeconds(60))) {
                    out.println("  " + p);
                }
                return 0;
            }
            try (Worker worker = Worker.start(Worker.Spec.of(file)
                    .withContext(ContextParams.builder().contextSize(512).build()))) {
                out.println("worker " + worker.pid() + " on " + file + ":");
                for (Lockdown.Protection p : worker.protections()) {
                    out.println("  " + p);
                }
            }
            return 0;
        }
        if (file == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        if (sha256) {
            out.println(new ModelHasher().sha256(file) + "  " + file);
            if (startsWithGgufMagic(file)) {
                Sandbox.chatTemplates(Gguf.read(file))
                        .forEach((key, value) -> out.println((value.type() == GgufType.STRING
                                        ? Sandbox.sha256(value.asString())
                                        : "(not a string: " + value.type() + ")")
                                + "  " + key));
            }
            return 0;
        }
        if (strict) {
            GgufFile valid = ModelValidator.validate(file, ModelValidator.Rules.DEFAULT);
            out.printf(
                    Locale.ROOT,
                    "valid: %s (%s, %d tensors; %d checks passed)%n",
                    file,
                    valid.architecture().orElse("?"),
                    valid.tensors().size(),
                    ModelRejectedException.Reason.values().length);
            return 0;
        }
        GgufFile gguf = Gguf.read(file);
        out.printf(
                Locale.ROOT,
                "file: %s%nGGUF v%d, %s, %d metadata keys, %d tensors, alignment %d, data at %d%n%n",
                file,
                gguf.version(),
                bytes(gguf.fileSize()),
                gguf.metadata().size(),
                gguf.tensors().size(),
                gguf.alignment(),
                gguf.dataOffset());
        out.println("metadata:");
        int keyWidth =
                gguf.metadata().keySet().stream().mapToInt(String::length).max().orElse(10);
        for (Map.Entry<String, GgufValue> kv : gguf.metadata().entrySet()) {
            out.printf(Locale.ROOT, "  %-" + keyWidth + "s  %s%n", kv.getKey(), summary(kv.getValue()));
        }
        if (listTensors && !gguf.tensors().isEmpty()) {
            out.println();
            out.println("tensors:");
            int nameWidth = gguf.tensors().stream()
                    .mapToInt(t -> t.name().length())
                    .max()
                    .orElse(10);
            for (GgufTensorInfo t : gguf.tensors()) {
                out.printf(
                        Locale.ROOT,
                        "  %-" + nameWidth + "s  %-7s %-22s %10s%n",
                        t.name(),
                        t.type().ggmlName(),
                        Arrays.toString(t.shape()),
                        bytes(t.size()));
            }
        }
        long elements =
                gguf.tensors().stream().mapToLong(GgufTensorInfo::elements).sum();
        out.printf(
                Locale.ROOT,
                "%ntotals: %d tensors, %,d parameters, %s of weights%n",
                gguf.tensors().size(),
                elements,
                bytes(gguf.tensorBytes()));
        estimate(out, gguf);
        return 0;
    }

    private static boolean startsWithGgufMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), "GGUF".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Arrays summarized: type, length and the first few elements. */
    private static String summary(GgufValue value) {
        if (value.type() != GgufType.ARRAY) {
            String text = String.valueOf(value.value());
            text = text.replace("\n", "\\n");
            return value.type().name().toLowerCase(Locale.ROOT) + " "
                    + (text.length() > 120 ? text.substring(0, 117) + "... (" + text.length() + " chars)" : text);
        }
        String first = switch (value.value()) {
            case List<?> list ->
                list.stream().limit(5).map(v -> "\"" + v + "\"").toList().toString();
            case int[] a -> Arrays.toString(Arrays.copyOf(a, Math.min(5, a.length)));
            case float[] a -> Arrays.toString(Arrays.copyOf(a, Math.min(5, a.length)));
            case long[] a -> Arrays.toString(Arrays.copyOf(a, Math.min(5, a.length)));
            default -> "";
        };
        return "array of " + value.length() + " " + value.elementType().name().toLowerCase(Locale.ROOT)
                + (first.isEmpty() ? "" : " " + first.replace("]", value.length() > 5 ? ", ...]" : "]"));
    }

    /** Weights by device, KV cache and compute buffer, from the metadata and tensor sizes. */
    private void estimate(PrintWriter out, GgufFile gguf) {
        String arch = gguf.architecture().orElse(null);
        if (arch == null) {
            out.println("\nmemory estimate: not possible (no general.architecture)");
            return;
        }
        long layers = gguf.getLong(arch + ".block_count").orElse(0L);
        long embd = gguf.getLong(arch + ".embedding_length").orElse(0L);
        long heads = gguf.getLong(arch + ".attention.head_count").orElse(1L);
        long kvHeads = gguf.getLong(arch + ".attention.head_count_kv").orElse(heads);
        long headK = gguf.getLong(arch + ".attention.key_length").orElse(heads > 0 ? embd / heads : 0);
        long headV = gguf.getLong(arch + ".attention.value_length").orElse(headK);
        long ff = gguf.getLong(arch + ".feed_forward_length").orElse(4 * embd);
        long trained = gguf.getLong(arch + ".context_length").orElse(4096L);
        long vocab = gguf.get("tokenizer.ggml.tokens").map(GgufValue::length).orElse(0);
        long ctx = contextSize.value > 0 ? contextSize.value : trained;
        int gpuLayers = this.gpuLayers.value;
        int microBatch = this.microBatch.value;
        long offloaded = gpuLayers < 0 ? layers : Math.min(gpuLayers, layers);

        long gpu = 0;
        long cpu = 0;
        for (GgufTensorInfo t : gguf.tensors()) {
            Matcher m = LAYER.matcher(t.name());
            boolean onGpu = m.find()
                    ? Long.parseLong(m.group(1)) >= layers - offloaded
                    : !t.name().startsWith("token_embd") && (gpuLayers < 0 || gpuLayers > layers);
            if (onGpu) {
                gpu += t.size();
            } else {
                cpu += t.size();
            }
        }
        long kv = ctx * layers * kvHeads * (headK + headV) * 2; // F16 keys and values
        long compute = (long) microBatch * (vocab + 4 * embd + 2 * ff) * 4 + (long) microBatch * ctx * heads * 4;
        out.printf(
                Locale.ROOT,
                "%nmemory estimate (context %d, %d of %d layers offloaded, micro-batch %d):%n",
                ctx,
                offloaded,
                layers,
                microBatch);
        out.printf(Locale.ROOT, "  weights        %10s on the CPU, %10s on GPUs%n", bytes(cpu), bytes(gpu));
        out.printf(Locale.ROOT, "  KV cache (f16) %10s%n", bytes(kv));
        out.printf(Locale.ROOT, "  compute        %10s (rough)%n", bytes(compute));
        out.printf(Locale.ROOT, "  total          %10s%n", bytes(cpu + gpu + kv + compute));
    }

    private static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.2f MiB", n / (double) (1L << 20));
        }
        if (n >= 1L << 10) {
            return String.format(Locale.ROOT, "%.2f KiB", n / (double) (1L << 10));
        }
        return n + " B";
    }
}
