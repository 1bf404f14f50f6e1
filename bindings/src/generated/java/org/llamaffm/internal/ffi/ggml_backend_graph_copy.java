// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_backend_graph_copy}
 *
 * <pre>
 *  Utils
 * </pre>
 */
public final class ggml_backend_graph_copy {

    private ggml_backend_graph_copy() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("buffer"),
        ADDRESS.withName("ctx_allocated"),
        ADDRESS.withName("ctx_unallocated"),
        ADDRESS.withName("graph")).withName("ggml_backend_graph_copy");

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

    private static final long ctx_allocated$OFFSET = LAYOUT.byteOffset(groupElement("ctx_allocated"));

    /** {@code struct ggml_context * ctx_allocated} */
    public static MemorySegment ctx_allocated(MemorySegment struct) {
        return struct.get(ADDRESS, ctx_allocated$OFFSET);
    }

    /** {@code struct ggml_context * ctx_allocated} */
    public static void ctx_allocated(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, ctx_allocated$OFFSET, value);
    }

    private static final long ctx_unallocated$OFFSET = LAYOUT.byteOffset(groupElement("ctx_unallocated"));

    /** {@code struct ggml_context * ctx_unallocated} */
    public static MemorySegment ctx_unallocated(MemorySegment struct) {
        return struct.get(ADDRESS, ctx_unallocated$OFFSET);
    }

    /** {@code struct ggml_context * ctx_unallocated} */
    public static void ctx_unallocated(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, ctx_unallocated$OFFSET, value);
    }

    private static final long graph$OFFSET = LAYOUT.byteOffset(groupElement("graph"));

    /** {@code struct ggml_cgraph * graph} */
    public static MemorySegment graph(MemorySegment struct) {
        return struct.get(ADDRESS, graph$OFFSET);
    }

    /** {@code struct ggml_cgraph * graph} */
    public static void graph(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, graph$OFFSET, value);
    }
}
