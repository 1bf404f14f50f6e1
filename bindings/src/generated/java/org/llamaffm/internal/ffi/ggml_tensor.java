// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_tensor}
 *
 * <pre>
 *  n-dimensional tensor
 * </pre>
 */
public final class ggml_tensor {

    private ggml_tensor() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("type"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("buffer"),
        MemoryLayout.sequenceLayout(4, JAVA_LONG).withName("ne"),
        MemoryLayout.sequenceLayout(4, JAVA_LONG).withName("nb"),
        JAVA_INT.withName("op"),
        MemoryLayout.sequenceLayout(16, JAVA_INT).withName("op_params"),
        JAVA_INT.withName("flags"),
        MemoryLayout.sequenceLayout(10, ADDRESS).withName("src"),
        ADDRESS.withName("view_src"),
        JAVA_LONG.withName("view_offs"),
        ADDRESS.withName("data"),
        MemoryLayout.sequenceLayout(64, JAVA_BYTE).withName("name"),
        ADDRESS.withName("extra"),
        MemoryLayout.sequenceLayout(8, JAVA_BYTE).withName("padding")).withName("ggml_tensor");

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

    private static final long type$OFFSET = LAYOUT.byteOffset(groupElement("type"));

    /** {@code enum ggml_type type} */
    public static int type(MemorySegment struct) {
        return struct.get(JAVA_INT, type$OFFSET);
    }

    /** {@code enum ggml_type type} */
    public static void type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, type$OFFSET, value);
    }

    private static final long buffer$OFFSET = LAYOUT.byteOffset(groupElement("buffer"));

    /** {@code struct ggml_backend_buffer * buffer} */
    public static MemorySegment buffer(MemorySegment struct) {
        return struct.get(ADDRESS, buffer$OFFSET);
    }

    /** {@code struct ggml_backend_buffer * buffer} */
    public static void buffer(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, buffer$OFFSET, value);
    }

    private static final long ne$OFFSET = LAYOUT.byteOffset(groupElement("ne"));
    private static final long ne$SIZE = LAYOUT.select(groupElement("ne")).byteSize();

    /** {@code int64_t[4] ne} */
    public static MemorySegment ne(MemorySegment struct) {
        return struct.asSlice(ne$OFFSET, ne$SIZE);
    }

    /** {@code int64_t[4] ne} */
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

    private static final long nb$OFFSET = LAYOUT.byteOffset(groupElement("nb"));
    private static final long nb$SIZE = LAYOUT.select(groupElement("nb")).byteSize();

    /** {@code size_t[4] nb} */
    public static MemorySegment nb(MemorySegment struct) {
        return struct.asSlice(nb$OFFSET, nb$SIZE);
    }

    /** {@code size_t[4] nb} */
    public static void nb(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, nb$OFFSET, nb$SIZE);
    }

    /** Element {@code index} of {@code nb}. */
    public static long nb(MemorySegment struct, long index) {
        return nb(struct).getAtIndex(JAVA_LONG, index);
    }

    /** Sets element {@code index} of {@code nb}. */
    public static void nb(MemorySegment struct, long index, long value) {
        nb(struct).setAtIndex(JAVA_LONG, index, value);
    }

    private static final long op$OFFSET = LAYOUT.byteOffset(groupElement("op"));

    /** {@code enum ggml_op op} */
    public static int op(MemorySegment struct) {
        return struct.get(JAVA_INT, op$OFFSET);
    }

    /** {@code enum ggml_op op} */
    public static void op(MemorySegment struct, int value) {
        struct.set(JAVA_INT, op$OFFSET, value);
    }

    private static final long op_params$OFFSET = LAYOUT.byteOffset(groupElement("op_params"));
    private static final long op_params$SIZE = LAYOUT.select(groupElement("op_params")).byteSize();

    /** {@code int32_t[16] op_params} */
    public static MemorySegment op_params(MemorySegment struct) {
        return struct.asSlice(op_params$OFFSET, op_params$SIZE);
    }

    /** {@code int32_t[16] op_params} */
    public static void op_params(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, op_params$OFFSET, op_params$SIZE);
    }

    /** Element {@code index} of {@code op_params}. */
    public static int op_params(MemorySegment struct, long index) {
        return op_params(struct).getAtIndex(JAVA_INT, index);
    }

    /** Sets element {@code index} of {@code op_params}. */
    public static void op_params(MemorySegment struct, long index, int value) {
        op_params(struct).setAtIndex(JAVA_INT, index, value);
    }

    private static final long flags$OFFSET = LAYOUT.byteOffset(groupElement("flags"));

    /** {@code int32_t flags} */
    public static int flags(MemorySegment struct) {
        return struct.get(JAVA_INT, flags$OFFSET);
    }

    /** {@code int32_t flags} */
    public static void flags(MemorySegment struct, int value) {
        struct.set(JAVA_INT, flags$OFFSET, value);
    }

    private static final long src$OFFSET = LAYOUT.byteOffset(groupElement("src"));
    private static final long src$SIZE = LAYOUT.select(groupElement("src")).byteSize();

    /** {@code struct ggml_tensor *[10] src} */
    public static MemorySegment src(MemorySegment struct) {
        return struct.asSlice(src$OFFSET, src$SIZE);
    }

    /** {@code struct ggml_tensor *[10] src} */
    public static void src(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, src$OFFSET, src$SIZE);
    }

    /** Element {@code index} of {@code src}. */
    public static MemorySegment src(MemorySegment struct, long index) {
        return src(struct).getAtIndex(ADDRESS, index);
    }

    /** Sets element {@code index} of {@code src}. */
    public static void src(MemorySegment struct, long index, MemorySegment value) {
        src(struct).setAtIndex(ADDRESS, index, value);
    }

    private static final long view_src$OFFSET = LAYOUT.byteOffset(groupElement("view_src"));

    /** {@code struct ggml_tensor * view_src} */
    public static MemorySegment view_src(MemorySegment struct) {
        return struct.get(ADDRESS, view_src$OFFSET);
    }

    /** {@code struct ggml_tensor * view_src} */
    public static void view_src(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, view_src$OFFSET, value);
    }

    private static final long view_offs$OFFSET = LAYOUT.byteOffset(groupElement("view_offs"));

    /** {@code size_t view_offs} */
    public static long view_offs(MemorySegment struct) {
        return struct.get(JAVA_LONG, view_offs$OFFSET);
    }

    /** {@code size_t view_offs} */
    public static void view_offs(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, view_offs$OFFSET, value);
    }

    private static final long data$OFFSET = LAYOUT.byteOffset(groupElement("data"));

    /** {@code void * data} */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(ADDRESS, data$OFFSET);
    }

    /** {@code void * data} */
    public static void data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, data$OFFSET, value);
    }

    private static final long name$OFFSET = LAYOUT.byteOffset(groupElement("name"));
    private static final long name$SIZE = LAYOUT.select(groupElement("name")).byteSize();

    /** {@code char[64] name} */
    public static MemorySegment name(MemorySegment struct) {
        return struct.asSlice(name$OFFSET, name$SIZE);
    }

    /** {@code char[64] name} */
    public static void name(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, name$OFFSET, name$SIZE);
    }

    /** Element {@code index} of {@code name}. */
    public static byte name(MemorySegment struct, long index) {
        return name(struct).getAtIndex(JAVA_BYTE, index);
    }

    /** Sets element {@code index} of {@code name}. */
    public static void name(MemorySegment struct, long index, byte value) {
        name(struct).setAtIndex(JAVA_BYTE, index, value);
    }

    private static final long extra$OFFSET = LAYOUT.byteOffset(groupElement("extra"));

    /** {@code void * extra} */
    public static MemorySegment extra(MemorySegment struct) {
        return struct.get(ADDRESS, extra$OFFSET);
    }

    /** {@code void * extra} */
    public static void extra(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, extra$OFFSET, value);
    }

    private static final long padding$OFFSET = LAYOUT.byteOffset(groupElement("padding"));
    private static final long padding$SIZE = LAYOUT.select(groupElement("padding")).byteSize();

    /** {@code char[8] padding} */
    public static MemorySegment padding(MemorySegment struct) {
        return struct.asSlice(padding$OFFSET, padding$SIZE);
    }

    /** {@code char[8] padding} */
    public static void padding(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, padding$OFFSET, padding$SIZE);
    }

    /** Element {@code index} of {@code padding}. */
    public static byte padding(MemorySegment struct, long index) {
        return padding(struct).getAtIndex(JAVA_BYTE, index);
    }

    /** Sets element {@code index} of {@code padding}. */
    public static void padding(MemorySegment struct, long index, byte value) {
        padding(struct).setAtIndex(JAVA_BYTE, index, value);
    }
}
