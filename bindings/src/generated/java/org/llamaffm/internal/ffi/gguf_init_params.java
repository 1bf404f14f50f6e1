// Generated from gguf.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct gguf_init_params}
 */
public final class gguf_init_params {

    private gguf_init_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_BOOLEAN.withName("no_alloc"),
        MemoryLayout.paddingLayout(7),
        ADDRESS.withName("ctx")).withName("gguf_init_params");

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

    private static final long no_alloc$OFFSET = LAYOUT.byteOffset(groupElement("no_alloc"));

    /** {@code _Bool no_alloc} */
    public static boolean no_alloc(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, no_alloc$OFFSET);
    }

    /** {@code _Bool no_alloc} */
    public static void no_alloc(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, no_alloc$OFFSET, value);
    }

    private static final long ctx$OFFSET = LAYOUT.byteOffset(groupElement("ctx"));

    /** {@code struct ggml_context ** ctx} */
    public static MemorySegment ctx(MemorySegment struct) {
        return struct.get(ADDRESS, ctx$OFFSET);
    }

    /** {@code struct ggml_context ** ctx} */
    public static void ctx(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, ctx$OFFSET, value);
    }
}
