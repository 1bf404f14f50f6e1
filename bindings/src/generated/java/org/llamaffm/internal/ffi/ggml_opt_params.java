// Generated from ggml-opt.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct ggml_opt_params}
 *
 * <pre>
 *  parameters for initializing a new optimization context
 * </pre>
 */
public final class ggml_opt_params {

    private ggml_opt_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("backend_sched"),
        ADDRESS.withName("ctx_compute"),
        ADDRESS.withName("inputs"),
        ADDRESS.withName("outputs"),
        JAVA_INT.withName("loss_type"),
        JAVA_INT.withName("build_type"),
        JAVA_INT.withName("opt_period"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("get_opt_pars"),
        ADDRESS.withName("get_opt_pars_ud"),
        JAVA_INT.withName("optimizer"),
        MemoryLayout.paddingLayout(4)).withName("ggml_opt_params");

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

    private static final long backend_sched$OFFSET = LAYOUT.byteOffset(groupElement("backend_sched"));

    /** {@code ggml_backend_sched_t backend_sched} */
    public static MemorySegment backend_sched(MemorySegment struct) {
        return struct.get(ADDRESS, backend_sched$OFFSET);
    }

    /** {@code ggml_backend_sched_t backend_sched} */
    public static void backend_sched(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, backend_sched$OFFSET, value);
    }

    private static final long ctx_compute$OFFSET = LAYOUT.byteOffset(groupElement("ctx_compute"));

    /** {@code struct ggml_context * ctx_compute} */
    public static MemorySegment ctx_compute(MemorySegment struct) {
        return struct.get(ADDRESS, ctx_compute$OFFSET);
    }

    /** {@code struct ggml_context * ctx_compute} */
    public static void ctx_compute(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, ctx_compute$OFFSET, value);
    }

    private static final long inputs$OFFSET = LAYOUT.byteOffset(groupElement("inputs"));

    /** {@code struct ggml_tensor * inputs} */
    public static MemorySegment inputs(MemorySegment struct) {
        return struct.get(ADDRESS, inputs$OFFSET);
    }

    /** {@code struct ggml_tensor * inputs} */
    public static void inputs(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, inputs$OFFSET, value);
    }

    private static final long outputs$OFFSET = LAYOUT.byteOffset(groupElement("outputs"));

    /** {@code struct ggml_tensor * outputs} */
    public static MemorySegment outputs(MemorySegment struct) {
        return struct.get(ADDRESS, outputs$OFFSET);
    }

    /** {@code struct ggml_tensor * outputs} */
    public static void outputs(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, outputs$OFFSET, value);
    }

    private static final long loss_type$OFFSET = LAYOUT.byteOffset(groupElement("loss_type"));

    /** {@code enum ggml_opt_loss_type loss_type} */
    public static int loss_type(MemorySegment struct) {
        return struct.get(JAVA_INT, loss_type$OFFSET);
    }

    /** {@code enum ggml_opt_loss_type loss_type} */
    public static void loss_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, loss_type$OFFSET, value);
    }

    private static final long build_type$OFFSET = LAYOUT.byteOffset(groupElement("build_type"));

    /** {@code enum ggml_opt_build_type build_type} */
    public static int build_type(MemorySegment struct) {
        return struct.get(JAVA_INT, build_type$OFFSET);
    }

    /** {@code enum ggml_opt_build_type build_type} */
    public static void build_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, build_type$OFFSET, value);
    }

    private static final long opt_period$OFFSET = LAYOUT.byteOffset(groupElement("opt_period"));

    /** {@code int32_t opt_period} */
    public static int opt_period(MemorySegment struct) {
        return struct.get(JAVA_INT, opt_period$OFFSET);
    }

    /** {@code int32_t opt_period} */
    public static void opt_period(MemorySegment struct, int value) {
        struct.set(JAVA_INT, opt_period$OFFSET, value);
    }

    private static final long get_opt_pars$OFFSET = LAYOUT.byteOffset(groupElement("get_opt_pars"));

    /** {@code ggml_opt_get_optimizer_params get_opt_pars} */
    public static MemorySegment get_opt_pars(MemorySegment struct) {
        return struct.get(ADDRESS, get_opt_pars$OFFSET);
    }

    /** {@code ggml_opt_get_optimizer_params get_opt_pars} */
    public static void get_opt_pars(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, get_opt_pars$OFFSET, value);
    }

    private static final long get_opt_pars_ud$OFFSET = LAYOUT.byteOffset(groupElement("get_opt_pars_ud"));

    /** {@code void * get_opt_pars_ud} */
    public static MemorySegment get_opt_pars_ud(MemorySegment struct) {
        return struct.get(ADDRESS, get_opt_pars_ud$OFFSET);
    }

    /** {@code void * get_opt_pars_ud} */
    public static void get_opt_pars_ud(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, get_opt_pars_ud$OFFSET, value);
    }

    private static final long optimizer$OFFSET = LAYOUT.byteOffset(groupElement("optimizer"));

    /** {@code enum ggml_opt_optimizer_type optimizer} */
    public static int optimizer(MemorySegment struct) {
        return struct.get(JAVA_INT, optimizer$OFFSET);
    }

    /** {@code enum ggml_opt_optimizer_type optimizer} */
    public static void optimizer(MemorySegment struct, int value) {
        struct.set(JAVA_INT, optimizer$OFFSET, value);
    }
}
