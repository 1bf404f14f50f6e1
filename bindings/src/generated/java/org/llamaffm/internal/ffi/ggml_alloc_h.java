// Generated from ggml-alloc.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml's tensor allocator: functions, enum values and constants of {@code ggml-alloc.h}. */
@SuppressWarnings("unused")
public final class ggml_alloc_h {

    private ggml_alloc_h() {
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tallocr ggml_tallocr_new(ggml_backend_buffer_t buffer)
     * }
     */
    public static MemorySegment ggml_tallocr_new(SegmentAllocator allocator, MemorySegment buffer) {
        try {
            return (MemorySegment) ggml_tallocr_new$.HANDLE.invokeExact(allocator, buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_tallocr_new$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_tallocr_new", "ggml-alloc.h",
                FunctionDescriptor.of(ggml_tallocr.LAYOUT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_tallocr_alloc(struct ggml_tallocr * talloc, struct ggml_tensor * tensor)
     * }
     */
    public static int ggml_tallocr_alloc(MemorySegment talloc, MemorySegment tensor) {
        try {
            return (int) ggml_tallocr_alloc$.HANDLE.invokeExact(talloc, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_tallocr_alloc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_tallocr_alloc", "ggml-alloc.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_gallocr_t ggml_gallocr_new(ggml_backend_buffer_type_t buft)
     * }
     */
    public static MemorySegment ggml_gallocr_new(MemorySegment buft) {
        try {
            return (MemorySegment) ggml_gallocr_new$.HANDLE.invokeExact(buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_new$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_new", "ggml-alloc.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_gallocr_t ggml_gallocr_new_n(ggml_backend_buffer_type_t * bufts, int n_bufs)
     * }
     */
    public static MemorySegment ggml_gallocr_new_n(MemorySegment bufts, int n_bufs) {
        try {
            return (MemorySegment) ggml_gallocr_new_n$.HANDLE.invokeExact(bufts, n_bufs);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_new_n$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_new_n", "ggml-alloc.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_gallocr_free(ggml_gallocr_t galloc)
     * }
     */
    public static void ggml_gallocr_free(MemorySegment galloc) {
        try {
            ggml_gallocr_free$.HANDLE.invokeExact(galloc);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_free", "ggml-alloc.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_gallocr_reserve(ggml_gallocr_t galloc, struct ggml_cgraph * graph)
     * }
     *
     * <pre>
     *  pre-allocate buffers from a measure graph - does not allocate or modify the graph
     *  call with a worst-case graph to avoid buffer reallocations
     *  not strictly required for single buffer usage: ggml_gallocr_alloc_graph will reallocate the buffers automatically if needed
     *  returns false if the buffer allocation failed
     *  ggml_gallocr_resrve_n_size writes the buffer sizes per galloc buffer that would be allocated by ggml_gallocr_reserve_n to sizes
     * </pre>
     */
    public static boolean ggml_gallocr_reserve(MemorySegment galloc, MemorySegment graph) {
        try {
            return (boolean) ggml_gallocr_reserve$.HANDLE.invokeExact(galloc, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_reserve$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_reserve", "ggml-alloc.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_gallocr_reserve_n_size(ggml_gallocr_t galloc, struct ggml_cgraph * graph, const int * node_buffer_ids, const int * leaf_buffer_ids, size_t * sizes)
     * }
     */
    public static void ggml_gallocr_reserve_n_size(MemorySegment galloc, MemorySegment graph, MemorySegment node_buffer_ids, MemorySegment leaf_buffer_ids, MemorySegment sizes) {
        try {
            ggml_gallocr_reserve_n_size$.HANDLE.invokeExact(galloc, graph, node_buffer_ids, leaf_buffer_ids, sizes);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_reserve_n_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_reserve_n_size", "ggml-alloc.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_gallocr_reserve_n(ggml_gallocr_t galloc, struct ggml_cgraph * graph, const int * node_buffer_ids, const int * leaf_buffer_ids)
     * }
     */
    public static boolean ggml_gallocr_reserve_n(MemorySegment galloc, MemorySegment graph, MemorySegment node_buffer_ids, MemorySegment leaf_buffer_ids) {
        try {
            return (boolean) ggml_gallocr_reserve_n$.HANDLE.invokeExact(galloc, graph, node_buffer_ids, leaf_buffer_ids);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_reserve_n$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_reserve_n", "ggml-alloc.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_gallocr_alloc_graph(ggml_gallocr_t galloc, struct ggml_cgraph * graph)
     * }
     *
     * <pre>
     *  automatic reallocation if the topology changes when using a single buffer
     *  returns false if using multiple buffers and a re-allocation is needed (call ggml_gallocr_reserve_n first to set the node buffers)
     * </pre>
     */
    public static boolean ggml_gallocr_alloc_graph(MemorySegment galloc, MemorySegment graph) {
        try {
            return (boolean) ggml_gallocr_alloc_graph$.HANDLE.invokeExact(galloc, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_alloc_graph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_alloc_graph", "ggml-alloc.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_gallocr_get_buffer_size(ggml_gallocr_t galloc, int buffer_id)
     * }
     */
    public static long ggml_gallocr_get_buffer_size(MemorySegment galloc, int buffer_id) {
        try {
            return (long) ggml_gallocr_get_buffer_size$.HANDLE.invokeExact(galloc, buffer_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gallocr_get_buffer_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gallocr_get_buffer_size", "ggml-alloc.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_alloc_ctx_tensors_from_buft_size(struct ggml_context * ctx, ggml_backend_buffer_type_t buft)
     * }
     *
     * <pre>
     *  Utils
     *  Create a buffer and allocate all the tensors in a ggml_context
     *  ggml_backend_alloc_ctx_tensors_from_buft_size returns the size of the buffer that would be allocated by ggml_backend_alloc_ctx_tensors_from_buft
     *  ggml_backend_alloc_ctx_tensors_from_buft returns NULL on failure or if all tensors in ctx are already allocated or zero-sized
     * </pre>
     */
    public static long ggml_backend_alloc_ctx_tensors_from_buft_size(MemorySegment ctx, MemorySegment buft) {
        try {
            return (long) ggml_backend_alloc_ctx_tensors_from_buft_size$.HANDLE.invokeExact(ctx, buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_alloc_ctx_tensors_from_buft_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_alloc_ctx_tensors_from_buft_size", "ggml-alloc.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_backend_buffer * ggml_backend_alloc_ctx_tensors_from_buft(struct ggml_context * ctx, ggml_backend_buffer_type_t buft)
     * }
     */
    public static MemorySegment ggml_backend_alloc_ctx_tensors_from_buft(MemorySegment ctx, MemorySegment buft) {
        try {
            return (MemorySegment) ggml_backend_alloc_ctx_tensors_from_buft$.HANDLE.invokeExact(ctx, buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_alloc_ctx_tensors_from_buft$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_alloc_ctx_tensors_from_buft", "ggml-alloc.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_backend_buffer * ggml_backend_alloc_ctx_tensors(struct ggml_context * ctx, ggml_backend_t backend)
     * }
     */
    public static MemorySegment ggml_backend_alloc_ctx_tensors(MemorySegment ctx, MemorySegment backend) {
        try {
            return (MemorySegment) ggml_backend_alloc_ctx_tensors$.HANDLE.invokeExact(ctx, backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_alloc_ctx_tensors$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_alloc_ctx_tensors", "ggml-alloc.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }
}
