// Generated from llama_ffm_shim.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_ffm_memory_use}
 *
 * <pre>
 *  One ggml buffer type's share of a context's memory, in bytes (llama.cpp's memory breakdown).
 * </pre>
 */
public final class llama_ffm_memory_use {

    private llama_ffm_memory_use() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.sequenceLayout(64, JAVA_BYTE).withName("buffer_type"),
        JAVA_BOOLEAN.withName("host"),
        MemoryLayout.paddingLayout(7),
        JAVA_LONG.withName("model"),
        JAVA_LONG.withName("context"),
        JAVA_LONG.withName("compute")).withName("llama_ffm_memory_use");

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

    private static final long buffer_type$OFFSET = LAYOUT.byteOffset(groupElement("buffer_type"));
    private static final long buffer_type$SIZE = LAYOUT.select(groupElement("buffer_type")).byteSize();

    /** {@code char[64] buffer_type} */
    public static MemorySegment buffer_type(MemorySegment struct) {
        return struct.asSlice(buffer_type$OFFSET, buffer_type$SIZE);
    }

    /** {@code char[64] buffer_type} */
    public static void buffer_type(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, buffer_type$OFFSET, buffer_type$SIZE);
    }

    /** Element {@code index} of {@code buffer_type}. */
    public static byte buffer_type(MemorySegment struct, long index) {
        return buffer_type(struct).getAtIndex(JAVA_BYTE, index);
    }

    /** Sets element {@code index} of {@code buffer_type}. */
    public static void buffer_type(MemorySegment struct, long index, byte value) {
        buffer_type(struct).setAtIndex(JAVA_BYTE, index, value);
    }

    private static final long host$OFFSET = LAYOUT.byteOffset(groupElement("host"));

    /** {@code _Bool host} */
    public static boolean host(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, host$OFFSET);
    }

    /** {@code _Bool host} */
    public static void host(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, host$OFFSET, value);
    }

    private static final long model$OFFSET = LAYOUT.byteOffset(groupElement("model"));

    /** {@code uint64_t model} */
    public static long model(MemorySegment struct) {
        return struct.get(JAVA_LONG, model$OFFSET);
    }

    /** {@code uint64_t model} */
    public static void model(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, model$OFFSET, value);
    }

    private static final long context$OFFSET = LAYOUT.byteOffset(groupElement("context"));

    /** {@code uint64_t context} */
    public static long context(MemorySegment struct) {
        return struct.get(JAVA_LONG, context$OFFSET);
    }

    /** {@code uint64_t context} */
    public static void context(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, context$OFFSET, value);
    }

    private static final long compute$OFFSET = LAYOUT.byteOffset(groupElement("compute"));

    /** {@code uint64_t compute} */
    public static long compute(MemorySegment struct) {
        return struct.get(JAVA_LONG, compute$OFFSET);
    }

    /** {@code uint64_t compute} */
    public static void compute(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, compute$OFFSET, value);
    }
}
