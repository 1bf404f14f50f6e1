// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code ggml_bf16_t}
 *
 * <pre>
 *  google brain half-precision bfloat16
 * </pre>
 */
public final class ggml_bf16_t {

    private ggml_bf16_t() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_SHORT.withName("bits")).withName("ggml_bf16_t");

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

    private static final long bits$OFFSET = LAYOUT.byteOffset(groupElement("bits"));

    /** {@code uint16_t bits} */
    public static short bits(MemorySegment struct) {
        return struct.get(JAVA_SHORT, bits$OFFSET);
    }

    /** {@code uint16_t bits} */
    public static void bits(MemorySegment struct, short value) {
        struct.set(JAVA_SHORT, bits$OFFSET, value);
    }
}
