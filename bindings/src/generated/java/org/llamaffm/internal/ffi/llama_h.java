// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** llama.cpp's C API: functions, enum values and constants of {@code llama.h}. */
@SuppressWarnings("unused")
public final class llama_h {

    private llama_h() {
    }

    /** {@code #define LLAMA_DEFAULT_SEED} (unsigned int) */
    public static final int LLAMA_DEFAULT_SEED = -1;

    /** {@code #define LLAMA_TOKEN_NULL} (int) */
    public static final int LLAMA_TOKEN_NULL = -1;

    /** {@code #define LLAMA_FILE_MAGIC_GGLA} (unsigned int) */
    public static final int LLAMA_FILE_MAGIC_GGLA = 1734831201;

    /** {@code #define LLAMA_FILE_MAGIC_GGSN} (unsigned int) */
    public static final int LLAMA_FILE_MAGIC_GGSN = 1734833006;

    /** {@code #define LLAMA_FILE_MAGIC_GGSQ} (unsigned int) */
    public static final int LLAMA_FILE_MAGIC_GGSQ = 1734833009;

    /** {@code #define LLAMA_SESSION_MAGIC} (unsigned int) */
    public static final int LLAMA_SESSION_MAGIC = 1734833006;

    /** {@code #define LLAMA_SESSION_VERSION} (int) */
    public static final int LLAMA_SESSION_VERSION = 10;

    /** {@code #define LLAMA_STATE_SEQ_MAGIC} (unsigned int) */
    public static final int LLAMA_STATE_SEQ_MAGIC = 1734833009;

    /** {@code #define LLAMA_STATE_SEQ_VERSION} (int) */
    public static final int LLAMA_STATE_SEQ_VERSION = 3;

    /** {@code #define LLAMA_STATE_SEQ_FLAGS_NONE} (int) */
    public static final int LLAMA_STATE_SEQ_FLAGS_NONE = 0;

    /** {@code #define LLAMA_STATE_SEQ_FLAGS_SWA_ONLY} (int) */
    public static final int LLAMA_STATE_SEQ_FLAGS_SWA_ONLY = 1;

    /** {@code #define LLAMA_STATE_SEQ_FLAGS_PARTIAL_ONLY} (int) */
    public static final int LLAMA_STATE_SEQ_FLAGS_PARTIAL_ONLY = 1;

    /** {@code #define LLAMA_STATE_SEQ_FLAGS_ON_DEVICE} (int) */
    public static final int LLAMA_STATE_SEQ_FLAGS_ON_DEVICE = 2;

    // enum llama_vocab_type
    public static final int LLAMA_VOCAB_TYPE_NONE = 0;
    public static final int LLAMA_VOCAB_TYPE_SPM = 1;
    public static final int LLAMA_VOCAB_TYPE_BPE = 2;
    public static final int LLAMA_VOCAB_TYPE_WPM = 3;
    public static final int LLAMA_VOCAB_TYPE_UGM = 4;
    public static final int LLAMA_VOCAB_TYPE_RWKV = 5;
    public static final int LLAMA_VOCAB_TYPE_PLAMO2 = 6;
    public static final int LLAMA_VOCAB_TYPE_TEST = 7;

    // enum llama_rope_type
    public static final int LLAMA_ROPE_TYPE_NONE = -1;
    public static final int LLAMA_ROPE_TYPE_NORM = 0;
    public static final int LLAMA_ROPE_TYPE_NEOX = 2;
    public static final int LLAMA_ROPE_TYPE_MROPE = 8;
    public static final int LLAMA_ROPE_TYPE_IMROPE = 40;
    public static final int LLAMA_ROPE_TYPE_VISION = 24;

    // enum llama_token_type
    public static final int LLAMA_TOKEN_TYPE_UNDEFINED = 0;
    public static final int LLAMA_TOKEN_TYPE_NORMAL = 1;
    public static final int LLAMA_TOKEN_TYPE_UNKNOWN = 2;
    public static final int LLAMA_TOKEN_TYPE_CONTROL = 3;
    public static final int LLAMA_TOKEN_TYPE_USER_DEFINED = 4;
    public static final int LLAMA_TOKEN_TYPE_UNUSED = 5;
    public static final int LLAMA_TOKEN_TYPE_BYTE = 6;

    // enum llama_token_attr
    public static final int LLAMA_TOKEN_ATTR_UNDEFINED = 0;
    public static final int LLAMA_TOKEN_ATTR_UNKNOWN = 1;
    public static final int LLAMA_TOKEN_ATTR_UNUSED = 2;
    public static final int LLAMA_TOKEN_ATTR_NORMAL = 4;
    public static final int LLAMA_TOKEN_ATTR_CONTROL = 8;
    public static final int LLAMA_TOKEN_ATTR_USER_DEFINED = 16;
    public static final int LLAMA_TOKEN_ATTR_BYTE = 32;
    public static final int LLAMA_TOKEN_ATTR_NORMALIZED = 64;
    public static final int LLAMA_TOKEN_ATTR_LSTRIP = 128;
    public static final int LLAMA_TOKEN_ATTR_RSTRIP = 256;
    public static final int LLAMA_TOKEN_ATTR_SINGLE_WORD = 512;

    // enum llama_ftype
    public static final int LLAMA_FTYPE_ALL_F32 = 0;
    public static final int LLAMA_FTYPE_MOSTLY_F16 = 1;
    public static final int LLAMA_FTYPE_MOSTLY_Q4_0 = 2;
    public static final int LLAMA_FTYPE_MOSTLY_Q4_1 = 3;
    public static final int LLAMA_FTYPE_MOSTLY_Q8_0 = 7;
    public static final int LLAMA_FTYPE_MOSTLY_Q5_0 = 8;
    public static final int LLAMA_FTYPE_MOSTLY_Q5_1 = 9;
    public static final int LLAMA_FTYPE_MOSTLY_Q2_K = 10;
    public static final int LLAMA_FTYPE_MOSTLY_Q3_K_S = 11;
    public static final int LLAMA_FTYPE_MOSTLY_Q3_K_M = 12;
    public static final int LLAMA_FTYPE_MOSTLY_Q3_K_L = 13;
    public static final int LLAMA_FTYPE_MOSTLY_Q4_K_S = 14;
    public static final int LLAMA_FTYPE_MOSTLY_Q4_K_M = 15;
    public static final int LLAMA_FTYPE_MOSTLY_Q5_K_S = 16;
    public static final int LLAMA_FTYPE_MOSTLY_Q5_K_M = 17;
    public static final int LLAMA_FTYPE_MOSTLY_Q6_K = 18;
    public static final int LLAMA_FTYPE_MOSTLY_IQ2_XXS = 19;
    public static final int LLAMA_FTYPE_MOSTLY_IQ2_XS = 20;
    public static final int LLAMA_FTYPE_MOSTLY_Q2_K_S = 21;
    public static final int LLAMA_FTYPE_MOSTLY_IQ3_XS = 22;
    public static final int LLAMA_FTYPE_MOSTLY_IQ3_XXS = 23;
    public static final int LLAMA_FTYPE_MOSTLY_IQ1_S = 24;
    public static final int LLAMA_FTYPE_MOSTLY_IQ4_NL = 25;
    public static final int LLAMA_FTYPE_MOSTLY_IQ3_S = 26;
    public static final int LLAMA_FTYPE_MOSTLY_IQ3_M = 27;
    public static final int LLAMA_FTYPE_MOSTLY_IQ2_S = 28;
    public static final int LLAMA_FTYPE_MOSTLY_IQ2_M = 29;
    public static final int LLAMA_FTYPE_MOSTLY_IQ4_XS = 30;
    public static final int LLAMA_FTYPE_MOSTLY_IQ1_M = 31;
    public static final int LLAMA_FTYPE_MOSTLY_BF16 = 32;
    public static final int LLAMA_FTYPE_MOSTLY_TQ1_0 = 36;
    public static final int LLAMA_FTYPE_MOSTLY_TQ2_0 = 37;
    public static final int LLAMA_FTYPE_MOSTLY_MXFP4_MOE = 38;
    public static final int LLAMA_FTYPE_MOSTLY_NVFP4 = 39;
    public static final int LLAMA_FTYPE_MOSTLY_Q1_0 = 40;
    public static final int LLAMA_FTYPE_MOSTLY_Q2_0 = 41;
    public static final int LLAMA_FTYPE_GUESSED = 1024;

    // enum llama_rope_scaling_type
    public static final int LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED = -1;
    public static final int LLAMA_ROPE_SCALING_TYPE_NONE = 0;
    public static final int LLAMA_ROPE_SCALING_TYPE_LINEAR = 1;
    public static final int LLAMA_ROPE_SCALING_TYPE_YARN = 2;
    public static final int LLAMA_ROPE_SCALING_TYPE_LONGROPE = 3;
    public static final int LLAMA_ROPE_SCALING_TYPE_MAX_VALUE = 3;

    // enum llama_pooling_type
    public static final int LLAMA_POOLING_TYPE_UNSPECIFIED = -1;
    public static final int LLAMA_POOLING_TYPE_NONE = 0;
    public static final int LLAMA_POOLING_TYPE_MEAN = 1;
    public static final int LLAMA_POOLING_TYPE_CLS = 2;
    public static final int LLAMA_POOLING_TYPE_LAST = 3;
    public static final int LLAMA_POOLING_TYPE_RANK = 4;

    // enum llama_attention_type
    public static final int LLAMA_ATTENTION_TYPE_UNSPECIFIED = -1;
    public static final int LLAMA_ATTENTION_TYPE_CAUSAL = 0;
    public static final int LLAMA_ATTENTION_TYPE_NON_CAUSAL = 1;

    // enum llama_flash_attn_type
    public static final int LLAMA_FLASH_ATTN_TYPE_AUTO = -1;
    public static final int LLAMA_FLASH_ATTN_TYPE_DISABLED = 0;
    public static final int LLAMA_FLASH_ATTN_TYPE_ENABLED = 1;

    // enum llama_split_mode
    public static final int LLAMA_SPLIT_MODE_NONE = 0;
    public static final int LLAMA_SPLIT_MODE_LAYER = 1;
    public static final int LLAMA_SPLIT_MODE_ROW = 2;
    public static final int LLAMA_SPLIT_MODE_TENSOR = 3;

    // enum llama_load_mode
    public static final int LLAMA_LOAD_MODE_AUTO = -1;
    public static final int LLAMA_LOAD_MODE_NONE = 0;
    public static final int LLAMA_LOAD_MODE_MMAP = 1;
    public static final int LLAMA_LOAD_MODE_MLOCK = 2;
    public static final int LLAMA_LOAD_MODE_MMAP_MLOCK = 3;
    public static final int LLAMA_LOAD_MODE_DIRECT_IO = 4;

    // enum llama_lazy_mode
    public static final int LLAMA_LAZY_MODE_OFF = 0;
    public static final int LLAMA_LAZY_MODE_AUTO = 1;
    public static final int LLAMA_LAZY_MODE_ON = 2;

    // enum llama_context_type
    public static final int LLAMA_CONTEXT_TYPE_DEFAULT = 0;
    public static final int LLAMA_CONTEXT_TYPE_MTP = 1;

    // enum llama_model_kv_override_type
    public static final int LLAMA_KV_OVERRIDE_TYPE_INT = 0;
    public static final int LLAMA_KV_OVERRIDE_TYPE_FLOAT = 1;
    public static final int LLAMA_KV_OVERRIDE_TYPE_BOOL = 2;
    public static final int LLAMA_KV_OVERRIDE_TYPE_STR = 3;

    // enum llama_model_meta_key
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_SEQUENCE = 0;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_TOP_K = 1;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_TOP_P = 2;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_MIN_P = 3;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_XTC_PROBABILITY = 4;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_XTC_THRESHOLD = 5;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_TEMP = 6;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_LAST_N = 7;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_REPEAT = 8;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT = 9;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_TAU = 10;
    public static final int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_ETA = 11;

    /**
     * {@snippet lang=c :
     * const char * llama_ftype_name(enum llama_ftype ftype)
     * }
     *
     * <pre>
     *  Get the model file type (quantization) as a string, e.g. "Q8_0" or "Q4_K - Medium"
     * </pre>
     */
    public static MemorySegment llama_ftype_name(int ftype) {
        try {
            return (MemorySegment) llama_ftype_name$.HANDLE.invokeExact(ftype);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ftype_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ftype_name", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_flash_attn_type_name(enum llama_flash_attn_type flash_attn_type)
     * }
     */
    public static MemorySegment llama_flash_attn_type_name(int flash_attn_type) {
        try {
            return (MemorySegment) llama_flash_attn_type_name$.HANDLE.invokeExact(flash_attn_type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_flash_attn_type_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_flash_attn_type_name", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_load_mode_name(enum llama_load_mode load_mode)
     * }
     */
    public static MemorySegment llama_load_mode_name(int load_mode) {
        try {
            return (MemorySegment) llama_load_mode_name$.HANDLE.invokeExact(load_mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_load_mode_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_load_mode_name", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum llama_load_mode llama_load_mode_from_str(const char * str)
     * }
     */
    public static int llama_load_mode_from_str(MemorySegment str) {
        try {
            return (int) llama_load_mode_from_str$.HANDLE.invokeExact(str);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_load_mode_from_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_load_mode_from_str", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_version(void)
     * }
     */
    public static MemorySegment llama_version() {
        try {
            return (MemorySegment) llama_version$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_version$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_version", "llama.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model_params llama_model_default_params(void)
     * }
     *
     * <pre>
     *  Helpers for getting default parameters
     *  TODO: update API to start accepting pointers to params structs (https://github.com/ggml-org/llama.cpp/discussions/9172)
     * </pre>
     */
    public static MemorySegment llama_model_default_params(SegmentAllocator allocator) {
        try {
            return (MemorySegment) llama_model_default_params$.HANDLE.invokeExact(allocator);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_default_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_default_params", "llama.h",
                FunctionDescriptor.of(llama_model_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_context_params llama_context_default_params(void)
     * }
     */
    public static MemorySegment llama_context_default_params(SegmentAllocator allocator) {
        try {
            return (MemorySegment) llama_context_default_params$.HANDLE.invokeExact(allocator);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_context_default_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_context_default_params", "llama.h",
                FunctionDescriptor.of(llama_context_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler_chain_params llama_sampler_chain_default_params(void)
     * }
     */
    public static MemorySegment llama_sampler_chain_default_params(SegmentAllocator allocator) {
        try {
            return (MemorySegment) llama_sampler_chain_default_params$.HANDLE.invokeExact(allocator);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_chain_default_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_chain_default_params", "llama.h",
                FunctionDescriptor.of(llama_sampler_chain_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model_quantize_params llama_model_quantize_default_params(void)
     * }
     */
    public static MemorySegment llama_model_quantize_default_params(SegmentAllocator allocator) {
        try {
            return (MemorySegment) llama_model_quantize_default_params$.HANDLE.invokeExact(allocator);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_quantize_default_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_quantize_default_params", "llama.h",
                FunctionDescriptor.of(llama_model_quantize_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void llama_backend_init(void)
     * }
     *
     * <pre>
     *  Initialize the llama + ggml backend
     *  If numa is true, use NUMA optimizations
     *  Call once at the start of the program
     * </pre>
     */
    public static void llama_backend_init() {
        try {
            llama_backend_init$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_backend_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_backend_init", "llama.h",
                FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * void llama_backend_free(void)
     * }
     *
     * <pre>
     *  Call once at the end of the program - currently only used for MPI
     * </pre>
     */
    public static void llama_backend_free() {
        try {
            llama_backend_free$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_backend_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_backend_free", "llama.h",
                FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * void llama_numa_init(enum ggml_numa_strategy numa)
     * }
     *
     * <pre>
     * optional:
     * </pre>
     */
    public static void llama_numa_init(int numa) {
        try {
            llama_numa_init$.HANDLE.invokeExact(numa);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_numa_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_numa_init", "llama.h",
                FunctionDescriptor.ofVoid(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_attach_threadpool(struct llama_context * ctx, ggml_threadpool_t threadpool, ggml_threadpool_t threadpool_batch)
     * }
     *
     * <pre>
     *  Optional: an auto threadpool gets created in ggml if not passed explicitly
     * </pre>
     */
    public static void llama_attach_threadpool(MemorySegment ctx, MemorySegment threadpool, MemorySegment threadpool_batch) {
        try {
            llama_attach_threadpool$.HANDLE.invokeExact(ctx, threadpool, threadpool_batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_attach_threadpool$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_attach_threadpool", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_detach_threadpool(struct llama_context * ctx)
     * }
     */
    public static void llama_detach_threadpool(MemorySegment ctx) {
        try {
            llama_detach_threadpool$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_detach_threadpool$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_detach_threadpool", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model * llama_model_init_from_user(struct gguf_context * metadata, llama_model_set_tensor_data_t set_tensor_data, void * set_tensor_data_ud, struct llama_model_params params)
     * }
     *
     * <pre>
     *  Create a new model from GGUF metadata as well as a function to set the tensor data
     *    - tensors are created as GGML_TYPE_F32 by default,
     *      override by adding a tensor with the same name but a different name to the context
     * </pre>
     */
    public static MemorySegment llama_model_init_from_user(MemorySegment metadata, MemorySegment set_tensor_data, MemorySegment set_tensor_data_ud, MemorySegment params) {
        try {
            return (MemorySegment) llama_model_init_from_user$.HANDLE.invokeExact(metadata, set_tensor_data, set_tensor_data_ud, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_init_from_user$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_init_from_user", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, llama_model_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model * llama_load_model_from_file(const char * path_model, struct llama_model_params params)
     * }
     *
     * @deprecated use llama_model_load_from_file instead
     */
    @Deprecated
    public static MemorySegment llama_load_model_from_file(MemorySegment path_model, MemorySegment params) {
        try {
            return (MemorySegment) llama_load_model_from_file$.HANDLE.invokeExact(path_model, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_load_model_from_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_load_model_from_file", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, llama_model_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model * llama_model_load_from_file(const char * path_model, struct llama_model_params params)
     * }
     *
     * <pre>
     *  Load a model from a file
     *  If the file is split into multiple parts, the file name must follow this pattern: &lt;name&gt;-%05d-of-%05d.gguf
     *  If the split file name does not follow this pattern, use llama_model_load_from_splits
     * </pre>
     */
    public static MemorySegment llama_model_load_from_file(MemorySegment path_model, MemorySegment params) {
        try {
            return (MemorySegment) llama_model_load_from_file$.HANDLE.invokeExact(path_model, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_load_from_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_load_from_file", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, llama_model_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model * llama_model_load_from_file_ptr(FILE * file, struct llama_model_params params)
     * }
     *
     * <pre>
     *  Load a model from an open FILE pointer
     *  The GGUF is read from the current position, so it can be embedded in a larger file
     *  mmap needs the GGUF data section at a file offset to be aligned to the CPU tensor alignment (32 bytes)
     * </pre>
     */
    public static MemorySegment llama_model_load_from_file_ptr(MemorySegment file, MemorySegment params) {
        try {
            return (MemorySegment) llama_model_load_from_file_ptr$.HANDLE.invokeExact(file, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_load_from_file_ptr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_load_from_file_ptr", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, llama_model_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_model * llama_model_load_from_splits(const char ** paths, size_t n_paths, struct llama_model_params params)
     * }
     *
     * <pre>
     *  Load a model from multiple splits (support custom naming scheme)
     *  The paths must be in the correct order
     * </pre>
     */
    public static MemorySegment llama_model_load_from_splits(MemorySegment paths, long n_paths, MemorySegment params) {
        try {
            return (MemorySegment) llama_model_load_from_splits$.HANDLE.invokeExact(paths, n_paths, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_load_from_splits$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_load_from_splits", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, llama_model_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void llama_model_save_to_file(const struct llama_model * model, const char * path_model)
     * }
     */
    public static void llama_model_save_to_file(MemorySegment model, MemorySegment path_model) {
        try {
            llama_model_save_to_file$.HANDLE.invokeExact(model, path_model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_save_to_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_save_to_file", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_free_model(struct llama_model * model)
     * }
     *
     * @deprecated use llama_model_free instead
     */
    @Deprecated
    public static void llama_free_model(MemorySegment model) {
        try {
            llama_free_model$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_free_model$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_free_model", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_model_free(struct llama_model * model)
     * }
     */
    public static void llama_model_free(MemorySegment model) {
        try {
            llama_model_free$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_free", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_context * llama_init_from_model(struct llama_model * model, struct llama_context_params params)
     * }
     */
    public static MemorySegment llama_init_from_model(MemorySegment model, MemorySegment params) {
        try {
            return (MemorySegment) llama_init_from_model$.HANDLE.invokeExact(model, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_init_from_model$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_init_from_model", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, llama_context_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_context * llama_new_context_with_model(struct llama_model * model, struct llama_context_params params)
     * }
     *
     * @deprecated use llama_init_from_model instead
     */
    @Deprecated
    public static MemorySegment llama_new_context_with_model(MemorySegment model, MemorySegment params) {
        try {
            return (MemorySegment) llama_new_context_with_model$.HANDLE.invokeExact(model, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_new_context_with_model$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_new_context_with_model", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, llama_context_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void llama_free(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Frees all allocated memory
     * </pre>
     */
    public static void llama_free(MemorySegment ctx) {
        try {
            llama_free$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_free", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t llama_time_us(void)
     * }
     */
    public static long llama_time_us() {
        try {
            return (long) llama_time_us$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_time_us$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_time_us", "llama.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_max_devices(void)
     * }
     */
    public static long llama_max_devices() {
        try {
            return (long) llama_max_devices$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_max_devices$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_max_devices", "llama.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_max_parallel_sequences(void)
     * }
     */
    public static long llama_max_parallel_sequences() {
        try {
            return (long) llama_max_parallel_sequences$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_max_parallel_sequences$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_max_parallel_sequences", "llama.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_max_tensor_buft_overrides(void)
     * }
     */
    public static long llama_max_tensor_buft_overrides() {
        try {
            return (long) llama_max_tensor_buft_overrides$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_max_tensor_buft_overrides$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_max_tensor_buft_overrides", "llama.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_supports_mmap(void)
     * }
     */
    public static boolean llama_supports_mmap() {
        try {
            return (boolean) llama_supports_mmap$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_supports_mmap$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_supports_mmap", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_supports_mlock(void)
     * }
     */
    public static boolean llama_supports_mlock() {
        try {
            return (boolean) llama_supports_mlock$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_supports_mlock$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_supports_mlock", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_supports_gpu_offload(void)
     * }
     */
    public static boolean llama_supports_gpu_offload() {
        try {
            return (boolean) llama_supports_gpu_offload$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_supports_gpu_offload$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_supports_gpu_offload", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_supports_rpc(void)
     * }
     */
    public static boolean llama_supports_rpc() {
        try {
            return (boolean) llama_supports_rpc$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_supports_rpc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_supports_rpc", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_n_ctx(const struct llama_context * ctx)
     * }
     *
     * <pre>
     *  NOTE: After creating a llama_context, it is recommended to query the actual values using these functions
     *        In some cases the requested values via llama_context_params may differ from the actual values used by the context
     *        ref: https://github.com/ggml-org/llama.cpp/pull/17046#discussion_r2503085732
     * </pre>
     */
    public static int llama_n_ctx(MemorySegment ctx) {
        try {
            return (int) llama_n_ctx$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_ctx$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_n_ctx", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_n_ctx_seq(const struct llama_context * ctx)
     * }
     */
    public static int llama_n_ctx_seq(MemorySegment ctx) {
        try {
            return (int) llama_n_ctx_seq$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_ctx_seq$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_ctx_seq", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_n_batch(const struct llama_context * ctx)
     * }
     */
    public static int llama_n_batch(MemorySegment ctx) {
        try {
            return (int) llama_n_batch$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_batch$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_n_batch", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_n_ubatch(const struct llama_context * ctx)
     * }
     */
    public static int llama_n_ubatch(MemorySegment ctx) {
        try {
            return (int) llama_n_ubatch$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_ubatch$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_n_ubatch", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_n_seq_max(const struct llama_context * ctx)
     * }
     */
    public static int llama_n_seq_max(MemorySegment ctx) {
        try {
            return (int) llama_n_seq_max$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_seq_max$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_n_seq_max", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_n_rs_seq(const struct llama_context * ctx)
     * }
     */
    public static int llama_n_rs_seq(MemorySegment ctx) {
        try {
            return (int) llama_n_rs_seq$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_rs_seq$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_rs_seq", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_ctx_train(const struct llama_model * model)
     * }
     *
     * @deprecated use llama_model_n_ctx_train instead
     */
    @Deprecated
    public static int llama_n_ctx_train(MemorySegment model) {
        try {
            return (int) llama_n_ctx_train$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_ctx_train$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_ctx_train", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_embd(const struct llama_model * model)
     * }
     *
     * @deprecated use llama_model_n_embd instead
     */
    @Deprecated
    public static int llama_n_embd(MemorySegment model) {
        try {
            return (int) llama_n_embd$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_embd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_embd", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_layer(const struct llama_model * model)
     * }
     *
     * @deprecated use llama_model_n_layer instead
     */
    @Deprecated
    public static int llama_n_layer(MemorySegment model) {
        try {
            return (int) llama_n_layer$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_layer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_layer", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_head(const struct llama_model * model)
     * }
     *
     * @deprecated use llama_model_n_head instead
     */
    @Deprecated
    public static int llama_n_head(MemorySegment model) {
        try {
            return (int) llama_n_head$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_head$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_head", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_vocab(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_n_tokens instead
     */
    @Deprecated
    public static int llama_n_vocab(MemorySegment vocab) {
        try {
            return (int) llama_n_vocab$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_vocab$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_vocab", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const struct llama_model * llama_get_model(const struct llama_context * ctx)
     * }
     */
    public static MemorySegment llama_get_model(MemorySegment ctx) {
        try {
            return (MemorySegment) llama_get_model$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_model$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_model", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_memory_t llama_get_memory(const struct llama_context * ctx)
     * }
     */
    public static MemorySegment llama_get_memory(MemorySegment ctx) {
        try {
            return (MemorySegment) llama_get_memory$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_memory$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_memory", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum llama_pooling_type llama_pooling_type(const struct llama_context * ctx)
     * }
     */
    public static int llama_pooling_type(MemorySegment ctx) {
        try {
            return (int) llama_pooling_type$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_pooling_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_pooling_type", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const struct llama_vocab * llama_model_get_vocab(const struct llama_model * model)
     * }
     */
    public static MemorySegment llama_model_get_vocab(MemorySegment model) {
        try {
            return (MemorySegment) llama_model_get_vocab$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_get_vocab$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_model_get_vocab", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum llama_rope_type llama_model_rope_type(const struct llama_model * model)
     * }
     */
    public static int llama_model_rope_type(MemorySegment model) {
        try {
            return (int) llama_model_rope_type$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_rope_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_rope_type", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_ctx_train(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_ctx_train(MemorySegment model) {
        try {
            return (int) llama_model_n_ctx_train$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_ctx_train$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_ctx_train", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_embd(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_embd(MemorySegment model) {
        try {
            return (int) llama_model_n_embd$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_embd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_embd", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_embd_inp(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_embd_inp(MemorySegment model) {
        try {
            return (int) llama_model_n_embd_inp$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_embd_inp$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_embd_inp", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_embd_out(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_embd_out(MemorySegment model) {
        try {
            return (int) llama_model_n_embd_out$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_embd_out$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_embd_out", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_layer(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_layer(MemorySegment model) {
        try {
            return (int) llama_model_n_layer$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_layer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_layer", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_layer_nextn(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_layer_nextn(MemorySegment model) {
        try {
            return (int) llama_model_n_layer_nextn$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_layer_nextn$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_layer_nextn", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_head(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_head(MemorySegment model) {
        try {
            return (int) llama_model_n_head$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_head$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_head", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_head_kv(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_head_kv(MemorySegment model) {
        try {
            return (int) llama_model_n_head_kv$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_head_kv$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_head_kv", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_n_swa(const struct llama_model * model)
     * }
     */
    public static int llama_model_n_swa(MemorySegment model) {
        try {
            return (int) llama_model_n_swa$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_swa$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_swa", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * float llama_model_rope_freq_scale_train(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Get the model's RoPE frequency scaling factor
     * </pre>
     */
    public static float llama_model_rope_freq_scale_train(MemorySegment model) {
        try {
            return (float) llama_model_rope_freq_scale_train$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_rope_freq_scale_train$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_rope_freq_scale_train", "llama.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_model_n_cls_out(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns the number of classifier outputs (only valid for classifier models)
     *  Undefined behavior for non-classifier models
     * </pre>
     */
    public static int llama_model_n_cls_out(MemorySegment model) {
        try {
            return (int) llama_model_n_cls_out$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_cls_out$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_cls_out", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_model_cls_label(const struct llama_model * model, uint32_t i)
     * }
     *
     * <pre>
     *  Returns label of classifier output by index (&lt;n_cls_out). Returns nullptr if no label provided
     * </pre>
     */
    public static MemorySegment llama_model_cls_label(MemorySegment model, int i) {
        try {
            return (MemorySegment) llama_model_cls_label$.HANDLE.invokeExact(model, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_cls_label$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_cls_label", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum llama_vocab_type llama_vocab_type(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_type(MemorySegment vocab) {
        try {
            return (int) llama_vocab_type$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_type", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_vocab_n_tokens(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_n_tokens(MemorySegment vocab) {
        try {
            return (int) llama_vocab_n_tokens$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_n_tokens$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_vocab_n_tokens", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_meta_val_str(const struct llama_model * model, const char * key, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get metadata value as a string by key name
     * </pre>
     */
    public static int llama_model_meta_val_str(MemorySegment model, MemorySegment key, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_model_meta_val_str$.HANDLE.invokeExact(model, key, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_meta_val_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_meta_val_str", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_meta_count(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Get the number of metadata key/value pairs
     * </pre>
     */
    public static int llama_model_meta_count(MemorySegment model) {
        try {
            return (int) llama_model_meta_count$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_meta_count$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_meta_count", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_model_meta_key_str(enum llama_model_meta_key key)
     * }
     *
     * <pre>
     *  Get sampling metadata key name. Returns nullptr if the key is invalid
     * </pre>
     */
    public static MemorySegment llama_model_meta_key_str(int key) {
        try {
            return (MemorySegment) llama_model_meta_key_str$.HANDLE.invokeExact(key);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_meta_key_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_meta_key_str", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_meta_key_by_index(const struct llama_model * model, int32_t i, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get metadata key name by index
     * </pre>
     */
    public static int llama_model_meta_key_by_index(MemorySegment model, int i, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_model_meta_key_by_index$.HANDLE.invokeExact(model, i, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_meta_key_by_index$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_meta_key_by_index", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_meta_val_str_by_index(const struct llama_model * model, int32_t i, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get metadata value as a string by index
     * </pre>
     */
    public static int llama_model_meta_val_str_by_index(MemorySegment model, int i, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_model_meta_val_str_by_index$.HANDLE.invokeExact(model, i, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_meta_val_str_by_index$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_meta_val_str_by_index", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_model_desc(const struct llama_model * model, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get a string describing the model type
     * </pre>
     */
    public static int llama_model_desc(MemorySegment model, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_model_desc$.HANDLE.invokeExact(model, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_desc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_desc", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * enum llama_ftype llama_model_ftype(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Get the model file type (quantization), e.g. LLAMA_FTYPE_MOSTLY_Q8_0
     * </pre>
     */
    public static int llama_model_ftype(MemorySegment model) {
        try {
            return (int) llama_model_ftype$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_ftype$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_ftype", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint64_t llama_model_size(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns the total size of all the tensors in the model in bytes
     * </pre>
     */
    public static long llama_model_size(MemorySegment model) {
        try {
            return (long) llama_model_size$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_size", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_model_chat_template(const struct llama_model * model, const char * name)
     * }
     *
     * <pre>
     *  Get the default chat template. Returns nullptr if not available
     *  If name is NULL, returns the default chat template
     * </pre>
     */
    public static MemorySegment llama_model_chat_template(MemorySegment model, MemorySegment name) {
        try {
            return (MemorySegment) llama_model_chat_template$.HANDLE.invokeExact(model, name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_chat_template$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_chat_template", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint64_t llama_model_n_params(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns the total number of parameters in the model
     * </pre>
     */
    public static long llama_model_n_params(MemorySegment model) {
        try {
            return (long) llama_model_n_params$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_n_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_n_params", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_model_has_encoder(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns true if the model contains an encoder that requires llama_encode() call
     * </pre>
     */
    public static boolean llama_model_has_encoder(MemorySegment model) {
        try {
            return (boolean) llama_model_has_encoder$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_has_encoder$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_has_encoder", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_model_has_decoder(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns true if the model contains a decoder that requires llama_decode() call
     * </pre>
     */
    public static boolean llama_model_has_decoder(MemorySegment model) {
        try {
            return (boolean) llama_model_has_decoder$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_has_decoder$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_has_decoder", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_model_decoder_start_token(const struct llama_model * model)
     * }
     *
     * <pre>
     *  For encoder-decoder models, this function returns id of the token that must be provided
     *  to the decoder to start generating output sequence. For other models, it returns -1.
     * </pre>
     */
    public static int llama_model_decoder_start_token(MemorySegment model) {
        try {
            return (int) llama_model_decoder_start_token$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_decoder_start_token$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_decoder_start_token", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_model_is_recurrent(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns true if the model is recurrent (like Mamba, RWKV, etc.)
     * </pre>
     */
    public static boolean llama_model_is_recurrent(MemorySegment model) {
        try {
            return (boolean) llama_model_is_recurrent$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_is_recurrent$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_is_recurrent", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_model_is_hybrid(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns true if the model is hybrid (like Jamba, Granite, etc.)
     * </pre>
     */
    public static boolean llama_model_is_hybrid(MemorySegment model) {
        try {
            return (boolean) llama_model_is_hybrid$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_is_hybrid$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_is_hybrid", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_model_is_diffusion(const struct llama_model * model)
     * }
     *
     * <pre>
     *  Returns true if the model is diffusion-based (like LLaDA, Dream, etc.)
     * </pre>
     */
    public static boolean llama_model_is_diffusion(MemorySegment model) {
        try {
            return (boolean) llama_model_is_diffusion$.HANDLE.invokeExact(model);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_is_diffusion$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_is_diffusion", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_model_quantize(const char * fname_inp, const char * fname_out, const llama_model_quantize_params * params)
     * }
     *
     * <pre>
     *  Returns 0 on success
     * </pre>
     */
    public static int llama_model_quantize(MemorySegment fname_inp, MemorySegment fname_out, MemorySegment params) {
        try {
            return (int) llama_model_quantize$.HANDLE.invokeExact(fname_inp, fname_out, params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_model_quantize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_model_quantize", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_adapter_lora * llama_adapter_lora_init(struct llama_model * model, const char * path_lora)
     * }
     *
     * <pre>
     *  Load a LoRA adapter from file
     *  The adapter is valid as long as the associated model is not freed
     * </pre>
     */
    public static MemorySegment llama_adapter_lora_init(MemorySegment model, MemorySegment path_lora) {
        try {
            return (MemorySegment) llama_adapter_lora_init$.HANDLE.invokeExact(model, path_lora);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_lora_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_lora_init", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_adapter_lora * llama_adapter_lora_init_from_file_ptr(struct llama_model * model, FILE * file)
     * }
     *
     * <pre>
     *  Load a LoRA adapter from an open FILE pointer, reading from its current position
     * </pre>
     */
    public static MemorySegment llama_adapter_lora_init_from_file_ptr(MemorySegment model, MemorySegment file) {
        try {
            return (MemorySegment) llama_adapter_lora_init_from_file_ptr$.HANDLE.invokeExact(model, file);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_lora_init_from_file_ptr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_lora_init_from_file_ptr", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_adapter_meta_val_str(const struct llama_adapter_lora * adapter, const char * key, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get metadata value as a string by key name
     * </pre>
     */
    public static int llama_adapter_meta_val_str(MemorySegment adapter, MemorySegment key, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_adapter_meta_val_str$.HANDLE.invokeExact(adapter, key, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_meta_val_str$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_meta_val_str", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_adapter_meta_count(const struct llama_adapter_lora * adapter)
     * }
     *
     * <pre>
     *  Get the number of metadata key/value pairs
     * </pre>
     */
    public static int llama_adapter_meta_count(MemorySegment adapter) {
        try {
            return (int) llama_adapter_meta_count$.HANDLE.invokeExact(adapter);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_meta_count$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_meta_count", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_adapter_meta_key_by_index(const struct llama_adapter_lora * adapter, int32_t i, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get metadata key name by index
     * </pre>
     */
    public static int llama_adapter_meta_key_by_index(MemorySegment adapter, int i, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_adapter_meta_key_by_index$.HANDLE.invokeExact(adapter, i, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_meta_key_by_index$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_meta_key_by_index", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_adapter_meta_val_str_by_index(const struct llama_adapter_lora * adapter, int32_t i, char * buf, size_t buf_size)
     * }
     *
     * <pre>
     *  Get metadata value as a string by index
     * </pre>
     */
    public static int llama_adapter_meta_val_str_by_index(MemorySegment adapter, int i, MemorySegment buf, long buf_size) {
        try {
            return (int) llama_adapter_meta_val_str_by_index$.HANDLE.invokeExact(adapter, i, buf, buf_size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_meta_val_str_by_index$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_meta_val_str_by_index", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void llama_adapter_lora_free(struct llama_adapter_lora * adapter)
     * }
     *
     * <pre>
     *  Manually free a LoRA adapter
     *  NOTE: loaded adapters that are not manually freed will be freed when the associated model is deleted
     * </pre>
     */
    public static void llama_adapter_lora_free(MemorySegment adapter) {
        try {
            llama_adapter_lora_free$.HANDLE.invokeExact(adapter);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_lora_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_lora_free", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint64_t llama_adapter_get_alora_n_invocation_tokens(const struct llama_adapter_lora * adapter)
     * }
     *
     * <pre>
     *  Get the invocation tokens if the current lora is an alora
     * </pre>
     */
    public static long llama_adapter_get_alora_n_invocation_tokens(MemorySegment adapter) {
        try {
            return (long) llama_adapter_get_alora_n_invocation_tokens$.HANDLE.invokeExact(adapter);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_get_alora_n_invocation_tokens$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_get_alora_n_invocation_tokens", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const llama_token * llama_adapter_get_alora_invocation_tokens(const struct llama_adapter_lora * adapter)
     * }
     */
    public static MemorySegment llama_adapter_get_alora_invocation_tokens(MemorySegment adapter) {
        try {
            return (MemorySegment) llama_adapter_get_alora_invocation_tokens$.HANDLE.invokeExact(adapter);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_adapter_get_alora_invocation_tokens$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_adapter_get_alora_invocation_tokens", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_set_adapters_lora(struct llama_context * ctx, struct llama_adapter_lora ** adapters, size_t n_adapters, float * scales)
     * }
     *
     * <pre>
     *  Set LoRa adapters on the context. Will only modify if the adapters currently in context are different.
     * </pre>
     */
    public static int llama_set_adapters_lora(MemorySegment ctx, MemorySegment adapters, long n_adapters, MemorySegment scales) {
        try {
            return (int) llama_set_adapters_lora$.HANDLE.invokeExact(ctx, adapters, n_adapters, scales);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_adapters_lora$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_adapters_lora", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_set_adapter_cvec(struct llama_context * ctx, const float * data, size_t len, int32_t n_embd, int32_t il_start, int32_t il_end)
     * }
     *
     * <pre>
     *  Apply a loaded control vector to a llama_context, or if data is NULL, clear
     *  the currently loaded vector.
     *  n_embd should be the size of a single layer's control, and data should point
     *  to an n_embd x n_layers buffer starting from layer 1.
     *  il_start and il_end are the layer range the vector should apply to (both inclusive)
     *  See llama_control_vector_load in common to load a control vector.
     * </pre>
     */
    public static int llama_set_adapter_cvec(MemorySegment ctx, MemorySegment data, long len, int n_embd, int il_start, int il_end) {
        try {
            return (int) llama_set_adapter_cvec$.HANDLE.invokeExact(ctx, data, len, n_embd, il_start, il_end);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_adapter_cvec$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_adapter_cvec", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_memory_clear(llama_memory_t mem, _Bool data)
     * }
     *
     * <pre>
     *  Clear the memory contents
     *  If data == true, the data buffers will also be cleared together with the metadata
     * </pre>
     */
    public static void llama_memory_clear(MemorySegment mem, boolean data) {
        try {
            llama_memory_clear$.HANDLE.invokeExact(mem, data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_clear$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_clear", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_memory_seq_rm(llama_memory_t mem, llama_seq_id seq_id, llama_pos p0, llama_pos p1)
     * }
     *
     * <pre>
     *  Removes all tokens that belong to the specified sequence and have positions in [p0, p1)
     *  Returns false if a partial sequence cannot be removed. Removing a whole sequence never fails
     *  seq_id &lt; 0 : match any sequence [TAG_LLAMA_SEQ_ID_NEG]
     *  p0 &lt; 0     : [0,  p1]
     *  p1 &lt; 0     : [p0, inf)
     * </pre>
     */
    public static boolean llama_memory_seq_rm(MemorySegment mem, int seq_id, int p0, int p1) {
        try {
            return (boolean) llama_memory_seq_rm$.HANDLE.invokeExact(mem, seq_id, p0, p1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_rm$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_rm", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_memory_seq_cp(llama_memory_t mem, llama_seq_id seq_id_src, llama_seq_id seq_id_dst, llama_pos p0, llama_pos p1)
     * }
     *
     * <pre>
     *  Copy all tokens that belong to the specified sequence to another sequence
     *  p0 &lt; 0 : [0,  p1]
     *  p1 &lt; 0 : [p0, inf)
     * </pre>
     */
    public static void llama_memory_seq_cp(MemorySegment mem, int seq_id_src, int seq_id_dst, int p0, int p1) {
        try {
            llama_memory_seq_cp$.HANDLE.invokeExact(mem, seq_id_src, seq_id_dst, p0, p1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_cp$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_cp", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_memory_seq_keep(llama_memory_t mem, llama_seq_id seq_id)
     * }
     *
     * <pre>
     *  Removes all tokens that do not belong to the specified sequence
     * </pre>
     */
    public static void llama_memory_seq_keep(MemorySegment mem, int seq_id) {
        try {
            llama_memory_seq_keep$.HANDLE.invokeExact(mem, seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_keep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_keep", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_memory_seq_add(llama_memory_t mem, llama_seq_id seq_id, llama_pos p0, llama_pos p1, llama_pos delta)
     * }
     *
     * <pre>
     *  Adds relative position "delta" to all tokens that belong to the specified sequence and have positions in [p0, p1)
     *  p0 &lt; 0 : [0,  p1]
     *  p1 &lt; 0 : [p0, inf)
     * </pre>
     */
    public static void llama_memory_seq_add(MemorySegment mem, int seq_id, int p0, int p1, int delta) {
        try {
            llama_memory_seq_add$.HANDLE.invokeExact(mem, seq_id, p0, p1, delta);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_add$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_add", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_memory_seq_div(llama_memory_t mem, llama_seq_id seq_id, llama_pos p0, llama_pos p1, int d)
     * }
     *
     * <pre>
     *  Integer division of the positions by factor of `d &gt; 1`
     *  p0 &lt; 0 : [0,  p1]
     *  p1 &lt; 0 : [p0, inf)
     * </pre>
     */
    public static void llama_memory_seq_div(MemorySegment mem, int seq_id, int p0, int p1, int d) {
        try {
            llama_memory_seq_div$.HANDLE.invokeExact(mem, seq_id, p0, p1, d);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_div$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_div", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * llama_pos llama_memory_seq_pos_min(llama_memory_t mem, llama_seq_id seq_id)
     * }
     *
     * <pre>
     *  Returns the smallest position present in the memory for the specified sequence
     *  This is typically non-zero only for SWA caches
     *  Note that all positions in the range [pos_min, pos_max] are guaranteed to be present in the memory
     *  Return -1 if the sequence is empty
     * </pre>
     */
    public static int llama_memory_seq_pos_min(MemorySegment mem, int seq_id) {
        try {
            return (int) llama_memory_seq_pos_min$.HANDLE.invokeExact(mem, seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_pos_min$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_pos_min", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * llama_pos llama_memory_seq_pos_max(llama_memory_t mem, llama_seq_id seq_id)
     * }
     *
     * <pre>
     *  Returns the largest position present in the memory for the specified sequence
     *  Note that all positions in the range [pos_min, pos_max] are guaranteed to be present in the memory
     *  Return -1 if the sequence is empty
     * </pre>
     */
    public static int llama_memory_seq_pos_max(MemorySegment mem, int seq_id) {
        try {
            return (int) llama_memory_seq_pos_max$.HANDLE.invokeExact(mem, seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_seq_pos_max$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_seq_pos_max", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_memory_can_shift(llama_memory_t mem)
     * }
     *
     * <pre>
     *  Check if the memory supports shifting
     * </pre>
     */
    public static boolean llama_memory_can_shift(MemorySegment mem) {
        try {
            return (boolean) llama_memory_can_shift$.HANDLE.invokeExact(mem);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_memory_can_shift$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_memory_can_shift", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_get_size(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Returns the *actual* size in bytes of the state
     *  (logits, embedding and memory)
     *  Only use when saving the state, not when restoring it, otherwise the size may be too small.
     * </pre>
     */
    public static long llama_state_get_size(MemorySegment ctx) {
        try {
            return (long) llama_state_get_size$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_get_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_get_size", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_get_state_size(struct llama_context * ctx)
     * }
     *
     * @deprecated use llama_state_get_size instead
     */
    @Deprecated
    public static long llama_get_state_size(MemorySegment ctx) {
        try {
            return (long) llama_get_state_size$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_state_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_state_size", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_get_data(struct llama_context * ctx, uint8_t * dst, size_t size)
     * }
     *
     * <pre>
     *  Copies the state to the specified destination address.
     *  Destination needs to have allocated enough memory.
     *  Returns the number of bytes copied
     * </pre>
     */
    public static long llama_state_get_data(MemorySegment ctx, MemorySegment dst, long size) {
        try {
            return (long) llama_state_get_data$.HANDLE.invokeExact(ctx, dst, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_get_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_get_data", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_copy_state_data(struct llama_context * ctx, uint8_t * dst)
     * }
     *
     * @deprecated use llama_state_get_data instead
     */
    @Deprecated
    public static long llama_copy_state_data(MemorySegment ctx, MemorySegment dst) {
        try {
            return (long) llama_copy_state_data$.HANDLE.invokeExact(ctx, dst);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_copy_state_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_copy_state_data", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_set_data(struct llama_context * ctx, const uint8_t * src, size_t size)
     * }
     *
     * <pre>
     *  Set the state reading from the specified address
     *  Returns the number of bytes read
     * </pre>
     */
    public static long llama_state_set_data(MemorySegment ctx, MemorySegment src, long size) {
        try {
            return (long) llama_state_set_data$.HANDLE.invokeExact(ctx, src, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_set_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_set_data", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_set_state_data(struct llama_context * ctx, const uint8_t * src)
     * }
     *
     * @deprecated use llama_state_set_data instead
     */
    @Deprecated
    public static long llama_set_state_data(MemorySegment ctx, MemorySegment src) {
        try {
            return (long) llama_set_state_data$.HANDLE.invokeExact(ctx, src);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_state_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_state_data", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_state_load_file(struct llama_context * ctx, const char * path_session, llama_token * tokens_out, size_t n_token_capacity, size_t * n_token_count_out)
     * }
     *
     * <pre>
     *  Save/load session file
     * </pre>
     */
    public static boolean llama_state_load_file(MemorySegment ctx, MemorySegment path_session, MemorySegment tokens_out, long n_token_capacity, MemorySegment n_token_count_out) {
        try {
            return (boolean) llama_state_load_file$.HANDLE.invokeExact(ctx, path_session, tokens_out, n_token_capacity, n_token_count_out);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_load_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_load_file", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_load_session_file(struct llama_context * ctx, const char * path_session, llama_token * tokens_out, size_t n_token_capacity, size_t * n_token_count_out)
     * }
     *
     * @deprecated use llama_state_load_file instead
     */
    @Deprecated
    public static boolean llama_load_session_file(MemorySegment ctx, MemorySegment path_session, MemorySegment tokens_out, long n_token_capacity, MemorySegment n_token_count_out) {
        try {
            return (boolean) llama_load_session_file$.HANDLE.invokeExact(ctx, path_session, tokens_out, n_token_capacity, n_token_count_out);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_load_session_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_load_session_file", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_state_save_file(struct llama_context * ctx, const char * path_session, const llama_token * tokens, size_t n_token_count)
     * }
     */
    public static boolean llama_state_save_file(MemorySegment ctx, MemorySegment path_session, MemorySegment tokens, long n_token_count) {
        try {
            return (boolean) llama_state_save_file$.HANDLE.invokeExact(ctx, path_session, tokens, n_token_count);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_save_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_save_file", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_save_session_file(struct llama_context * ctx, const char * path_session, const llama_token * tokens, size_t n_token_count)
     * }
     *
     * @deprecated use llama_state_save_file instead
     */
    @Deprecated
    public static boolean llama_save_session_file(MemorySegment ctx, MemorySegment path_session, MemorySegment tokens, long n_token_count) {
        try {
            return (boolean) llama_save_session_file$.HANDLE.invokeExact(ctx, path_session, tokens, n_token_count);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_save_session_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_save_session_file", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_get_size(struct llama_context * ctx, llama_seq_id seq_id)
     * }
     *
     * <pre>
     *  Get the exact size needed to copy the state of a single sequence
     * </pre>
     */
    public static long llama_state_seq_get_size(MemorySegment ctx, int seq_id) {
        try {
            return (long) llama_state_seq_get_size$.HANDLE.invokeExact(ctx, seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_get_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_get_size", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_get_data(struct llama_context * ctx, uint8_t * dst, size_t size, llama_seq_id seq_id)
     * }
     *
     * <pre>
     *  Copy the state of a single sequence into the specified buffer
     * </pre>
     */
    public static long llama_state_seq_get_data(MemorySegment ctx, MemorySegment dst, long size, int seq_id) {
        try {
            return (long) llama_state_seq_get_data$.HANDLE.invokeExact(ctx, dst, size, seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_get_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_get_data", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_set_data(struct llama_context * ctx, const uint8_t * src, size_t size, llama_seq_id dest_seq_id)
     * }
     *
     * <pre>
     *  Copy the sequence data (originally copied with `llama_state_seq_get_data`) into the specified sequence
     *  Returns:
     *   - Positive: Ok
     *   - Zero: Failed to load
     * </pre>
     */
    public static long llama_state_seq_set_data(MemorySegment ctx, MemorySegment src, long size, int dest_seq_id) {
        try {
            return (long) llama_state_seq_set_data$.HANDLE.invokeExact(ctx, src, size, dest_seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_set_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_set_data", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_save_file(struct llama_context * ctx, const char * filepath, llama_seq_id seq_id, const llama_token * tokens, size_t n_token_count)
     * }
     */
    public static long llama_state_seq_save_file(MemorySegment ctx, MemorySegment filepath, int seq_id, MemorySegment tokens, long n_token_count) {
        try {
            return (long) llama_state_seq_save_file$.HANDLE.invokeExact(ctx, filepath, seq_id, tokens, n_token_count);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_save_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_save_file", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_load_file(struct llama_context * ctx, const char * filepath, llama_seq_id dest_seq_id, llama_token * tokens_out, size_t n_token_capacity, size_t * n_token_count_out)
     * }
     *
     * <pre>
     *  If tokens_out is NULL, only the token count is reported through n_token_count_out and no state is loaded
     * </pre>
     */
    public static long llama_state_seq_load_file(MemorySegment ctx, MemorySegment filepath, int dest_seq_id, MemorySegment tokens_out, long n_token_capacity, MemorySegment n_token_count_out) {
        try {
            return (long) llama_state_seq_load_file$.HANDLE.invokeExact(ctx, filepath, dest_seq_id, tokens_out, n_token_capacity, n_token_count_out);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_load_file$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_load_file", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_get_size_ext(struct llama_context * ctx, llama_seq_id seq_id, llama_state_seq_flags flags)
     * }
     */
    public static long llama_state_seq_get_size_ext(MemorySegment ctx, int seq_id, int flags) {
        try {
            return (long) llama_state_seq_get_size_ext$.HANDLE.invokeExact(ctx, seq_id, flags);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_get_size_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_get_size_ext", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_get_data_ext(struct llama_context * ctx, uint8_t * dst, size_t size, llama_seq_id seq_id, llama_state_seq_flags flags)
     * }
     */
    public static long llama_state_seq_get_data_ext(MemorySegment ctx, MemorySegment dst, long size, int seq_id, int flags) {
        try {
            return (long) llama_state_seq_get_data_ext$.HANDLE.invokeExact(ctx, dst, size, seq_id, flags);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_get_data_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_get_data_ext", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_state_seq_set_data_ext(struct llama_context * ctx, const uint8_t * src, size_t size, llama_seq_id dest_seq_id, llama_state_seq_flags flags)
     * }
     */
    public static long llama_state_seq_set_data_ext(MemorySegment ctx, MemorySegment src, long size, int dest_seq_id, int flags) {
        try {
            return (long) llama_state_seq_set_data_ext$.HANDLE.invokeExact(ctx, src, size, dest_seq_id, flags);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_state_seq_set_data_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_state_seq_set_data_ext", "llama.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_batch llama_batch_get_one(llama_token * tokens, int32_t n_tokens)
     * }
     *
     * <pre>
     *  Return batch for single sequence of tokens
     *  The sequence ID will be fixed to 0
     *  The position of the tokens will be tracked automatically by llama_decode
     *
     *  NOTE: this is a helper function to facilitate transition to the new batch API - avoid using it
     * </pre>
     */
    public static MemorySegment llama_batch_get_one(SegmentAllocator allocator, MemorySegment tokens, int n_tokens) {
        try {
            return (MemorySegment) llama_batch_get_one$.HANDLE.invokeExact(allocator, tokens, n_tokens);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_batch_get_one$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_batch_get_one", "llama.h",
                FunctionDescriptor.of(llama_batch.LAYOUT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_batch llama_batch_init(int32_t n_tokens, int32_t embd, int32_t n_seq_max)
     * }
     *
     * <pre>
     *  Allocates a batch of tokens on the heap that can hold a maximum of n_tokens
     *  Each token can be assigned up to n_seq_max sequence ids
     *  The batch has to be freed with llama_batch_free()
     *  If embd != 0, llama_batch.embd will be allocated with size of n_tokens * embd * sizeof(float)
     *  Otherwise, llama_batch.token will be allocated to store n_tokens llama_token
     *  The rest of the llama_batch members are allocated with size n_tokens
     *  All members are left uninitialized
     * </pre>
     */
    public static MemorySegment llama_batch_init(SegmentAllocator allocator, int n_tokens, int embd, int n_seq_max) {
        try {
            return (MemorySegment) llama_batch_init$.HANDLE.invokeExact(allocator, n_tokens, embd, n_seq_max);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_batch_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_batch_init", "llama.h",
                FunctionDescriptor.of(llama_batch.LAYOUT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_batch_free(struct llama_batch batch)
     * }
     *
     * <pre>
     *  Frees a batch of tokens allocated with llama_batch_init()
     * </pre>
     */
    public static void llama_batch_free(MemorySegment batch) {
        try {
            llama_batch_free$.HANDLE.invokeExact(batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_batch_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_batch_free", "llama.h",
                FunctionDescriptor.ofVoid(llama_batch.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_encode(struct llama_context * ctx, struct llama_batch batch)
     * }
     *
     * <pre>
     *  Process a batch of tokens.
     *  In contrast to llama_decode() - this call does not use KV cache.
     *  For encode-decoder contexts, processes the batch using the encoder.
     *  Can store the encoder output internally for later use by the decoder's cross-attention layers.
     *    0 - success
     *  &lt; 0 - error. the memory state is restored to the state before this call
     * </pre>
     */
    public static int llama_encode(MemorySegment ctx, MemorySegment batch) {
        try {
            return (int) llama_encode$.HANDLE.invokeExact(ctx, batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_encode$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_encode", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, llama_batch.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_decode(struct llama_context * ctx, struct llama_batch batch)
     * }
     *
     * <pre>
     *  Process a batch of tokens.
     *  Requires the context to have a memory.
     *  For encode-decoder contexts, processes the batch using the decoder.
     *  Positive return values does not mean a fatal error, but rather a warning.
     *  Upon fatal-error or abort, the ubatches that managed to be been processed will remain in the memory state of the context
     *    To handle this correctly, query the memory state using llama_memory_seq_pos_min() and llama_memory_seq_pos_max()
     *  Upon other return values, the memory state is restored to the state before this call
     *     0 - success
     *     1 - could not find a KV slot for the batch (try reducing the size of the batch or increase the context)
     *     2 - aborted     (processed ubatches will remain in the context's memory)
     *    -1 - invalid input batch
     *  &lt; -1 - fatal error (processed ubatches will remain in the context's memory)
     * </pre>
     */
    public static int llama_decode(MemorySegment ctx, MemorySegment batch) {
        try {
            return (int) llama_decode$.HANDLE.invokeExact(ctx, batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_decode$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_decode", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, llama_batch.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void llama_set_n_threads(struct llama_context * ctx, int32_t n_threads, int32_t n_threads_batch)
     * }
     *
     * <pre>
     *  Set the number of threads used for decoding
     *  n_threads is the number of threads used for generation (single token)
     *  n_threads_batch is the number of threads used for prompt and batch processing (multiple tokens)
     * </pre>
     */
    public static void llama_set_n_threads(MemorySegment ctx, int n_threads, int n_threads_batch) {
        try {
            llama_set_n_threads$.HANDLE.invokeExact(ctx, n_threads, n_threads_batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_n_threads$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_n_threads", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_threads(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Get the number of threads used for generation of a single token.
     * </pre>
     */
    public static int llama_n_threads(MemorySegment ctx) {
        try {
            return (int) llama_n_threads$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_threads$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_threads", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_n_threads_batch(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Get the number of threads used for prompt and batch processing (multiple token).
     * </pre>
     */
    public static int llama_n_threads_batch(MemorySegment ctx) {
        try {
            return (int) llama_n_threads_batch$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_n_threads_batch$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_n_threads_batch", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_set_embeddings(struct llama_context * ctx, _Bool embeddings)
     * }
     *
     * <pre>
     *  Set whether the context outputs embeddings or not
     *  TODO: rename to avoid confusion with llama_get_embeddings()
     * </pre>
     */
    public static void llama_set_embeddings(MemorySegment ctx, boolean embeddings) {
        try {
            llama_set_embeddings$.HANDLE.invokeExact(ctx, embeddings);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_embeddings$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_embeddings", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void llama_set_causal_attn(struct llama_context * ctx, _Bool causal_attn)
     * }
     *
     * <pre>
     *  Set whether to use causal attention or not
     *  If set to true, the model will only attend to the past tokens
     * </pre>
     */
    public static void llama_set_causal_attn(MemorySegment ctx, boolean causal_attn) {
        try {
            llama_set_causal_attn$.HANDLE.invokeExact(ctx, causal_attn);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_causal_attn$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_causal_attn", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void llama_set_warmup(struct llama_context * ctx, _Bool warmup)
     * }
     *
     * @deprecated user code should do warmup runs manually [TAG_LLAMA_GRAPH_NO_WARMUP]
     */
    @Deprecated
    public static void llama_set_warmup(MemorySegment ctx, boolean warmup) {
        try {
            llama_set_warmup$.HANDLE.invokeExact(ctx, warmup);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_warmup$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_warmup", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void llama_set_abort_callback(struct llama_context * ctx, ggml_abort_callback abort_callback, void * abort_callback_data)
     * }
     *
     * <pre>
     *  Set abort callback
     * </pre>
     */
    public static void llama_set_abort_callback(MemorySegment ctx, MemorySegment abort_callback, MemorySegment abort_callback_data) {
        try {
            llama_set_abort_callback$.HANDLE.invokeExact(ctx, abort_callback, abort_callback_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_abort_callback$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_abort_callback", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_synchronize(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Wait until all computations are finished
     *  This is automatically done when using one of the functions below to obtain the computation results
     *  and is not necessary to call it explicitly in most cases
     * </pre>
     */
    public static void llama_synchronize(MemorySegment ctx) {
        try {
            llama_synchronize$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_synchronize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_synchronize", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_logits(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Token logits obtained from the last call to llama_decode()
     *  The logits for which llama_batch.logits[i] != 0 are stored contiguously
     *  in the order they have appeared in the batch.
     *  Rows: number of tokens for which llama_batch.logits[i] != 0
     *  Cols: n_vocab
     *  TODO: deprecate in favor of llama_get_logits_ith() (ref: https://github.com/ggml-org/llama.cpp/pull/14853#issuecomment-3113143522)
     * </pre>
     */
    public static MemorySegment llama_get_logits(MemorySegment ctx) {
        try {
            return (MemorySegment) llama_get_logits$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_logits$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_logits", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_logits_ith(struct llama_context * ctx, int32_t i)
     * }
     *
     * <pre>
     *  Logits for the ith token. For positive indices, Equivalent to:
     *  llama_get_logits(ctx) + ctx-&gt;output_ids[i]*n_vocab
     *  Negative indices can be used to access logits in reverse order, -1 is the last logit.
     *  returns NULL for invalid ids.
     * </pre>
     */
    public static MemorySegment llama_get_logits_ith(MemorySegment ctx, int i) {
        try {
            return (MemorySegment) llama_get_logits_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_logits_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_logits_ith", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_embeddings(struct llama_context * ctx)
     * }
     *
     * <pre>
     *  Get all output token embeddings.
     *  when pooling_type == LLAMA_POOLING_TYPE_NONE or when using a generative model,
     *  the embeddings for which llama_batch.logits[i] != 0 are stored contiguously
     *  in the order they have appeared in the batch.
     *  shape: [n_outputs*n_embd]
     *  Otherwise, returns NULL.
     *  TODO: deprecate in favor of llama_get_embeddings_ith() (ref: https://github.com/ggml-org/llama.cpp/pull/14853#issuecomment-3113143522)
     * </pre>
     */
    public static MemorySegment llama_get_embeddings(MemorySegment ctx) {
        try {
            return (MemorySegment) llama_get_embeddings$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_embeddings$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_embeddings", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_embeddings_ith(struct llama_context * ctx, int32_t i)
     * }
     *
     * <pre>
     *  Get the embeddings for the ith token. For positive indices, Equivalent to:
     *  llama_get_embeddings(ctx) + ctx-&gt;output_ids[i]*n_embd
     *  Negative indices can be used to access embeddings in reverse order, -1 is the last embedding.
     *  shape: [n_embd] (1-dimensional)
     *  returns NULL for invalid ids.
     * </pre>
     */
    public static MemorySegment llama_get_embeddings_ith(MemorySegment ctx, int i) {
        try {
            return (MemorySegment) llama_get_embeddings_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_embeddings_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_embeddings_ith", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_embeddings_seq(struct llama_context * ctx, llama_seq_id seq_id)
     * }
     *
     * <pre>
     *  Get the embeddings for a sequence id
     *  Returns NULL if pooling_type is LLAMA_POOLING_TYPE_NONE
     *  when pooling_type == LLAMA_POOLING_TYPE_RANK, returns float[n_cls_out] with the rank(s) of the sequence
     *  otherwise: float[n_embd] (1-dimensional)
     * </pre>
     */
    public static MemorySegment llama_get_embeddings_seq(MemorySegment ctx, int seq_id) {
        try {
            return (MemorySegment) llama_get_embeddings_seq$.HANDLE.invokeExact(ctx, seq_id);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_embeddings_seq$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_embeddings_seq", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_get_sampled_token_ith(struct llama_context * ctx, int32_t i)
     * }
     *
     * <pre>
     *  Get the backend sampled token for the ith token.
     *  With multiple outputs, sampler state advances when the token is accepted,
     *  not when it is read through this function.
     *  When accepting multiple outputs, accept a contiguous prefix in output order.
     *  Returns LLAMA_TOKEN_NULL if no token was sampled.
     * </pre>
     */
    public static int llama_get_sampled_token_ith(MemorySegment ctx, int i) {
        try {
            return (int) llama_get_sampled_token_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_token_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_token_ith", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_sampled_probs_ith(struct llama_context * ctx, int32_t i)
     * }
     *
     * <pre>
     *  Get the backend sampled probabilities for the ith token
     *  The index matches llama_get_sampled_token_ith().
     *  Returns NULL if no probabilities were generated.
     * </pre>
     */
    public static MemorySegment llama_get_sampled_probs_ith(MemorySegment ctx, int i) {
        try {
            return (MemorySegment) llama_get_sampled_probs_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_probs_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_probs_ith", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_get_sampled_probs_count_ith(struct llama_context * ctx, int32_t i)
     * }
     */
    public static int llama_get_sampled_probs_count_ith(MemorySegment ctx, int i) {
        try {
            return (int) llama_get_sampled_probs_count_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_probs_count_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_probs_count_ith", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float * llama_get_sampled_logits_ith(struct llama_context * ctx, int32_t i)
     * }
     *
     * <pre>
     *  Get the backend sampled logits for the ith token
     *  Returns NULL if no logits were sampled.
     * </pre>
     */
    public static MemorySegment llama_get_sampled_logits_ith(MemorySegment ctx, int i) {
        try {
            return (MemorySegment) llama_get_sampled_logits_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_logits_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_logits_ith", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_get_sampled_logits_count_ith(struct llama_context * ctx, int32_t i)
     * }
     */
    public static int llama_get_sampled_logits_count_ith(MemorySegment ctx, int i) {
        try {
            return (int) llama_get_sampled_logits_count_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_logits_count_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_logits_count_ith", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * llama_token * llama_get_sampled_candidates_ith(struct llama_context * ctx, int32_t i)
     * }
     *
     * <pre>
     *  Get the backend sampled candidates (token ids) for the ith token
     *  These are needed to map probability/logit indices to vocab token ids.
     *  Returns NULL if no candidates were sampled.
     * </pre>
     */
    public static MemorySegment llama_get_sampled_candidates_ith(MemorySegment ctx, int i) {
        try {
            return (MemorySegment) llama_get_sampled_candidates_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_candidates_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_candidates_ith", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_get_sampled_candidates_count_ith(struct llama_context * ctx, int32_t i)
     * }
     */
    public static int llama_get_sampled_candidates_count_ith(MemorySegment ctx, int i) {
        try {
            return (int) llama_get_sampled_candidates_count_ith$.HANDLE.invokeExact(ctx, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_get_sampled_candidates_count_ith$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_get_sampled_candidates_count_ith", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_vocab_get_text(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * <pre>
     *  Vocab
     * </pre>
     */
    public static MemorySegment llama_vocab_get_text(MemorySegment vocab, int token) {
        try {
            return (MemorySegment) llama_vocab_get_text$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_text$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_text", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float llama_vocab_get_score(const struct llama_vocab * vocab, llama_token token)
     * }
     */
    public static float llama_vocab_get_score(MemorySegment vocab, int token) {
        try {
            return (float) llama_vocab_get_score$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_score$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_score", "llama.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum llama_token_attr llama_vocab_get_attr(const struct llama_vocab * vocab, llama_token token)
     * }
     */
    public static int llama_vocab_get_attr(MemorySegment vocab, int token) {
        try {
            return (int) llama_vocab_get_attr$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_attr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_attr", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_vocab_is_eog(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * <pre>
     *  Check if the token is supposed to end generation (end-of-generation, eg. EOS, EOT, etc.)
     * </pre>
     */
    public static boolean llama_vocab_is_eog(MemorySegment vocab, int token) {
        try {
            return (boolean) llama_vocab_is_eog$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_is_eog$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_vocab_is_eog", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_vocab_is_control(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * <pre>
     *  Identify if Token Id is a control token or a render-able token
     * </pre>
     */
    public static boolean llama_vocab_is_control(MemorySegment vocab, int token) {
        try {
            return (boolean) llama_vocab_is_control$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_is_control$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_vocab_is_control", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_bos(const struct llama_vocab * vocab)
     * }
     *
     * <pre>
     *  Special tokens
     * </pre>
     */
    public static int llama_vocab_bos(MemorySegment vocab) {
        try {
            return (int) llama_vocab_bos$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_bos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_vocab_bos", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_eos(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_eos(MemorySegment vocab) {
        try {
            return (int) llama_vocab_eos$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_eos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_vocab_eos", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_eot(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_eot(MemorySegment vocab) {
        try {
            return (int) llama_vocab_eot$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_eot$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_vocab_eot", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_sep(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_sep(MemorySegment vocab) {
        try {
            return (int) llama_vocab_sep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_sep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_sep", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_nl(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_nl(MemorySegment vocab) {
        try {
            return (int) llama_vocab_nl$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_nl$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_nl", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_pad(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_pad(MemorySegment vocab) {
        try {
            return (int) llama_vocab_pad$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_pad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_pad", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_mask(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_mask(MemorySegment vocab) {
        try {
            return (int) llama_vocab_mask$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_mask$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_mask", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_vocab_get_add_bos(const struct llama_vocab * vocab)
     * }
     */
    public static boolean llama_vocab_get_add_bos(MemorySegment vocab) {
        try {
            return (boolean) llama_vocab_get_add_bos$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_add_bos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_add_bos", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_vocab_get_add_eos(const struct llama_vocab * vocab)
     * }
     */
    public static boolean llama_vocab_get_add_eos(MemorySegment vocab) {
        try {
            return (boolean) llama_vocab_get_add_eos$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_add_eos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_add_eos", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_vocab_get_add_sep(const struct llama_vocab * vocab)
     * }
     */
    public static boolean llama_vocab_get_add_sep(MemorySegment vocab) {
        try {
            return (boolean) llama_vocab_get_add_sep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_add_sep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_add_sep", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const llama_token * llama_vocab_get_suppress_tokens(const struct llama_vocab * vocab, int32_t * n_suppress_tokens)
     * }
     *
     * <pre>
     *  model-specific suppress tokens (gguf key: tokenizer.ggml.suppress_tokens)
     * </pre>
     */
    public static MemorySegment llama_vocab_get_suppress_tokens(MemorySegment vocab, MemorySegment n_suppress_tokens) {
        try {
            return (MemorySegment) llama_vocab_get_suppress_tokens$.HANDLE.invokeExact(vocab, n_suppress_tokens);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_get_suppress_tokens$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_get_suppress_tokens", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_fim_pre(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_fim_pre(MemorySegment vocab) {
        try {
            return (int) llama_vocab_fim_pre$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_fim_pre$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_fim_pre", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_fim_suf(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_fim_suf(MemorySegment vocab) {
        try {
            return (int) llama_vocab_fim_suf$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_fim_suf$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_fim_suf", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_fim_mid(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_fim_mid(MemorySegment vocab) {
        try {
            return (int) llama_vocab_fim_mid$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_fim_mid$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_fim_mid", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_fim_pad(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_fim_pad(MemorySegment vocab) {
        try {
            return (int) llama_vocab_fim_pad$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_fim_pad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_fim_pad", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_fim_rep(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_fim_rep(MemorySegment vocab) {
        try {
            return (int) llama_vocab_fim_rep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_fim_rep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_fim_rep", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_fim_sep(const struct llama_vocab * vocab)
     * }
     */
    public static int llama_vocab_fim_sep(MemorySegment vocab) {
        try {
            return (int) llama_vocab_fim_sep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_fim_sep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_fim_sep", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_token_get_text(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * @deprecated use llama_vocab_get_text instead
     */
    @Deprecated
    public static MemorySegment llama_token_get_text(MemorySegment vocab, int token) {
        try {
            return (MemorySegment) llama_token_get_text$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_get_text$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_get_text", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float llama_token_get_score(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * @deprecated use llama_vocab_get_score instead
     */
    @Deprecated
    public static float llama_token_get_score(MemorySegment vocab, int token) {
        try {
            return (float) llama_token_get_score$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_get_score$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_get_score", "llama.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum llama_token_attr llama_token_get_attr(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * @deprecated use llama_vocab_get_attr instead
     */
    @Deprecated
    public static int llama_token_get_attr(MemorySegment vocab, int token) {
        try {
            return (int) llama_token_get_attr$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_get_attr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_get_attr", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_token_is_eog(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * @deprecated use llama_vocab_is_eog instead
     */
    @Deprecated
    public static boolean llama_token_is_eog(MemorySegment vocab, int token) {
        try {
            return (boolean) llama_token_is_eog$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_is_eog$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_is_eog", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_token_is_control(const struct llama_vocab * vocab, llama_token token)
     * }
     *
     * @deprecated use llama_vocab_is_control instead
     */
    @Deprecated
    public static boolean llama_token_is_control(MemorySegment vocab, int token) {
        try {
            return (boolean) llama_token_is_control$.HANDLE.invokeExact(vocab, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_is_control$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_is_control", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_bos(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_bos instead
     */
    @Deprecated
    public static int llama_token_bos(MemorySegment vocab) {
        try {
            return (int) llama_token_bos$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_bos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_bos", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_eos(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_eos instead
     */
    @Deprecated
    public static int llama_token_eos(MemorySegment vocab) {
        try {
            return (int) llama_token_eos$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_eos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_eos", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_eot(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_eot instead
     */
    @Deprecated
    public static int llama_token_eot(MemorySegment vocab) {
        try {
            return (int) llama_token_eot$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_eot$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_eot", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_cls(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_cls instead
     */
    @Deprecated
    public static int llama_token_cls(MemorySegment vocab) {
        try {
            return (int) llama_token_cls$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_cls$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_cls", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_sep(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_sep instead
     */
    @Deprecated
    public static int llama_token_sep(MemorySegment vocab) {
        try {
            return (int) llama_token_sep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_sep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_sep", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_nl(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_nl instead
     */
    @Deprecated
    public static int llama_token_nl(MemorySegment vocab) {
        try {
            return (int) llama_token_nl$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_nl$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_nl", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_pad(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_pad instead
     */
    @Deprecated
    public static int llama_token_pad(MemorySegment vocab) {
        try {
            return (int) llama_token_pad$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_pad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_pad", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_add_bos_token(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_get_add_bos instead
     */
    @Deprecated
    public static boolean llama_add_bos_token(MemorySegment vocab) {
        try {
            return (boolean) llama_add_bos_token$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_add_bos_token$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_add_bos_token", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_add_eos_token(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_get_add_eos instead
     */
    @Deprecated
    public static boolean llama_add_eos_token(MemorySegment vocab) {
        try {
            return (boolean) llama_add_eos_token$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_add_eos_token$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_add_eos_token", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_fim_pre(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_fim_pre instead
     */
    @Deprecated
    public static int llama_token_fim_pre(MemorySegment vocab) {
        try {
            return (int) llama_token_fim_pre$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_fim_pre$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_fim_pre", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_fim_suf(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_fim_suf instead
     */
    @Deprecated
    public static int llama_token_fim_suf(MemorySegment vocab) {
        try {
            return (int) llama_token_fim_suf$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_fim_suf$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_fim_suf", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_fim_mid(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_fim_mid instead
     */
    @Deprecated
    public static int llama_token_fim_mid(MemorySegment vocab) {
        try {
            return (int) llama_token_fim_mid$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_fim_mid$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_fim_mid", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_fim_pad(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_fim_pad instead
     */
    @Deprecated
    public static int llama_token_fim_pad(MemorySegment vocab) {
        try {
            return (int) llama_token_fim_pad$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_fim_pad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_fim_pad", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_fim_rep(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_fim_rep instead
     */
    @Deprecated
    public static int llama_token_fim_rep(MemorySegment vocab) {
        try {
            return (int) llama_token_fim_rep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_fim_rep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_fim_rep", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_token_fim_sep(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_fim_sep instead
     */
    @Deprecated
    public static int llama_token_fim_sep(MemorySegment vocab) {
        try {
            return (int) llama_token_fim_sep$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_fim_sep$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_fim_sep", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_vocab_cls(const struct llama_vocab * vocab)
     * }
     *
     * @deprecated use llama_vocab_bos instead
     */
    @Deprecated
    public static int llama_vocab_cls(MemorySegment vocab) {
        try {
            return (int) llama_vocab_cls$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_vocab_cls$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_vocab_cls", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_tokenize(const struct llama_vocab * vocab, const char * text, int32_t text_len, llama_token * tokens, int32_t n_tokens_max, _Bool add_special, _Bool parse_special)
     * }
     *
     * <pre>
     *  &#64;details Convert the provided text into tokens.
     *  &#64;param tokens The tokens pointer must be large enough to hold the resulting tokens.
     *  &#64;return Returns the number of tokens on success, no more than n_tokens_max
     *  &#64;return Returns a negative number on failure - the number of tokens that would have been returned
     *  &#64;return Returns INT32_MIN on overflow (e.g., tokenization result size exceeds int32_t limit)
     *  &#64;param add_special Allow to add BOS and EOS tokens if model is configured to do so.
     *  &#64;param parse_special Allow tokenizing special and/or control tokens which otherwise are not exposed and treated
     *                       as plaintext. Does not insert a leading space.
     * </pre>
     */
    public static int llama_tokenize(MemorySegment vocab, MemorySegment text, int text_len, MemorySegment tokens, int n_tokens_max, boolean add_special, boolean parse_special) {
        try {
            return (int) llama_tokenize$.HANDLE.invokeExact(vocab, text, text_len, tokens, n_tokens_max, add_special, parse_special);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_tokenize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_tokenize", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_BOOLEAN, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_token_to_piece(const struct llama_vocab * vocab, llama_token token, char * buf, int32_t length, int32_t lstrip, _Bool special)
     * }
     *
     * <pre>
     *  Token Id -&gt; Piece.
     *  Uses the vocabulary in the provided context.
     *  Does not write null terminator to the buffer.
     *  User can skip up to 'lstrip' leading spaces before copying (useful when encoding/decoding multiple tokens with 'add_space_prefix')
     *  &#64;param special If true, special tokens are rendered in the output.
     * </pre>
     */
    public static int llama_token_to_piece(MemorySegment vocab, int token, MemorySegment buf, int length, int lstrip, boolean special) {
        try {
            return (int) llama_token_to_piece$.HANDLE.invokeExact(vocab, token, buf, length, lstrip, special);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_token_to_piece$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_token_to_piece", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_detokenize(const struct llama_vocab * vocab, const llama_token * tokens, int32_t n_tokens, char * text, int32_t text_len_max, _Bool remove_special, _Bool unparse_special)
     * }
     *
     * <pre>
     *  &#64;details Convert the provided tokens into text (inverse of llama_tokenize()).
     *  &#64;param text The char pointer must be large enough to hold the resulting text.
     *  &#64;return Returns the number of chars/bytes on success, no more than text_len_max.
     *  &#64;return Returns a negative number on failure - the number of chars/bytes that would have been returned.
     *  &#64;param remove_special Allow to remove BOS and EOS tokens if model is configured to do so.
     *  &#64;param unparse_special If true, special tokens are rendered in the output.
     * </pre>
     */
    public static int llama_detokenize(MemorySegment vocab, MemorySegment tokens, int n_tokens, MemorySegment text, int text_len_max, boolean remove_special, boolean unparse_special) {
        try {
            return (int) llama_detokenize$.HANDLE.invokeExact(vocab, tokens, n_tokens, text, text_len_max, remove_special, unparse_special);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_detokenize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_detokenize", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_BOOLEAN, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_chat_apply_template(const char * tmpl, const struct llama_chat_message * chat, size_t n_msg, _Bool add_ass, char * buf, int32_t length)
     * }
     *
     * <pre>
     *  Apply chat template. Inspired by hf apply_chat_template() on python.
     *
     *  NOTE: This function does not use a jinja parser. It only support a pre-defined list of template. See more: https://github.com/ggml-org/llama.cpp/wiki/Templates-supported-by-llama_chat_apply_template
     *  &#64;param tmpl A Jinja template to use for this chat.
     *  &#64;param chat Pointer to a list of multiple llama_chat_message
     *  &#64;param n_msg Number of llama_chat_message in this chat
     *  &#64;param add_ass Whether to end the prompt with the token(s) that indicate the start of an assistant message.
     *  &#64;param buf A buffer to hold the output formatted prompt. The recommended alloc size is 2 * (total number of characters of all messages)
     *  &#64;param length The size of the allocated buffer
     *  &#64;return The total number of bytes of the formatted prompt. If is it larger than the size of buffer, you may need to re-alloc it and then re-apply the template.
     * </pre>
     */
    public static int llama_chat_apply_template(MemorySegment tmpl, MemorySegment chat, long n_msg, boolean add_ass, MemorySegment buf, int length) {
        try {
            return (int) llama_chat_apply_template$.HANDLE.invokeExact(tmpl, chat, n_msg, add_ass, buf, length);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_chat_apply_template$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_chat_apply_template", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_chat_builtin_templates(const char ** output, size_t len)
     * }
     *
     * <pre>
     *  Get list of built-in chat templates
     * </pre>
     */
    public static int llama_chat_builtin_templates(MemorySegment output, long len) {
        try {
            return (int) llama_chat_builtin_templates$.HANDLE.invokeExact(output, len);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_chat_builtin_templates$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_chat_builtin_templates", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_set_sampler(struct llama_context * ctx, llama_seq_id seq_id, struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  [EXPERIMENTAL]
     *  attach a sampler to the context
     *  note: prefer initializing the context with llama_context_params.samplers when possible
     * </pre>
     */
    public static boolean llama_set_sampler(MemorySegment ctx, int seq_id, MemorySegment smpl) {
        try {
            return (boolean) llama_set_sampler$.HANDLE.invokeExact(ctx, seq_id, smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_set_sampler$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_set_sampler", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init(struct llama_sampler_i * iface, llama_sampler_context_t ctx)
     * }
     *
     * <pre>
     *  mirror of llama_sampler_i:
     * </pre>
     */
    public static MemorySegment llama_sampler_init(MemorySegment iface, MemorySegment ctx) {
        try {
            return (MemorySegment) llama_sampler_init$.HANDLE.invokeExact(iface, ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_sampler_name(const struct llama_sampler * smpl)
     * }
     */
    public static MemorySegment llama_sampler_name(MemorySegment smpl) {
        try {
            return (MemorySegment) llama_sampler_name$.HANDLE.invokeExact(smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_name", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_sampler_accept(struct llama_sampler * smpl, llama_token token)
     * }
     */
    public static void llama_sampler_accept(MemorySegment smpl, int token) {
        try {
            llama_sampler_accept$.HANDLE.invokeExact(smpl, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_accept$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_accept", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void llama_sampler_apply(struct llama_sampler * smpl, llama_token_data_array * cur_p)
     * }
     */
    public static void llama_sampler_apply(MemorySegment smpl, MemorySegment cur_p) {
        try {
            llama_sampler_apply$.HANDLE.invokeExact(smpl, cur_p);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_apply$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_apply", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_sampler_reset(struct llama_sampler * smpl)
     * }
     */
    public static void llama_sampler_reset(MemorySegment smpl) {
        try {
            llama_sampler_reset$.HANDLE.invokeExact(smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_reset", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_clone(const struct llama_sampler * smpl)
     * }
     */
    public static MemorySegment llama_sampler_clone(MemorySegment smpl) {
        try {
            return (MemorySegment) llama_sampler_clone$.HANDLE.invokeExact(smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_clone$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_clone", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_sampler_copy(const struct llama_sampler * src, struct llama_sampler * dst)
     * }
     */
    public static void llama_sampler_copy(MemorySegment src, MemorySegment dst) {
        try {
            llama_sampler_copy$.HANDLE.invokeExact(src, dst);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_copy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_copy", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_sampler_free(struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  important: do not free if the sampler has been added to a llama_sampler_chain (via llama_sampler_chain_add)
     * </pre>
     */
    public static void llama_sampler_free(MemorySegment smpl) {
        try {
            llama_sampler_free$.HANDLE.invokeExact(smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_free", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_chain_init(struct llama_sampler_chain_params params)
     * }
     *
     * <pre>
     *  llama_sampler_chain
     *  a type of llama_sampler that can chain multiple samplers one after another
     * </pre>
     */
    public static MemorySegment llama_sampler_chain_init(MemorySegment params) {
        try {
            return (MemorySegment) llama_sampler_chain_init$.HANDLE.invokeExact(params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_chain_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_chain_init", "llama.h",
                FunctionDescriptor.of(ADDRESS, llama_sampler_chain_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void llama_sampler_chain_add(struct llama_sampler * chain, struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  important: takes ownership of the sampler object and will free it when llama_sampler_free is called
     * </pre>
     */
    public static void llama_sampler_chain_add(MemorySegment chain, MemorySegment smpl) {
        try {
            llama_sampler_chain_add$.HANDLE.invokeExact(chain, smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_chain_add$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_chain_add", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_chain_get(struct llama_sampler * chain, int32_t i)
     * }
     *
     * <pre>
     *  return NULL if:
     *    - the sampler is NULL
     *    - the sampler is not a llama_sampler_chain
     *    - the index is out of bounds, unless i == -1
     *    - if i == -1, returns the chain itself (can be used to check if the sampler is a chain)
     * </pre>
     */
    public static MemorySegment llama_sampler_chain_get(MemorySegment chain, int i) {
        try {
            return (MemorySegment) llama_sampler_chain_get$.HANDLE.invokeExact(chain, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_chain_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_chain_get", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_sampler_chain_n(const struct llama_sampler * chain)
     * }
     *
     * <pre>
     *  the total number of samplers in the chain
     * </pre>
     */
    public static int llama_sampler_chain_n(MemorySegment chain) {
        try {
            return (int) llama_sampler_chain_n$.HANDLE.invokeExact(chain);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_chain_n$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_chain_n", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_chain_remove(struct llama_sampler * chain, int32_t i)
     * }
     *
     * <pre>
     *  after removing a sampler, the chain will no longer own it, and it will not be freed when the chain is freed
     * </pre>
     */
    public static MemorySegment llama_sampler_chain_remove(MemorySegment chain, int i) {
        try {
            return (MemorySegment) llama_sampler_chain_remove$.HANDLE.invokeExact(chain, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_chain_remove$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_chain_remove", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_greedy(void)
     * }
     *
     * <pre>
     *  available samplers:
     * </pre>
     */
    public static MemorySegment llama_sampler_init_greedy() {
        try {
            return (MemorySegment) llama_sampler_init_greedy$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_greedy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_greedy", "llama.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_dist(uint32_t seed)
     * }
     *
     * <pre>
     *  seed == LLAMA_DEFAULT_SEED to use a random seed.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_dist(int seed) {
        try {
            return (MemorySegment) llama_sampler_init_dist$.HANDLE.invokeExact(seed);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_dist$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_dist", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_top_k(int32_t k)
     * }
     *
     * <pre>
     *  &#64;details Top-K sampling described in academic paper "The Curious Case of Neural Text Degeneration" https://arxiv.org/abs/1904.09751
     *  Setting k &lt;= 0 makes this a noop
     * </pre>
     */
    public static MemorySegment llama_sampler_init_top_k(int k) {
        try {
            return (MemorySegment) llama_sampler_init_top_k$.HANDLE.invokeExact(k);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_top_k$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_top_k", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_top_p(float p, size_t min_keep)
     * }
     *
     * <pre>
     *  &#64;details Nucleus sampling described in academic paper "The Curious Case of Neural Text Degeneration" https://arxiv.org/abs/1904.09751
     * </pre>
     */
    public static MemorySegment llama_sampler_init_top_p(float p, long min_keep) {
        try {
            return (MemorySegment) llama_sampler_init_top_p$.HANDLE.invokeExact(p, min_keep);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_top_p$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_top_p", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_min_p(float p, size_t min_keep)
     * }
     *
     * <pre>
     *  &#64;details Minimum P sampling as described in https://github.com/ggml-org/llama.cpp/pull/3841
     * </pre>
     */
    public static MemorySegment llama_sampler_init_min_p(float p, long min_keep) {
        try {
            return (MemorySegment) llama_sampler_init_min_p$.HANDLE.invokeExact(p, min_keep);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_min_p$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_min_p", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_typical(float p, size_t min_keep)
     * }
     *
     * <pre>
     *  &#64;details Locally Typical Sampling implementation described in the paper https://arxiv.org/abs/2202.00666.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_typical(float p, long min_keep) {
        try {
            return (MemorySegment) llama_sampler_init_typical$.HANDLE.invokeExact(p, min_keep);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_typical$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_typical", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_temp(float t)
     * }
     *
     * <pre>
     *  #details Updates the logits l_i` = l_i/t. When t &lt;= 0.0f, the maximum logit is kept at it's original value, the rest are set to -inf
     * </pre>
     */
    public static MemorySegment llama_sampler_init_temp(float t) {
        try {
            return (MemorySegment) llama_sampler_init_temp$.HANDLE.invokeExact(t);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_temp$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_temp", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_temp_ext(float t, float delta, float exponent)
     * }
     *
     * <pre>
     *  &#64;details Dynamic temperature implementation (a.k.a. entropy) described in the paper https://arxiv.org/abs/2309.02772.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_temp_ext(float t, float delta, float exponent) {
        try {
            return (MemorySegment) llama_sampler_init_temp_ext$.HANDLE.invokeExact(t, delta, exponent);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_temp_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_temp_ext", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_xtc(float p, float t, size_t min_keep, uint32_t seed)
     * }
     *
     * <pre>
     *  &#64;details XTC sampler as described in https://github.com/oobabooga/text-generation-webui/pull/6335
     * </pre>
     */
    public static MemorySegment llama_sampler_init_xtc(float p, float t, long min_keep, int seed) {
        try {
            return (MemorySegment) llama_sampler_init_xtc$.HANDLE.invokeExact(p, t, min_keep, seed);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_xtc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_xtc", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_LONG, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_top_n_sigma(float n)
     * }
     *
     * <pre>
     *  &#64;details Top n sigma sampling as described in academic paper "Top-nσ: Not All Logits Are You Need" https://arxiv.org/pdf/2411.07641
     * </pre>
     */
    public static MemorySegment llama_sampler_init_top_n_sigma(float n) {
        try {
            return (MemorySegment) llama_sampler_init_top_n_sigma$.HANDLE.invokeExact(n);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_top_n_sigma$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_top_n_sigma", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_mirostat(int32_t n_vocab, uint32_t seed, float tau, float eta, int32_t m)
     * }
     *
     * <pre>
     *  &#64;details Mirostat 1.0 algorithm described in the paper https://arxiv.org/abs/2007.14966. Uses tokens instead of words.
     *  &#64;param candidates A vector of `llama_token_data` containing the candidate tokens, their probabilities (p), and log-odds (logit) for the current position in the generated text.
     *  &#64;param tau  The target cross-entropy (or surprise) value you want to achieve for the generated text. A higher value corresponds to more surprising or less predictable text, while a lower value corresponds to less surprising or more predictable text.
     *  &#64;param eta The learning rate used to update `mu` based on the error between the target and observed surprisal of the sampled word. A larger learning rate will cause `mu` to be updated more quickly, while a smaller learning rate will result in slower updates.
     *  &#64;param m The number of tokens considered in the estimation of `s_hat`. This is an arbitrary value that is used to calculate `s_hat`, which in turn helps to calculate the value of `k`. In the paper, they use `m = 100`, but you can experiment with different values to see how it affects the performance of the algorithm.
     *  &#64;param mu Maximum cross-entropy. This value is initialized to be twice the target cross-entropy (`2 * tau`) and is updated in the algorithm based on the error between the target and observed surprisal.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_mirostat(int n_vocab, int seed, float tau, float eta, int m) {
        try {
            return (MemorySegment) llama_sampler_init_mirostat$.HANDLE.invokeExact(n_vocab, seed, tau, eta, m);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_mirostat$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_mirostat", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_mirostat_v2(uint32_t seed, float tau, float eta)
     * }
     *
     * <pre>
     *  &#64;details Mirostat 2.0 algorithm described in the paper https://arxiv.org/abs/2007.14966. Uses tokens instead of words.
     *  &#64;param candidates A vector of `llama_token_data` containing the candidate tokens, their probabilities (p), and log-odds (logit) for the current position in the generated text.
     *  &#64;param tau  The target cross-entropy (or surprise) value you want to achieve for the generated text. A higher value corresponds to more surprising or less predictable text, while a lower value corresponds to less surprising or more predictable text.
     *  &#64;param eta The learning rate used to update `mu` based on the error between the target and observed surprisal of the sampled word. A larger learning rate will cause `mu` to be updated more quickly, while a smaller learning rate will result in slower updates.
     *  &#64;param mu Maximum cross-entropy. This value is initialized to be twice the target cross-entropy (`2 * tau`) and is updated in the algorithm based on the error between the target and observed surprisal.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_mirostat_v2(int seed, float tau, float eta) {
        try {
            return (MemorySegment) llama_sampler_init_mirostat_v2$.HANDLE.invokeExact(seed, tau, eta);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_mirostat_v2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_mirostat_v2", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_grammar(const struct llama_vocab * vocab, const char * grammar_str, const char * grammar_root)
     * }
     *
     * <pre>
     *  &#64;details Initializes a GBNF grammar, see grammars/README.md for details.
     *  &#64;param vocab The vocabulary that this grammar will be used with.
     *  &#64;param grammar_str The production rules for the grammar, encoded as a string. Returns an empty grammar if empty. Returns NULL if parsing of grammar_str fails.
     *  &#64;param grammar_root The name of the start symbol for the grammar.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_grammar(MemorySegment vocab, MemorySegment grammar_str, MemorySegment grammar_root) {
        try {
            return (MemorySegment) llama_sampler_init_grammar$.HANDLE.invokeExact(vocab, grammar_str, grammar_root);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_grammar$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_grammar", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_grammar_lazy(const struct llama_vocab * vocab, const char * grammar_str, const char * grammar_root, const char ** trigger_words, size_t num_trigger_words, const llama_token * trigger_tokens, size_t num_trigger_tokens)
     * }
     *
     * @deprecated use llama_sampler_init_grammar_lazy_patterns instead
     */
    @Deprecated
    public static MemorySegment llama_sampler_init_grammar_lazy(MemorySegment vocab, MemorySegment grammar_str, MemorySegment grammar_root, MemorySegment trigger_words, long num_trigger_words, MemorySegment trigger_tokens, long num_trigger_tokens) {
        try {
            return (MemorySegment) llama_sampler_init_grammar_lazy$.HANDLE.invokeExact(vocab, grammar_str, grammar_root, trigger_words, num_trigger_words, trigger_tokens, num_trigger_tokens);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_grammar_lazy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_grammar_lazy", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_grammar_lazy_patterns(const struct llama_vocab * vocab, const char * grammar_str, const char * grammar_root, const char ** trigger_patterns, size_t num_trigger_patterns, const llama_token * trigger_tokens, size_t num_trigger_tokens)
     * }
     *
     * <pre>
     *  &#64;details Lazy grammar sampler, introduced in https://github.com/ggml-org/llama.cpp/pull/9639
     *  &#64;param trigger_patterns A list of patterns that will trigger the grammar sampler. Pattern will be matched from the start of the generation output, and grammar sampler will be fed content starting from its first match group.
     *  &#64;param trigger_tokens A list of tokens that will trigger the grammar sampler. Grammar sampler will be fed content starting from the trigger token included.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_grammar_lazy_patterns(MemorySegment vocab, MemorySegment grammar_str, MemorySegment grammar_root, MemorySegment trigger_patterns, long num_trigger_patterns, MemorySegment trigger_tokens, long num_trigger_tokens) {
        try {
            return (MemorySegment) llama_sampler_init_grammar_lazy_patterns$.HANDLE.invokeExact(vocab, grammar_str, grammar_root, trigger_patterns, num_trigger_patterns, trigger_tokens, num_trigger_tokens);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_grammar_lazy_patterns$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_grammar_lazy_patterns", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_penalties(int32_t n_vocab, int32_t penalty_last_n, float penalty_repeat, float penalty_freq, float penalty_present)
     * }
     *
     * <pre>
     *  NOTE: Avoid using on the full vocabulary as searching for repeated tokens can become slow. For example, apply top-k or top-p sampling first.
     * </pre>
     */
    public static MemorySegment llama_sampler_init_penalties(int n_vocab, int penalty_last_n, float penalty_repeat, float penalty_freq, float penalty_present) {
        try {
            return (MemorySegment) llama_sampler_init_penalties$.HANDLE.invokeExact(n_vocab, penalty_last_n, penalty_repeat, penalty_freq, penalty_present);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_penalties$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_penalties", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_dry(const struct llama_vocab * vocab, float dry_multiplier, float dry_base, int32_t dry_allowed_length, int32_t dry_penalty_last_n, const char ** seq_breakers, size_t num_breakers)
     * }
     *
     * <pre>
     *   &#64;details DRY sampler, designed by p-e-w, as described in: https://github.com/oobabooga/text-generation-webui/pull/5677, porting Koboldcpp implementation authored by pi6am: https://github.com/LostRuins/koboldcpp/pull/982
     * </pre>
     */
    public static MemorySegment llama_sampler_init_dry(MemorySegment vocab, float dry_multiplier, float dry_base, int dry_allowed_length, int dry_penalty_last_n, MemorySegment seq_breakers, long num_breakers) {
        try {
            return (MemorySegment) llama_sampler_init_dry$.HANDLE.invokeExact(vocab, dry_multiplier, dry_base, dry_allowed_length, dry_penalty_last_n, seq_breakers, num_breakers);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_dry$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_dry", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_adaptive_p(float target, float decay, uint32_t seed)
     * }
     *
     * <pre>
     *  adaptive-p: select tokens near a configurable target probability over time.
     *
     *  the adaptive-p sampler transforms the token probability distribution to favor tokens
     *  that fall near a user-configurable probability target.
     *
     *  internally, the sampler maintains an exponential moving average of the *ORIGINAL*
     *  probabilities of selected tokens at each sampling step. it uses this EMA to compute an
     *  adapted target probability at each sampling step, thus maintaining the desired target
     *  probability over time.
     *
     *  adaptive-p selects a token ID rather than just mutating candidates, so it must be last
     *  in the sampler chain (like mirostat, dist, greedy).
     *
     *  only mild truncation before this sampler is recommended. we suggest applying min-p
     *  before adaptive-p as the only other active sampler in the chain.
     *
     *  &#64;param target select tokens near this probability (valid range 0.0 to 1.0; negative = disabled)
     *  &#64;param decay  EMA decay for adaptation; history ≈ 1/(1-decay) tokens (valid range 0.0 - 0.99)
     *  &#64;param seed   RNG seed
     *
     *  ref: https://github.com/ggml-org/llama.cpp/pull/17927
     * </pre>
     */
    public static MemorySegment llama_sampler_init_adaptive_p(float target, float decay, int seed) {
        try {
            return (MemorySegment) llama_sampler_init_adaptive_p$.HANDLE.invokeExact(target, decay, seed);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_adaptive_p$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_adaptive_p", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_logit_bias(int32_t n_vocab, int32_t n_logit_bias, const llama_logit_bias * logit_bias)
     * }
     */
    public static MemorySegment llama_sampler_init_logit_bias(int n_vocab, int n_logit_bias, MemorySegment logit_bias) {
        try {
            return (MemorySegment) llama_sampler_init_logit_bias$.HANDLE.invokeExact(n_vocab, n_logit_bias, logit_bias);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_logit_bias$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_logit_bias", "llama.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_sampler_init_infill(const struct llama_vocab * vocab)
     * }
     *
     * <pre>
     *  this sampler is meant to be used for fill-in-the-middle infilling
     *  it's supposed to be used after top_k + top_p sampling
     *
     *  1. if the sum of the EOG probs times the number of candidates is higher than the sum of the other probs -&gt; pick EOG
     *  2. combine probs of tokens that have the same prefix
     *
     *  example:
     *
     *  - before:
     *    "hel":   0.5
     *    "hell":  0.2
     *    "hello": 0.1
     *    "dummy": 0.1
     *
     *  - after:
     *    "hel":   0.8
     *    "dummy": 0.1
     *
     *  3. discard non-EOG tokens with low prob
     *  4. if no tokens are left -&gt; pick EOT
     * </pre>
     */
    public static MemorySegment llama_sampler_init_infill(MemorySegment vocab) {
        try {
            return (MemorySegment) llama_sampler_init_infill$.HANDLE.invokeExact(vocab);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_init_infill$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_init_infill", "llama.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * uint32_t llama_sampler_get_seed(const struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  Returns the seed used by the sampler if applicable, LLAMA_DEFAULT_SEED otherwise
     * </pre>
     */
    public static int llama_sampler_get_seed(MemorySegment smpl) {
        try {
            return (int) llama_sampler_get_seed$.HANDLE.invokeExact(smpl);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_get_seed$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_get_seed", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * llama_token llama_sampler_sample(struct llama_sampler * smpl, struct llama_context * ctx, int32_t idx)
     * }
     *
     * <pre>
     *  &#64;details Sample and accept a token from the idx-th output of the last evaluation
     *  For multiple outputs from one sampler, call this function in output order without gaps.
     *
     *  Shorthand for:
     *     const auto * logits = llama_get_logits_ith(ctx, idx);
     *     llama_token_data_array cur_p = &#123; ... init from logits ... &#125;;
     *     llama_sampler_apply(smpl, &amp;cur_p);
     *     auto token = cur_p.data[cur_p.selected].id;
     *     llama_sampler_accept(smpl, token);
     *     return token;
     *  Returns the sampled token
     * </pre>
     */
    public static int llama_sampler_sample(MemorySegment smpl, MemorySegment ctx, int idx) {
        try {
            return (int) llama_sampler_sample$.HANDLE.invokeExact(smpl, ctx, idx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_sampler_sample$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_sampler_sample", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_split_path(char * split_path, size_t maxlen, const char * path_prefix, int32_t split_no, int32_t split_count)
     * }
     *
     * <pre>
     *  &#64;details Build a split GGUF final path for this chunk.
     *           llama_split_path(split_path, sizeof(split_path), "/models/ggml-model-q4_0", 2, 4) =&gt; split_path = "/models/ggml-model-q4_0-00002-of-00004.gguf"
     *   Returns the split_path length.
     * </pre>
     */
    public static int llama_split_path(MemorySegment split_path, long maxlen, MemorySegment path_prefix, int split_no, int split_count) {
        try {
            return (int) llama_split_path$.HANDLE.invokeExact(split_path, maxlen, path_prefix, split_no, split_count);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_split_path$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_split_path", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_split_prefix(char * split_prefix, size_t maxlen, const char * split_path, int32_t split_no, int32_t split_count)
     * }
     *
     * <pre>
     *  &#64;details Extract the path prefix from the split_path if and only if the split_no and split_count match.
     *           llama_split_prefix(split_prefix, 64, "/models/ggml-model-q4_0-00002-of-00004.gguf", 2, 4) =&gt; split_prefix = "/models/ggml-model-q4_0"
     *   Returns the split_prefix length.
     * </pre>
     */
    public static int llama_split_prefix(MemorySegment split_prefix, long maxlen, MemorySegment split_path, int split_no, int split_count) {
        try {
            return (int) llama_split_prefix$.HANDLE.invokeExact(split_prefix, maxlen, split_path, split_no, split_count);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_split_prefix$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_split_prefix", "llama.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_print_system_info(void)
     * }
     *
     * <pre>
     *  Print system information
     * </pre>
     */
    public static MemorySegment llama_print_system_info() {
        try {
            return (MemorySegment) llama_print_system_info$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_print_system_info$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_print_system_info", "llama.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_log_get(ggml_log_callback * log_callback, void ** user_data)
     * }
     *
     * <pre>
     *  Set callback for all future logging events.
     *  If this is not called, or NULL is supplied, everything is output on stderr.
     *  The logger state is global so these functions are NOT thread safe.
     * </pre>
     */
    public static void llama_log_get(MemorySegment log_callback, MemorySegment user_data) {
        try {
            llama_log_get$.HANDLE.invokeExact(log_callback, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_log_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_log_get", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_log_set(ggml_log_callback log_callback, void * user_data)
     * }
     */
    public static void llama_log_set(MemorySegment log_callback, MemorySegment user_data) {
        try {
            llama_log_set$.HANDLE.invokeExact(log_callback, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_log_set$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_log_set", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_perf_context_data llama_perf_context(const struct llama_context * ctx)
     * }
     */
    public static MemorySegment llama_perf_context(SegmentAllocator allocator, MemorySegment ctx) {
        try {
            return (MemorySegment) llama_perf_context$.HANDLE.invokeExact(allocator, ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_perf_context$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_perf_context", "llama.h",
                FunctionDescriptor.of(llama_perf_context_data.LAYOUT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_perf_context_print(const struct llama_context * ctx)
     * }
     */
    public static void llama_perf_context_print(MemorySegment ctx) {
        try {
            llama_perf_context_print$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_perf_context_print$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_perf_context_print", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_perf_context_reset(struct llama_context * ctx)
     * }
     */
    public static void llama_perf_context_reset(MemorySegment ctx) {
        try {
            llama_perf_context_reset$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_perf_context_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_perf_context_reset", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_perf_sampler_data llama_perf_sampler(const struct llama_sampler * chain)
     * }
     *
     * <pre>
     *  NOTE: the following work only with samplers constructed via llama_sampler_chain_init
     * </pre>
     */
    public static MemorySegment llama_perf_sampler(SegmentAllocator allocator, MemorySegment chain) {
        try {
            return (MemorySegment) llama_perf_sampler$.HANDLE.invokeExact(allocator, chain);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_perf_sampler$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_perf_sampler", "llama.h",
                FunctionDescriptor.of(llama_perf_sampler_data.LAYOUT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_perf_sampler_print(const struct llama_sampler * chain)
     * }
     */
    public static void llama_perf_sampler_print(MemorySegment chain) {
        try {
            llama_perf_sampler_print$.HANDLE.invokeExact(chain);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_perf_sampler_print$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_perf_sampler_print", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_perf_sampler_reset(struct llama_sampler * chain)
     * }
     */
    public static void llama_perf_sampler_reset(MemorySegment chain) {
        try {
            llama_perf_sampler_reset$.HANDLE.invokeExact(chain);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_perf_sampler_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_perf_sampler_reset", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_opt_param_filter_all(const struct ggml_tensor * tensor, void * userdata)
     * }
     *
     * <pre>
     *  always returns true
     * </pre>
     */
    public static boolean llama_opt_param_filter_all(MemorySegment tensor, MemorySegment userdata) {
        try {
            return (boolean) llama_opt_param_filter_all$.HANDLE.invokeExact(tensor, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_opt_param_filter_all$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_opt_param_filter_all", "llama.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_opt_init(struct llama_context * lctx, struct llama_model * model, struct llama_opt_params lopt_params)
     * }
     */
    public static void llama_opt_init(MemorySegment lctx, MemorySegment model, MemorySegment lopt_params) {
        try {
            llama_opt_init$.HANDLE.invokeExact(lctx, model, lopt_params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_opt_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_opt_init", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, llama_opt_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void llama_opt_epoch(struct llama_context * lctx, ggml_opt_dataset_t dataset, ggml_opt_result_t result_train, ggml_opt_result_t result_eval, int64_t idata_split, ggml_opt_epoch_callback callback_train, ggml_opt_epoch_callback callback_eval)
     * }
     */
    public static void llama_opt_epoch(MemorySegment lctx, MemorySegment dataset, MemorySegment result_train, MemorySegment result_eval, long idata_split, MemorySegment callback_train, MemorySegment callback_eval) {
        try {
            llama_opt_epoch$.HANDLE.invokeExact(lctx, dataset, result_train, result_eval, idata_split, callback_train, callback_eval);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_opt_epoch$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_opt_epoch", "llama.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    }
}
