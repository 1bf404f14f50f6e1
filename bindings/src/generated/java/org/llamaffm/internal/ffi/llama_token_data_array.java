// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_token_data_array}
 */
public final class llama_token_data_array {

    private llama_token_data_array() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("data"),
        JAVA_LONG.withName("size"),
        JAVA_LONG.withName("selected"),
        JAVA_BOOLEAN.withName("sorted"),
        MemoryLayout.paddingLayout(7)).withName("llama_token_data_array");

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

    private static final long data$OFFSET = LAYOUT.byteOffset(groupElement("data"));

    /** {@code llama_token_data * data} */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(ADDRESS, data$OFFSET);
    }

    /** {@code llama_token_data * data} */
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

    private static final long selected$OFFSET = LAYOUT.byteOffset(groupElement("selected"));

    /** {@code int64_t selected} */
    public static long selected(MemorySegment struct) {
        return struct.get(JAVA_LONG, selected$OFFSET);
    }

    /** {@code int64_t selected} */
    public static void selected(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, selected$OFFSET, value);
    }

    private static final long sorted$OFFSET = LAYOUT.byteOffset(groupElement("sorted"));

    /** {@code _Bool sorted} */
    public static boolean sorted(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, sorted$OFFSET);
    }

    /** {@code _Bool sorted} */
    public static void sorted(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, sorted$OFFSET, value);
    }
}
