// Generated from gguf.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** the GGUF file format: functions, enum values and constants of {@code gguf.h}. */
@SuppressWarnings("unused")
public final class gguf_h {

    private gguf_h() {
    }

    /** {@code #define GGUF_MAGIC} (char *) */
    public static final String GGUF_MAGIC = "GGUF";

    /** {@code #define GGUF_VERSION} (int) */
    public static final int GGUF_VERSION = 3;

    /** {@code #define GGUF_KEY_GENERAL_ALIGNMENT} (char *) */
    public static final String GGUF_KEY_GENERAL_ALIGNMENT = "general.alignment";

    /** {@code #define GGUF_DEFAULT_ALIGNMENT} (int) */
    public static final int GGUF_DEFAULT_ALIGNMENT = 32;

    // enum gguf_type
    public static final int GGUF_TYPE_UINT8 = 0;
    public static final int GGUF_TYPE_INT8 = 1;
    public static final int GGUF_TYPE_UINT16 = 2;
    public static final int GGUF_TYPE_INT16 = 3;
    public static final int GGUF_TYPE_UINT32 = 4;
    public static final int GGUF_TYPE_INT32 = 5;
    public static final int GGUF_TYPE_FLOAT32 = 6;
    public static final int GGUF_TYPE_BOOL = 7;
    public static final int GGUF_TYPE_STRING = 8;
    public static final int GGUF_TYPE_ARRAY = 9;
    public static final int GGUF_TYPE_UINT64 = 10;
    public static final int GGUF_TYPE_INT64 = 11;
    public static final int GGUF_TYPE_FLOAT64 = 12;
    public static final int GGUF_TYPE_COUNT = 13;

    /**
     * {@snippet lang=c :
     * struct gguf_context * gguf_init_empty(void)
     * }
     */
    public static MemorySegment gguf_init_empty() {
        try {
            return (MemorySegment) gguf_init_empty$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_init_empty$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_init_empty", "gguf.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct gguf_context * gguf_init_from_file_ptr(FILE * file, struct gguf_init_params params)
     * }
     */
    public static MemorySegment gguf_init_from_file_ptr(MemorySegment file, MemorySegment params) {
        try {
            return (MemorySegment) gguf_init_from_file_ptr$.HANDLE.invokeExact(file, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_init_from_file_ptr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_init_from_file_ptr", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, gguf_init_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct gguf_context * gguf_init_from_file(const char * fname, struct gguf_init_params params)
     * }
     */
    public static MemorySegment gguf_init_from_file(MemorySegment fname, MemorySegment params) {
        try {
            return (MemorySegment) gguf_init_from_file$.HANDLE.invokeExact(fname, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_init_from_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_init_from_file", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, gguf_init_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct gguf_context * gguf_init_from_buffer(const void * data, size_t size, struct gguf_init_params params)
     * }
     */
    public static MemorySegment gguf_init_from_buffer(MemorySegment data, long size, MemorySegment params) {
        try {
            return (MemorySegment) gguf_init_from_buffer$.HANDLE.invokeExact(data, size, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_init_from_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_init_from_buffer", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, gguf_init_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct gguf_context * gguf_init_from_callback(gguf_reader_callback_t callback, void * userdata, size_t max_chunk_read, uint64_t max_expected_size, struct gguf_init_params params)
     * }
     *
     * <pre>
     *  max_chunk_read is the maximum number of bytes that the GGUF code will read at once from the callback, a value of 0 means no limit
     * </pre>
     */
    public static MemorySegment gguf_init_from_callback(MemorySegment callback, MemorySegment userdata, long max_chunk_read, long max_expected_size, MemorySegment params) {
        try {
            return (MemorySegment) gguf_init_from_callback$.HANDLE.invokeExact(callback, userdata, max_chunk_read, max_expected_size, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_init_from_callback$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_init_from_callback", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, gguf_init_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_free(struct gguf_context * ctx)
     * }
     */
    public static void gguf_free(MemorySegment ctx) {
        try {
            gguf_free$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_free", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * gguf_type_name(enum gguf_type type)
     * }
     */
    public static MemorySegment gguf_type_name(int type) {
        try {
            return (MemorySegment) gguf_type_name$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_type_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_type_name", "gguf.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * uint32_t gguf_get_version(const struct gguf_context * ctx)
     * }
     */
    public static int gguf_get_version(MemorySegment ctx) {
        try {
            return (int) gguf_get_version$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_version$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_version", "gguf.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t gguf_get_alignment(const struct gguf_context * ctx)
     * }
     */
    public static long gguf_get_alignment(MemorySegment ctx) {
        try {
            return (long) gguf_get_alignment$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_alignment$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_alignment", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t gguf_get_data_offset(const struct gguf_context * ctx)
     * }
     */
    public static long gguf_get_data_offset(MemorySegment ctx) {
        try {
            return (long) gguf_get_data_offset$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_data_offset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_data_offset", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t gguf_get_n_kv(const struct gguf_context * ctx)
     * }
     */
    public static long gguf_get_n_kv(MemorySegment ctx) {
        try {
            return (long) gguf_get_n_kv$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_n_kv$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_n_kv", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t gguf_find_key(const struct gguf_context * ctx, const char * key)
     * }
     */
    public static long gguf_find_key(MemorySegment ctx, MemorySegment key) {
        try {
            return (long) gguf_find_key$.HANDLE.invokeExact(ctx, key);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_find_key$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_find_key", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * gguf_get_key(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static MemorySegment gguf_get_key(MemorySegment ctx, long key_id) {
        try {
            return (MemorySegment) gguf_get_key$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_key$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_key", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * enum gguf_type gguf_get_kv_type(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static int gguf_get_kv_type(MemorySegment ctx, long key_id) {
        try {
            return (int) gguf_get_kv_type$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_kv_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_kv_type", "gguf.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * enum gguf_type gguf_get_arr_type(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static int gguf_get_arr_type(MemorySegment ctx, long key_id) {
        try {
            return (int) gguf_get_arr_type$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_arr_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_arr_type", "gguf.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * uint8_t gguf_get_val_u8(const struct gguf_context * ctx, int64_t key_id)
     * }
     *
     * <pre>
     *  will abort if the wrong type is used for the key
     * </pre>
     */
    public static byte gguf_get_val_u8(MemorySegment ctx, long key_id) {
        try {
            return (byte) gguf_get_val_u8$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_u8$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_u8", "gguf.h",
                FunctionDescriptor.of(JAVA_BYTE, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int8_t gguf_get_val_i8(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static byte gguf_get_val_i8(MemorySegment ctx, long key_id) {
        try {
            return (byte) gguf_get_val_i8$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_i8$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_i8", "gguf.h",
                FunctionDescriptor.of(JAVA_BYTE, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * uint16_t gguf_get_val_u16(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static short gguf_get_val_u16(MemorySegment ctx, long key_id) {
        try {
            return (short) gguf_get_val_u16$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_u16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_u16", "gguf.h",
                FunctionDescriptor.of(JAVA_SHORT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int16_t gguf_get_val_i16(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static short gguf_get_val_i16(MemorySegment ctx, long key_id) {
        try {
            return (short) gguf_get_val_i16$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_i16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_i16", "gguf.h",
                FunctionDescriptor.of(JAVA_SHORT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * uint32_t gguf_get_val_u32(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static int gguf_get_val_u32(MemorySegment ctx, long key_id) {
        try {
            return (int) gguf_get_val_u32$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_u32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_u32", "gguf.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int32_t gguf_get_val_i32(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static int gguf_get_val_i32(MemorySegment ctx, long key_id) {
        try {
            return (int) gguf_get_val_i32$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_i32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_i32", "gguf.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * float gguf_get_val_f32(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static float gguf_get_val_f32(MemorySegment ctx, long key_id) {
        try {
            return (float) gguf_get_val_f32$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_f32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_f32", "gguf.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * uint64_t gguf_get_val_u64(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static long gguf_get_val_u64(MemorySegment ctx, long key_id) {
        try {
            return (long) gguf_get_val_u64$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_u64$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_u64", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int64_t gguf_get_val_i64(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static long gguf_get_val_i64(MemorySegment ctx, long key_id) {
        try {
            return (long) gguf_get_val_i64$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_i64$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_i64", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * double gguf_get_val_f64(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static double gguf_get_val_f64(MemorySegment ctx, long key_id) {
        try {
            return (double) gguf_get_val_f64$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_f64$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_f64", "gguf.h",
                FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool gguf_get_val_bool(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static boolean gguf_get_val_bool(MemorySegment ctx, long key_id) {
        try {
            return (boolean) gguf_get_val_bool$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_bool$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_bool", "gguf.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const char * gguf_get_val_str(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static MemorySegment gguf_get_val_str(MemorySegment ctx, long key_id) {
        try {
            return (MemorySegment) gguf_get_val_str$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_str", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const void * gguf_get_val_data(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static MemorySegment gguf_get_val_data(MemorySegment ctx, long key_id) {
        try {
            return (MemorySegment) gguf_get_val_data$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_val_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_val_data", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t gguf_get_arr_n(const struct gguf_context * ctx, int64_t key_id)
     * }
     */
    public static long gguf_get_arr_n(MemorySegment ctx, long key_id) {
        try {
            return (long) gguf_get_arr_n$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_arr_n$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_arr_n", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const void * gguf_get_arr_data(const struct gguf_context * ctx, int64_t key_id)
     * }
     *
     * <pre>
     *  get raw pointer to the first element of the array with the given key_id
     *  for bool arrays, note that they are always stored as int8 on all platforms (usually this makes no difference)
     * </pre>
     */
    public static MemorySegment gguf_get_arr_data(MemorySegment ctx, long key_id) {
        try {
            return (MemorySegment) gguf_get_arr_data$.HANDLE.invokeExact(ctx, key_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_arr_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_arr_data", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const char * gguf_get_arr_str(const struct gguf_context * ctx, int64_t key_id, size_t i)
     * }
     *
     * <pre>
     *  get ith C string from array with given key_id
     * </pre>
     */
    public static MemorySegment gguf_get_arr_str(MemorySegment ctx, long key_id, long i) {
        try {
            return (MemorySegment) gguf_get_arr_str$.HANDLE.invokeExact(ctx, key_id, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_arr_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_arr_str", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int64_t gguf_get_n_tensors(const struct gguf_context * ctx)
     * }
     */
    public static long gguf_get_n_tensors(MemorySegment ctx) {
        try {
            return (long) gguf_get_n_tensors$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_n_tensors$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_n_tensors", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t gguf_find_tensor(const struct gguf_context * ctx, const char * name)
     * }
     */
    public static long gguf_find_tensor(MemorySegment ctx, MemorySegment name) {
        try {
            return (long) gguf_find_tensor$.HANDLE.invokeExact(ctx, name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_find_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_find_tensor", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t gguf_get_tensor_offset(const struct gguf_context * ctx, int64_t tensor_id)
     * }
     */
    public static long gguf_get_tensor_offset(MemorySegment ctx, long tensor_id) {
        try {
            return (long) gguf_get_tensor_offset$.HANDLE.invokeExact(ctx, tensor_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_tensor_offset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_tensor_offset", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const char * gguf_get_tensor_name(const struct gguf_context * ctx, int64_t tensor_id)
     * }
     */
    public static MemorySegment gguf_get_tensor_name(MemorySegment ctx, long tensor_id) {
        try {
            return (MemorySegment) gguf_get_tensor_name$.HANDLE.invokeExact(ctx, tensor_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_tensor_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_tensor_name", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const int64_t * gguf_get_tensor_ne(const struct gguf_context * ctx, int64_t tensor_id)
     * }
     */
    public static MemorySegment gguf_get_tensor_ne(MemorySegment ctx, long tensor_id) {
        try {
            return (MemorySegment) gguf_get_tensor_ne$.HANDLE.invokeExact(ctx, tensor_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_tensor_ne$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_tensor_ne", "gguf.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_type gguf_get_tensor_type(const struct gguf_context * ctx, int64_t tensor_id)
     * }
     */
    public static int gguf_get_tensor_type(MemorySegment ctx, long tensor_id) {
        try {
            return (int) gguf_get_tensor_type$.HANDLE.invokeExact(ctx, tensor_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_tensor_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_tensor_type", "gguf.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t gguf_get_tensor_size(const struct gguf_context * ctx, int64_t tensor_id)
     * }
     */
    public static long gguf_get_tensor_size(MemorySegment ctx, long tensor_id) {
        try {
            return (long) gguf_get_tensor_size$.HANDLE.invokeExact(ctx, tensor_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_tensor_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_tensor_size", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int64_t gguf_remove_key(struct gguf_context * ctx, const char * key)
     * }
     *
     * <pre>
     *  removes key if it exists, returns id that the key had prior to removal (-1 if it didn't exist)
     * </pre>
     */
    public static long gguf_remove_key(MemorySegment ctx, MemorySegment key) {
        try {
            return (long) gguf_remove_key$.HANDLE.invokeExact(ctx, key);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_remove_key$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_remove_key", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_u8(struct gguf_context * ctx, const char * key, uint8_t val)
     * }
     *
     * <pre>
     *  overrides an existing KV pair or adds a new one, the new KV pair is always at the back
     * </pre>
     */
    public static void gguf_set_val_u8(MemorySegment ctx, MemorySegment key, byte val) {
        try {
            gguf_set_val_u8$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_u8$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_u8", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_BYTE));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_i8(struct gguf_context * ctx, const char * key, int8_t val)
     * }
     */
    public static void gguf_set_val_i8(MemorySegment ctx, MemorySegment key, byte val) {
        try {
            gguf_set_val_i8$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_i8$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_i8", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_BYTE));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_u16(struct gguf_context * ctx, const char * key, uint16_t val)
     * }
     */
    public static void gguf_set_val_u16(MemorySegment ctx, MemorySegment key, short val) {
        try {
            gguf_set_val_u16$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_u16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_u16", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_SHORT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_i16(struct gguf_context * ctx, const char * key, int16_t val)
     * }
     */
    public static void gguf_set_val_i16(MemorySegment ctx, MemorySegment key, short val) {
        try {
            gguf_set_val_i16$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_i16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_i16", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_SHORT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_u32(struct gguf_context * ctx, const char * key, uint32_t val)
     * }
     */
    public static void gguf_set_val_u32(MemorySegment ctx, MemorySegment key, int val) {
        try {
            gguf_set_val_u32$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_u32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_u32", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_i32(struct gguf_context * ctx, const char * key, int32_t val)
     * }
     */
    public static void gguf_set_val_i32(MemorySegment ctx, MemorySegment key, int val) {
        try {
            gguf_set_val_i32$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_i32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_i32", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_f32(struct gguf_context * ctx, const char * key, float val)
     * }
     */
    public static void gguf_set_val_f32(MemorySegment ctx, MemorySegment key, float val) {
        try {
            gguf_set_val_f32$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_f32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_f32", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_u64(struct gguf_context * ctx, const char * key, uint64_t val)
     * }
     */
    public static void gguf_set_val_u64(MemorySegment ctx, MemorySegment key, long val) {
        try {
            gguf_set_val_u64$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_u64$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_u64", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_i64(struct gguf_context * ctx, const char * key, int64_t val)
     * }
     */
    public static void gguf_set_val_i64(MemorySegment ctx, MemorySegment key, long val) {
        try {
            gguf_set_val_i64$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_i64$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_i64", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_f64(struct gguf_context * ctx, const char * key, double val)
     * }
     */
    public static void gguf_set_val_f64(MemorySegment ctx, MemorySegment key, double val) {
        try {
            gguf_set_val_f64$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_f64$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_f64", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_DOUBLE));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_bool(struct gguf_context * ctx, const char * key, _Bool val)
     * }
     */
    public static void gguf_set_val_bool(MemorySegment ctx, MemorySegment key, boolean val) {
        try {
            gguf_set_val_bool$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_bool$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_bool", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_val_str(struct gguf_context * ctx, const char * key, const char * val)
     * }
     */
    public static void gguf_set_val_str(MemorySegment ctx, MemorySegment key, MemorySegment val) {
        try {
            gguf_set_val_str$.HANDLE.invokeExact(ctx, key, val);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_val_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_val_str", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_arr_data(struct gguf_context * ctx, const char * key, enum gguf_type type, const void * data, size_t n)
     * }
     *
     * <pre>
     *  creates a new array with n elements of the given type and copies the corresponding number of bytes from data
     * </pre>
     */
    public static void gguf_set_arr_data(MemorySegment ctx, MemorySegment key, int type, MemorySegment data, long n) {
        try {
            gguf_set_arr_data$.HANDLE.invokeExact(ctx, key, type, data, n);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_arr_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_arr_data", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_arr_str(struct gguf_context * ctx, const char * key, const char ** data, size_t n)
     * }
     *
     * <pre>
     *  creates a new array with n strings and copies the corresponding strings from data
     * </pre>
     */
    public static void gguf_set_arr_str(MemorySegment ctx, MemorySegment key, MemorySegment data, long n) {
        try {
            gguf_set_arr_str$.HANDLE.invokeExact(ctx, key, data, n);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_arr_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_arr_str", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_kv(struct gguf_context * ctx, const struct gguf_context * src)
     * }
     *
     * <pre>
     *  set or add KV pairs from another context
     * </pre>
     */
    public static void gguf_set_kv(MemorySegment ctx, MemorySegment src) {
        try {
            gguf_set_kv$.HANDLE.invokeExact(ctx, src);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_kv$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_kv", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void gguf_add_tensor(struct gguf_context * ctx, const struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  add tensor to GGUF context, tensor name must be unique
     * </pre>
     */
    public static void gguf_add_tensor(MemorySegment ctx, MemorySegment tensor) {
        try {
            gguf_add_tensor$.HANDLE.invokeExact(ctx, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_add_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_add_tensor", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_tensor_type(struct gguf_context * ctx, const char * name, enum ggml_type type)
     * }
     *
     * <pre>
     *  after changing a tensor's type, the offsets of all tensors with higher indices are immediately recalculated
     *    in such a way that the tensor data remains as one contiguous block (except for padding)
     * </pre>
     */
    public static void gguf_set_tensor_type(MemorySegment ctx, MemorySegment name, int type) {
        try {
            gguf_set_tensor_type$.HANDLE.invokeExact(ctx, name, type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_tensor_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_tensor_type", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void gguf_set_tensor_data(struct gguf_context * ctx, const char * name, const void * data)
     * }
     *
     * <pre>
     *  assumes that at least gguf_get_tensor_size bytes can be read from data
     * </pre>
     */
    public static void gguf_set_tensor_data(MemorySegment ctx, MemorySegment name, MemorySegment data) {
        try {
            gguf_set_tensor_data$.HANDLE.invokeExact(ctx, name, data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_set_tensor_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_set_tensor_data", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool gguf_write_to_file_ptr(const struct gguf_context * ctx, FILE * file, _Bool only_meta)
     * }
     *
     * <pre>
     *  write the entire context to a binary file
     * </pre>
     */
    public static boolean gguf_write_to_file_ptr(MemorySegment ctx, MemorySegment file, boolean only_meta) {
        try {
            return (boolean) gguf_write_to_file_ptr$.HANDLE.invokeExact(ctx, file, only_meta);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_write_to_file_ptr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_write_to_file_ptr", "gguf.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * _Bool gguf_write_to_file(const struct gguf_context * ctx, const char * fname, _Bool only_meta)
     * }
     */
    public static boolean gguf_write_to_file(MemorySegment ctx, MemorySegment fname, boolean only_meta) {
        try {
            return (boolean) gguf_write_to_file$.HANDLE.invokeExact(ctx, fname, only_meta);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_write_to_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_write_to_file", "gguf.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * size_t gguf_get_meta_size(const struct gguf_context * ctx)
     * }
     *
     * <pre>
     *  get the size in bytes of the meta data (header, kv pairs, tensor info) including padding
     * </pre>
     */
    public static long gguf_get_meta_size(MemorySegment ctx) {
        try {
            return (long) gguf_get_meta_size$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_meta_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_meta_size", "gguf.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void gguf_get_meta_data(const struct gguf_context * ctx, void * data)
     * }
     *
     * <pre>
     *  writes the meta data to pointer "data"
     * </pre>
     */
    public static void gguf_get_meta_data(MemorySegment ctx, MemorySegment data) {
        try {
            gguf_get_meta_data$.HANDLE.invokeExact(ctx, data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class gguf_get_meta_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("gguf_get_meta_data", "gguf.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }
}
