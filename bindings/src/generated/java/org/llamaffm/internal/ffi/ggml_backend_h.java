// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml backends, devices and buffers: functions, enum values and constants of {@code ggml-backend.h}. */
@SuppressWarnings("unused")
public final class ggml_backend_h {

    private ggml_backend_h() {
    }

    /** {@code #define GGML_BACKEND_META_MAX_DEVICES} (int) */
    public static final int GGML_BACKEND_META_MAX_DEVICES = 16;

    // enum ggml_backend_buffer_usage
    public static final int GGML_BACKEND_BUFFER_USAGE_ANY = 0;
    public static final int GGML_BACKEND_BUFFER_USAGE_WEIGHTS = 1;
    public static final int GGML_BACKEND_BUFFER_USAGE_COMPUTE = 2;

    // enum ggml_backend_dev_type
    public static final int GGML_BACKEND_DEVICE_TYPE_CPU = 0;
    public static final int GGML_BACKEND_DEVICE_TYPE_GPU = 1;
    public static final int GGML_BACKEND_DEVICE_TYPE_IGPU = 2;
    public static final int GGML_BACKEND_DEVICE_TYPE_ACCEL = 3;
    public static final int GGML_BACKEND_DEVICE_TYPE_META = 4;

    // enum ggml_backend_meta_split_axis
    public static final int GGML_BACKEND_SPLIT_AXIS_0 = 0;
    public static final int GGML_BACKEND_SPLIT_AXIS_1 = 1;
    public static final int GGML_BACKEND_SPLIT_AXIS_2 = 2;
    public static final int GGML_BACKEND_SPLIT_AXIS_3 = 3;
    public static final int GGML_BACKEND_SPLIT_AXIS_MIRRORED = 10;
    public static final int GGML_BACKEND_SPLIT_AXIS_PARTIAL = 11;
    public static final int GGML_BACKEND_SPLIT_AXIS_NONE = 98;
    public static final int GGML_BACKEND_SPLIT_AXIS_UNKNOWN = 99;

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_buft_name(ggml_backend_buffer_type_t buft)
     * }
     *
     * <pre>
     *  Backend buffer type
     * </pre>
     */
    public static MemorySegment ggml_backend_buft_name(MemorySegment buft) {
        try {
            return (MemorySegment) ggml_backend_buft_name$.HANDLE.invokeExact(buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_t ggml_backend_buft_alloc_buffer(ggml_backend_buffer_type_t buft, size_t size)
     * }
     */
    public static MemorySegment ggml_backend_buft_alloc_buffer(MemorySegment buft, long size) {
        try {
            return (MemorySegment) ggml_backend_buft_alloc_buffer$.HANDLE.invokeExact(buft, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_alloc_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_alloc_buffer", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buft_get_alignment(ggml_backend_buffer_type_t buft)
     * }
     */
    public static long ggml_backend_buft_get_alignment(MemorySegment buft) {
        try {
            return (long) ggml_backend_buft_get_alignment$.HANDLE.invokeExact(buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_get_alignment$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_get_alignment", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buft_get_max_size(ggml_backend_buffer_type_t buft)
     * }
     */
    public static long ggml_backend_buft_get_max_size(MemorySegment buft) {
        try {
            return (long) ggml_backend_buft_get_max_size$.HANDLE.invokeExact(buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_get_max_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_get_max_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buft_get_alloc_size(ggml_backend_buffer_type_t buft, const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_backend_buft_get_alloc_size(MemorySegment buft, MemorySegment tensor) {
        try {
            return (long) ggml_backend_buft_get_alloc_size$.HANDLE.invokeExact(buft, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_get_alloc_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_get_alloc_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_buft_is_host(ggml_backend_buffer_type_t buft)
     * }
     */
    public static boolean ggml_backend_buft_is_host(MemorySegment buft) {
        try {
            return (boolean) ggml_backend_buft_is_host$.HANDLE.invokeExact(buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_is_host$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_is_host", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_buft_get_device(ggml_backend_buffer_type_t buft)
     * }
     */
    public static MemorySegment ggml_backend_buft_get_device(MemorySegment buft) {
        try {
            return (MemorySegment) ggml_backend_buft_get_device$.HANDLE.invokeExact(buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buft_get_device$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buft_get_device", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_buffer_name(ggml_backend_buffer_t buffer)
     * }
     */
    public static MemorySegment ggml_backend_buffer_name(MemorySegment buffer) {
        try {
            return (MemorySegment) ggml_backend_buffer_name$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_buffer_free(ggml_backend_buffer_t buffer)
     * }
     */
    public static void ggml_backend_buffer_free(MemorySegment buffer) {
        try {
            ggml_backend_buffer_free$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_free", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void * ggml_backend_buffer_get_base(ggml_backend_buffer_t buffer)
     * }
     */
    public static MemorySegment ggml_backend_buffer_get_base(MemorySegment buffer) {
        try {
            return (MemorySegment) ggml_backend_buffer_get_base$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_base$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_base", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buffer_get_size(ggml_backend_buffer_t buffer)
     * }
     */
    public static long ggml_backend_buffer_get_size(MemorySegment buffer) {
        try {
            return (long) ggml_backend_buffer_get_size$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_buffer_init_tensor(ggml_backend_buffer_t buffer, struct ggml_tensor * tensor)
     * }
     */
    public static int ggml_backend_buffer_init_tensor(MemorySegment buffer, MemorySegment tensor) {
        try {
            return (int) ggml_backend_buffer_init_tensor$.HANDLE.invokeExact(buffer, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_init_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_init_tensor", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buffer_get_alignment(ggml_backend_buffer_t buffer)
     * }
     */
    public static long ggml_backend_buffer_get_alignment(MemorySegment buffer) {
        try {
            return (long) ggml_backend_buffer_get_alignment$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_alignment$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_alignment", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buffer_get_max_size(ggml_backend_buffer_t buffer)
     * }
     */
    public static long ggml_backend_buffer_get_max_size(MemorySegment buffer) {
        try {
            return (long) ggml_backend_buffer_get_max_size$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_max_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_max_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_buffer_get_alloc_size(ggml_backend_buffer_t buffer, const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_backend_buffer_get_alloc_size(MemorySegment buffer, MemorySegment tensor) {
        try {
            return (long) ggml_backend_buffer_get_alloc_size$.HANDLE.invokeExact(buffer, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_alloc_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_alloc_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_buffer_clear(ggml_backend_buffer_t buffer, uint8_t value)
     * }
     */
    public static void ggml_backend_buffer_clear(MemorySegment buffer, byte value) {
        try {
            ggml_backend_buffer_clear$.HANDLE.invokeExact(buffer, value);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_clear$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_clear", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BYTE));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_buffer_is_host(ggml_backend_buffer_t buffer)
     * }
     */
    public static boolean ggml_backend_buffer_is_host(MemorySegment buffer) {
        try {
            return (boolean) ggml_backend_buffer_is_host$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_is_host$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_is_host", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_buffer_set_usage(ggml_backend_buffer_t buffer, enum ggml_backend_buffer_usage usage)
     * }
     */
    public static void ggml_backend_buffer_set_usage(MemorySegment buffer, int usage) {
        try {
            ggml_backend_buffer_set_usage$.HANDLE.invokeExact(buffer, usage);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_set_usage$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_set_usage", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_backend_buffer_usage ggml_backend_buffer_get_usage(ggml_backend_buffer_t buffer)
     * }
     */
    public static int ggml_backend_buffer_get_usage(MemorySegment buffer) {
        try {
            return (int) ggml_backend_buffer_get_usage$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_usage$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_usage", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_buffer_get_type(ggml_backend_buffer_t buffer)
     * }
     */
    public static MemorySegment ggml_backend_buffer_get_type(MemorySegment buffer) {
        try {
            return (MemorySegment) ggml_backend_buffer_get_type$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_get_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_get_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_buffer_reset(ggml_backend_buffer_t buffer)
     * }
     */
    public static void ggml_backend_buffer_reset(MemorySegment buffer) {
        try {
            ggml_backend_buffer_reset$.HANDLE.invokeExact(buffer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_buffer_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_buffer_reset", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_copy(const struct ggml_tensor * src, struct ggml_tensor * dst)
     * }
     *
     * <pre>
     *  tensor copy between different backends
     * </pre>
     */
    public static void ggml_backend_tensor_copy(MemorySegment src, MemorySegment dst) {
        try {
            ggml_backend_tensor_copy$.HANDLE.invokeExact(src, dst);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_copy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_copy", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_guid_t ggml_backend_guid(ggml_backend_t backend)
     * }
     *
     * <pre>
     *  Backend (stream)
     * </pre>
     */
    public static MemorySegment ggml_backend_guid(MemorySegment backend) {
        try {
            return (MemorySegment) ggml_backend_guid$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_guid$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_guid", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_name(ggml_backend_t backend)
     * }
     */
    public static MemorySegment ggml_backend_name(MemorySegment backend) {
        try {
            return (MemorySegment) ggml_backend_name$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_free(ggml_backend_t backend)
     * }
     */
    public static void ggml_backend_free(MemorySegment backend) {
        try {
            ggml_backend_free$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_free", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_get_default_buffer_type(ggml_backend_t backend)
     * }
     */
    public static MemorySegment ggml_backend_get_default_buffer_type(MemorySegment backend) {
        try {
            return (MemorySegment) ggml_backend_get_default_buffer_type$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_get_default_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_get_default_buffer_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_t ggml_backend_alloc_buffer(ggml_backend_t backend, size_t size)
     * }
     */
    public static MemorySegment ggml_backend_alloc_buffer(MemorySegment backend, long size) {
        try {
            return (MemorySegment) ggml_backend_alloc_buffer$.HANDLE.invokeExact(backend, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_alloc_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_alloc_buffer", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_get_alignment(ggml_backend_t backend)
     * }
     */
    public static long ggml_backend_get_alignment(MemorySegment backend) {
        try {
            return (long) ggml_backend_get_alignment$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_get_alignment$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_get_alignment", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_get_max_size(ggml_backend_t backend)
     * }
     */
    public static long ggml_backend_get_max_size(MemorySegment backend) {
        try {
            return (long) ggml_backend_get_max_size$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_get_max_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_get_max_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_set_async(ggml_backend_t backend, struct ggml_tensor * tensor, const void * data, size_t offset, size_t size)
     * }
     */
    public static void ggml_backend_tensor_set_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size) {
        try {
            ggml_backend_tensor_set_async$.HANDLE.invokeExact(backend, tensor, data, offset, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_set_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_set_async", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_get_async(ggml_backend_t backend, const struct ggml_tensor * tensor, void * data, size_t offset, size_t size)
     * }
     */
    public static void ggml_backend_tensor_get_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size) {
        try {
            ggml_backend_tensor_get_async$.HANDLE.invokeExact(backend, tensor, data, offset, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_get_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_get_async", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_set_2d_async(ggml_backend_t backend, struct ggml_tensor * tensor, const void * data, size_t offset, size_t size, size_t n_copies, size_t stride_tensor, size_t stride_data)
     * }
     */
    public static void ggml_backend_tensor_set_2d_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        try {
            ggml_backend_tensor_set_2d_async$.HANDLE.invokeExact(backend, tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_set_2d_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_set_2d_async", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_get_2d_async(ggml_backend_t backend, const struct ggml_tensor * tensor, void * data, size_t offset, size_t size, size_t n_copies, size_t stride_tensor, size_t stride_data)
     * }
     */
    public static void ggml_backend_tensor_get_2d_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        try {
            ggml_backend_tensor_get_2d_async$.HANDLE.invokeExact(backend, tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_get_2d_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_get_2d_async", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_set(struct ggml_tensor * tensor, const void * data, size_t offset, size_t size)
     * }
     *
     * <pre>
     *  "offset" refers to the offset in tensor-&gt;data for setting/getting data
     * </pre>
     */
    public static void ggml_backend_tensor_set(MemorySegment tensor, MemorySegment data, long offset, long size) {
        try {
            ggml_backend_tensor_set$.HANDLE.invokeExact(tensor, data, offset, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_set$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_set", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_get(const struct ggml_tensor * tensor, void * data, size_t offset, size_t size)
     * }
     */
    public static void ggml_backend_tensor_get(MemorySegment tensor, MemorySegment data, long offset, long size) {
        try {
            ggml_backend_tensor_get$.HANDLE.invokeExact(tensor, data, offset, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_get", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_set_2d(struct ggml_tensor * tensor, const void * data, size_t offset, size_t size, size_t n_copies, size_t stride_tensor, size_t stride_data)
     * }
     */
    public static void ggml_backend_tensor_set_2d(MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        try {
            ggml_backend_tensor_set_2d$.HANDLE.invokeExact(tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_set_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_set_2d", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_get_2d(const struct ggml_tensor * tensor, void * data, size_t offset, size_t size, size_t n_copies, size_t stride_tensor, size_t stride_data)
     * }
     */
    public static void ggml_backend_tensor_get_2d(MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        try {
            ggml_backend_tensor_get_2d$.HANDLE.invokeExact(tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_get_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_get_2d", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_memset(struct ggml_tensor * tensor, uint8_t value, size_t offset, size_t size)
     * }
     */
    public static void ggml_backend_tensor_memset(MemorySegment tensor, byte value, long offset, long size) {
        try {
            ggml_backend_tensor_memset$.HANDLE.invokeExact(tensor, value, offset, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_memset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_memset", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BYTE, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_synchronize(ggml_backend_t backend)
     * }
     */
    public static void ggml_backend_synchronize(MemorySegment backend) {
        try {
            ggml_backend_synchronize$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_synchronize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_synchronize", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_graph_plan_t ggml_backend_graph_plan_create(ggml_backend_t backend, struct ggml_cgraph * cgraph)
     * }
     */
    public static MemorySegment ggml_backend_graph_plan_create(MemorySegment backend, MemorySegment cgraph) {
        try {
            return (MemorySegment) ggml_backend_graph_plan_create$.HANDLE.invokeExact(backend, cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_plan_create$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_plan_create", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_graph_plan_free(ggml_backend_t backend, ggml_backend_graph_plan_t plan)
     * }
     */
    public static void ggml_backend_graph_plan_free(MemorySegment backend, MemorySegment plan) {
        try {
            ggml_backend_graph_plan_free$.HANDLE.invokeExact(backend, plan);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_plan_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_plan_free", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_graph_plan_compute(ggml_backend_t backend, ggml_backend_graph_plan_t plan)
     * }
     */
    public static int ggml_backend_graph_plan_compute(MemorySegment backend, MemorySegment plan) {
        try {
            return (int) ggml_backend_graph_plan_compute$.HANDLE.invokeExact(backend, plan);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_plan_compute$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_plan_compute", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_graph_compute(ggml_backend_t backend, struct ggml_cgraph * cgraph)
     * }
     */
    public static int ggml_backend_graph_compute(MemorySegment backend, MemorySegment cgraph) {
        try {
            return (int) ggml_backend_graph_compute$.HANDLE.invokeExact(backend, cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_compute$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_compute", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_graph_compute_async(ggml_backend_t backend, struct ggml_cgraph * cgraph)
     * }
     */
    public static int ggml_backend_graph_compute_async(MemorySegment backend, MemorySegment cgraph) {
        try {
            return (int) ggml_backend_graph_compute_async$.HANDLE.invokeExact(backend, cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_compute_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_compute_async", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_supports_op(ggml_backend_t backend, const struct ggml_tensor * op)
     * }
     *
     * <pre>
     *  NOTE: will be removed, use device version instead
     * </pre>
     */
    public static boolean ggml_backend_supports_op(MemorySegment backend, MemorySegment op) {
        try {
            return (boolean) ggml_backend_supports_op$.HANDLE.invokeExact(backend, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_supports_op$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_supports_op", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_supports_buft(ggml_backend_t backend, ggml_backend_buffer_type_t buft)
     * }
     */
    public static boolean ggml_backend_supports_buft(MemorySegment backend, MemorySegment buft) {
        try {
            return (boolean) ggml_backend_supports_buft$.HANDLE.invokeExact(backend, buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_supports_buft$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_supports_buft", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_offload_op(ggml_backend_t backend, const struct ggml_tensor * op)
     * }
     */
    public static boolean ggml_backend_offload_op(MemorySegment backend, MemorySegment op) {
        try {
            return (boolean) ggml_backend_offload_op$.HANDLE.invokeExact(backend, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_offload_op$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_offload_op", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_tensor_copy_async(ggml_backend_t backend_src, ggml_backend_t backend_dst, const struct ggml_tensor * src, struct ggml_tensor * dst)
     * }
     *
     * <pre>
     *  asynchronous copy
     *  the copy is performed after all the currently queued operations in backend_src
     *  backend_dst will wait for the copy to complete before performing other operations
     *  automatic fallback to sync copy if async is not supported
     * </pre>
     */
    public static void ggml_backend_tensor_copy_async(MemorySegment backend_src, MemorySegment backend_dst, MemorySegment src, MemorySegment dst) {
        try {
            ggml_backend_tensor_copy_async$.HANDLE.invokeExact(backend_src, backend_dst, src, dst);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_copy_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_copy_async", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_get_device(ggml_backend_t backend)
     * }
     */
    public static MemorySegment ggml_backend_get_device(MemorySegment backend) {
        try {
            return (MemorySegment) ggml_backend_get_device$.HANDLE.invokeExact(backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_get_device$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_get_device", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_event_t ggml_backend_event_new(ggml_backend_dev_t device)
     * }
     *
     * <pre>
     *  Events
     * </pre>
     */
    public static MemorySegment ggml_backend_event_new(MemorySegment device) {
        try {
            return (MemorySegment) ggml_backend_event_new$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_event_new$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_event_new", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_event_free(ggml_backend_event_t event)
     * }
     */
    public static void ggml_backend_event_free(MemorySegment event) {
        try {
            ggml_backend_event_free$.HANDLE.invokeExact(event);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_event_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_event_free", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_event_record(ggml_backend_event_t event, ggml_backend_t backend)
     * }
     */
    public static void ggml_backend_event_record(MemorySegment event, MemorySegment backend) {
        try {
            ggml_backend_event_record$.HANDLE.invokeExact(event, backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_event_record$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_event_record", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_event_synchronize(ggml_backend_event_t event)
     * }
     */
    public static void ggml_backend_event_synchronize(MemorySegment event) {
        try {
            ggml_backend_event_synchronize$.HANDLE.invokeExact(event);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_event_synchronize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_event_synchronize", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_event_wait(ggml_backend_t backend, ggml_backend_event_t event)
     * }
     */
    public static void ggml_backend_event_wait(MemorySegment backend, MemorySegment event) {
        try {
            ggml_backend_event_wait$.HANDLE.invokeExact(backend, event);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_event_wait$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_event_wait", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_dev_name(ggml_backend_dev_t device)
     * }
     */
    public static MemorySegment ggml_backend_dev_name(MemorySegment device) {
        try {
            return (MemorySegment) ggml_backend_dev_name$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_dev_description(ggml_backend_dev_t device)
     * }
     */
    public static MemorySegment ggml_backend_dev_description(MemorySegment device) {
        try {
            return (MemorySegment) ggml_backend_dev_description$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_description$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_description", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_dev_memory(ggml_backend_dev_t device, size_t * free, size_t * total)
     * }
     */
    public static void ggml_backend_dev_memory(MemorySegment device, MemorySegment free, MemorySegment total) {
        try {
            ggml_backend_dev_memory$.HANDLE.invokeExact(device, free, total);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_memory$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_memory", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_backend_dev_type ggml_backend_dev_type(ggml_backend_dev_t device)
     * }
     */
    public static int ggml_backend_dev_type(MemorySegment device) {
        try {
            return (int) ggml_backend_dev_type$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_type", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_dev_get_props(ggml_backend_dev_t device, struct ggml_backend_dev_props * props)
     * }
     */
    public static void ggml_backend_dev_get_props(MemorySegment device, MemorySegment props) {
        try {
            ggml_backend_dev_get_props$.HANDLE.invokeExact(device, props);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_get_props$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_get_props", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_dev_backend_reg(ggml_backend_dev_t device)
     * }
     */
    public static MemorySegment ggml_backend_dev_backend_reg(MemorySegment device) {
        try {
            return (MemorySegment) ggml_backend_dev_backend_reg$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_backend_reg$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_backend_reg", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_dev_init(ggml_backend_dev_t device, const char * params)
     * }
     */
    public static MemorySegment ggml_backend_dev_init(MemorySegment device, MemorySegment params) {
        try {
            return (MemorySegment) ggml_backend_dev_init$.HANDLE.invokeExact(device, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_init", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_dev_buffer_type(ggml_backend_dev_t device)
     * }
     */
    public static MemorySegment ggml_backend_dev_buffer_type(MemorySegment device) {
        try {
            return (MemorySegment) ggml_backend_dev_buffer_type$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_buffer_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_dev_host_buffer_type(ggml_backend_dev_t device)
     * }
     */
    public static MemorySegment ggml_backend_dev_host_buffer_type(MemorySegment device) {
        try {
            return (MemorySegment) ggml_backend_dev_host_buffer_type$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_host_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_host_buffer_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_t ggml_backend_dev_buffer_from_host_ptr(ggml_backend_dev_t device, void * ptr, size_t size, size_t max_tensor_size)
     * }
     */
    public static MemorySegment ggml_backend_dev_buffer_from_host_ptr(MemorySegment device, MemorySegment ptr, long size, long max_tensor_size) {
        try {
            return (MemorySegment) ggml_backend_dev_buffer_from_host_ptr$.HANDLE.invokeExact(device, ptr, size, max_tensor_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_buffer_from_host_ptr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_buffer_from_host_ptr", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_dev_supports_op(ggml_backend_dev_t device, const struct ggml_tensor * op)
     * }
     */
    public static boolean ggml_backend_dev_supports_op(MemorySegment device, MemorySegment op) {
        try {
            return (boolean) ggml_backend_dev_supports_op$.HANDLE.invokeExact(device, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_supports_op$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_supports_op", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_dev_supports_buft(ggml_backend_dev_t device, ggml_backend_buffer_type_t buft)
     * }
     */
    public static boolean ggml_backend_dev_supports_buft(MemorySegment device, MemorySegment buft) {
        try {
            return (boolean) ggml_backend_dev_supports_buft$.HANDLE.invokeExact(device, buft);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_supports_buft$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_supports_buft", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_dev_offload_op(ggml_backend_dev_t device, const struct ggml_tensor * op)
     * }
     */
    public static boolean ggml_backend_dev_offload_op(MemorySegment device, MemorySegment op) {
        try {
            return (boolean) ggml_backend_dev_offload_op$.HANDLE.invokeExact(device, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_offload_op$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_offload_op", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_reg_name(ggml_backend_reg_t reg)
     * }
     *
     * <pre>
     *  Backend (reg)
     * </pre>
     */
    public static MemorySegment ggml_backend_reg_name(MemorySegment reg) {
        try {
            return (MemorySegment) ggml_backend_reg_name$.HANDLE.invokeExact(reg);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_reg_dev_count(ggml_backend_reg_t reg)
     * }
     */
    public static long ggml_backend_reg_dev_count(MemorySegment reg) {
        try {
            return (long) ggml_backend_reg_dev_count$.HANDLE.invokeExact(reg);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_dev_count$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_dev_count", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_reg_dev_get(ggml_backend_reg_t reg, size_t index)
     * }
     */
    public static MemorySegment ggml_backend_reg_dev_get(MemorySegment reg, long index) {
        try {
            return (MemorySegment) ggml_backend_reg_dev_get$.HANDLE.invokeExact(reg, index);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_dev_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_dev_get", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void * ggml_backend_reg_get_proc_address(ggml_backend_reg_t reg, const char * name)
     * }
     */
    public static MemorySegment ggml_backend_reg_get_proc_address(MemorySegment reg, MemorySegment name) {
        try {
            return (MemorySegment) ggml_backend_reg_get_proc_address$.HANDLE.invokeExact(reg, name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_get_proc_address$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_get_proc_address", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_register(ggml_backend_reg_t reg)
     * }
     *
     * <pre>
     *  Backend registry
     * </pre>
     */
    public static void ggml_backend_register(MemorySegment reg) {
        try {
            ggml_backend_register$.HANDLE.invokeExact(reg);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_register$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_register", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_device_register(ggml_backend_dev_t device)
     * }
     */
    public static void ggml_backend_device_register(MemorySegment device) {
        try {
            ggml_backend_device_register$.HANDLE.invokeExact(device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_device_register$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_device_register", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_reg_count(void)
     * }
     *
     * <pre>
     *  Backend (reg) enumeration
     * </pre>
     */
    public static long ggml_backend_reg_count() {
        try {
            return (long) ggml_backend_reg_count$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_count$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_count", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_reg_get(size_t index)
     * }
     */
    public static MemorySegment ggml_backend_reg_get(long index) {
        try {
            return (MemorySegment) ggml_backend_reg_get$.HANDLE.invokeExact(index);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_get", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_reg_by_name(const char * name)
     * }
     */
    public static MemorySegment ggml_backend_reg_by_name(MemorySegment name) {
        try {
            return (MemorySegment) ggml_backend_reg_by_name$.HANDLE.invokeExact(name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_reg_by_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_reg_by_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_dev_count(void)
     * }
     *
     * <pre>
     *  Device enumeration
     * </pre>
     */
    public static long ggml_backend_dev_count() {
        try {
            return (long) ggml_backend_dev_count$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_count$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_count", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_dev_get(size_t index)
     * }
     */
    public static MemorySegment ggml_backend_dev_get(long index) {
        try {
            return (MemorySegment) ggml_backend_dev_get$.HANDLE.invokeExact(index);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_get", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_dev_by_name(const char * name)
     * }
     */
    public static MemorySegment ggml_backend_dev_by_name(MemorySegment name) {
        try {
            return (MemorySegment) ggml_backend_dev_by_name$.HANDLE.invokeExact(name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_by_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_by_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_dev_by_type(enum ggml_backend_dev_type type)
     * }
     */
    public static MemorySegment ggml_backend_dev_by_type(int type) {
        try {
            return (MemorySegment) ggml_backend_dev_by_type$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_dev_by_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_dev_by_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_init_by_name(const char * name, const char * params)
     * }
     *
     * <pre>
     *  Direct backend (stream) initialization
     *  = ggml_backend_dev_init(ggml_backend_dev_by_name(name), params)
     * </pre>
     */
    public static MemorySegment ggml_backend_init_by_name(MemorySegment name, MemorySegment params) {
        try {
            return (MemorySegment) ggml_backend_init_by_name$.HANDLE.invokeExact(name, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_init_by_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_init_by_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_init_by_type(enum ggml_backend_dev_type type, const char * params)
     * }
     *
     * <pre>
     *  = ggml_backend_dev_init(ggml_backend_dev_by_type(type), params)
     * </pre>
     */
    public static MemorySegment ggml_backend_init_by_type(int type, MemorySegment params) {
        try {
            return (MemorySegment) ggml_backend_init_by_type$.HANDLE.invokeExact(type, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_init_by_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_init_by_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_init_best(void)
     * }
     *
     * <pre>
     *  = ggml_backend_dev_init(ggml_backend_dev_by_type(GPU) OR ggml_backend_dev_by_type(CPU), NULL)
     * </pre>
     */
    public static MemorySegment ggml_backend_init_best() {
        try {
            return (MemorySegment) ggml_backend_init_best$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_init_best$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_init_best", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_reg_t ggml_backend_load(const char * path)
     * }
     *
     * <pre>
     *  Load a backend from a dynamic library and register it
     * </pre>
     */
    public static MemorySegment ggml_backend_load(MemorySegment path) {
        try {
            return (MemorySegment) ggml_backend_load$.HANDLE.invokeExact(path);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_load$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_load", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_unload(ggml_backend_reg_t reg)
     * }
     *
     * <pre>
     *  Unload a backend if loaded dynamically and unregister it
     * </pre>
     */
    public static void ggml_backend_unload(MemorySegment reg) {
        try {
            ggml_backend_unload$.HANDLE.invokeExact(reg);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_unload$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_unload", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_load_all(void)
     * }
     *
     * <pre>
     *  Load all known backends from dynamic libraries
     * </pre>
     */
    public static void ggml_backend_load_all() {
        try {
            ggml_backend_load_all$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_load_all$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_load_all", "ggml-backend.h",
                FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_load_all_from_path(const char * dir_path)
     * }
     */
    public static void ggml_backend_load_all_from_path(MemorySegment dir_path) {
        try {
            ggml_backend_load_all_from_path$.HANDLE.invokeExact(dir_path);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_load_all_from_path$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_load_all_from_path", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_sched_t ggml_backend_sched_new(ggml_backend_t * backends, ggml_backend_buffer_type_t * bufts, int n_backends, size_t graph_size, _Bool parallel, _Bool op_offload)
     * }
     *
     * <pre>
     *  Initialize a backend scheduler, backends with low index are given priority over backends with high index
     * </pre>
     */
    public static MemorySegment ggml_backend_sched_new(MemorySegment backends, MemorySegment bufts, int n_backends, long graph_size, boolean parallel, boolean op_offload) {
        try {
            return (MemorySegment) ggml_backend_sched_new$.HANDLE.invokeExact(backends, bufts, n_backends, graph_size, parallel, op_offload);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_new$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_new", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_BOOLEAN, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_free(ggml_backend_sched_t sched)
     * }
     */
    public static void ggml_backend_sched_free(MemorySegment sched) {
        try {
            ggml_backend_sched_free$.HANDLE.invokeExact(sched);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_free", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_reserve_size(ggml_backend_sched_t sched, struct ggml_cgraph * measure_graph, size_t * sizes)
     * }
     *
     * <pre>
     *  Initialize backend buffers from a measure graph
     * </pre>
     */
    public static void ggml_backend_sched_reserve_size(MemorySegment sched, MemorySegment measure_graph, MemorySegment sizes) {
        try {
            ggml_backend_sched_reserve_size$.HANDLE.invokeExact(sched, measure_graph, sizes);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_reserve_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_reserve_size", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_sched_reserve(ggml_backend_sched_t sched, struct ggml_cgraph * measure_graph)
     * }
     */
    public static boolean ggml_backend_sched_reserve(MemorySegment sched, MemorySegment measure_graph) {
        try {
            return (boolean) ggml_backend_sched_reserve$.HANDLE.invokeExact(sched, measure_graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_reserve$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_reserve", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_backend_sched_get_n_backends(ggml_backend_sched_t sched)
     * }
     */
    public static int ggml_backend_sched_get_n_backends(MemorySegment sched) {
        try {
            return (int) ggml_backend_sched_get_n_backends$.HANDLE.invokeExact(sched);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_n_backends$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_n_backends", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_sched_get_backend(ggml_backend_sched_t sched, int i)
     * }
     */
    public static MemorySegment ggml_backend_sched_get_backend(MemorySegment sched, int i) {
        try {
            return (MemorySegment) ggml_backend_sched_get_backend$.HANDLE.invokeExact(sched, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_backend$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_backend", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int ggml_backend_sched_get_n_splits(ggml_backend_sched_t sched)
     * }
     *
     * <pre>
     *  Get the number of splits of the last graph
     * </pre>
     */
    public static int ggml_backend_sched_get_n_splits(MemorySegment sched) {
        try {
            return (int) ggml_backend_sched_get_n_splits$.HANDLE.invokeExact(sched);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_n_splits$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_n_splits", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_backend_sched_get_n_copies(ggml_backend_sched_t sched)
     * }
     */
    public static int ggml_backend_sched_get_n_copies(MemorySegment sched) {
        try {
            return (int) ggml_backend_sched_get_n_copies$.HANDLE.invokeExact(sched);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_n_copies$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_n_copies", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_sched_get_buffer_type(ggml_backend_sched_t sched, ggml_backend_t backend)
     * }
     */
    public static MemorySegment ggml_backend_sched_get_buffer_type(MemorySegment sched, MemorySegment backend) {
        try {
            return (MemorySegment) ggml_backend_sched_get_buffer_type$.HANDLE.invokeExact(sched, backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_buffer_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_backend_sched_get_buffer_size(ggml_backend_sched_t sched, ggml_backend_t backend)
     * }
     */
    public static long ggml_backend_sched_get_buffer_size(MemorySegment sched, MemorySegment backend) {
        try {
            return (long) ggml_backend_sched_get_buffer_size$.HANDLE.invokeExact(sched, backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_buffer_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_buffer_size", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_set_tensor_backend(ggml_backend_sched_t sched, struct ggml_tensor * node, ggml_backend_t backend)
     * }
     */
    public static void ggml_backend_sched_set_tensor_backend(MemorySegment sched, MemorySegment node, MemorySegment backend) {
        try {
            ggml_backend_sched_set_tensor_backend$.HANDLE.invokeExact(sched, node, backend);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_set_tensor_backend$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_set_tensor_backend", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_t ggml_backend_sched_get_tensor_backend(ggml_backend_sched_t sched, struct ggml_tensor * node)
     * }
     */
    public static MemorySegment ggml_backend_sched_get_tensor_backend(MemorySegment sched, MemorySegment node) {
        try {
            return (MemorySegment) ggml_backend_sched_get_tensor_backend$.HANDLE.invokeExact(sched, node);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_get_tensor_backend$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_get_tensor_backend", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_split_graph(ggml_backend_sched_t sched, struct ggml_cgraph * graph)
     * }
     *
     * <pre>
     *  Split graph without allocating it
     * </pre>
     */
    public static void ggml_backend_sched_split_graph(MemorySegment sched, MemorySegment graph) {
        try {
            ggml_backend_sched_split_graph$.HANDLE.invokeExact(sched, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_split_graph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_split_graph", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_sched_alloc_graph(ggml_backend_sched_t sched, struct ggml_cgraph * graph)
     * }
     *
     * <pre>
     *  Allocate and compute graph on the backend scheduler
     * </pre>
     */
    public static boolean ggml_backend_sched_alloc_graph(MemorySegment sched, MemorySegment graph) {
        try {
            return (boolean) ggml_backend_sched_alloc_graph$.HANDLE.invokeExact(sched, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_alloc_graph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_alloc_graph", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_sched_graph_compute(ggml_backend_sched_t sched, struct ggml_cgraph * graph)
     * }
     */
    public static int ggml_backend_sched_graph_compute(MemorySegment sched, MemorySegment graph) {
        try {
            return (int) ggml_backend_sched_graph_compute$.HANDLE.invokeExact(sched, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_graph_compute$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_graph_compute", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_sched_graph_compute_async(ggml_backend_sched_t sched, struct ggml_cgraph * graph)
     * }
     */
    public static int ggml_backend_sched_graph_compute_async(MemorySegment sched, MemorySegment graph) {
        try {
            return (int) ggml_backend_sched_graph_compute_async$.HANDLE.invokeExact(sched, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_graph_compute_async$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_graph_compute_async", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_synchronize(ggml_backend_sched_t sched)
     * }
     */
    public static void ggml_backend_sched_synchronize(MemorySegment sched) {
        try {
            ggml_backend_sched_synchronize$.HANDLE.invokeExact(sched);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_synchronize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_synchronize", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_reset(ggml_backend_sched_t sched)
     * }
     *
     * <pre>
     *  Reset all assignments and allocators - must be called before changing the node backends or allocating a new graph.
     *  This in effect deallocates all tensors that were previously allocated and leaves them with dangling pointers.
     *  The correct way to use this API is to discard the deallocated tensors and create new ones.
     * </pre>
     */
    public static void ggml_backend_sched_reset(MemorySegment sched) {
        try {
            ggml_backend_sched_reset$.HANDLE.invokeExact(sched);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_reset", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_sched_set_eval_callback(ggml_backend_sched_t sched, ggml_backend_sched_eval_callback callback, void * user_data)
     * }
     *
     * <pre>
     *  Set a callback to be called for each resulting node during graph compute
     * </pre>
     */
    public static void ggml_backend_sched_set_eval_callback(MemorySegment sched, MemorySegment callback, MemorySegment user_data) {
        try {
            ggml_backend_sched_set_eval_callback$.HANDLE.invokeExact(sched, callback, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_sched_set_eval_callback$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_sched_set_eval_callback", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_backend_meta_split_axis_name(enum ggml_backend_meta_split_axis split_axis)
     * }
     */
    public static MemorySegment ggml_backend_meta_split_axis_name(int split_axis) {
        try {
            return (MemorySegment) ggml_backend_meta_split_axis_name$.HANDLE.invokeExact(split_axis);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_meta_split_axis_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_meta_split_axis_name", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_dev_t ggml_backend_meta_device(ggml_backend_dev_t * devs, size_t n_devs, ggml_backend_meta_get_split_state_t get_split_state, void * get_split_state_ud)
     * }
     *
     * <pre>
     *  create a new meta device from "simple" devices, meta buffer type/buffer/backend is then derived from this:
     *  TODO: this looks a bit strange - a backend API creates a device. I think we should try
     *        express this as a backend registry functionality instead
     * </pre>
     */
    public static MemorySegment ggml_backend_meta_device(MemorySegment devs, long n_devs, MemorySegment get_split_state, MemorySegment get_split_state_ud) {
        try {
            return (MemorySegment) ggml_backend_meta_device$.HANDLE.invokeExact(devs, n_devs, get_split_state, get_split_state_ud);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_meta_device$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_meta_device", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_backend_graph_copy ggml_backend_graph_copy(ggml_backend_t backend, struct ggml_cgraph * graph)
     * }
     *
     * <pre>
     *  Copy a graph to a different backend
     * </pre>
     */
    public static MemorySegment ggml_backend_graph_copy(SegmentAllocator allocator, MemorySegment backend, MemorySegment graph) {
        try {
            return (MemorySegment) ggml_backend_graph_copy$.HANDLE.invokeExact(allocator, backend, graph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_copy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_copy", "ggml-backend.h",
                FunctionDescriptor.of(ggml_backend_graph_copy.LAYOUT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_backend_graph_copy_free(struct ggml_backend_graph_copy copy)
     * }
     */
    public static void ggml_backend_graph_copy_free(MemorySegment copy) {
        try {
            ggml_backend_graph_copy_free$.HANDLE.invokeExact(copy);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_graph_copy_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_graph_copy_free", "ggml-backend.h",
                FunctionDescriptor.ofVoid(ggml_backend_graph_copy.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_backend_compare_graph_backend(ggml_backend_t backend1, ggml_backend_t backend2, struct ggml_cgraph * graph, ggml_backend_eval_callback callback, void * user_data, const struct ggml_tensor *const * test_nodes, size_t num_test_nodes)
     * }
     *
     * <pre>
     *  Compare the output of two backends
     * </pre>
     */
    public static boolean ggml_backend_compare_graph_backend(MemorySegment backend1, MemorySegment backend2, MemorySegment graph, MemorySegment callback, MemorySegment user_data, MemorySegment test_nodes, long num_test_nodes) {
        try {
            return (boolean) ggml_backend_compare_graph_backend$.HANDLE.invokeExact(backend1, backend2, graph, callback, user_data, test_nodes, num_test_nodes);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_compare_graph_backend$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_compare_graph_backend", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_tensor_alloc(ggml_backend_buffer_t buffer, struct ggml_tensor * tensor, void * addr)
     * }
     *
     * <pre>
     *  Tensor initialization
     * </pre>
     */
    public static int ggml_backend_tensor_alloc(MemorySegment buffer, MemorySegment tensor, MemorySegment addr) {
        try {
            return (int) ggml_backend_tensor_alloc$.HANDLE.invokeExact(buffer, tensor, addr);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_tensor_alloc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_tensor_alloc", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_status ggml_backend_view_init(struct ggml_tensor * tensor)
     * }
     */
    public static int ggml_backend_view_init(MemorySegment tensor) {
        try {
            return (int) ggml_backend_view_init$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_view_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_view_init", "ggml-backend.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_t ggml_backend_cpu_buffer_from_ptr(void * ptr, size_t size)
     * }
     *
     * <pre>
     *  CPU buffer types are always available
     * </pre>
     */
    public static MemorySegment ggml_backend_cpu_buffer_from_ptr(MemorySegment ptr, long size) {
        try {
            return (MemorySegment) ggml_backend_cpu_buffer_from_ptr$.HANDLE.invokeExact(ptr, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_buffer_from_ptr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_buffer_from_ptr", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_backend_buffer_type_t ggml_backend_cpu_buffer_type(void)
     * }
     */
    public static MemorySegment ggml_backend_cpu_buffer_type() {
        try {
            return (MemorySegment) ggml_backend_cpu_buffer_type$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_backend_cpu_buffer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_backend_cpu_buffer_type", "ggml-backend.h",
                FunctionDescriptor.of(ADDRESS));
    }
}
