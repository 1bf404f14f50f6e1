// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_sampler}
 */
public final class llama_sampler {

    private llama_sampler() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("iface"),
        ADDRESS.withName("ctx")).withName("llama_sampler");

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

    private static final long iface$OFFSET = LAYOUT.byteOffset(groupElement("iface"));

    /** {@code struct llama_sampler_i * iface} */
    public static MemorySegment iface(MemorySegment struct) {
        return struct.get(ADDRESS, iface$OFFSET);
    }

    /** {@code struct llama_sampler_i * iface} */
    public static void iface(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, iface$OFFSET, value);
    }

    private static final long ctx$OFFSET = LAYOUT.byteOffset(groupElement("ctx"));

    /** {@code llama_sampler_context_t ctx} */
    public static MemorySegment ctx(MemorySegment struct) {
        return struct.get(ADDRESS, ctx$OFFSET);
    }

    /** {@code llama_sampler_context_t ctx} */
    public static void ctx(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, ctx$OFFSET, value);
    }
}
