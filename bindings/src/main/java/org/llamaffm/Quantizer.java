package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_model_quantize_params;

/**
 * Converts a GGUF model's weights to another type with llama.cpp's own quantizer
 * ({@code llama_model_quantize}).
 */
public final class Quantizer {

    /** The types this API offers (llama.cpp's LLAMA_FTYPE_ALL_F32 / MOSTLY_*). */
    private static final Map<GgmlType, Integer> FILE_TYPES = Map.of(
            GgmlType.F32,
            llama_h.LLAMA_FTYPE_ALL_F32,
            GgmlType.F16,
            llama_h.LLAMA_FTYPE_MOSTLY_F16,
            GgmlType.BF16,
            llama_h.LLAMA_FTYPE_MOSTLY_BF16,
            GgmlType.Q8_0,
            llama_h.LLAMA_FTYPE_MOSTLY_Q8_0,
            GgmlType.Q4_0,
            llama_h.LLAMA_FTYPE_MOSTLY_Q4_0,
            GgmlType.Q4_1,
            llama_h.LLAMA_FTYPE_MOSTLY_Q4_1,
            GgmlType.Q5_0,
            llama_h.LLAMA_FTYPE_MOSTLY_Q5_0,
            GgmlType.Q5_1,
            llama_h.LLAMA_FTYPE_MOSTLY_Q5_1);

    private Quantizer() {}

    /**
     * Writes {@code target}: {@code source} with its matrices in {@code type} (llama.cpp keeps
     * norms and other small tensors in higher precision). The target appears complete or not at all.
     *
     * @throws IllegalArgumentException for a type not offered here
     * @throws GgufException           when the source is not a GGUF file
     * @throws QuantizeException        when llama.cpp cannot read or convert it
     */
    public static void quantize(Path source, Path target, GgmlType type, int threads) {
        Integer fileType = FILE_TYPES.get(type);
        if (fileType == null) {
            throw new IllegalArgumentException("cannot quantize to " + type + "; one of " + FILE_TYPES.keySet());
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = all), was " + threads);
        }
        LlamaRuntime.get();
        Path in = source.toAbsolutePath().normalize();
        Gguf.read(in); // a precise error for what is not a GGUF file, before native code reads it
        Path temp = target.resolveSibling(
                target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try (Arena arena = Arena.ofConfined();
                NativeLog.Capture log = NativeLog.capture()) {
            MemorySegment params = llama_h.llama_model_quantize_default_params(arena);
            llama_model_quantize_params.ftype(params, fileType);
            llama_model_quantize_params.nthread(params, threads);
            int rc = llama_h.llama_model_quantize(
                    arena.allocateFrom(in.toString()), arena.allocateFrom(temp.toString()), params);
            if (rc != 0) {
                throw new QuantizeException(
                        in,
                        "llama.cpp could not quantize " + in + " to " + type + ": " + String.join("; ", log.lines()));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (java.io.IOException ignored) {
                // nothing better to report than the original failure
            }
        }
    }
}
