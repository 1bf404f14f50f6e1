package org.llamaffm.gguf;

import java.util.Arrays;

/**
 * A tensor's entry in a GGUF file.
 *
 * @param name   its name, e.g. {@code "blk.0.attn_q.weight"}
 * @param type   its data type
 * @param shape  element counts per dimension, innermost (row length) first, as ggml's {@code ne}
 * @param offset where its data starts, relative to the file's data section
 * @param size   its data size in bytes
 */
public record GgufTensorInfo(String name, GgmlType type, long[] shape, long offset, long size) {

    public GgufTensorInfo {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of elements. */
    public long elements() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GgufTensorInfo t
                && name.equals(t.name)
                && type == t.type
                && Arrays.equals(shape, t.shape)
                && offset == t.offset
                && size == t.size;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + " " + type.ggmlName() + " " + Arrays.toString(shape) + " @" + offset + " (" + size + " bytes)";
    }
}
