// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_backend_dev_props}
 *
 * <pre>
 *  all the device properties
 * </pre>
 */
public final class ggml_backend_dev_props {

    private ggml_backend_dev_props() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("name"),
        ADDRESS.withName("description"),
        JAVA_LONG.withName("memory_free"),
        JAVA_LONG.withName("memory_total"),
        JAVA_INT.withName("type"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("device_id"),
        ggml_backend_dev_caps.LAYOUT.withName("caps"),
        MemoryLayout.paddingLayout(3)).withName("ggml_backend_dev_props");

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

    private static final long name$OFFSET = LAYOUT.byteOffset(groupElement("name"));

    /** {@code const char * name} */
    public static MemorySegment name(MemorySegment struct) {
        return struct.get(ADDRESS, name$OFFSET);
    }

    /** {@code const char * name} */
    public static void name(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, name$OFFSET, value);
    }

    private static final long description$OFFSET = LAYOUT.byteOffset(groupElement("description"));

    /** {@code const char * description} */
    public static MemorySegment description(MemorySegment struct) {
        return struct.get(ADDRESS, description$OFFSET);
    }

    /** {@code const char * description} */
    public static void description(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, description$OFFSET, value);
    }

    private static final long memory_free$OFFSET = LAYOUT.byteOffset(groupElement("memory_free"));

    /** {@code size_t memory_free} */
    public static long memory_free(MemorySegment struct) {
        return struct.get(JAVA_LONG, memory_free$OFFSET);
    }

    /** {@code size_t memory_free} */
    public static void memory_free(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, memory_free$OFFSET, value);
    }

    private static final long memory_total$OFFSET = LAYOUT.byteOffset(groupElement("memory_total"));

    /** {@code size_t memory_total} */
    public static long memory_total(MemorySegment struct) {
        return struct.get(JAVA_LONG, memory_total$OFFSET);
    }

    /** {@code size_t memory_total} */
    public static void memory_total(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, memory_total$OFFSET, value);
    }

    private static final long type$OFFSET = LAYOUT.byteOffset(groupElement("type"));

    /** {@code enum ggml_backend_dev_type type} */
    public static int type(MemorySegment struct) {
        return struct.get(JAVA_INT, type$OFFSET);
    }

    /** {@code enum ggml_backend_dev_type type} */
    public static void type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, type$OFFSET, value);
    }

    private static final long device_id$OFFSET = LAYOUT.byteOffset(groupElement("device_id"));

    /** {@code const char * device_id} */
    public static MemorySegment device_id(MemorySegment struct) {
        return struct.get(ADDRESS, device_id$OFFSET);
    }

    /** {@code const char * device_id} */
    public static void device_id(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, device_id$OFFSET, value);
    }

    private static final long caps$OFFSET = LAYOUT.byteOffset(groupElement("caps"));
    private static final long caps$SIZE = LAYOUT.select(groupElement("caps")).byteSize();

    /** {@code struct ggml_backend_dev_caps caps} */
    public static MemorySegment caps(MemorySegment struct) {
        return struct.asSlice(caps$OFFSET, caps$SIZE);
    }

    /** {@code struct ggml_backend_dev_caps caps} */
    public static void caps(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, caps$OFFSET, caps$SIZE);
    }
}
