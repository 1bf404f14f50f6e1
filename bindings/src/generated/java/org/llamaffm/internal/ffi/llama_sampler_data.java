// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_sampler_data}
 */
public final class llama_sampler_data {

    private llama_sampler_data() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("logits"),
        ADDRESS.withName("probs"),
        ADDRESS.withName("sampled"),
        ADDRESS.withName("candidates")).withName("llama_sampler_data");

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

    private static final long logits$OFFSET = LAYOUT.byteOffset(groupElement("logits"));

    /** {@code struct ggml_tensor * logits} */
    public static MemorySegment logits(MemorySegment struct) {
        return struct.get(ADDRESS, logits$OFFSET);
    }

    /** {@code struct ggml_tensor * logits} */
    public static void logits(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, logits$OFFSET, value);
    }

    private static final long probs$OFFSET = LAYOUT.byteOffset(groupElement("probs"));

    /** {@code struct ggml_tensor * probs} */
    public static MemorySegment probs(MemorySegment struct) {
        return struct.get(ADDRESS, probs$OFFSET);
    }

    /** {@code struct ggml_tensor * probs} */
    public static void probs(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, probs$OFFSET, value);
    }

    private static final long sampled$OFFSET = LAYOUT.byteOffset(groupElement("sampled"));

    /** {@code struct ggml_tensor * sampled} */
    public static MemorySegment sampled(MemorySegment struct) {
        return struct.get(ADDRESS, sampled$OFFSET);
    }

    /** {@code struct ggml_tensor * sampled} */
    public static void sampled(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, sampled$OFFSET, value);
    }

    private static final long candidates$OFFSET = LAYOUT.byteOffset(groupElement("candidates"));

    /** {@code struct ggml_tensor * candidates} */
    public static MemorySegment candidates(MemorySegment struct) {
        return struct.get(ADDRESS, candidates$OFFSET);
    }

    /** {@code struct ggml_tensor * candidates} */
    public static void candidates(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, candidates$OFFSET, value);
    }
}
