// Generated from ggml-metal.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml's Metal backend (present only in Metal builds): functions, enum values and constants of {@code ggml-metal.h}. */
@SuppressWarnings("unused")
public final class ggml_metal_h {

    private ggml_metal_h() {
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_metal_init(void)
     * }
     *
     * <pre>
     *  TODO: remove in the future
     * </pre>
     */
    public static MemorySegment ggml_backend_metal_init() {
        try {
            return (MemorySegment) ggml_backend_metal_init$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_metal_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_metal_init", "ggml-metal.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_is_metal(ggml_backend_t backend)
     * }
     */
    public static boolean ggml_backend_is_metal(MemorySegment backend) {
        try {
            return (boolean) ggml_backend_is_metal$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_is_metal$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_is_metal", "ggml-metal.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_metal_set_abort_callback(ggml_backend_t backend, ggml_abort_callback abort_callback, void * user_data)
     * }
     */
    public static void ggml_backend_metal_set_abort_callback(MemorySegment backend, MemorySegment abort_callback, MemorySegment user_data) {
        try {
            ggml_backend_metal_set_abort_callback$.HANDLE.invokeExact(backend, abort_callback, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_metal_set_abort_callback$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_metal_set_abort_callback", "ggml-metal.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_metal_supports_family(ggml_backend_t backend, int family)
     * }
     *
     * <pre>
     *  helper to check if the device supports a specific family
     *  ideally, the user code should be doing these checks
     *  ref: https://developer.apple.com/metal/Metal-Feature-Set-Tables.pdf
     * </pre>
     */
    public static boolean ggml_backend_metal_supports_family(MemorySegment backend, int family) {
        try {
            return (boolean) ggml_backend_metal_supports_family$.HANDLE.invokeExact(backend, family);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_metal_supports_family$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_metal_supports_family", "ggml-metal.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_metal_capture_next_compute(ggml_backend_t backend)
     * }
     *
     * <pre>
     *  capture all command buffers committed the next time `ggml_backend_graph_compute` is called
     * </pre>
     */
    public static void ggml_backend_metal_capture_next_compute(MemorySegment backend) {
        try {
            ggml_backend_metal_capture_next_compute$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_metal_capture_next_compute$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_metal_capture_next_compute", "ggml-metal.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_metal_reg(void)
     * }
     */
    public static MemorySegment ggml_backend_metal_reg() {
        try {
            return (MemorySegment) ggml_backend_metal_reg$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_metal_reg$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_metal_reg", "ggml-metal.h",
                FunctionDescriptor.of(ADDRESS));
    }
}
