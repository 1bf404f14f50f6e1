// Generated from ggml-opt.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_opt_optimizer_params}
 *
 * <pre>
 *  parameters that control which optimizer is used and how said optimizer tries to find the minimal loss
 * </pre>
 */
public final class ggml_opt_optimizer_params {

    private ggml_opt_optimizer_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.structLayout(
            JAVA_FLOAT.withName("alpha"),
            JAVA_FLOAT.withName("beta1"),
            JAVA_FLOAT.withName("beta2"),
            JAVA_FLOAT.withName("eps"),
            JAVA_FLOAT.withName("wd")).withName("adamw"),
        MemoryLayout.structLayout(
            JAVA_FLOAT.withName("alpha"),
            JAVA_FLOAT.withName("wd")).withName("sgd")).withName("ggml_opt_optimizer_params");

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

    private static final long adamw$OFFSET = LAYOUT.byteOffset(groupElement("adamw"));
    private static final long adamw$SIZE = LAYOUT.select(groupElement("adamw")).byteSize();

    /** {@code struct { ... } adamw} */
    public static MemorySegment adamw(MemorySegment struct) {
        return struct.asSlice(adamw$OFFSET, adamw$SIZE);
    }

    /** {@code struct { ... } adamw} */
    public static void adamw(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, adamw$OFFSET, adamw$SIZE);
    }

    /**
     * {@code struct { ... } adamw}
     */
    public static final class adamw {

        private adamw() {
        }

        public static final GroupLayout LAYOUT = (GroupLayout) ggml_opt_optimizer_params.LAYOUT.select(groupElement("adamw"));

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

        private static final long alpha$OFFSET = LAYOUT.byteOffset(groupElement("alpha"));

        /** {@code float alpha} */
        public static float alpha(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, alpha$OFFSET);
        }

        /** {@code float alpha} */
        public static void alpha(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, alpha$OFFSET, value);
        }

        private static final long beta1$OFFSET = LAYOUT.byteOffset(groupElement("beta1"));

        /** {@code float beta1} */
        public static float beta1(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, beta1$OFFSET);
        }

        /** {@code float beta1} */
        public static void beta1(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, beta1$OFFSET, value);
        }

        private static final long beta2$OFFSET = LAYOUT.byteOffset(groupElement("beta2"));

        /** {@code float beta2} */
        public static float beta2(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, beta2$OFFSET);
        }

        /** {@code float beta2} */
        public static void beta2(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, beta2$OFFSET, value);
        }

        private static final long eps$OFFSET = LAYOUT.byteOffset(groupElement("eps"));

        /** {@code float eps} */
        public static float eps(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, eps$OFFSET);
        }

        /** {@code float eps} */
        public static void eps(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, eps$OFFSET, value);
        }

        private static final long wd$OFFSET = LAYOUT.byteOffset(groupElement("wd"));

        /** {@code float wd} */
        public static float wd(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, wd$OFFSET);
        }

        /** {@code float wd} */
        public static void wd(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, wd$OFFSET, value);
        }
    }

    private static final long sgd$OFFSET = LAYOUT.byteOffset(groupElement("sgd"));
    private static final long sgd$SIZE = LAYOUT.select(groupElement("sgd")).byteSize();

    /** {@code struct { ... } sgd} */
    public static MemorySegment sgd(MemorySegment struct) {
        return struct.asSlice(sgd$OFFSET, sgd$SIZE);
    }

    /** {@code struct { ... } sgd} */
    public static void sgd(MemorySegment struct, MemorySegment value) {
        MemorySegment.copy(value, 0, struct, sgd$OFFSET, sgd$SIZE);
    }

    /**
     * {@code struct { ... } sgd}
     */
    public static final class sgd {

        private sgd() {
        }

        public static final GroupLayout LAYOUT = (GroupLayout) ggml_opt_optimizer_params.LAYOUT.select(groupElement("sgd"));

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

        private static final long alpha$OFFSET = LAYOUT.byteOffset(groupElement("alpha"));

        /** {@code float alpha} */
        public static float alpha(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, alpha$OFFSET);
        }

        /** {@code float alpha} */
        public static void alpha(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, alpha$OFFSET, value);
        }

        private static final long wd$OFFSET = LAYOUT.byteOffset(groupElement("wd"));

        /** {@code float wd} */
        public static float wd(MemorySegment struct) {
            return struct.get(JAVA_FLOAT, wd$OFFSET);
        }

        /** {@code float wd} */
        public static void wd(MemorySegment struct, float value) {
            struct.set(JAVA_FLOAT, wd$OFFSET, value);
        }
    }
}
