package org.llamaffm;

/**
 * How an {@link Embedder} scales each embedding, with the codes and the exact arithmetic of
 * llama.cpp's {@code common_embd_normalize} (common/common.cpp; {@code llama-embedding
 * --embd-normalize N}): -1 none, 0 max-absolute scaled to the int16 range, 1 taxicab (L1), 2
 * euclidean (L2, the default: cosine similarity becomes a dot product), p &gt; 2 the p-norm.
 * llama.cpp exposes this only in its C++ {@code common} library, so it is done here, in Java:
 * sums in double, the factor {@code 1/norm} rounded to float, each value multiplied in float, as
 * there.
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

    /** Normalizes {@code vector} in place (common_embd_normalize with inp == out). */
    public void applyInPlace(float[] vector) {
        double sum = 0.0;
        switch (p) {
            case -1 -> sum = 1.0;
            case 0 -> {
                for (float x : vector) {
                    if (sum < Math.abs(x)) {
                        sum = Math.abs(x);
                    }
                }
                sum /= 32760.0;
            }
            case 2 -> {
                for (float x : vector) {
                    sum += x * x; // a float product added to a double, as in C
                }
                sum = Math.sqrt(sum);
            }
            default -> {
                for (float x : vector) {
                    sum += Math.pow(Math.abs(x), p);
                }
                sum = Math.pow(sum, 1.0 / p);
            }
        }
        float norm = sum > 0.0 ? (float) (1.0 / sum) : 0.0f;
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= norm;
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
