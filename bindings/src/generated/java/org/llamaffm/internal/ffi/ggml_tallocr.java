// Generated from ggml-alloc.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_tallocr}
 *
 * <pre>
 *  Tensor allocator
 * </pre>
 */
public final class ggml_tallocr {

    private ggml_tallocr() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("buffer"),
        ADDRESS.withName("base"),
        JAVA_LONG.withName("alignment"),
        JAVA_LONG.withName("offset")).withName("ggml_tallocr");

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

    private static final long buffer$OFFSET = LAYOUT.byteOffset(groupElement("buffer"));

    /** {@code ggml_backend_buffer_t buffer} */
    public static MemorySegment buffer(MemorySegment struct) {
        return struct.get(ADDRESS, buffer$OFFSET);
    }

    /** {@code ggml_backend_buffer_t buffer} */
    public static void buffer(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, buffer$OFFSET, value);
    }

    private static final long base$OFFSET = LAYOUT.byteOffset(groupElement("base"));

    /** {@code void * base} */
    public static MemorySegment base(MemorySegment struct) {
        return struct.get(ADDRESS, base$OFFSET);
    }

    /** {@code void * base} */
    public static void base(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, base$OFFSET, value);
    }

    private static final long alignment$OFFSET = LAYOUT.byteOffset(groupElement("alignment"));

    /** {@code size_t alignment} */
    public static long alignment(MemorySegment struct) {
        return struct.get(JAVA_LONG, alignment$OFFSET);
    }

    /** {@code size_t alignment} */
    public static void alignment(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, alignment$OFFSET, value);
    }

    private static final long offset$OFFSET = LAYOUT.byteOffset(groupElement("offset"));

    /** {@code size_t offset} */
    public static long offset(MemorySegment struct) {
        return struct.get(JAVA_LONG, offset$OFFSET);
    }

    /** {@code size_t offset} */
    public static void offset(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, offset$OFFSET, value);
    }
}
