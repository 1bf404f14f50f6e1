// Generated from ggml-cpu.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_type_traits_cpu}
 */
public final class ggml_type_traits_cpu {

    private ggml_type_traits_cpu() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("from_float"),
        ADDRESS.withName("vec_dot"),
        JAVA_INT.withName("vec_dot_type"),
        MemoryLayout.paddingLayout(4),
        JAVA_LONG.withName("nrows")).withName("ggml_type_traits_cpu");

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

    private static final long from_float$OFFSET = LAYOUT.byteOffset(groupElement("from_float"));

    /** {@code ggml_from_float_t from_float} */
    public static MemorySegment from_float(MemorySegment struct) {
        return struct.get(ADDRESS, from_float$OFFSET);
    }

    /** {@code ggml_from_float_t from_float} */
    public static void from_float(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, from_float$OFFSET, value);
    }

    private static final long vec_dot$OFFSET = LAYOUT.byteOffset(groupElement("vec_dot"));

    /** {@code ggml_vec_dot_t vec_dot} */
    public static MemorySegment vec_dot(MemorySegment struct) {
        return struct.get(ADDRESS, vec_dot$OFFSET);
    }

    /** {@code ggml_vec_dot_t vec_dot} */
    public static void vec_dot(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, vec_dot$OFFSET, value);
    }

    private static final long vec_dot_type$OFFSET = LAYOUT.byteOffset(groupElement("vec_dot_type"));

    /** {@code enum ggml_type vec_dot_type} */
    public static int vec_dot_type(MemorySegment struct) {
        return struct.get(JAVA_INT, vec_dot_type$OFFSET);
    }

    /** {@code enum ggml_type vec_dot_type} */
    public static void vec_dot_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, vec_dot_type$OFFSET, value);
    }

    private static final long nrows$OFFSET = LAYOUT.byteOffset(groupElement("nrows"));

    /** {@code int64_t nrows} */
    public static long nrows(MemorySegment struct) {
        return struct.get(JAVA_LONG, nrows$OFFSET);
    }

    /** {@code int64_t nrows} */
    public static void nrows(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, nrows$OFFSET, value);
    }
}
