// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_token_data}
 *
 * <pre>
 *  TODO: simplify (https://github.com/ggml-org/llama.cpp/pull/9294#pullrequestreview-2286561979)
 * </pre>
 */
public final class llama_token_data {

    private llama_token_data() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("id"),
        JAVA_FLOAT.withName("logit"),
        JAVA_FLOAT.withName("p")).withName("llama_token_data");

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

    private static final long id$OFFSET = LAYOUT.byteOffset(groupElement("id"));

    /** {@code llama_token id} */
    public static int id(MemorySegment struct) {
        return struct.get(JAVA_INT, id$OFFSET);
    }

    /** {@code llama_token id} */
    public static void id(MemorySegment struct, int value) {
        struct.set(JAVA_INT, id$OFFSET, value);
    }

    private static final long logit$OFFSET = LAYOUT.byteOffset(groupElement("logit"));

    /** {@code float logit} */
    public static float logit(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, logit$OFFSET);
    }

    /** {@code float logit} */
    public static void logit(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, logit$OFFSET, value);
    }

    private static final long p$OFFSET = LAYOUT.byteOffset(groupElement("p"));

    /** {@code float p} */
    public static float p(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, p$OFFSET);
    }

    /** {@code float p} */
    public static void p(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, p$OFFSET, value);
    }
}
