// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_model_tensor_override}
 */
public final class llama_model_tensor_override {

    private llama_model_tensor_override() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("pattern"),
        JAVA_INT.withName("type"),
        MemoryLayout.paddingLayout(4)).withName("llama_model_tensor_override");

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

    private static final long pattern$OFFSET = LAYOUT.byteOffset(groupElement("pattern"));

    /** {@code const char * pattern} */
    public static MemorySegment pattern(MemorySegment struct) {
        return struct.get(ADDRESS, pattern$OFFSET);
    }

    /** {@code const char * pattern} */
    public static void pattern(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, pattern$OFFSET, value);
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
}
