package org.llamaffm.gguf;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullUnmarked;

/**
 * One GGUF metadata value. Scalars are held as {@code Long} (every integer type; UINT64 values
 * above {@code Long.MAX_VALUE} wrap, as in Java's unsigned helpers), {@code Double} (FLOAT32,
 * FLOAT64), {@code Boolean} or {@code String}; arrays as a primitive array of the element type
 * ({@code byte[]}, {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]},
 * {@code double[]}, {@code boolean[]}) or a {@code List<String>}.
 *
 * @param type        the value's type
 * @param elementType for arrays, the type of the elements; otherwise null (the record is {@code @NullUnmarked}:
 *                    Jazzer 0.26 breaks the constructor of a record whose component has a type-use annotation,
 *                    so the usual {@code @Nullable} on the component cannot be written)
 * @param value       see above
 */
@NullUnmarked
public record GgufValue(GgufType type, GgufType elementType, Object value) {

    public GgufValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if ((type == GgufType.ARRAY) != (elementType != null) || elementType == GgufType.ARRAY) {
            throw new IllegalArgumentException("element type " + elementType + " for a " + type + " value");
        }
    }

    public static GgufValue ofString(String value) {
        return new GgufValue(GgufType.STRING, null, value);
    }

    public static GgufValue ofUint32(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not a uint32: " + value);
        }
        return new GgufValue(GgufType.UINT32, null, value);
    }

    public static GgufValue ofInt32(int value) {
        return new GgufValue(GgufType.INT32, null, (long) value);
    }

    public static GgufValue ofUint64(long value) {
        return new GgufValue(GgufType.UINT64, null, value);
    }

    public static GgufValue ofFloat32(float value) {
        return new GgufValue(GgufType.FLOAT32, null, (double) value);
    }

    public static GgufValue ofBool(boolean value) {
        return new GgufValue(GgufType.BOOL, null, value);
    }

    public static GgufValue ofStrings(List<String> values) {
        return new GgufValue(GgufType.ARRAY, GgufType.STRING, List.copyOf(values));
    }

    public static GgufValue ofFloat32s(float[] values) {
        return new GgufValue(GgufType.ARRAY, GgufType.FLOAT32, values.clone());
    }

    public static GgufValue ofInt32s(int[] values) {
        return new GgufValue(GgufType.ARRAY, GgufType.INT32, values.clone());
    }

    /** An integer value of any integer type. */
    public long asLong() {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalStateException("not an integer: " + type);
    }

    public double asDouble() {
        if (value instanceof Double d) {
            return d;
        }
        throw new IllegalStateException("not a float: " + type);
    }

    public boolean asBoolean() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("not a bool: " + type);
    }

    public String asString() {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalStateException("not a string: " + type);
    }

    @SuppressWarnings("unchecked")
    public List<String> asStrings() {
        if (elementType == GgufType.STRING) {
            return (List<String>) value;
        }
        throw new IllegalStateException(
                "not a string array: " + type + (elementType == null ? "" : " of " + elementType));
    }

    /** Number of elements of an array value (1 for scalars). */
    public int length() {
        return switch (value) {
            case List<?> list -> list.size();
            case byte[] a -> a.length;
            case short[] a -> a.length;
            case int[] a -> a.length;
            case long[] a -> a.length;
            case float[] a -> a.length;
            case double[] a -> a.length;
            case boolean[] a -> a.length;
            default -> 1;
        };
    }

    @Override
    public String toString() {
        if (type != GgufType.ARRAY) {
            return type + " " + value;
        }
        return "ARRAY of " + length() + " " + elementType;
    }
}
