// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_backend_feature}
 *
 * <pre>
 *  Get a list of feature flags supported by the backend (returns a NULL-terminated array)
 * </pre>
 */
public final class ggml_backend_feature {

    private ggml_backend_feature() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("name"),
        ADDRESS.withName("value")).withName("ggml_backend_feature");

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

    private static final long value$OFFSET = LAYOUT.byteOffset(groupElement("value"));

    /** {@code const char * value} */
    public static MemorySegment value(MemorySegment struct) {
        return struct.get(ADDRESS, value$OFFSET);
    }

    /** {@code const char * value} */
    public static void value(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, value$OFFSET, value);
    }
}
