// Generated from ggml-cpu.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_cplan}
 *
 * <pre>
 *  the compute plan that needs to be prepared for ggml_graph_compute()
 *  since https://github.com/ggml-org/ggml/issues/287
 * </pre>
 */
public final class ggml_cplan {

    private ggml_cplan() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_LONG.withName("work_size"),
        ADDRESS.withName("work_data"),
        JAVA_INT.withName("n_threads"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("threadpool"),
        ADDRESS.withName("abort_callback"),
        ADDRESS.withName("abort_callback_data"),
        JAVA_BOOLEAN.withName("use_ref"),
        MemoryLayout.paddingLayout(7)).withName("ggml_cplan");

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

    private static final long work_size$OFFSET = LAYOUT.byteOffset(groupElement("work_size"));

    /** {@code size_t work_size} */
    public static long work_size(MemorySegment struct) {
        return struct.get(JAVA_LONG, work_size$OFFSET);
    }

    /** {@code size_t work_size} */
    public static void work_size(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, work_size$OFFSET, value);
    }

    private static final long work_data$OFFSET = LAYOUT.byteOffset(groupElement("work_data"));

    /** {@code uint8_t * work_data} */
    public static MemorySegment work_data(MemorySegment struct) {
        return struct.get(ADDRESS, work_data$OFFSET);
    }

    /** {@code uint8_t * work_data} */
    public static void work_data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, work_data$OFFSET, value);
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

    private static final long threadpool$OFFSET = LAYOUT.byteOffset(groupElement("threadpool"));

    /** {@code struct ggml_threadpool * threadpool} */
    public static MemorySegment threadpool(MemorySegment struct) {
        return struct.get(ADDRESS, threadpool$OFFSET);
    }

    /** {@code struct ggml_threadpool * threadpool} */
    public static void threadpool(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, threadpool$OFFSET, value);
    }

    private static final long abort_callback$OFFSET = LAYOUT.byteOffset(groupElement("abort_callback"));

    /** {@code ggml_abort_callback abort_callback} */
    public static MemorySegment abort_callback(MemorySegment struct) {
        return struct.get(ADDRESS, abort_callback$OFFSET);
    }

    /** {@code ggml_abort_callback abort_callback} */
    public static void abort_callback(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, abort_callback$OFFSET, value);
    }

    private static final long abort_callback_data$OFFSET = LAYOUT.byteOffset(groupElement("abort_callback_data"));

    /** {@code void * abort_callback_data} */
    public static MemorySegment abort_callback_data(MemorySegment struct) {
        return struct.get(ADDRESS, abort_callback_data$OFFSET);
    }

    /** {@code void * abort_callback_data} */
    public static void abort_callback_data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, abort_callback_data$OFFSET, value);
    }

    private static final long use_ref$OFFSET = LAYOUT.byteOffset(groupElement("use_ref"));

    /** {@code _Bool use_ref} */
    public static boolean use_ref(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, use_ref$OFFSET);
    }

    /** {@code _Bool use_ref} */
    public static void use_ref(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, use_ref$OFFSET, value);
    }
}
