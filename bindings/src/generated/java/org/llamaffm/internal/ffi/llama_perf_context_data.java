// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_perf_context_data}
 *
 * <pre>
 *  Performance utils
 *
 *  NOTE: Used by llama.cpp examples/tools, avoid using in third-party apps. Instead, do your own performance measurements.
 * </pre>
 */
public final class llama_perf_context_data {

    private llama_perf_context_data() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_DOUBLE.withName("t_start_ms"),
        JAVA_DOUBLE.withName("t_load_ms"),
        JAVA_DOUBLE.withName("t_p_eval_ms"),
        JAVA_DOUBLE.withName("t_eval_ms"),
        JAVA_INT.withName("n_p_eval"),
        JAVA_INT.withName("n_eval"),
        JAVA_INT.withName("n_reused"),
        MemoryLayout.paddingLayout(4)).withName("llama_perf_context_data");

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

    private static final long t_start_ms$OFFSET = LAYOUT.byteOffset(groupElement("t_start_ms"));

    /** {@code double t_start_ms} */
    public static double t_start_ms(MemorySegment struct) {
        return struct.get(JAVA_DOUBLE, t_start_ms$OFFSET);
    }

    /** {@code double t_start_ms} */
    public static void t_start_ms(MemorySegment struct, double value) {
        struct.set(JAVA_DOUBLE, t_start_ms$OFFSET, value);
    }

    private static final long t_load_ms$OFFSET = LAYOUT.byteOffset(groupElement("t_load_ms"));

    /** {@code double t_load_ms} */
    public static double t_load_ms(MemorySegment struct) {
        return struct.get(JAVA_DOUBLE, t_load_ms$OFFSET);
    }

    /** {@code double t_load_ms} */
    public static void t_load_ms(MemorySegment struct, double value) {
        struct.set(JAVA_DOUBLE, t_load_ms$OFFSET, value);
    }

    private static final long t_p_eval_ms$OFFSET = LAYOUT.byteOffset(groupElement("t_p_eval_ms"));

    /** {@code double t_p_eval_ms} */
    public static double t_p_eval_ms(MemorySegment struct) {
        return struct.get(JAVA_DOUBLE, t_p_eval_ms$OFFSET);
    }

    /** {@code double t_p_eval_ms} */
    public static void t_p_eval_ms(MemorySegment struct, double value) {
        struct.set(JAVA_DOUBLE, t_p_eval_ms$OFFSET, value);
    }

    private static final long t_eval_ms$OFFSET = LAYOUT.byteOffset(groupElement("t_eval_ms"));

    /** {@code double t_eval_ms} */
    public static double t_eval_ms(MemorySegment struct) {
        return struct.get(JAVA_DOUBLE, t_eval_ms$OFFSET);
    }

    /** {@code double t_eval_ms} */
    public static void t_eval_ms(MemorySegment struct, double value) {
        struct.set(JAVA_DOUBLE, t_eval_ms$OFFSET, value);
    }

    private static final long n_p_eval$OFFSET = LAYOUT.byteOffset(groupElement("n_p_eval"));

    /** {@code int32_t n_p_eval} */
    public static int n_p_eval(MemorySegment struct) {
        return struct.get(JAVA_INT, n_p_eval$OFFSET);
    }

    /** {@code int32_t n_p_eval} */
    public static void n_p_eval(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_p_eval$OFFSET, value);
    }

    private static final long n_eval$OFFSET = LAYOUT.byteOffset(groupElement("n_eval"));

    /** {@code int32_t n_eval} */
    public static int n_eval(MemorySegment struct) {
        return struct.get(JAVA_INT, n_eval$OFFSET);
    }

    /** {@code int32_t n_eval} */
    public static void n_eval(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_eval$OFFSET, value);
    }

    private static final long n_reused$OFFSET = LAYOUT.byteOffset(groupElement("n_reused"));

    /** {@code int32_t n_reused} */
    public static int n_reused(MemorySegment struct) {
        return struct.get(JAVA_INT, n_reused$OFFSET);
    }

    /** {@code int32_t n_reused} */
    public static void n_reused(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_reused$OFFSET, value);
    }
}
