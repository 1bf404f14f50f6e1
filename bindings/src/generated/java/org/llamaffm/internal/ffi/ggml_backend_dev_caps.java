// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_backend_dev_caps}
 *
 * <pre>
 *  functionality supported by the device
 * </pre>
 */
public final class ggml_backend_dev_caps {

    private ggml_backend_dev_caps() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_BOOLEAN.withName("async"),
        JAVA_BOOLEAN.withName("host_buffer"),
        JAVA_BOOLEAN.withName("buffer_from_host_ptr"),
        JAVA_BOOLEAN.withName("events"),
        JAVA_BOOLEAN.withName("mmap_support")).withName("ggml_backend_dev_caps");

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

    private static final long async$OFFSET = LAYOUT.byteOffset(groupElement("async"));

    /** {@code _Bool async} */
    public static boolean async(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, async$OFFSET);
    }

    /** {@code _Bool async} */
    public static void async(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, async$OFFSET, value);
    }

    private static final long host_buffer$OFFSET = LAYOUT.byteOffset(groupElement("host_buffer"));

    /** {@code _Bool host_buffer} */
    public static boolean host_buffer(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, host_buffer$OFFSET);
    }

    /** {@code _Bool host_buffer} */
    public static void host_buffer(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, host_buffer$OFFSET, value);
    }

    private static final long buffer_from_host_ptr$OFFSET = LAYOUT.byteOffset(groupElement("buffer_from_host_ptr"));

    /** {@code _Bool buffer_from_host_ptr} */
    public static boolean buffer_from_host_ptr(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, buffer_from_host_ptr$OFFSET);
    }

    /** {@code _Bool buffer_from_host_ptr} */
    public static void buffer_from_host_ptr(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, buffer_from_host_ptr$OFFSET, value);
    }

    private static final long events$OFFSET = LAYOUT.byteOffset(groupElement("events"));

    /** {@code _Bool events} */
    public static boolean events(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, events$OFFSET);
    }

    /** {@code _Bool events} */
    public static void events(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, events$OFFSET, value);
    }

    private static final long mmap_support$OFFSET = LAYOUT.byteOffset(groupElement("mmap_support"));

    /** {@code _Bool mmap_support} */
    public static boolean mmap_support(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, mmap_support$OFFSET);
    }

    /** {@code _Bool mmap_support} */
    public static void mmap_support(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, mmap_support$OFFSET, value);
    }
}
