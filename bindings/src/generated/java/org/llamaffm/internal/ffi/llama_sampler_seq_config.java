// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_sampler_seq_config}
 */
public final class llama_sampler_seq_config {

    private llama_sampler_seq_config() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("seq_id"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("sampler")).withName("llama_sampler_seq_config");

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

    private static final long seq_id$OFFSET = LAYOUT.byteOffset(groupElement("seq_id"));

    /** {@code llama_seq_id seq_id} */
    public static int seq_id(MemorySegment struct) {
        return struct.get(JAVA_INT, seq_id$OFFSET);
    }

    /** {@code llama_seq_id seq_id} */
    public static void seq_id(MemorySegment struct, int value) {
        struct.set(JAVA_INT, seq_id$OFFSET, value);
    }

    private static final long sampler$OFFSET = LAYOUT.byteOffset(groupElement("sampler"));

    /** {@code struct llama_sampler * sampler} */
    public static MemorySegment sampler(MemorySegment struct) {
        return struct.get(ADDRESS, sampler$OFFSET);
    }

    /** {@code struct llama_sampler * sampler} */
    public static void sampler(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, sampler$OFFSET, value);
    }
}
