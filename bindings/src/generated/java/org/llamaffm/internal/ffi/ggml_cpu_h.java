// Generated from ggml-cpu.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml's CPU backend: functions, enum values and constants of {@code ggml-cpu.h}. */
@SuppressWarnings("unused")
public final class ggml_cpu_h {

    private ggml_cpu_h() {
    }

    // enum ggml_numa_strategy
    public static final int GGML_NUMA_STRATEGY_DISABLED = 0;
    public static final int GGML_NUMA_STRATEGY_DISTRIBUTE = 1;
    public static final int GGML_NUMA_STRATEGY_ISOLATE = 2;
    public static final int GGML_NUMA_STRATEGY_NUMACTL = 3;
    public static final int GGML_NUMA_STRATEGY_MIRROR = 4;
    public static final int GGML_NUMA_STRATEGY_COUNT = 5;

    /**
     * {@snippet lang=c :
     * void ggml_numa_init(enum ggml_numa_strategy numa)
     * }
     */
    public static void ggml_numa_init(int numa) {
        try {
            ggml_numa_init$.HANDLE.invokeExact(numa);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_numa_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_numa_init", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_numa(void)
     * }
     */
    public static boolean ggml_is_numa() {
        try {
            return (boolean) ggml_is_numa$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_numa$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_numa", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_i32(struct ggml_context * ctx, int32_t value)
     * }
     */
    public static MemorySegment ggml_new_i32(MemorySegment ctx, int value) {
        try {
            return (MemorySegment) ggml_new_i32$.HANDLE.invokeExact(ctx, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_i32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_i32", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_f32(struct ggml_context * ctx, float value)
     * }
     */
    public static MemorySegment ggml_new_f32(MemorySegment ctx, float value) {
        try {
            return (MemorySegment) ggml_new_f32$.HANDLE.invokeExact(ctx, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_f32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_f32", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_i32(struct ggml_tensor * tensor, int32_t value)
     * }
     */
    public static MemorySegment ggml_set_i32(MemorySegment tensor, int value) {
        try {
            return (MemorySegment) ggml_set_i32$.HANDLE.invokeExact(tensor, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_i32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_i32", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_f32(struct ggml_tensor * tensor, float value)
     * }
     */
    public static MemorySegment ggml_set_f32(MemorySegment tensor, float value) {
        try {
            return (MemorySegment) ggml_set_f32$.HANDLE.invokeExact(tensor, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_f32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_f32", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * int32_t ggml_get_i32_1d(const struct ggml_tensor * tensor, int i)
     * }
     */
    public static int ggml_get_i32_1d(MemorySegment tensor, int i) {
        try {
            return (int) ggml_get_i32_1d$.HANDLE.invokeExact(tensor, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_i32_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_i32_1d", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_i32_1d(const struct ggml_tensor * tensor, int i, int32_t value)
     * }
     */
    public static void ggml_set_i32_1d(MemorySegment tensor, int i, int value) {
        try {
            ggml_set_i32_1d$.HANDLE.invokeExact(tensor, i, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_i32_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_i32_1d", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t ggml_get_i32_nd(const struct ggml_tensor * tensor, int i0, int i1, int i2, int i3)
     * }
     */
    public static int ggml_get_i32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3) {
        try {
            return (int) ggml_get_i32_nd$.HANDLE.invokeExact(tensor, i0, i1, i2, i3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_i32_nd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_i32_nd", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_i32_nd(const struct ggml_tensor * tensor, int i0, int i1, int i2, int i3, int32_t value)
     * }
     */
    public static void ggml_set_i32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3, int value) {
        try {
            ggml_set_i32_nd$.HANDLE.invokeExact(tensor, i0, i1, i2, i3, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_i32_nd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_i32_nd", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float ggml_get_f32_1d(const struct ggml_tensor * tensor, int i)
     * }
     */
    public static float ggml_get_f32_1d(MemorySegment tensor, int i) {
        try {
            return (float) ggml_get_f32_1d$.HANDLE.invokeExact(tensor, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_f32_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_f32_1d", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_f32_1d(const struct ggml_tensor * tensor, int i, float value)
     * }
     */
    public static void ggml_set_f32_1d(MemorySegment tensor, int i, float value) {
        try {
            ggml_set_f32_1d$.HANDLE.invokeExact(tensor, i, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_f32_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_f32_1d", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * float ggml_get_f32_nd(const struct ggml_tensor * tensor, int i0, int i1, int i2, int i3)
     * }
     */
    public static float ggml_get_f32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3) {
        try {
            return (float) ggml_get_f32_nd$.HANDLE.invokeExact(tensor, i0, i1, i2, i3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_f32_nd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_f32_nd", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_f32_nd(const struct ggml_tensor * tensor, int i0, int i1, int i2, int i3, float value)
     * }
     */
    public static void ggml_set_f32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3, float value) {
        try {
            ggml_set_f32_nd$.HANDLE.invokeExact(tensor, i0, i1, i2, i3, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_f32_nd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_f32_nd", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_threadpool * ggml_threadpool_new(struct ggml_threadpool_params * params)
     * }
     */
    public static MemorySegment ggml_threadpool_new(MemorySegment params) {
        try {
            return (MemorySegment) ggml_threadpool_new$.HANDLE.invokeExact(params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_new$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_new", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_threadpool_free(struct ggml_threadpool * threadpool)
     * }
     */
    public static void ggml_threadpool_free(MemorySegment threadpool) {
        try {
            ggml_threadpool_free$.HANDLE.invokeExact(threadpool);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_free", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_threadpool_get_n_threads(struct ggml_threadpool * threadpool)
     * }
     */
    public static int ggml_threadpool_get_n_threads(MemorySegment threadpool) {
        try {
            return (int) ggml_threadpool_get_n_threads$.HANDLE.invokeExact(threadpool);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_get_n_threads$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_get_n_threads", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_threadpool_pause(struct ggml_threadpool * threadpool)
     * }
     */
    public static void ggml_threadpool_pause(MemorySegment threadpool) {
        try {
            ggml_threadpool_pause$.HANDLE.invokeExact(threadpool);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_pause$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_pause", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_threadpool_resume(struct ggml_threadpool * threadpool)
     * }
     */
    public static void ggml_threadpool_resume(MemorySegment threadpool) {
        try {
            ggml_threadpool_resume$.HANDLE.invokeExact(threadpool);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_resume$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_resume", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_cplan ggml_graph_plan(const struct ggml_cgraph * cgraph, int n_threads, struct ggml_threadpool * threadpool)
     * }
     *
     * <pre>
     *  ggml_graph_plan() has to be called before ggml_graph_compute()
     *  when plan.work_size &gt; 0, caller must allocate memory for plan.work_data
     * </pre>
     */
    public static MemorySegment ggml_graph_plan(SegmentAllocator allocator, MemorySegment cgraph, int n_threads, MemorySegment threadpool) {
        try {
            return (MemorySegment) ggml_graph_plan$.HANDLE.invokeExact(allocator, cgraph, n_threads, threadpool);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_plan$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_plan", "ggml-cpu.h",
                FunctionDescriptor.of(ggml_cplan.LAYOUT, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_graph_compute(struct ggml_cgraph * cgraph, struct ggml_cplan * cplan)
     * }
     */
    public static int ggml_graph_compute(MemorySegment cgraph, MemorySegment cplan) {
        try {
            return (int) ggml_graph_compute$.HANDLE.invokeExact(cgraph, cplan);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_compute$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_compute", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_graph_compute_with_ctx(struct ggml_context * ctx, struct ggml_cgraph * cgraph, int n_threads)
     * }
     *
     * <pre>
     *  same as ggml_graph_compute() but the work data is allocated as a part of the context
     *  note: the drawback of this API is that you must have ensured that the context has enough memory for the work data
     * </pre>
     */
    public static int ggml_graph_compute_with_ctx(MemorySegment ctx, MemorySegment cgraph, int n_threads) {
        try {
            return (int) ggml_graph_compute_with_ctx$.HANDLE.invokeExact(ctx, cgraph, n_threads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_compute_with_ctx$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_compute_with_ctx", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_sse3(void)
     * }
     *
     * <pre>
     *  x86
     * </pre>
     */
    public static int ggml_cpu_has_sse3() {
        try {
            return (int) ggml_cpu_has_sse3$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_sse3$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_sse3", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_ssse3(void)
     * }
     */
    public static int ggml_cpu_has_ssse3() {
        try {
            return (int) ggml_cpu_has_ssse3$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_ssse3$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_ssse3", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx(void)
     * }
     */
    public static int ggml_cpu_has_avx() {
        try {
            return (int) ggml_cpu_has_avx$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx_vnni(void)
     * }
     */
    public static int ggml_cpu_has_avx_vnni() {
        try {
            return (int) ggml_cpu_has_avx_vnni$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx_vnni$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx_vnni", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx2(void)
     * }
     */
    public static int ggml_cpu_has_avx2() {
        try {
            return (int) ggml_cpu_has_avx2$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx2", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_bmi2(void)
     * }
     */
    public static int ggml_cpu_has_bmi2() {
        try {
            return (int) ggml_cpu_has_bmi2$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_bmi2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_bmi2", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_f16c(void)
     * }
     */
    public static int ggml_cpu_has_f16c() {
        try {
            return (int) ggml_cpu_has_f16c$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_f16c$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_f16c", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_fma(void)
     * }
     */
    public static int ggml_cpu_has_fma() {
        try {
            return (int) ggml_cpu_has_fma$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_fma$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_fma", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx512(void)
     * }
     */
    public static int ggml_cpu_has_avx512() {
        try {
            return (int) ggml_cpu_has_avx512$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx512$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx512", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx512_vbmi(void)
     * }
     */
    public static int ggml_cpu_has_avx512_vbmi() {
        try {
            return (int) ggml_cpu_has_avx512_vbmi$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx512_vbmi$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx512_vbmi", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx512_vnni(void)
     * }
     */
    public static int ggml_cpu_has_avx512_vnni() {
        try {
            return (int) ggml_cpu_has_avx512_vnni$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx512_vnni$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx512_vnni", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_avx512_bf16(void)
     * }
     */
    public static int ggml_cpu_has_avx512_bf16() {
        try {
            return (int) ggml_cpu_has_avx512_bf16$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_avx512_bf16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_avx512_bf16", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_amx_int8(void)
     * }
     */
    public static int ggml_cpu_has_amx_int8() {
        try {
            return (int) ggml_cpu_has_amx_int8$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_amx_int8$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_amx_int8", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_neon(void)
     * }
     *
     * <pre>
     *  ARM
     * </pre>
     */
    public static int ggml_cpu_has_neon() {
        try {
            return (int) ggml_cpu_has_neon$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_neon$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_neon", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_arm_fma(void)
     * }
     */
    public static int ggml_cpu_has_arm_fma() {
        try {
            return (int) ggml_cpu_has_arm_fma$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_arm_fma$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_arm_fma", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_fp16_va(void)
     * }
     */
    public static int ggml_cpu_has_fp16_va() {
        try {
            return (int) ggml_cpu_has_fp16_va$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_fp16_va$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_fp16_va", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_dotprod(void)
     * }
     */
    public static int ggml_cpu_has_dotprod() {
        try {
            return (int) ggml_cpu_has_dotprod$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_dotprod$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_dotprod", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_matmul_int8(void)
     * }
     */
    public static int ggml_cpu_has_matmul_int8() {
        try {
            return (int) ggml_cpu_has_matmul_int8$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_matmul_int8$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_matmul_int8", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_sve(void)
     * }
     */
    public static int ggml_cpu_has_sve() {
        try {
            return (int) ggml_cpu_has_sve$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_sve$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_sve", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_get_sve_cnt(void)
     * }
     */
    public static int ggml_cpu_get_sve_cnt() {
        try {
            return (int) ggml_cpu_get_sve_cnt$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_get_sve_cnt$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_get_sve_cnt", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_sme(void)
     * }
     */
    public static int ggml_cpu_has_sme() {
        try {
            return (int) ggml_cpu_has_sme$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_sme$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_sme", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_sme2(void)
     * }
     */
    public static int ggml_cpu_has_sme2() {
        try {
            return (int) ggml_cpu_has_sme2$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_sme2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_sme2", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_riscv_v(void)
     * }
     *
     * <pre>
     *  other
     * </pre>
     */
    public static int ggml_cpu_has_riscv_v() {
        try {
            return (int) ggml_cpu_has_riscv_v$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_riscv_v$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_riscv_v", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_get_rvv_vlen(void)
     * }
     */
    public static int ggml_cpu_get_rvv_vlen() {
        try {
            return (int) ggml_cpu_get_rvv_vlen$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_get_rvv_vlen$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_get_rvv_vlen", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_vsx(void)
     * }
     */
    public static int ggml_cpu_has_vsx() {
        try {
            return (int) ggml_cpu_has_vsx$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_vsx$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_vsx", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_vxe(void)
     * }
     */
    public static int ggml_cpu_has_vxe() {
        try {
            return (int) ggml_cpu_has_vxe$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_vxe$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_vxe", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_wasm_simd(void)
     * }
     */
    public static int ggml_cpu_has_wasm_simd() {
        try {
            return (int) ggml_cpu_has_wasm_simd$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_wasm_simd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_wasm_simd", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_cpu_has_llamafile(void)
     * }
     */
    public static int ggml_cpu_has_llamafile() {
        try {
            return (int) ggml_cpu_has_llamafile$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_has_llamafile$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_has_llamafile", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const struct ggml_type_traits_cpu * ggml_get_type_traits_cpu(enum ggml_type type)
     * }
     */
    public static MemorySegment ggml_get_type_traits_cpu(int type) {
        try {
            return (MemorySegment) ggml_get_type_traits_cpu$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_type_traits_cpu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_type_traits_cpu", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_init(void)
     * }
     */
    public static void ggml_cpu_init() {
        try {
            ggml_cpu_init$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_init", "ggml-cpu.h",
                FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_cpu_init(void)
     * }
     *
     * <pre>
     *  CPU backend
     * </pre>
     */
    public static MemorySegment ggml_backend_cpu_init() {
        try {
            return (MemorySegment) ggml_backend_cpu_init$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_init", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_is_cpu(ggml_backend_t backend)
     * }
     */
    public static boolean ggml_backend_is_cpu(MemorySegment backend) {
        try {
            return (boolean) ggml_backend_is_cpu$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_is_cpu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_is_cpu", "ggml-cpu.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cpu_set_n_threads(ggml_backend_t backend_cpu, int n_threads)
     * }
     */
    public static void ggml_backend_cpu_set_n_threads(MemorySegment backend_cpu, int n_threads) {
        try {
            ggml_backend_cpu_set_n_threads$.HANDLE.invokeExact(backend_cpu, n_threads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_set_n_threads$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_set_n_threads", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cpu_set_threadpool(ggml_backend_t backend_cpu, ggml_threadpool_t threadpool)
     * }
     */
    public static void ggml_backend_cpu_set_threadpool(MemorySegment backend_cpu, MemorySegment threadpool) {
        try {
            ggml_backend_cpu_set_threadpool$.HANDLE.invokeExact(backend_cpu, threadpool);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_set_threadpool$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_set_threadpool", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cpu_set_abort_callback(ggml_backend_t backend_cpu, ggml_abort_callback abort_callback, void * abort_callback_data)
     * }
     */
    public static void ggml_backend_cpu_set_abort_callback(MemorySegment backend_cpu, MemorySegment abort_callback, MemorySegment abort_callback_data) {
        try {
            ggml_backend_cpu_set_abort_callback$.HANDLE.invokeExact(backend_cpu, abort_callback, abort_callback_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_set_abort_callback$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_set_abort_callback", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cpu_set_use_ref(ggml_backend_t backend_cpu, _Bool use_ref)
     * }
     */
    public static void ggml_backend_cpu_set_use_ref(MemorySegment backend_cpu, boolean use_ref) {
        try {
            ggml_backend_cpu_set_use_ref$.HANDLE.invokeExact(backend_cpu, use_ref);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_set_use_ref$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_set_use_ref", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_cpu_reg(void)
     * }
     */
    public static MemorySegment ggml_backend_cpu_reg() {
        try {
            return (MemorySegment) ggml_backend_cpu_reg$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_reg$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_reg", "ggml-cpu.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_fp32_to_fp32(const float * arg0, float * arg1, int64_t arg2)
     * }
     */
    public static void ggml_cpu_fp32_to_fp32(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_cpu_fp32_to_fp32$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_fp32_to_fp32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_fp32_to_fp32", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_fp32_to_i32(const float * arg0, int32_t * arg1, int64_t arg2)
     * }
     */
    public static void ggml_cpu_fp32_to_i32(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_cpu_fp32_to_i32$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_fp32_to_i32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_fp32_to_i32", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_fp32_to_fp16(const float * arg0, ggml_fp16_t * arg1, int64_t arg2)
     * }
     */
    public static void ggml_cpu_fp32_to_fp16(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_cpu_fp32_to_fp16$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_fp32_to_fp16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_fp32_to_fp16", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_fp16_to_fp32(const ggml_fp16_t * arg0, float * arg1, int64_t arg2)
     * }
     */
    public static void ggml_cpu_fp16_to_fp32(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_cpu_fp16_to_fp32$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_fp16_to_fp32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_fp16_to_fp32", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_fp32_to_bf16(const float * arg0, ggml_bf16_t * arg1, int64_t arg2)
     * }
     */
    public static void ggml_cpu_fp32_to_bf16(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_cpu_fp32_to_bf16$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_fp32_to_bf16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_fp32_to_bf16", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_cpu_bf16_to_fp32(const ggml_bf16_t * arg0, float * arg1, int64_t arg2)
     * }
     */
    public static void ggml_cpu_bf16_to_fp32(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_cpu_bf16_to_fp32$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpu_bf16_to_fp32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpu_bf16_to_fp32", "ggml-cpu.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }
}
