// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_init_params}
 */
public final class ggml_init_params {

    private ggml_init_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_LONG.withName("mem_size"),
        ADDRESS.withName("mem_buffer"),
        JAVA_BOOLEAN.withName("no_alloc"),
        MemoryLayout.paddingLayout(7)).withName("ggml_init_params");

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

    private static final long mem_size$OFFSET = LAYOUT.byteOffset(groupElement("mem_size"));

    /** {@code size_t mem_size} */
    public static long mem_size(MemorySegment struct) {
        return struct.get(JAVA_LONG, mem_size$OFFSET);
    }

    /** {@code size_t mem_size} */
    public static void mem_size(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, mem_size$OFFSET, value);
    }

    private static final long mem_buffer$OFFSET = LAYOUT.byteOffset(groupElement("mem_buffer"));

    /** {@code void * mem_buffer} */
    public static MemorySegment mem_buffer(MemorySegment struct) {
        return struct.get(ADDRESS, mem_buffer$OFFSET);
    }

    /** {@code void * mem_buffer} */
    public static void mem_buffer(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, mem_buffer$OFFSET, value);
    }

    private static final long no_alloc$OFFSET = LAYOUT.byteOffset(groupElement("no_alloc"));

    /** {@code _Bool no_alloc} */
    public static boolean no_alloc(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, no_alloc$OFFSET);
    }

    /** {@code _Bool no_alloc} */
    public static void no_alloc(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, no_alloc$OFFSET, value);
    }
}
