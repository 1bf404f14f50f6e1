// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_perf_sampler_data}
 */
public final class llama_perf_sampler_data {

    private llama_perf_sampler_data() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_DOUBLE.withName("t_sample_ms"),
        JAVA_INT.withName("n_sample"),
        MemoryLayout.paddingLayout(4)).withName("llama_perf_sampler_data");

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

    private static final long t_sample_ms$OFFSET = LAYOUT.byteOffset(groupElement("t_sample_ms"));

    /** {@code double t_sample_ms} */
    public static double t_sample_ms(MemorySegment struct) {
        return struct.get(JAVA_DOUBLE, t_sample_ms$OFFSET);
    }

    /** {@code double t_sample_ms} */
    public static void t_sample_ms(MemorySegment struct, double value) {
        struct.set(JAVA_DOUBLE, t_sample_ms$OFFSET, value);
    }

    private static final long n_sample$OFFSET = LAYOUT.byteOffset(groupElement("n_sample"));

    /** {@code int32_t n_sample} */
    public static int n_sample(MemorySegment struct) {
        return struct.get(JAVA_INT, n_sample$OFFSET);
    }

    /** {@code int32_t n_sample} */
    public static void n_sample(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_sample$OFFSET, value);
    }
}
