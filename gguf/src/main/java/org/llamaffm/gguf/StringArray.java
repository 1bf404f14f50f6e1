package org.llamaffm.gguf;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A GGUF string array as read: the elements' UTF-8 bytes one after the other, decoded on access. A vocabulary of
 * 150,000 tokens and 280,000 merges is then two arrays of a few MiB, not 430,000 strings (which a reader that only
 * checks a file's header, as {@code Model.load} does, would allocate and collect again). Immutable.
 */
final class StringArray extends AbstractList<String> implements RandomAccess {

    private final byte[] bytes;
    /** {@code ends[i]}: where element {@code i}'s bytes end (it starts where element {@code i - 1} ends). */
    private final int[] ends;

    private StringArray(byte[] bytes, int[] ends) {
        this.bytes = bytes;
        this.ends = ends;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, ends.length);
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return ends.length;
    }

    /** Collects {@code size} elements' bytes; the array grows as needed, up to what the file can hold. */
    static final class Builder {
        private byte[] bytes;
        private final int[] ends;
        private int count;
        private int length;

        Builder(int size) {
            ends = new int[size];
            bytes = new byte[Math.min(Math.max(size, 16) * 8, 1 << 20)];
        }

        /** Room for {@code n} more bytes, filled by the caller at {@link #at()}; then the element ends. */
        byte[] reserve(int n) {
            if (bytes.length - length < n) {
                long wanted = Math.max((long) length + n, 2L * bytes.length);
                if ((long) length + n > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("string array over 2 GiB");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
            }
            return bytes;
        }

        int at() {
            return length;
        }

        void end(int n) {
            length += n;
            ends[count++] = length;
        }

        StringArray build() {
            return new StringArray(Arrays.copyOf(bytes, length), ends);
        }
    }
}
