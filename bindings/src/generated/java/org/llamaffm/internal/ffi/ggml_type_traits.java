// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_type_traits}
 */
public final class ggml_type_traits {

    private ggml_type_traits() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("type_name"),
        JAVA_LONG.withName("blck_size"),
        JAVA_LONG.withName("blck_size_interleave"),
        JAVA_LONG.withName("type_size"),
        JAVA_BOOLEAN.withName("is_quantized"),
        MemoryLayout.paddingLayout(7),
        ADDRESS.withName("to_float"),
        ADDRESS.withName("from_float_ref")).withName("ggml_type_traits");

    /** Allocates one, zeroed. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(LAYOUT);
    }

    /** Allocates an array of {@code count}, zeroed. */
    public static MemorySegment allocateArray(long count, SegmentAllocator allocator) {
        return allocator.allocate(LAYOUT, count);
    }

    /** The struct at {@code address} (a pointer from native code), sized to this layout. */
    public static MemorySegment ofAddress(MemorySegment address) {
        return address.reinterpret(LAYOUT.byteSize());
    }

    private static final long type_name$OFFSET = LAYOUT.byteOffset(groupElement("type_name"));

    /** {@code const char * type_name} */
    public static MemorySegment type_name(MemorySegment struct) {
        return struct.get(ADDRESS, type_name$OFFSET);
    }

    /** {@code const char * type_name} */
    public static void type_name(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, type_name$OFFSET, value);
    }

    private static final long blck_size$OFFSET = LAYOUT.byteOffset(groupElement("blck_size"));

    /** {@code int64_t blck_size} */
    public static long blck_size(MemorySegment struct) {
        return struct.get(JAVA_LONG, blck_size$OFFSET);
    }

    /** {@code int64_t blck_size} */
    public static void blck_size(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, blck_size$OFFSET, value);
    }

    private static final long blck_size_interleave$OFFSET = LAYOUT.byteOffset(groupElement("blck_size_interleave"));

    /** {@code int64_t blck_size_interleave} */
    public static long blck_size_interleave(MemorySegment struct) {
        return struct.get(JAVA_LONG, blck_size_interleave$OFFSET);
    }

    /** {@code int64_t blck_size_interleave} */
    public static void blck_size_interleave(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, blck_size_interleave$OFFSET, value);
    }

    private static final long type_size$OFFSET = LAYOUT.byteOffset(groupElement("type_size"));

    /** {@code size_t type_size} */
    public static long type_size(MemorySegment struct) {
        return struct.get(JAVA_LONG, type_size$OFFSET);
    }

    /** {@code size_t type_size} */
    public static void type_size(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, type_size$OFFSET, value);
    }

    private static final long is_quantized$OFFSET = LAYOUT.byteOffset(groupElement("is_quantized"));

    /** {@code _Bool is_quantized} */
    public static boolean is_quantized(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, is_quantized$OFFSET);
    }

    /** {@code _Bool is_quantized} */
    public static void is_quantized(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, is_quantized$OFFSET, value);
    }

    private static final long to_float$OFFSET = LAYOUT.byteOffset(groupElement("to_float"));

    /** {@code ggml_to_float_t to_float} */
    public static MemorySegment to_float(MemorySegment struct) {
        return struct.get(ADDRESS, to_float$OFFSET);
    }

    /** {@code ggml_to_float_t to_float} */
    public static void to_float(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, to_float$OFFSET, value);
    }

    private static final long from_float_ref$OFFSET = LAYOUT.byteOffset(groupElement("from_float_ref"));

    /** {@code ggml_from_float_t from_float_ref} */
    public static MemorySegment from_float_ref(MemorySegment struct) {
        return struct.get(ADDRESS, from_float_ref$OFFSET);
    }

    /** {@code ggml_from_float_t from_float_ref} */
    public static void from_float_ref(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, from_float_ref$OFFSET, value);
    }
}
