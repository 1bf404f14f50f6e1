package org.llamaffm.internal;

import java.util.Arrays;

/** A growable int array (token lists get long; boxing them would not pay). */
public final class IntList {
    private int[] values;
    private int size;

    public IntList(int capacity) {
        values = new int[Math.max(16, capacity)];
    }

    public void add(int[] more) {
        add(more, 0, more.length);
    }

    public void add(int[] more, int from, int to) {
        int n = to - from;
        if (size + n > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + n));
        }
        System.arraycopy(more, from, values, size, n);
        size += n;
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
