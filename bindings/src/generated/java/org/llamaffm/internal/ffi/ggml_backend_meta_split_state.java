// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_backend_meta_split_state}
 */
public final class ggml_backend_meta_split_state {

    private ggml_backend_meta_split_state() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("axis"),
        MemoryLayout.paddingLayout(4),
        MemoryLayout.sequenceLayout(256, JAVA_LONG).withName("ne"),
        MemoryLayout.sequenceLayout(16, JAVA_INT).withName("nr"),
        JAVA_INT.withName("n_segments"),
        MemoryLayout.paddingLayout(4)).withName("ggml_backend_meta_split_state");

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

    private static final long axis$OFFSET = LAYOUT.byteOffset(groupElement("axis"));

    /** {@code enum ggml_backend_meta_split_axis axis} */
    public static int axis(MemorySegment struct) {
        return struct.get(JAVA_INT, axis$OFFSET);
    }

    /** {@code enum ggml_backend_meta_split_axis axis} */
    public static void axis(MemorySegment struct, int value) {
        struct.set(JAVA_INT, axis$OFFSET, value);
    }

    private static final long ne$OFFSET = LAYOUT.byteOffset(groupElement("ne"));
    private static final long ne$SIZE = LAYOUT.select(groupElement("ne")).byteSize();

    /** {@code int64_t[256] ne} */
    public static MemorySegment ne(MemorySegment struct) {
        return struct.asSlice(ne$OFFSET, ne$SIZE);
    }

    /** {@code int64_t[256] ne} */
    public static void ne(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, ne$OFFSET, ne$SIZE);
    }

    /** Element {@code index} of {@code ne}. */
    public static long ne(MemorySegment struct, long index) {
        return ne(struct).getAtIndex(JAVA_LONG, index);
    }

    /** Sets element {@code index} of {@code ne}. */
    public static void ne(MemorySegment struct, long index, long value) {
        ne(struct).setAtIndex(JAVA_LONG, index, value);
    }

    private static final long nr$OFFSET = LAYOUT.byteOffset(groupElement("nr"));
    private static final long nr$SIZE = LAYOUT.select(groupElement("nr")).byteSize();

    /** {@code uint32_t[16] nr} */
    public static MemorySegment nr(MemorySegment struct) {
        return struct.asSlice(nr$OFFSET, nr$SIZE);
    }

    /** {@code uint32_t[16] nr} */
    public static void nr(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, nr$OFFSET, nr$SIZE);
    }

    /** Element {@code index} of {@code nr}. */
    public static int nr(MemorySegment struct, long index) {
        return nr(struct).getAtIndex(JAVA_INT, index);
    }

    /** Sets element {@code index} of {@code nr}. */
    public static void nr(MemorySegment struct, long index, int value) {
        nr(struct).setAtIndex(JAVA_INT, index, value);
    }

    private static final long n_segments$OFFSET = LAYOUT.byteOffset(groupElement("n_segments"));

    /** {@code uint32_t n_segments} */
    public static int n_segments(MemorySegment struct) {
        return struct.get(JAVA_INT, n_segments$OFFSET);
    }

    /** {@code uint32_t n_segments} */
    public static void n_segments(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_segments$OFFSET, value);
    }
}
