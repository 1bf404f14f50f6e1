// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_sampler_chain_params}
 */
public final class llama_sampler_chain_params {

    private llama_sampler_chain_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_BOOLEAN.withName("no_perf")).withName("llama_sampler_chain_params");

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

    private static final long no_perf$OFFSET = LAYOUT.byteOffset(groupElement("no_perf"));

    /** {@code _Bool no_perf} */
    public static boolean no_perf(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, no_perf$OFFSET);
    }

    /** {@code _Bool no_perf} */
    public static void no_perf(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, no_perf$OFFSET, value);
    }
}
