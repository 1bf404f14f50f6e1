// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_threadpool_params}
 *
 * <pre>
 *  threadpool params
 *  Use ggml_threadpool_params_default() or ggml_threadpool_params_init() to populate the defaults
 * </pre>
 */
public final class ggml_threadpool_params {

    private ggml_threadpool_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.sequenceLayout(512, JAVA_BOOLEAN).withName("cpumask"),
        JAVA_INT.withName("n_threads"),
        JAVA_INT.withName("prio"),
        JAVA_INT.withName("poll"),
        JAVA_BOOLEAN.withName("strict_cpu"),
        JAVA_BOOLEAN.withName("paused"),
        MemoryLayout.paddingLayout(2)).withName("ggml_threadpool_params");

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

    private static final long cpumask$OFFSET = LAYOUT.byteOffset(groupElement("cpumask"));
    private static final long cpumask$SIZE = LAYOUT.select(groupElement("cpumask")).byteSize();

    /** {@code _Bool[512] cpumask} */
    public static MemorySegment cpumask(MemorySegment struct) {
        return struct.asSlice(cpumask$OFFSET, cpumask$SIZE);
    }

    /** {@code _Bool[512] cpumask} */
    public static void cpumask(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, cpumask$OFFSET, cpumask$SIZE);
    }

    /** Element {@code index} of {@code cpumask}. */
    public static boolean cpumask(MemorySegment struct, long index) {
        return cpumask(struct).getAtIndex(JAVA_BOOLEAN, index);
    }

    /** Sets element {@code index} of {@code cpumask}. */
    public static void cpumask(MemorySegment struct, long index, boolean value) {
        cpumask(struct).setAtIndex(JAVA_BOOLEAN, index, value);
    }

    private static final long n_threads$OFFSET = LAYOUT.byteOffset(groupElement("n_threads"));

    /** {@code int n_threads} */
    public static int n_threads(MemorySegment struct) {
        return struct.get(JAVA_INT, n_threads$OFFSET);
    }

    /** {@code int n_threads} */
    public static void n_threads(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_threads$OFFSET, value);
    }

    private static final long prio$OFFSET = LAYOUT.byteOffset(groupElement("prio"));

    /** {@code enum ggml_sched_priority prio} */
    public static int prio(MemorySegment struct) {
        return struct.get(JAVA_INT, prio$OFFSET);
    }

    /** {@code enum ggml_sched_priority prio} */
    public static void prio(MemorySegment struct, int value) {
        struct.set(JAVA_INT, prio$OFFSET, value);
    }

    private static final long poll$OFFSET = LAYOUT.byteOffset(groupElement("poll"));

    /** {@code uint32_t poll} */
    public static int poll(MemorySegment struct) {
        return struct.get(JAVA_INT, poll$OFFSET);
    }

    /** {@code uint32_t poll} */
    public static void poll(MemorySegment struct, int value) {
        struct.set(JAVA_INT, poll$OFFSET, value);
    }

    private static final long strict_cpu$OFFSET = LAYOUT.byteOffset(groupElement("strict_cpu"));

    /** {@code _Bool strict_cpu} */
    public static boolean strict_cpu(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, strict_cpu$OFFSET);
    }

    /** {@code _Bool strict_cpu} */
    public static void strict_cpu(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, strict_cpu$OFFSET, value);
    }

    private static final long paused$OFFSET = LAYOUT.byteOffset(groupElement("paused"));

    /** {@code _Bool paused} */
    public static boolean paused(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, paused$OFFSET);
    }

    /** {@code _Bool paused} */
    public static void paused(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, paused$OFFSET, value);
    }
}
