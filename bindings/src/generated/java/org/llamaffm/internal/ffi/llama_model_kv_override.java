// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_model_kv_override}
 */
public final class llama_model_kv_override {

    private llama_model_kv_override() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("tag"),
        MemoryLayout.sequenceLayout(128, JAVA_BYTE).withName("key"),
        MemoryLayout.paddingLayout(4),
        MemoryLayout.unionLayout(
            JAVA_LONG.withName("val_i64"),
            JAVA_DOUBLE.withName("val_f64"),
            JAVA_BOOLEAN.withName("val_bool"),
            MemoryLayout.sequenceLayout(128, JAVA_BYTE).withName("val_str")).withName("$anon0")).withName("llama_model_kv_override");

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

    private static final long tag$OFFSET = LAYOUT.byteOffset(groupElement("tag"));

    /** {@code enum llama_model_kv_override_type tag} */
    public static int tag(MemorySegment struct) {
        return struct.get(JAVA_INT, tag$OFFSET);
    }

    /** {@code enum llama_model_kv_override_type tag} */
    public static void tag(MemorySegment struct, int value) {
        struct.set(JAVA_INT, tag$OFFSET, value);
    }

    private static final long key$OFFSET = LAYOUT.byteOffset(groupElement("key"));
    private static final long key$SIZE = LAYOUT.select(groupElement("key")).byteSize();

    /** {@code char[128] key} */
    public static MemorySegment key(MemorySegment struct) {
        return struct.asSlice(key$OFFSET, key$SIZE);
    }

    /** {@code char[128] key} */
    public static void key(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, key$OFFSET, key$SIZE);
    }

    /** Element {@code index} of {@code key}. */
    public static byte key(MemorySegment struct, long index) {
        return key(struct).getAtIndex(JAVA_BYTE, index);
    }

    /** Sets element {@code index} of {@code key}. */
    public static void key(MemorySegment struct, long index, byte value) {
        key(struct).setAtIndex(JAVA_BYTE, index, value);
    }

    private static final long val_i64$OFFSET = LAYOUT.byteOffset(groupElement("$anon0"), groupElement("val_i64"));

    /** {@code int64_t val_i64} */
    public static long val_i64(MemorySegment struct) {
        return struct.get(JAVA_LONG, val_i64$OFFSET);
    }

    /** {@code int64_t val_i64} */
    public static void val_i64(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, val_i64$OFFSET, value);
    }

    private static final long val_f64$OFFSET = LAYOUT.byteOffset(groupElement("$anon0"), groupElement("val_f64"));

    /** {@code double val_f64} */
    public static double val_f64(MemorySegment struct) {
        return struct.get(JAVA_DOUBLE, val_f64$OFFSET);
    }

    /** {@code double val_f64} */
    public static void val_f64(MemorySegment struct, double value) {
        struct.set(JAVA_DOUBLE, val_f64$OFFSET, value);
    }

    private static final long val_bool$OFFSET = LAYOUT.byteOffset(groupElement("$anon0"), groupElement("val_bool"));

    /** {@code _Bool val_bool} */
    public static boolean val_bool(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, val_bool$OFFSET);
    }

    /** {@code _Bool val_bool} */
    public static void val_bool(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, val_bool$OFFSET, value);
    }

    private static final long val_str$OFFSET = LAYOUT.byteOffset(groupElement("$anon0"), groupElement("val_str"));
    private static final long val_str$SIZE = LAYOUT.select(groupElement("$anon0"), groupElement("val_str")).byteSize();

    /** {@code char[128] val_str} */
    public static MemorySegment val_str(MemorySegment struct) {
        return struct.asSlice(val_str$OFFSET, val_str$SIZE);
    }

    /** {@code char[128] val_str} */
    public static void val_str(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, val_str$OFFSET, val_str$SIZE);
    }

    /** Element {@code index} of {@code val_str}. */
    public static byte val_str(MemorySegment struct, long index) {
        return val_str(struct).getAtIndex(JAVA_BYTE, index);
    }

    /** Sets element {@code index} of {@code val_str}. */
    public static void val_str(MemorySegment struct, long index, byte value) {
        val_str(struct).setAtIndex(JAVA_BYTE, index, value);
    }
}
