package org.llamaffm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.llamaffm.Quantizer;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.testkit.SyntheticModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code llama-ffm synthetic}: writes a llama model with random weights, e.g. to benchmark without a download. */
@Command(
        name = "synthetic",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a llama-architecture model with seeded random weights (its text is noise),",
            "for benchmarks and tests without a download. Quantized types go through llama.cpp's quantizer."
        })
final class SyntheticCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "the GGUF file to write")
    Path output;

    @Option(
            names = "--vocab",
            paramLabel = "FILE",
            description = "take the tokenizer from this GGUF file (default: GPT-2's)")
    Path vocab;

    @Option(names = "--layers", defaultValue = "4", description = "layers (default: ${DEFAULT-VALUE})")
    int layers;

    @Option(names = "--embedding", defaultValue = "256", description = "embedding width (default: ${DEFAULT-VALUE})")
    int embedding;

    @Option(
            names = "--feed-forward",
            defaultValue = "768",
            description = "feed-forward width (default: ${DEFAULT-VALUE})")
    int feedForward;

    @Option(names = "--heads", defaultValue = "4", description = "attention heads (default: ${DEFAULT-VALUE})")
    int heads;

    @Option(names = "--kv-heads", description = "key/value heads (default: = heads)")
    Integer kvHeads;

    @Option(
            names = "--context",
            defaultValue = "2048",
            description = "trained context length (default: ${DEFAULT-VALUE})")
    int context;

    @Option(
            names = "--type",
            defaultValue = "f16",
            description = "weight type: f32, f16, bf16, q8_0, q4_0, q4_1, q5_0, q5_1 (default: ${DEFAULT-VALUE})")
    String type;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        GgmlType target = switch (type.toLowerCase(Locale.ROOT)) {
            case "f32" -> GgmlType.F32;
            case "f16" -> GgmlType.F16;
            case "bf16" -> GgmlType.BF16;
            case "q8_0" -> GgmlType.Q8_0;
            case "q4_0" -> GgmlType.Q4_0;
            case "q4_1" -> GgmlType.Q4_1;
            case "q5_0" -> GgmlType.Q5_0;
            case "q5_1" -> GgmlType.Q5_1;
            default -> throw new IllegalArgumentException("unknown --type '" + type + "'");
        };
        Path vocabFile = vocab != null ? vocab : DemoModel.vocab();
        SyntheticModel model = SyntheticModel.llama(vocabFile)
                .layers(layers)
                .embedding(embedding)
                .feedForward(feedForward)
                .heads(heads, kvHeads != null ? kvHeads : heads)
                .contextLength(context)
                .seed(seed);
        if (target == GgmlType.F32 || target == GgmlType.F16) {
            model.weightType(target).write(output);
        } else {
            Path f16 = output.resolveSibling(output.getFileName() + ".f16.tmp");
            try {
                model.weightType(GgmlType.F16).write(f16);
                Quantizer.quantize(f16, output, target, 0);
            } finally {
                Files.deleteIfExists(f16);
            }
        }
        err.printf(
                Locale.ROOT,
                "llama-ffm: wrote %s (%.1f MiB; random weights: its text is noise)%n",
                output,
                Files.size(output) / (double) (1 << 20));
        return 0;
    }
}
