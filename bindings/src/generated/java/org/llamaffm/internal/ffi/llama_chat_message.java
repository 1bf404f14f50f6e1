// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_chat_message}
 *
 * <pre>
 *  used in chat template
 * </pre>
 */
public final class llama_chat_message {

    private llama_chat_message() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("role"),
        ADDRESS.withName("content")).withName("llama_chat_message");

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

    private static final long role$OFFSET = LAYOUT.byteOffset(groupElement("role"));

    /** {@code const char * role} */
    public static MemorySegment role(MemorySegment struct) {
        return struct.get(ADDRESS, role$OFFSET);
    }

    /** {@code const char * role} */
    public static void role(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, role$OFFSET, value);
    }

    private static final long content$OFFSET = LAYOUT.byteOffset(groupElement("content"));

    /** {@code const char * content} */
    public static MemorySegment content(MemorySegment struct) {
        return struct.get(ADDRESS, content$OFFSET);
    }

    /** {@code const char * content} */
    public static void content(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, content$OFFSET, value);
    }
}
