package org.llamaffm.samples.desktopchat;

import java.nio.file.Path;
import java.util.Locale;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;

/**
 * llama.cpp's estimate of the memory a model and its context will take, computed before loading:
 * the model's metadata is read and the allocations simulated ({@link MemoryBreakdown#estimate}).
 *
 * @param memory      the estimate
 * @param contextSize the context it was made for (the setting, at most the model's trained length)
 * @param limited     the setting was more than the model's trained length
 */
record Estimate(MemoryBreakdown memory, int contextSize, boolean limited) {

    /**
     * @throws org.llamaffm.gguf.GgufException   when the file is not a valid GGUF file
     * @throws org.llamaffm.ModelLoadException   when llama.cpp cannot read the model
     */
    static Estimate of(Path file, Settings settings) {
        GgufFile gguf = Gguf.read(file);
        int trained = gguf.architecture()
                .flatMap(arch -> gguf.getLong(arch + ".context_length"))
                .map(Long::intValue)
                .orElse(0);
        int contextSize = settings.contextFor(trained);
        ContextParams context = ContextParams.builder()
                .contextSize(contextSize)
                .threads(settings.threads())
                .build();
        return new Estimate(
                MemoryBreakdown.estimate(file, ModelParams.defaults(), context),
                contextSize,
                settings.contextSize() > contextSize);
    }

    /** E.g. "Memory estimate: 61.2 MiB (weights 48.5 MiB, KV cache 8.0 MiB, compute 4.7 MiB), context 4096". */
    String describe() {
        return String.format(
                Locale.ROOT,
                "Memory estimate: %s (weights %s, KV cache %s, compute %s) for a context of %d tokens%s",
                bytes(memory.total()),
                bytes(memory.model()),
                bytes(memory.context()),
                bytes(memory.compute()),
                contextSize,
                limited ? " (the model's trained length)" : "");
    }

    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
        }
        if (n >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", n / (double) (1L << 10));
        }
        return n + " B";
    }
}
