// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_opt_params}
 */
public final class llama_opt_params {

    private llama_opt_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("n_ctx_train"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("param_filter"),
        ADDRESS.withName("param_filter_ud"),
        ADDRESS.withName("get_opt_pars"),
        ADDRESS.withName("get_opt_pars_ud"),
        JAVA_INT.withName("optimizer_type"),
        MemoryLayout.paddingLayout(4)).withName("llama_opt_params");

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

    private static final long n_ctx_train$OFFSET = LAYOUT.byteOffset(groupElement("n_ctx_train"));

    /** {@code uint32_t n_ctx_train} */
    public static int n_ctx_train(MemorySegment struct) {
        return struct.get(JAVA_INT, n_ctx_train$OFFSET);
    }

    /** {@code uint32_t n_ctx_train} */
    public static void n_ctx_train(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_ctx_train$OFFSET, value);
    }

    private static final long param_filter$OFFSET = LAYOUT.byteOffset(groupElement("param_filter"));

    /** {@code llama_opt_param_filter param_filter} */
    public static MemorySegment param_filter(MemorySegment struct) {
        return struct.get(ADDRESS, param_filter$OFFSET);
    }

    /** {@code llama_opt_param_filter param_filter} */
    public static void param_filter(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, param_filter$OFFSET, value);
    }

    private static final long param_filter_ud$OFFSET = LAYOUT.byteOffset(groupElement("param_filter_ud"));

    /** {@code void * param_filter_ud} */
    public static MemorySegment param_filter_ud(MemorySegment struct) {
        return struct.get(ADDRESS, param_filter_ud$OFFSET);
    }

    /** {@code void * param_filter_ud} */
    public static void param_filter_ud(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, param_filter_ud$OFFSET, value);
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

    private static final long optimizer_type$OFFSET = LAYOUT.byteOffset(groupElement("optimizer_type"));

    /** {@code enum ggml_opt_optimizer_type optimizer_type} */
    public static int optimizer_type(MemorySegment struct) {
        return struct.get(JAVA_INT, optimizer_type$OFFSET);
    }

    /** {@code enum ggml_opt_optimizer_type optimizer_type} */
    public static void optimizer_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, optimizer_type$OFFSET, value);
    }
}
