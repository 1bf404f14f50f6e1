package org.llamaffm.testkit;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;

/** What the synthetic model writers share: the copied tokenizer and seeded random tensors. */
final class SyntheticWeights {

    private SyntheticWeights() {}

    static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
        return value;
    }

    /** The number of tokens of the vocab file's tokenizer. */
    static long tokenCount(Path vocabFile, GgufFile vocab) {
        return vocab.get("tokenizer.ggml.tokens")
                .map(GgufValue::length)
                .orElseThrow(() -> new IllegalArgumentException(vocabFile + " has no tokenizer.ggml.tokens"));
    }

    /** The vocab file's tokenizer.* keys, copied into {@code writer}. */
    static void copyTokenizer(GgufFile vocab, GgufWriter writer) {
        vocab.metadata().forEach((key, value) -> {
            if (key.startsWith("tokenizer.")) {
                writer.put(key, value);
            }
        });
    }

    /**
     * A {@code columns x rows} matrix of {@code type} (F32 or F16), values uniform in
     * +-1/sqrt(columns) (activations stay in range through the layers). The random numbers are
     * drawn from a split of {@code random} taken now, so the file depends only on the seed.
     */
    static void matrix(
            GgufWriter writer, SplittableRandom random, GgmlType type, String name, long columns, long rows) {
        tensor(writer, random, type, name, new long[] {columns, rows}, (float) (1.0 / Math.sqrt(columns)));
    }

    /** A tensor of {@code shape}, values uniform in +-scale. */
    static void tensor(
            GgufWriter writer, SplittableRandom random, GgmlType type, String name, long[] shape, float scale) {
        SplittableRandom own = random.split();
        writer.tensor(name, type, shape, data -> fill(data, own, type, scale));
    }

    /** An F32 vector of one value (a norm's weight 1 or bias 0). */
    static void constant(GgufWriter writer, String name, long width, float value) {
        constant(writer, name, GgmlType.F32, width, value);
    }

    /** A vector of one value, stored as {@code type} (F32, F16, I8 or I32). */
    static void constant(GgufWriter writer, String name, GgmlType type, long width, float value) {
        writer.tensor(name, type, new long[] {width}, data -> {
            while (data.hasRemaining()) {
                put(data, type, value);
            }
        });
    }

    private static void fill(ByteBuffer data, SplittableRandom random, GgmlType type, float scale) {
        while (data.hasRemaining()) {
            boolean integer = type == GgmlType.I8 || type == GgmlType.I32;
            put(data, type, integer ? random.nextInt(-4, 5) : (float) (random.nextDouble() * 2 - 1) * scale);
        }
    }

    private static void put(ByteBuffer data, GgmlType type, float value) {
        switch (type) {
            case F32 -> data.putFloat(value);
            case F16 -> data.putShort(Float.floatToFloat16(value));
            case I8 -> data.put((byte) value);
            case I32 -> data.putInt((int) value);
            default -> throw new IllegalArgumentException("no synthetic values for " + type);
        }
    }
}
