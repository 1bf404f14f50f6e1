// Generated from ggml-cuda.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml's CUDA backend (present only in CUDA builds): functions, enum values and constants of {@code ggml-cuda.h}. */
@SuppressWarnings("unused")
public final class ggml_cuda_h {

    private ggml_cuda_h() {
    }

    /** {@code #define GGML_CUDA_NAME} (char *) */
    public static final String GGML_CUDA_NAME = "CUDA";

    /** {@code #define GGML_CUBLAS_NAME} (char *) */
    public static final String GGML_CUBLAS_NAME = "cuBLAS";

    /** {@code #define GGML_CUDA_MAX_DEVICES} (int) */
    public static final int GGML_CUDA_MAX_DEVICES = 16;

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_cuda_init(int device)
     * }
     *
     * <pre>
     *  backend API
     * </pre>
     */
    public static MemorySegment ggml_backend_cuda_init(int device) {
        try {
            return (MemorySegment) ggml_backend_cuda_init$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_init", "ggml-cuda.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_is_cuda(ggml_backend_t backend)
     * }
     */
    public static boolean ggml_backend_is_cuda(MemorySegment backend) {
        try {
            return (boolean) ggml_backend_is_cuda$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_is_cuda$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_is_cuda", "ggml-cuda.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_cuda_buffer_type(int device)
     * }
     *
     * <pre>
     *  device buffer
     * </pre>
     */
    public static MemorySegment ggml_backend_cuda_buffer_type(int device) {
        try {
            return (MemorySegment) ggml_backend_cuda_buffer_type$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_buffer_type", "ggml-cuda.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_cuda_allreduce_tensor(ggml_backend_t * backends, struct ggml_tensor ** tensors, size_t n_backends)
     * }
     *
     * <pre>
     *  conduct allreduce operation between devices
     * </pre>
     */
    public static boolean ggml_backend_cuda_allreduce_tensor(MemorySegment backends, MemorySegment tensors, long n_backends) {
        try {
            return (boolean) ggml_backend_cuda_allreduce_tensor$.HANDLE.invokeExact(backends, tensors, n_backends);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_allreduce_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_allreduce_tensor", "ggml-cuda.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_cuda_host_buffer_type(void)
     * }
     *
     * <pre>
     *  pinned host buffer for use with the CPU backend for faster copies between CPU and GPU
     * </pre>
     */
    public static MemorySegment ggml_backend_cuda_host_buffer_type() {
        try {
            return (MemorySegment) ggml_backend_cuda_host_buffer_type$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_host_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_host_buffer_type", "ggml-cuda.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_backend_cuda_get_device_count(void)
     * }
     */
    public static int ggml_backend_cuda_get_device_count() {
        try {
            return (int) ggml_backend_cuda_get_device_count$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_get_device_count$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_get_device_count", "ggml-cuda.h",
                FunctionDescriptor.of(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cuda_get_device_description(int device, char * description, size_t description_size)
     * }
     */
    public static void ggml_backend_cuda_get_device_description(int device, MemorySegment description, long description_size) {
        try {
            ggml_backend_cuda_get_device_description$.HANDLE.invokeExact(device, description, description_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_get_device_description$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_get_device_description", "ggml-cuda.h",
                FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cuda_get_device_memory(int device, size_t * free, size_t * total)
     * }
     */
    public static void ggml_backend_cuda_get_device_memory(int device, MemorySegment free, MemorySegment total) {
        try {
            ggml_backend_cuda_get_device_memory$.HANDLE.invokeExact(device, free, total);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_get_device_memory$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_get_device_memory", "ggml-cuda.h",
                FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_cuda_register_host_buffer(void * buffer, size_t size)
     * }
     */
    public static boolean ggml_backend_cuda_register_host_buffer(MemorySegment buffer, long size) {
        try {
            return (boolean) ggml_backend_cuda_register_host_buffer$.HANDLE.invokeExact(buffer, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_register_host_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_register_host_buffer", "ggml-cuda.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_cuda_unregister_host_buffer(void * buffer)
     * }
     */
    public static void ggml_backend_cuda_unregister_host_buffer(MemorySegment buffer) {
        try {
            ggml_backend_cuda_unregister_host_buffer$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_unregister_host_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_unregister_host_buffer", "ggml-cuda.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_cuda_reg(void)
     * }
     */
    public static MemorySegment ggml_backend_cuda_reg() {
        try {
            return (MemorySegment) ggml_backend_cuda_reg$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cuda_reg$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cuda_reg", "ggml-cuda.h",
                FunctionDescriptor.of(ADDRESS));
    }
}
