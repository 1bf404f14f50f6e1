// Generated from llama_ffm_shim.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** the llama-ffm native shim: functions, enum values and constants of {@code llama_ffm_shim.h}. */
@SuppressWarnings("unused")
public final class llama_ffm_shim_h {

    private llama_ffm_shim_h() {
    }

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_shim_version(void)
     * }
     *
     * <pre>
     *  The shim's own version (semantic versioning), e.g. "0.1.0".
     * </pre>
     */
    public static MemorySegment llama_ffm_shim_version() {
        try {
            return (MemorySegment) llama_ffm_shim_version$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_shim_version$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_ffm_shim_version", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_llama_cpp_commit(void)
     * }
     *
     * <pre>
     *  The full 40-hex-digit commit of the llama.cpp source this library was built from.
     * </pre>
     */
    public static MemorySegment llama_ffm_llama_cpp_commit() {
        try {
            return (MemorySegment) llama_ffm_llama_cpp_commit$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_llama_cpp_commit$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_llama_cpp_commit", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_build_options(void)
     * }
     *
     * <pre>
     *  The CMake options the native libraries were built with, as "NAME=VALUE;NAME=VALUE".
     * </pre>
     */
    public static MemorySegment llama_ffm_build_options() {
        try {
            return (MemorySegment) llama_ffm_build_options$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_build_options$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_build_options", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_ffm_abort_on_flag(void * flag)
     * }
     *
     * <pre>
     *  An abort callback with the signature of ggml_abort_callback (ggml.h), to be passed to
     *  llama_set_abort_callback() / ggml_backend_cpu_set_abort_callback() together with
     *  `flag`, a pointer to an int32_t owned by the caller. It returns true (abort) once the flag is
     *  non-zero. It only reads that word, with an atomic relaxed load: no upcall into the JVM per
     *  graph node, so cancellation costs nothing while the flag stays clear. Any thread may set the
     *  flag; the caller keeps the memory alive for as long as the callback is installed.
     * </pre>
     */
    public static boolean llama_ffm_abort_on_flag(MemorySegment flag) {
        try {
            return (boolean) llama_ffm_abort_on_flag$.HANDLE.invokeExact(flag);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_abort_on_flag$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_ffm_abort_on_flag", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_ffm_memory_breakdown(const struct llama_context * ctx, struct llama_ffm_memory_use * out, size_t capacity)
     * }
     *
     * <pre>
     *  Fills at most `capacity` entries of `out` with llama.cpp's memory breakdown of `ctx` (model,
     *  context and compute bytes per buffer type) and returns the number of buffer types. For a
     *  context of a model loaded with no_alloc, these are the sizes llama.cpp would allocate: an
     *  estimate before any allocation. Returns 0 for NULL or on error.
     * </pre>
     */
    public static long llama_ffm_memory_breakdown(MemorySegment ctx, MemorySegment out, long capacity) {
        try {
            return (long) llama_ffm_memory_breakdown$.HANDLE.invokeExact(ctx, out, capacity);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_memory_breakdown$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_memory_breakdown", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_ffm_layout_probe(char * buffer, size_t size)
     * }
     *
     * <pre>
     *  The layout probe (defined in llama_ffm_layout_probe.c, which the binding generator writes): what
     *  the C compiler says about every struct and union the Java bindings describe, one per line,
     *    "struct &lt;class&gt; &lt;sizeof&gt; &lt;_Alignof&gt;" and "field &lt;class&gt; &lt;layout path&gt; &lt;offsetof&gt; &lt;sizeof&gt;".
     *  Like snprintf: writes at most `size` bytes to `buffer` and returns the length of the whole text,
     *  so a call with (NULL, 0) sizes the buffer.
     * </pre>
     */
    public static long llama_ffm_layout_probe(MemorySegment buffer, long size) {
        try {
            return (long) llama_ffm_layout_probe$.HANDLE.invokeExact(buffer, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_layout_probe$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_layout_probe", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }
}
