// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_logit_bias}
 */
public final class llama_logit_bias {

    private llama_logit_bias() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("token"),
        JAVA_FLOAT.withName("bias")).withName("llama_logit_bias");

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

    private static final long token$OFFSET = LAYOUT.byteOffset(groupElement("token"));

    /** {@code llama_token token} */
    public static int token(MemorySegment struct) {
        return struct.get(JAVA_INT, token$OFFSET);
    }

    /** {@code llama_token token} */
    public static void token(MemorySegment struct, int value) {
        struct.set(JAVA_INT, token$OFFSET, value);
    }

    private static final long bias$OFFSET = LAYOUT.byteOffset(groupElement("bias"));

    /** {@code float bias} */
    public static float bias(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, bias$OFFSET);
    }

    /** {@code float bias} */
    public static void bias(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, bias$OFFSET, value);
    }
}
