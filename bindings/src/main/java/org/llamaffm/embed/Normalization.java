package org.llamaffm.embed;

import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * How an {@link Embedder} scales each embedding, with the codes and the exact arithmetic of
 * llama.cpp's {@code common_embd_normalize} (common/common.cpp; {@code llama-embedding
 * --embd-normalize N}): -1 none, 0 max-absolute scaled to the int16 range, 1 taxicab (L1), 2
 * euclidean (L2, the default: cosine similarity becomes a dot product), p &gt; 2 the p-norm.
 * llama.cpp's own function does the arithmetic (through the shim's C ABI over {@code common}).
 *
 * @param p llama.cpp's code, &gt;= -1
 */
public record Normalization(int p) {

    /** -1: the vectors as the model computes them. */
    public static final Normalization NONE = new Normalization(-1);
    /** 0: divided by max|x|, times 32760 (values in the int16 range; not rounded). */
    public static final Normalization MAX_ABS_INT16 = new Normalization(0);
    /** 1: divided by the sum of |x|. */
    public static final Normalization TAXICAB = new Normalization(1);
    /** 2: divided by the euclidean length (unit vectors). */
    public static final Normalization EUCLIDEAN = new Normalization(2);

    public Normalization {
        if (p < -1) {
            throw new IllegalArgumentException("normalization must be -1 (none), 0 (max absolute, int16 range), "
                    + "1 (taxicab), 2 (euclidean) or > 2 (p-norm), was " + p);
        }
    }

    /** The normalization of llama.cpp's code {@code p} (as {@code --embd-normalize p}). */
    public static Normalization of(int p) {
        return switch (p) {
            case -1 -> NONE;
            case 0 -> MAX_ABS_INT16;
            case 1 -> TAXICAB;
            case 2 -> EUCLIDEAN;
            default -> new Normalization(p);
        };
    }

    /** A new array: {@code vector} normalized. */
    public float[] apply(float[] vector) {
        float[] out = vector.clone();
        applyInPlace(out);
        return out;
    }

    /** Normalizes {@code vector} in place (llama.cpp's common_embd_normalize, through the shim). */
    public void applyInPlace(float[] vector) {
        if (p == -1 || vector.length == 0) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment values = arena.allocateFrom(JAVA_FLOAT, vector);
            llama_ffm_shim_h.llama_ffm_embd_normalize(values, values, vector.length, p);
            MemorySegment.copy(values, JAVA_FLOAT, 0, vector, 0, vector.length);
        }
    }

    @Override
    public String toString() {
        return switch (p) {
            case -1 -> "NONE";
            case 0 -> "MAX_ABS_INT16";
            case 1 -> "TAXICAB";
            case 2 -> "EUCLIDEAN";
            default -> "P_NORM(" + p + ")";
        };
    }
}
