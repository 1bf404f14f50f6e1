package org.llamaffm.internal;

/** UTF-8 sizes of Java strings. */
public final class Utf8 {

    private Utf8() {}

    /**
     * The number of bytes {@code text} has in UTF-8, counted without encoding it: a cap on what a
     * caller or a model file sends must not first cost a copy of it. A lone surrogate counts 3
     * (String.getBytes writes '?', 1 byte): the count never underestimates.
     */
    public static long length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
