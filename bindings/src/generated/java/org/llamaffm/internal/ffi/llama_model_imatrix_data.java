// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_model_imatrix_data}
 */
public final class llama_model_imatrix_data {

    private llama_model_imatrix_data() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("name"),
        ADDRESS.withName("data"),
        JAVA_LONG.withName("size")).withName("llama_model_imatrix_data");

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

    private static final long data$OFFSET = LAYOUT.byteOffset(groupElement("data"));

    /** {@code const float * data} */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(ADDRESS, data$OFFSET);
    }

    /** {@code const float * data} */
    public static void data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, data$OFFSET, value);
    }

    private static final long size$OFFSET = LAYOUT.byteOffset(groupElement("size"));

    /** {@code size_t size} */
    public static long size(MemorySegment struct) {
        return struct.get(JAVA_LONG, size$OFFSET);
    }

    /** {@code size_t size} */
    public static void size(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, size$OFFSET, value);
    }
}
