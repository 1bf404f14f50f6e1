package org.llamaffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Token pieces in, whole UTF-8 text out. A token's piece may end inside a character (byte-level
 * vocabularies split multibyte characters over tokens), so the bytes of an incomplete last
 * character are held until a later piece completes them. Invalid bytes are not waited for: they
 * come out at once, as U+FFFD. One buffer is reused: a piece costs no allocation but the text it
 * completes.
 */
final class Utf8Accumulator {

    private byte[] pending = new byte[64];
    private int count;

    /**
     * Adds the first {@code length} bytes of {@code piece}.
     *
     * @return the text these bytes complete (with what was held before them); null when they end
     *         inside a character and nothing before it is left to return
     */
    String append(MemorySegment piece, int length) {
        if (count + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, count + length));
        }
        MemorySegment.copy(piece, JAVA_BYTE, 0, pending, count, length);
        count += length;
        int complete = completeUtf8(pending, count);
        if (complete == 0) {
            return null;
        }
        String text = new String(pending, 0, complete, StandardCharsets.UTF_8);
        System.arraycopy(pending, complete, pending, 0, count - complete);
        count -= complete;
        return text;
    }

    /**
     * Empties the accumulator at the end of the text.
     *
     * @return the bytes held, decoded (an incomplete character becomes U+FFFD); null when none
     */
    String flush() {
        if (count == 0) {
            return null;
        }
        String text = new String(pending, 0, count, StandardCharsets.UTF_8);
        count = 0;
        return text;
    }

    /** Drops the bytes held. */
    void clear() {
        count = 0;
    }

    /** The length of the longest prefix that does not end inside a (valid) UTF-8 sequence. */
    static int completeUtf8(byte[] bytes, int count) {
        for (int i = count - 1; i >= Math.max(0, count - 4); i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for its lead byte
            }
            int length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return i + length > count ? i : count;
        }
        return count; // only continuation bytes: invalid, nothing to wait for
    }
}
