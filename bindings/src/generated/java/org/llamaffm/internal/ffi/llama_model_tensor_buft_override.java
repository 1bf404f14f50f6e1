// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_model_tensor_buft_override}
 */
public final class llama_model_tensor_buft_override {

    private llama_model_tensor_buft_override() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("pattern"),
        ADDRESS.withName("buft")).withName("llama_model_tensor_buft_override");

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

    private static final long buft$OFFSET = LAYOUT.byteOffset(groupElement("buft"));

    /** {@code ggml_backend_buffer_type_t buft} */
    public static MemorySegment buft(MemorySegment struct) {
        return struct.get(ADDRESS, buft$OFFSET);
    }

    /** {@code ggml_backend_buffer_type_t buft} */
    public static void buft(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, buft$OFFSET, value);
    }
}
