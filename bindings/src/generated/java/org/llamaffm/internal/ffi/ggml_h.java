// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml, the tensor library: functions, enum values and constants of {@code ggml.h}. */
@SuppressWarnings("unused")
public final class ggml_h {

    private ggml_h() {
    }

    /** {@code #define GGML_TENSOR_SIZE} (static const const size_t) */
    public static final long GGML_TENSOR_SIZE = 336L;

    /** {@code #define GGML_FILE_MAGIC} (int) */
    public static final int GGML_FILE_MAGIC = 1734831468;

    /** {@code #define GGML_FILE_VERSION} (int) */
    public static final int GGML_FILE_VERSION = 2;

    /** {@code #define GGML_QNT_VERSION} (int) */
    public static final int GGML_QNT_VERSION = 2;

    /** {@code #define GGML_QNT_VERSION_FACTOR} (int) */
    public static final int GGML_QNT_VERSION_FACTOR = 1000;

    /** {@code #define GGML_MAX_DIMS} (int) */
    public static final int GGML_MAX_DIMS = 4;

    /** {@code #define GGML_MAX_PARAMS} (int) */
    public static final int GGML_MAX_PARAMS = 2048;

    /** {@code #define GGML_MAX_SRC} (int) */
    public static final int GGML_MAX_SRC = 10;

    /** {@code #define GGML_MAX_N_THREADS} (int) */
    public static final int GGML_MAX_N_THREADS = 512;

    /** {@code #define GGML_MAX_OP_PARAMS} (int) */
    public static final int GGML_MAX_OP_PARAMS = 64;

    /** {@code #define GGML_MAX_NAME} (int) */
    public static final int GGML_MAX_NAME = 64;

    /** {@code #define GGML_DEFAULT_N_THREADS} (int) */
    public static final int GGML_DEFAULT_N_THREADS = 4;

    /** {@code #define GGML_DEFAULT_GRAPH_SIZE} (int) */
    public static final int GGML_DEFAULT_GRAPH_SIZE = 2048;

    /** {@code #define GGML_MEM_ALIGN} (int) */
    public static final int GGML_MEM_ALIGN = 16;

    /** {@code #define GGML_EXIT_SUCCESS} (int) */
    public static final int GGML_EXIT_SUCCESS = 0;

    /** {@code #define GGML_EXIT_ABORTED} (int) */
    public static final int GGML_EXIT_ABORTED = 1;

    /** {@code #define GGML_ROPE_TYPE_NORMAL} (int) */
    public static final int GGML_ROPE_TYPE_NORMAL = 0;

    /** {@code #define GGML_ROPE_TYPE_NEOX} (int) */
    public static final int GGML_ROPE_TYPE_NEOX = 2;

    /** {@code #define GGML_ROPE_TYPE_MROPE} (int) */
    public static final int GGML_ROPE_TYPE_MROPE = 8;

    /** {@code #define GGML_ROPE_TYPE_VISION} (int) */
    public static final int GGML_ROPE_TYPE_VISION = 24;

    /** {@code #define GGML_ROPE_TYPE_IMROPE} (int) */
    public static final int GGML_ROPE_TYPE_IMROPE = 40;

    /** {@code #define GGML_MROPE_SECTIONS} (int) */
    public static final int GGML_MROPE_SECTIONS = 4;

    /** {@code #define GGML_N_TASKS_MAX} (int) */
    public static final int GGML_N_TASKS_MAX = -1;

    // enum ggml_status
    public static final int GGML_STATUS_ALLOC_FAILED = -2;
    public static final int GGML_STATUS_FAILED = -1;
    public static final int GGML_STATUS_SUCCESS = 0;
    public static final int GGML_STATUS_ABORTED = 1;

    // enum ggml_type
    public static final int GGML_TYPE_F32 = 0;
    public static final int GGML_TYPE_F16 = 1;
    public static final int GGML_TYPE_Q4_0 = 2;
    public static final int GGML_TYPE_Q4_1 = 3;
    public static final int GGML_TYPE_Q5_0 = 6;
    public static final int GGML_TYPE_Q5_1 = 7;
    public static final int GGML_TYPE_Q8_0 = 8;
    public static final int GGML_TYPE_Q8_1 = 9;
    public static final int GGML_TYPE_Q2_K = 10;
    public static final int GGML_TYPE_Q3_K = 11;
    public static final int GGML_TYPE_Q4_K = 12;
    public static final int GGML_TYPE_Q5_K = 13;
    public static final int GGML_TYPE_Q6_K = 14;
    public static final int GGML_TYPE_Q8_K = 15;
    public static final int GGML_TYPE_IQ2_XXS = 16;
    public static final int GGML_TYPE_IQ2_XS = 17;
    public static final int GGML_TYPE_IQ3_XXS = 18;
    public static final int GGML_TYPE_IQ1_S = 19;
    public static final int GGML_TYPE_IQ4_NL = 20;
    public static final int GGML_TYPE_IQ3_S = 21;
    public static final int GGML_TYPE_IQ2_S = 22;
    public static final int GGML_TYPE_IQ4_XS = 23;
    public static final int GGML_TYPE_I8 = 24;
    public static final int GGML_TYPE_I16 = 25;
    public static final int GGML_TYPE_I32 = 26;
    public static final int GGML_TYPE_I64 = 27;
    public static final int GGML_TYPE_F64 = 28;
    public static final int GGML_TYPE_IQ1_M = 29;
    public static final int GGML_TYPE_BF16 = 30;
    public static final int GGML_TYPE_TQ1_0 = 34;
    public static final int GGML_TYPE_TQ2_0 = 35;
    public static final int GGML_TYPE_MXFP4 = 39;
    public static final int GGML_TYPE_NVFP4 = 40;
    public static final int GGML_TYPE_Q1_0 = 41;
    public static final int GGML_TYPE_Q2_0 = 42;
    public static final int GGML_TYPE_COUNT = 43;

    // enum ggml_prec
    public static final int GGML_PREC_UNDEFINED = 0;
    public static final int GGML_PREC_DEFAULT = 0;
    public static final int GGML_PREC_F32 = 10;
    public static final int GGML_PREC_BF16 = 15;
    public static final int GGML_PREC_F16 = 20;
    public static final int GGML_PREC_Q8 = 30;
    public static final int GGML_PREC_Q4 = 40;

    // enum ggml_op_hint
    public static final int GGML_HINT_NONE = 0;
    public static final int GGML_HINT_SRC0_IS_HADAMARD = 1;

    // enum ggml_ftype
    public static final int GGML_FTYPE_UNKNOWN = -1;
    public static final int GGML_FTYPE_ALL_F32 = 0;
    public static final int GGML_FTYPE_MOSTLY_F16 = 1;
    public static final int GGML_FTYPE_MOSTLY_Q4_0 = 2;
    public static final int GGML_FTYPE_MOSTLY_Q4_1 = 3;
    public static final int GGML_FTYPE_MOSTLY_Q4_1_SOME_F16 = 4;
    public static final int GGML_FTYPE_MOSTLY_Q8_0 = 7;
    public static final int GGML_FTYPE_MOSTLY_Q5_0 = 8;
    public static final int GGML_FTYPE_MOSTLY_Q5_1 = 9;
    public static final int GGML_FTYPE_MOSTLY_Q2_K = 10;
    public static final int GGML_FTYPE_MOSTLY_Q3_K = 11;
    public static final int GGML_FTYPE_MOSTLY_Q4_K = 12;
    public static final int GGML_FTYPE_MOSTLY_Q5_K = 13;
    public static final int GGML_FTYPE_MOSTLY_Q6_K = 14;
    public static final int GGML_FTYPE_MOSTLY_IQ2_XXS = 15;
    public static final int GGML_FTYPE_MOSTLY_IQ2_XS = 16;
    public static final int GGML_FTYPE_MOSTLY_IQ3_XXS = 17;
    public static final int GGML_FTYPE_MOSTLY_IQ1_S = 18;
    public static final int GGML_FTYPE_MOSTLY_IQ4_NL = 19;
    public static final int GGML_FTYPE_MOSTLY_IQ3_S = 20;
    public static final int GGML_FTYPE_MOSTLY_IQ2_S = 21;
    public static final int GGML_FTYPE_MOSTLY_IQ4_XS = 22;
    public static final int GGML_FTYPE_MOSTLY_IQ1_M = 23;
    public static final int GGML_FTYPE_MOSTLY_BF16 = 24;
    public static final int GGML_FTYPE_MOSTLY_MXFP4 = 25;
    public static final int GGML_FTYPE_MOSTLY_NVFP4 = 26;
    public static final int GGML_FTYPE_MOSTLY_Q1_0 = 27;
    public static final int GGML_FTYPE_MOSTLY_Q2_0 = 28;

    // enum ggml_op
    public static final int GGML_OP_NONE = 0;
    public static final int GGML_OP_DUP = 1;
    public static final int GGML_OP_ADD = 2;
    public static final int GGML_OP_ADD_ID = 3;
    public static final int GGML_OP_ADD1 = 4;
    public static final int GGML_OP_ACC = 5;
    public static final int GGML_OP_SUB = 6;
    public static final int GGML_OP_MUL = 7;
    public static final int GGML_OP_DIV = 8;
    public static final int GGML_OP_SQR = 9;
    public static final int GGML_OP_SQRT = 10;
    public static final int GGML_OP_LOG = 11;
    public static final int GGML_OP_SIN = 12;
    public static final int GGML_OP_COS = 13;
    public static final int GGML_OP_SUM = 14;
    public static final int GGML_OP_SUM_ROWS = 15;
    public static final int GGML_OP_CUMSUM = 16;
    public static final int GGML_OP_MEAN = 17;
    public static final int GGML_OP_ARGMAX = 18;
    public static final int GGML_OP_COUNT_EQUAL = 19;
    public static final int GGML_OP_REPEAT = 20;
    public static final int GGML_OP_REPEAT_BACK = 21;
    public static final int GGML_OP_CONCAT = 22;
    public static final int GGML_OP_SILU_BACK = 23;
    public static final int GGML_OP_NORM = 24;
    public static final int GGML_OP_RMS_NORM = 25;
    public static final int GGML_OP_RMS_NORM_BACK = 26;
    public static final int GGML_OP_GROUP_NORM = 27;
    public static final int GGML_OP_L2_NORM = 28;
    public static final int GGML_OP_MUL_MAT = 29;
    public static final int GGML_OP_MUL_MAT_ID = 30;
    public static final int GGML_OP_OUT_PROD = 31;
    public static final int GGML_OP_SCALE = 32;
    public static final int GGML_OP_SET = 33;
    public static final int GGML_OP_CPY = 34;
    public static final int GGML_OP_CONT = 35;
    public static final int GGML_OP_RESHAPE = 36;
    public static final int GGML_OP_VIEW = 37;
    public static final int GGML_OP_PERMUTE = 38;
    public static final int GGML_OP_TRANSPOSE = 39;
    public static final int GGML_OP_GET_ROWS = 40;
    public static final int GGML_OP_GET_ROWS_BACK = 41;
    public static final int GGML_OP_SET_ROWS = 42;
    public static final int GGML_OP_DIAG = 43;
    public static final int GGML_OP_DIAG_MASK_INF = 44;
    public static final int GGML_OP_DIAG_MASK_ZERO = 45;
    public static final int GGML_OP_SOFT_MAX = 46;
    public static final int GGML_OP_SOFT_MAX_BACK = 47;
    public static final int GGML_OP_ROPE = 48;
    public static final int GGML_OP_ROPE_BACK = 49;
    public static final int GGML_OP_CLAMP = 50;
    public static final int GGML_OP_CONV_TRANSPOSE_1D = 51;
    public static final int GGML_OP_IM2COL = 52;
    public static final int GGML_OP_IM2COL_BACK = 53;
    public static final int GGML_OP_IM2COL_3D = 54;
    public static final int GGML_OP_COL2IM_1D = 55;
    public static final int GGML_OP_CONV_2D = 56;
    public static final int GGML_OP_CONV_3D = 57;
    public static final int GGML_OP_CONV_2D_DW = 58;
    public static final int GGML_OP_CONV_TRANSPOSE_2D = 59;
    public static final int GGML_OP_POOL_1D = 60;
    public static final int GGML_OP_POOL_2D = 61;
    public static final int GGML_OP_POOL_2D_BACK = 62;
    public static final int GGML_OP_UPSCALE = 63;
    public static final int GGML_OP_PAD = 64;
    public static final int GGML_OP_PAD_REFLECT_1D = 65;
    public static final int GGML_OP_ROLL = 66;
    public static final int GGML_OP_ARANGE = 67;
    public static final int GGML_OP_TIMESTEP_EMBEDDING = 68;
    public static final int GGML_OP_ARGSORT = 69;
    public static final int GGML_OP_TOP_K = 70;
    public static final int GGML_OP_LEAKY_RELU = 71;
    public static final int GGML_OP_TRI = 72;
    public static final int GGML_OP_FILL = 73;
    public static final int GGML_OP_FLASH_ATTN_EXT = 74;
    public static final int GGML_OP_FLASH_ATTN_BACK = 75;
    public static final int GGML_OP_SSM_CONV = 76;
    public static final int GGML_OP_SSM_SCAN = 77;
    public static final int GGML_OP_WIN_PART = 78;
    public static final int GGML_OP_WIN_UNPART = 79;
    public static final int GGML_OP_GET_REL_POS = 80;
    public static final int GGML_OP_ADD_REL_POS = 81;
    public static final int GGML_OP_RWKV_WKV6 = 82;
    public static final int GGML_OP_GATED_LINEAR_ATTN = 83;
    public static final int GGML_OP_RWKV_WKV7 = 84;
    public static final int GGML_OP_SOLVE_TRI = 85;
    public static final int GGML_OP_GATED_DELTA_NET = 86;
    public static final int GGML_OP_LIGHTNING_INDEXER = 87;
    public static final int GGML_OP_DSV4_HC_COMB = 88;
    public static final int GGML_OP_DSV4_HC_PRE = 89;
    public static final int GGML_OP_DSV4_HC_POST = 90;
    public static final int GGML_OP_UNARY = 91;
    public static final int GGML_OP_MAP_CUSTOM1 = 92;
    public static final int GGML_OP_MAP_CUSTOM2 = 93;
    public static final int GGML_OP_MAP_CUSTOM3 = 94;
    public static final int GGML_OP_CUSTOM = 95;
    public static final int GGML_OP_CROSS_ENTROPY_LOSS = 96;
    public static final int GGML_OP_CROSS_ENTROPY_LOSS_BACK = 97;
    public static final int GGML_OP_OPT_STEP_ADAMW = 98;
    public static final int GGML_OP_OPT_STEP_SGD = 99;
    public static final int GGML_OP_GLU = 100;
    public static final int GGML_OP_COUNT = 101;

    // enum ggml_unary_op
    public static final int GGML_UNARY_OP_ABS = 0;
    public static final int GGML_UNARY_OP_SGN = 1;
    public static final int GGML_UNARY_OP_NEG = 2;
    public static final int GGML_UNARY_OP_STEP = 3;
    public static final int GGML_UNARY_OP_TANH = 4;
    public static final int GGML_UNARY_OP_ELU = 5;
    public static final int GGML_UNARY_OP_RELU = 6;
    public static final int GGML_UNARY_OP_SIGMOID = 7;
    public static final int GGML_UNARY_OP_GELU = 8;
    public static final int GGML_UNARY_OP_GELU_QUICK = 9;
    public static final int GGML_UNARY_OP_SILU = 10;
    public static final int GGML_UNARY_OP_HARDSWISH = 11;
    public static final int GGML_UNARY_OP_HARDSIGMOID = 12;
    public static final int GGML_UNARY_OP_EXP = 13;
    public static final int GGML_UNARY_OP_EXPM1 = 14;
    public static final int GGML_UNARY_OP_SOFTPLUS = 15;
    public static final int GGML_UNARY_OP_GELU_ERF = 16;
    public static final int GGML_UNARY_OP_XIELU = 17;
    public static final int GGML_UNARY_OP_FLOOR = 18;
    public static final int GGML_UNARY_OP_CEIL = 19;
    public static final int GGML_UNARY_OP_ROUND = 20;
    public static final int GGML_UNARY_OP_TRUNC = 21;
    public static final int GGML_UNARY_OP_COUNT = 22;

    // enum ggml_glu_op
    public static final int GGML_GLU_OP_REGLU = 0;
    public static final int GGML_GLU_OP_GEGLU = 1;
    public static final int GGML_GLU_OP_SWIGLU = 2;
    public static final int GGML_GLU_OP_SWIGLU_OAI = 3;
    public static final int GGML_GLU_OP_GEGLU_ERF = 4;
    public static final int GGML_GLU_OP_GEGLU_QUICK = 5;
    public static final int GGML_GLU_OP_SWIGLU_CLAMP = 6;
    public static final int GGML_GLU_OP_COUNT = 7;

    // enum ggml_object_type
    public static final int GGML_OBJECT_TYPE_TENSOR = 0;
    public static final int GGML_OBJECT_TYPE_GRAPH = 1;
    public static final int GGML_OBJECT_TYPE_WORK_BUFFER = 2;

    // enum ggml_log_level
    public static final int GGML_LOG_LEVEL_NONE = 0;
    public static final int GGML_LOG_LEVEL_DEBUG = 1;
    public static final int GGML_LOG_LEVEL_INFO = 2;
    public static final int GGML_LOG_LEVEL_WARN = 3;
    public static final int GGML_LOG_LEVEL_ERROR = 4;
    public static final int GGML_LOG_LEVEL_CONT = 5;

    // enum ggml_tensor_flag
    public static final int GGML_TENSOR_FLAG_INPUT = 1;
    public static final int GGML_TENSOR_FLAG_OUTPUT = 2;
    public static final int GGML_TENSOR_FLAG_PARAM = 4;
    public static final int GGML_TENSOR_FLAG_LOSS = 8;
    public static final int GGML_TENSOR_FLAG_COMPUTE = 16;

    // enum ggml_tri_type
    public static final int GGML_TRI_TYPE_UPPER_DIAG = 0;
    public static final int GGML_TRI_TYPE_UPPER = 1;
    public static final int GGML_TRI_TYPE_LOWER_DIAG = 2;
    public static final int GGML_TRI_TYPE_LOWER = 3;

    // enum ggml_op_pool
    public static final int GGML_OP_POOL_MAX = 0;
    public static final int GGML_OP_POOL_AVG = 1;
    public static final int GGML_OP_POOL_COUNT = 2;

    // enum ggml_scale_mode
    public static final int GGML_SCALE_MODE_NEAREST = 0;
    public static final int GGML_SCALE_MODE_BILINEAR = 1;
    public static final int GGML_SCALE_MODE_BICUBIC = 2;
    public static final int GGML_SCALE_MODE_COUNT = 3;

    // enum ggml_scale_flag
    public static final int GGML_SCALE_FLAG_ALIGN_CORNERS = 256;
    public static final int GGML_SCALE_FLAG_ANTIALIAS = 512;

    // enum ggml_sort_order
    public static final int GGML_SORT_ORDER_ASC = 0;
    public static final int GGML_SORT_ORDER_DESC = 1;

    // enum ggml_sched_priority
    public static final int GGML_SCHED_PRIO_LOW = -1;
    public static final int GGML_SCHED_PRIO_NORMAL = 0;
    public static final int GGML_SCHED_PRIO_MEDIUM = 1;
    public static final int GGML_SCHED_PRIO_HIGH = 2;
    public static final int GGML_SCHED_PRIO_REALTIME = 3;

    /**
     * {@snippet lang=c :
     * ggml_abort_callback_t ggml_set_abort_callback(ggml_abort_callback_t callback)
     * }
     *
     * <pre>
     *  Set the abort callback (passing null will restore original abort functionality: printing a message to stdout)
     *  Returns the old callback for chaining
     * </pre>
     */
    public static MemorySegment ggml_set_abort_callback(MemorySegment callback) {
        try {
            return (MemorySegment) ggml_set_abort_callback$.HANDLE.invokeExact(callback);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_abort_callback$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_abort_callback", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_status_to_string(enum ggml_status status)
     * }
     *
     * <pre>
     *  get ggml_status name string
     * </pre>
     */
    public static MemorySegment ggml_status_to_string(int status) {
        try {
            return (MemorySegment) ggml_status_to_string$.HANDLE.invokeExact(status);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_status_to_string$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_status_to_string", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float ggml_fp16_to_fp32(ggml_fp16_t arg0)
     * }
     */
    public static float ggml_fp16_to_fp32(short arg0) {
        try {
            return (float) ggml_fp16_to_fp32$.HANDLE.invokeExact(arg0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp16_to_fp32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp16_to_fp32", "ggml.h",
                FunctionDescriptor.of(JAVA_FLOAT, JAVA_SHORT));
    }

    /**
     * {@snippet lang=c :
     * ggml_fp16_t ggml_fp32_to_fp16(float arg0)
     * }
     */
    public static short ggml_fp32_to_fp16(float arg0) {
        try {
            return (short) ggml_fp32_to_fp16$.HANDLE.invokeExact(arg0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp32_to_fp16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp32_to_fp16", "ggml.h",
                FunctionDescriptor.of(JAVA_SHORT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_fp16_to_fp32_row(const ggml_fp16_t * arg0, float * arg1, int64_t arg2)
     * }
     */
    public static void ggml_fp16_to_fp32_row(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_fp16_to_fp32_row$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp16_to_fp32_row$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp16_to_fp32_row", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_fp32_to_fp16_row(const float * arg0, ggml_fp16_t * arg1, int64_t arg2)
     * }
     */
    public static void ggml_fp32_to_fp16_row(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_fp32_to_fp16_row$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp32_to_fp16_row$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp32_to_fp16_row", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * ggml_bf16_t ggml_fp32_to_bf16(float arg0)
     * }
     */
    public static MemorySegment ggml_fp32_to_bf16(SegmentAllocator allocator, float arg0) {
        try {
            return (MemorySegment) ggml_fp32_to_bf16$.HANDLE.invokeExact(allocator, arg0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp32_to_bf16$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp32_to_bf16", "ggml.h",
                FunctionDescriptor.of(ggml_bf16_t.LAYOUT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * float ggml_bf16_to_fp32(ggml_bf16_t arg0)
     * }
     */
    public static float ggml_bf16_to_fp32(MemorySegment arg0) {
        try {
            return (float) ggml_bf16_to_fp32$.HANDLE.invokeExact(arg0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_bf16_to_fp32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_bf16_to_fp32", "ggml.h",
                FunctionDescriptor.of(JAVA_FLOAT, ggml_bf16_t.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_bf16_to_fp32_row(const ggml_bf16_t * arg0, float * arg1, int64_t arg2)
     * }
     */
    public static void ggml_bf16_to_fp32_row(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_bf16_to_fp32_row$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_bf16_to_fp32_row$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_bf16_to_fp32_row", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_fp32_to_bf16_row_ref(const float * arg0, ggml_bf16_t * arg1, int64_t arg2)
     * }
     */
    public static void ggml_fp32_to_bf16_row_ref(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_fp32_to_bf16_row_ref$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp32_to_bf16_row_ref$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp32_to_bf16_row_ref", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_fp32_to_bf16_row(const float * arg0, ggml_bf16_t * arg1, int64_t arg2)
     * }
     */
    public static void ggml_fp32_to_bf16_row(MemorySegment arg0, MemorySegment arg1, long arg2) {
        try {
            ggml_fp32_to_bf16_row$.HANDLE.invokeExact(arg0, arg1, arg2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fp32_to_bf16_row$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fp32_to_bf16_row", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_guid_matches(ggml_guid_t guid_a, ggml_guid_t guid_b)
     * }
     */
    public static boolean ggml_guid_matches(MemorySegment guid_a, MemorySegment guid_b) {
        try {
            return (boolean) ggml_guid_matches$.HANDLE.invokeExact(guid_a, guid_b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_guid_matches$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_guid_matches", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_version(void)
     * }
     *
     * <pre>
     *  misc
     * </pre>
     */
    public static MemorySegment ggml_version() {
        try {
            return (MemorySegment) ggml_version$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_version$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_version", "ggml.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_commit(void)
     * }
     */
    public static MemorySegment ggml_commit() {
        try {
            return (MemorySegment) ggml_commit$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_commit$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_commit", "ggml.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_time_init(void)
     * }
     */
    public static void ggml_time_init() {
        try {
            ggml_time_init$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_time_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_time_init", "ggml.h",
                FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_time_ms(void)
     * }
     */
    public static long ggml_time_ms() {
        try {
            return (long) ggml_time_ms$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_time_ms$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_time_ms", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_time_us(void)
     * }
     */
    public static long ggml_time_us() {
        try {
            return (long) ggml_time_us$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_time_us$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("ggml_time_us", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_cycles(void)
     * }
     */
    public static long ggml_cycles() {
        try {
            return (long) ggml_cycles$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cycles$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cycles", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_cycles_per_ms(void)
     * }
     */
    public static long ggml_cycles_per_ms() {
        try {
            return (long) ggml_cycles_per_ms$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cycles_per_ms$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cycles_per_ms", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * FILE * ggml_fopen(const char * fname, const char * mode)
     * }
     *
     * <pre>
     *  accepts a UTF-8 path, even on Windows
     * </pre>
     */
    public static MemorySegment ggml_fopen(MemorySegment fname, MemorySegment mode) {
        try {
            return (MemorySegment) ggml_fopen$.HANDLE.invokeExact(fname, mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fopen$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fopen", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_print_object(const struct ggml_object * obj)
     * }
     */
    public static void ggml_print_object(MemorySegment obj) {
        try {
            ggml_print_object$.HANDLE.invokeExact(obj);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_print_object$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_print_object", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_print_objects(const struct ggml_context * ctx)
     * }
     */
    public static void ggml_print_objects(MemorySegment ctx) {
        try {
            ggml_print_objects$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_print_objects$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_print_objects", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_nelements(const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_nelements(MemorySegment tensor) {
        try {
            return (long) ggml_nelements$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_nelements$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_nelements", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_nrows(const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_nrows(MemorySegment tensor) {
        try {
            return (long) ggml_nrows$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_nrows$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_nrows", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_nbytes(const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_nbytes(MemorySegment tensor) {
        try {
            return (long) ggml_nbytes$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_nbytes$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_nbytes", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_nbytes_pad(const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_nbytes_pad(MemorySegment tensor) {
        try {
            return (long) ggml_nbytes_pad$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_nbytes_pad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_nbytes_pad", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_blck_size(enum ggml_type type)
     * }
     */
    public static long ggml_blck_size(int type) {
        try {
            return (long) ggml_blck_size$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_blck_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_blck_size", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_type_size(enum ggml_type type)
     * }
     */
    public static long ggml_type_size(int type) {
        try {
            return (long) ggml_type_size$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_type_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_type_size", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_row_size(enum ggml_type type, int64_t ne)
     * }
     */
    public static long ggml_row_size(int type, long ne) {
        try {
            return (long) ggml_row_size$.HANDLE.invokeExact(type, ne);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_row_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_row_size", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * double ggml_type_sizef(enum ggml_type type)
     * }
     *
     * @deprecated use ggml_row_size() instead
     */
    @Deprecated
    public static double ggml_type_sizef(int type) {
        try {
            return (double) ggml_type_sizef$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_type_sizef$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_type_sizef", "ggml.h",
                FunctionDescriptor.of(JAVA_DOUBLE, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_type_name(enum ggml_type type)
     * }
     */
    public static MemorySegment ggml_type_name(int type) {
        try {
            return (MemorySegment) ggml_type_name$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_type_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_type_name", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_op_name(enum ggml_op op)
     * }
     */
    public static MemorySegment ggml_op_name(int op) {
        try {
            return (MemorySegment) ggml_op_name$.HANDLE.invokeExact(op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_op_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_op_name", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_op_symbol(enum ggml_op op)
     * }
     */
    public static MemorySegment ggml_op_symbol(int op) {
        try {
            return (MemorySegment) ggml_op_symbol$.HANDLE.invokeExact(op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_op_symbol$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_op_symbol", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_unary_op_name(enum ggml_unary_op op)
     * }
     */
    public static MemorySegment ggml_unary_op_name(int op) {
        try {
            return (MemorySegment) ggml_unary_op_name$.HANDLE.invokeExact(op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_unary_op_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_unary_op_name", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_glu_op_name(enum ggml_glu_op op)
     * }
     */
    public static MemorySegment ggml_glu_op_name(int op) {
        try {
            return (MemorySegment) ggml_glu_op_name$.HANDLE.invokeExact(op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_glu_op_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_glu_op_name", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_op_desc(const struct ggml_tensor * t)
     * }
     */
    public static MemorySegment ggml_op_desc(MemorySegment t) {
        try {
            return (MemorySegment) ggml_op_desc$.HANDLE.invokeExact(t);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_op_desc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_op_desc", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_element_size(const struct ggml_tensor * tensor)
     * }
     */
    public static long ggml_element_size(MemorySegment tensor) {
        try {
            return (long) ggml_element_size$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_element_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_element_size", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_quantized(enum ggml_type type)
     * }
     */
    public static boolean ggml_is_quantized(int type) {
        try {
            return (boolean) ggml_is_quantized$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_quantized$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_quantized", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_type ggml_ftype_to_ggml_type(enum ggml_ftype ftype)
     * }
     *
     * <pre>
     *  TODO: temporary until model loading of ggml examples is refactored
     * </pre>
     */
    public static int ggml_ftype_to_ggml_type(int ftype) {
        try {
            return (int) ggml_ftype_to_ggml_type$.HANDLE.invokeExact(ftype);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_ftype_to_ggml_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_ftype_to_ggml_type", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_transposed(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_transposed(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_transposed$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_transposed$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_transposed", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_permuted(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_permuted(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_permuted$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_permuted$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_permuted", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_empty(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_empty(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_empty$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_empty$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_empty", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_view(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_view(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_view$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_view$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_view", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_scalar(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_scalar(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_scalar$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_scalar$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_scalar", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_vector(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_vector(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_vector$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_vector$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_vector", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_matrix(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_matrix(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_matrix$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_matrix$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_matrix", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_3d(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_3d(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_3d$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_3d", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_n_dims(const struct ggml_tensor * tensor)
     * }
     */
    public static int ggml_n_dims(MemorySegment tensor) {
        try {
            return (int) ggml_n_dims$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_n_dims$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_n_dims", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous(const struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  returns whether the tensor elements can be iterated over with a flattened index (no gaps, no permutation)
     * </pre>
     */
    public static boolean ggml_is_contiguous(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_0(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_contiguous_0(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_0$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_0$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_0", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_1(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_contiguous_1(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_1$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_1$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_1", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_2(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_contiguous_2(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_2$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_2", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_to_1(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_contiguous_to_1(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_to_1$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_to_1$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_to_1", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_to_2(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_contiguous_to_2(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_to_2$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_to_2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_to_2", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_to_3(const struct ggml_tensor * tensor)
     * }
     */
    public static boolean ggml_is_contiguous_to_3(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_to_3$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_to_3$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_to_3", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguously_allocated(const struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  returns whether the tensor elements are allocated as one contiguous block of memory (no gaps, but permutation ok)
     * </pre>
     */
    public static boolean ggml_is_contiguously_allocated(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguously_allocated$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguously_allocated$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguously_allocated", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_channels(const struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  true for tensor that is stored in memory as CxWxHxN and has been permuted to WxHxCxN
     * </pre>
     */
    public static boolean ggml_is_contiguous_channels(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_channels$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_channels$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_channels", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_is_contiguous_rows(const struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  true if the elements in dimension 0 are contiguous, or there is just 1 block of elements
     * </pre>
     */
    public static boolean ggml_is_contiguous_rows(MemorySegment tensor) {
        try {
            return (boolean) ggml_is_contiguous_rows$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_is_contiguous_rows$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_is_contiguous_rows", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_are_same_shape(const struct ggml_tensor * t0, const struct ggml_tensor * t1)
     * }
     */
    public static boolean ggml_are_same_shape(MemorySegment t0, MemorySegment t1) {
        try {
            return (boolean) ggml_are_same_shape$.HANDLE.invokeExact(t0, t1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_are_same_shape$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_are_same_shape", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_are_same_stride(const struct ggml_tensor * t0, const struct ggml_tensor * t1)
     * }
     */
    public static boolean ggml_are_same_stride(MemorySegment t0, MemorySegment t1) {
        try {
            return (boolean) ggml_are_same_stride$.HANDLE.invokeExact(t0, t1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_are_same_stride$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_are_same_stride", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_can_repeat(const struct ggml_tensor * t0, const struct ggml_tensor * t1)
     * }
     */
    public static boolean ggml_can_repeat(MemorySegment t0, MemorySegment t1) {
        try {
            return (boolean) ggml_can_repeat$.HANDLE.invokeExact(t0, t1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_can_repeat$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_can_repeat", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_tensor_overhead(void)
     * }
     *
     * <pre>
     *  use this to compute the memory overhead of a tensor
     * </pre>
     */
    public static long ggml_tensor_overhead() {
        try {
            return (long) ggml_tensor_overhead$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_tensor_overhead$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_tensor_overhead", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_validate_row_data(enum ggml_type type, const void * data, size_t nbytes)
     * }
     */
    public static boolean ggml_validate_row_data(int type, MemorySegment data, long nbytes) {
        try {
            return (boolean) ggml_validate_row_data$.HANDLE.invokeExact(type, data, nbytes);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_validate_row_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_validate_row_data", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_context * ggml_init(struct ggml_init_params params)
     * }
     *
     * <pre>
     *  main
     * </pre>
     */
    public static MemorySegment ggml_init(MemorySegment params) {
        try {
            return (MemorySegment) ggml_init$.HANDLE.invokeExact(params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_init", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ggml_init_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_reset(struct ggml_context * ctx)
     * }
     */
    public static void ggml_reset(MemorySegment ctx) {
        try {
            ggml_reset$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reset", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_free(struct ggml_context * ctx)
     * }
     */
    public static void ggml_free(MemorySegment ctx) {
        try {
            ggml_free$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_free", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_used_mem(const struct ggml_context * ctx)
     * }
     */
    public static long ggml_used_mem(MemorySegment ctx) {
        try {
            return (long) ggml_used_mem$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_used_mem$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_used_mem", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_get_no_alloc(struct ggml_context * ctx)
     * }
     */
    public static boolean ggml_get_no_alloc(MemorySegment ctx) {
        try {
            return (boolean) ggml_get_no_alloc$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_no_alloc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_no_alloc", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_no_alloc(struct ggml_context * ctx, _Bool no_alloc)
     * }
     */
    public static void ggml_set_no_alloc(MemorySegment ctx, boolean no_alloc) {
        try {
            ggml_set_no_alloc$.HANDLE.invokeExact(ctx, no_alloc);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_no_alloc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_no_alloc", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void * ggml_get_mem_buffer(const struct ggml_context * ctx)
     * }
     */
    public static MemorySegment ggml_get_mem_buffer(MemorySegment ctx) {
        try {
            return (MemorySegment) ggml_get_mem_buffer$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_mem_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_mem_buffer", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_get_mem_size(const struct ggml_context * ctx)
     * }
     */
    public static long ggml_get_mem_size(MemorySegment ctx) {
        try {
            return (long) ggml_get_mem_size$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_mem_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_mem_size", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_get_max_tensor_size(const struct ggml_context * ctx)
     * }
     */
    public static long ggml_get_max_tensor_size(MemorySegment ctx) {
        try {
            return (long) ggml_get_max_tensor_size$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_max_tensor_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_max_tensor_size", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_tensor(struct ggml_context * ctx, enum ggml_type type, int n_dims, const int64_t * ne)
     * }
     */
    public static MemorySegment ggml_new_tensor(MemorySegment ctx, int type, int n_dims, MemorySegment ne) {
        try {
            return (MemorySegment) ggml_new_tensor$.HANDLE.invokeExact(ctx, type, n_dims, ne);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_tensor_1d(struct ggml_context * ctx, enum ggml_type type, int64_t ne0)
     * }
     */
    public static MemorySegment ggml_new_tensor_1d(MemorySegment ctx, int type, long ne0) {
        try {
            return (MemorySegment) ggml_new_tensor_1d$.HANDLE.invokeExact(ctx, type, ne0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_tensor_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_tensor_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_tensor_2d(struct ggml_context * ctx, enum ggml_type type, int64_t ne0, int64_t ne1)
     * }
     */
    public static MemorySegment ggml_new_tensor_2d(MemorySegment ctx, int type, long ne0, long ne1) {
        try {
            return (MemorySegment) ggml_new_tensor_2d$.HANDLE.invokeExact(ctx, type, ne0, ne1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_tensor_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_tensor_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_tensor_3d(struct ggml_context * ctx, enum ggml_type type, int64_t ne0, int64_t ne1, int64_t ne2)
     * }
     */
    public static MemorySegment ggml_new_tensor_3d(MemorySegment ctx, int type, long ne0, long ne1, long ne2) {
        try {
            return (MemorySegment) ggml_new_tensor_3d$.HANDLE.invokeExact(ctx, type, ne0, ne1, ne2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_tensor_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_tensor_3d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_new_tensor_4d(struct ggml_context * ctx, enum ggml_type type, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3)
     * }
     */
    public static MemorySegment ggml_new_tensor_4d(MemorySegment ctx, int type, long ne0, long ne1, long ne2, long ne3) {
        try {
            return (MemorySegment) ggml_new_tensor_4d$.HANDLE.invokeExact(ctx, type, ne0, ne1, ne2, ne3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_tensor_4d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_tensor_4d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void * ggml_new_buffer(struct ggml_context * ctx, size_t nbytes)
     * }
     */
    public static MemorySegment ggml_new_buffer(MemorySegment ctx, long nbytes) {
        try {
            return (MemorySegment) ggml_new_buffer$.HANDLE.invokeExact(ctx, nbytes);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_buffer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_buffer", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dup_tensor(struct ggml_context * ctx, const struct ggml_tensor * src)
     * }
     */
    public static MemorySegment ggml_dup_tensor(MemorySegment ctx, MemorySegment src) {
        try {
            return (MemorySegment) ggml_dup_tensor$.HANDLE.invokeExact(ctx, src);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dup_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dup_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_view_tensor(struct ggml_context * ctx, struct ggml_tensor * src)
     * }
     */
    public static MemorySegment ggml_view_tensor(MemorySegment ctx, MemorySegment src) {
        try {
            return (MemorySegment) ggml_view_tensor$.HANDLE.invokeExact(ctx, src);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_view_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_view_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_get_first_tensor(const struct ggml_context * ctx)
     * }
     *
     * <pre>
     *  Context tensor enumeration and lookup
     * </pre>
     */
    public static MemorySegment ggml_get_first_tensor(MemorySegment ctx) {
        try {
            return (MemorySegment) ggml_get_first_tensor$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_first_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_first_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_get_next_tensor(const struct ggml_context * ctx, struct ggml_tensor * tensor)
     * }
     */
    public static MemorySegment ggml_get_next_tensor(MemorySegment ctx, MemorySegment tensor) {
        try {
            return (MemorySegment) ggml_get_next_tensor$.HANDLE.invokeExact(ctx, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_next_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_next_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_get_tensor(struct ggml_context * ctx, const char * name)
     * }
     */
    public static MemorySegment ggml_get_tensor(MemorySegment ctx, MemorySegment name) {
        try {
            return (MemorySegment) ggml_get_tensor$.HANDLE.invokeExact(ctx, name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_unravel_index(const struct ggml_tensor * tensor, int64_t i, int64_t * i0, int64_t * i1, int64_t * i2, int64_t * i3)
     * }
     *
     * <pre>
     *  Converts a flat index into coordinates
     * </pre>
     */
    public static void ggml_unravel_index(MemorySegment tensor, long i, MemorySegment i0, MemorySegment i1, MemorySegment i2, MemorySegment i3) {
        try {
            ggml_unravel_index$.HANDLE.invokeExact(tensor, i, i0, i1, i2, i3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_unravel_index$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_unravel_index", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_unary_op ggml_get_unary_op(const struct ggml_tensor * tensor)
     * }
     */
    public static int ggml_get_unary_op(MemorySegment tensor) {
        try {
            return (int) ggml_get_unary_op$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_unary_op$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_unary_op", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_glu_op ggml_get_glu_op(const struct ggml_tensor * tensor)
     * }
     */
    public static int ggml_get_glu_op(MemorySegment tensor) {
        try {
            return (int) ggml_get_glu_op$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_glu_op$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_glu_op", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void * ggml_get_data(const struct ggml_tensor * tensor)
     * }
     */
    public static MemorySegment ggml_get_data(MemorySegment tensor) {
        try {
            return (MemorySegment) ggml_get_data$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_data", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * float * ggml_get_data_f32(const struct ggml_tensor * tensor)
     * }
     */
    public static MemorySegment ggml_get_data_f32(MemorySegment tensor) {
        try {
            return (MemorySegment) ggml_get_data_f32$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_data_f32$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_data_f32", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_get_name(const struct ggml_tensor * tensor)
     * }
     */
    public static MemorySegment ggml_get_name(MemorySegment tensor) {
        try {
            return (MemorySegment) ggml_get_name$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_name", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_name(struct ggml_tensor * tensor, const char * name)
     * }
     */
    public static MemorySegment ggml_set_name(MemorySegment tensor, MemorySegment name) {
        try {
            return (MemorySegment) ggml_set_name$.HANDLE.invokeExact(tensor, name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_name", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_input(struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  Tensor flags
     * </pre>
     */
    public static void ggml_set_input(MemorySegment tensor) {
        try {
            ggml_set_input$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_input$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_input", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_output(struct ggml_tensor * tensor)
     * }
     */
    public static void ggml_set_output(MemorySegment tensor) {
        try {
            ggml_set_output$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_output$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_output", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_param(struct ggml_tensor * tensor)
     * }
     */
    public static void ggml_set_param(MemorySegment tensor) {
        try {
            ggml_set_param$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_param$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_param", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_set_loss(struct ggml_tensor * tensor)
     * }
     */
    public static void ggml_set_loss(MemorySegment tensor) {
        try {
            ggml_set_loss$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_loss$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_loss", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dup(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  operations on tensors with backpropagation
     * </pre>
     */
    public static MemorySegment ggml_dup(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_dup$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dup$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dup", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dup_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_dup_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_dup_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dup_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dup_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_add(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_add$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_add_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_add_inplace$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add_cast(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, enum ggml_type type)
     * }
     */
    public static MemorySegment ggml_add_cast(MemorySegment ctx, MemorySegment a, MemorySegment b, int type) {
        try {
            return (MemorySegment) ggml_add_cast$.HANDLE.invokeExact(ctx, a, b, type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add_cast$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add_cast", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add_id(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * ids)
     * }
     *
     * <pre>
     *  dst[i0, i1, i2] = a[i0, i1, i2] + b[i0, ids[i1, i2]]
     * </pre>
     */
    public static MemorySegment ggml_add_id(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment ids) {
        try {
            return (MemorySegment) ggml_add_id$.HANDLE.invokeExact(ctx, a, b, ids);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add_id$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add_id", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add1(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * @deprecated use ggml_add instead
     */
    @Deprecated
    public static MemorySegment ggml_add1(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_add1$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add1$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add1", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add1_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * @deprecated use ggml_add_inplace instead
     */
    @Deprecated
    public static MemorySegment ggml_add1_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_add1_inplace$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add1_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add1_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_acc(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t nb1, size_t nb2, size_t nb3, size_t offset)
     * }
     *
     * <pre>
     *  dst = a
     *  view(dst, nb1, nb2, nb3, offset) += b
     *  return dst
     * </pre>
     */
    public static MemorySegment ggml_acc(MemorySegment ctx, MemorySegment a, MemorySegment b, long nb1, long nb2, long nb3, long offset) {
        try {
            return (MemorySegment) ggml_acc$.HANDLE.invokeExact(ctx, a, b, nb1, nb2, nb3, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_acc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_acc", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_acc_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t nb1, size_t nb2, size_t nb3, size_t offset)
     * }
     */
    public static MemorySegment ggml_acc_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, long nb1, long nb2, long nb3, long offset) {
        try {
            return (MemorySegment) ggml_acc_inplace$.HANDLE.invokeExact(ctx, a, b, nb1, nb2, nb3, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_acc_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_acc_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sub(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_sub(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_sub$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sub$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sub", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sub_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_sub_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_sub_inplace$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sub_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sub_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_mul(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_mul(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_mul$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mul$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mul", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_mul_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_mul_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_mul_inplace$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mul_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mul_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_div(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_div(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_div$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_div$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_div", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_div_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_div_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_div_inplace$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_div_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_div_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sqr(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sqr(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sqr$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sqr$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sqr", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sqr_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sqr_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sqr_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sqr_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sqr_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sqrt(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sqrt(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sqrt$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sqrt$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sqrt", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sqrt_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sqrt_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sqrt_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sqrt_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sqrt_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_log(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_log(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_log$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_log$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_log", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_log_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_log_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_log_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_log_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_log_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_expm1(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_expm1(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_expm1$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_expm1$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_expm1", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_expm1_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_expm1_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_expm1_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_expm1_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_expm1_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_softplus(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_softplus(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_softplus$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_softplus$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_softplus", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_softplus_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_softplus_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_softplus_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_softplus_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_softplus_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sin(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sin(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sin$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sin$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sin", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sin_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sin_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sin_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sin_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sin_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cos(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_cos(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_cos$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cos", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cos_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_cos_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_cos_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cos_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cos_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sum(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  return scalar
     * </pre>
     */
    public static MemorySegment ggml_sum(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sum$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sum$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sum", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sum_rows(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  sums along rows, with input shape [a,b,c,d] return shape [1,b,c,d]
     * </pre>
     */
    public static MemorySegment ggml_sum_rows(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sum_rows$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sum_rows$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sum_rows", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cumsum(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_cumsum(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_cumsum$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cumsum$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cumsum", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_mean(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  mean along rows
     * </pre>
     */
    public static MemorySegment ggml_mean(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_mean$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mean$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mean", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_argmax(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  argmax along rows
     * </pre>
     */
    public static MemorySegment ggml_argmax(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_argmax$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_argmax$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_argmax", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_count_equal(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  count number of equal elements in a and b
     * </pre>
     */
    public static MemorySegment ggml_count_equal(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_count_equal$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_count_equal$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_count_equal", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_repeat(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  if a is the same shape as b, and a is not parameter, return a
     *  otherwise, return a new tensor: repeat(a) to fit in b
     * </pre>
     */
    public static MemorySegment ggml_repeat(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_repeat$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_repeat$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_repeat", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_repeat_4d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3)
     * }
     *
     * <pre>
     *  repeat a to the specified shape
     * </pre>
     */
    public static MemorySegment ggml_repeat_4d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2, long ne3) {
        try {
            return (MemorySegment) ggml_repeat_4d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, ne3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_repeat_4d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_repeat_4d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_repeat_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  sums repetitions in a into shape of b
     * </pre>
     */
    public static MemorySegment ggml_repeat_back(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_repeat_back$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_repeat_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_repeat_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_concat(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int dim)
     * }
     *
     * <pre>
     *  concat a and b along dim
     *  used in stable-diffusion
     * </pre>
     */
    public static MemorySegment ggml_concat(MemorySegment ctx, MemorySegment a, MemorySegment b, int dim) {
        try {
            return (MemorySegment) ggml_concat$.HANDLE.invokeExact(ctx, a, b, dim);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_concat$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_concat", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_abs(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_abs(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_abs$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_abs$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_abs", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_abs_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_abs_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_abs_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_abs_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_abs_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sgn(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sgn(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sgn$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sgn$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sgn", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sgn_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sgn_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sgn_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sgn_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sgn_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_neg(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_neg(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_neg$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_neg$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_neg", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_neg_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_neg_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_neg_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_neg_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_neg_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_step(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_step(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_step$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_step$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_step", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_step_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_step_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_step_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_step_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_step_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_tanh(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_tanh(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_tanh$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_tanh$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_tanh", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_tanh_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_tanh_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_tanh_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_tanh_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_tanh_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_elu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_elu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_elu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_elu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_elu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_elu_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_elu_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_elu_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_elu_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_elu_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_relu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_relu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_relu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_relu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_relu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_leaky_relu(struct ggml_context * ctx, struct ggml_tensor * a, float negative_slope, _Bool inplace)
     * }
     */
    public static MemorySegment ggml_leaky_relu(MemorySegment ctx, MemorySegment a, float negative_slope, boolean inplace) {
        try {
            return (MemorySegment) ggml_leaky_relu$.HANDLE.invokeExact(ctx, a, negative_slope, inplace);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_leaky_relu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_leaky_relu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_relu_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_relu_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_relu_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_relu_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_relu_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sigmoid(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sigmoid(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sigmoid$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sigmoid$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sigmoid", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_sigmoid_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_sigmoid_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_sigmoid_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_sigmoid_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_sigmoid_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gelu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_gelu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_gelu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gelu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gelu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gelu_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_gelu_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_gelu_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gelu_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gelu_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gelu_erf(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  GELU using erf (error function) when possible
     *  some backends may fallback to approximation based on Abramowitz and Stegun formula
     * </pre>
     */
    public static MemorySegment ggml_gelu_erf(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_gelu_erf$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gelu_erf$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gelu_erf", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gelu_erf_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_gelu_erf_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_gelu_erf_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gelu_erf_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gelu_erf_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gelu_quick(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_gelu_quick(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_gelu_quick$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gelu_quick$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gelu_quick", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gelu_quick_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_gelu_quick_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_gelu_quick_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gelu_quick_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gelu_quick_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_silu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_silu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_silu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_silu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_silu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_silu_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_silu_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_silu_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_silu_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_silu_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_silu_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  a - dy
     *  b - x
     * </pre>
     */
    public static MemorySegment ggml_silu_back(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_silu_back$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_silu_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_silu_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_hardswish(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  hardswish(x) = x * relu6(x + 3) / 6
     * </pre>
     */
    public static MemorySegment ggml_hardswish(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_hardswish$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_hardswish$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_hardswish", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_hardsigmoid(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  hardsigmoid(x) = relu6(x + 3) / 6
     * </pre>
     */
    public static MemorySegment ggml_hardsigmoid(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_hardsigmoid$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_hardsigmoid$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_hardsigmoid", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_exp(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_exp(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_exp$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_exp$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_exp", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_exp_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_exp_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_exp_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_exp_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_exp_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_floor(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_floor(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_floor$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_floor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_floor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_floor_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_floor_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_floor_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_floor_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_floor_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_ceil(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_ceil(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_ceil$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_ceil$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_ceil", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_ceil_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_ceil_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_ceil_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_ceil_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_ceil_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_round(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_round(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_round$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_round$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_round", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_round_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_round_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_round_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_round_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_round_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_trunc(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  Truncates the fractional part of each element in the tensor (towards zero).
     *  For example: trunc(3.7) = 3.0, trunc(-2.9) = -2.0
     *  Similar to std::trunc in C/C++.
     * </pre>
     */
    public static MemorySegment ggml_trunc(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_trunc$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_trunc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_trunc", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_trunc_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_trunc_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_trunc_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_trunc_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_trunc_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_xielu(struct ggml_context * ctx, struct ggml_tensor * a, float alpha_n, float alpha_p, float beta, float eps)
     * }
     *
     * <pre>
     *  xIELU activation function
     *  x = x * (c_a(alpha_n) + c_b(alpha_p, beta) * sigmoid(beta * x)) + eps * (x &gt; 0)
     *  where c_a = softplus and c_b(a, b) = softplus(a) + b are constraining functions
     *  that constrain the positive and negative source alpha values respectively
     * </pre>
     */
    public static MemorySegment ggml_xielu(MemorySegment ctx, MemorySegment a, float alpha_n, float alpha_p, float beta, float eps) {
        try {
            return (MemorySegment) ggml_xielu$.HANDLE.invokeExact(ctx, a, alpha_n, alpha_p, beta, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_xielu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_xielu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_glu(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_glu_op op, _Bool swapped)
     * }
     *
     * <pre>
     *  gated linear unit ops
     *  A: n columns, r rows,
     *  result is n / 2 columns, r rows,
     *  expects gate in second half of row, unless swapped is true
     * </pre>
     */
    public static MemorySegment ggml_glu(MemorySegment ctx, MemorySegment a, int op, boolean swapped) {
        try {
            return (MemorySegment) ggml_glu$.HANDLE.invokeExact(ctx, a, op, swapped);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_glu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_glu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reglu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_reglu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_reglu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reglu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reglu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reglu_swapped(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_reglu_swapped(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_reglu_swapped$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reglu_swapped$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reglu_swapped", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_geglu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_geglu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_swapped(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_geglu_swapped(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_geglu_swapped$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_swapped$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_swapped", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_swiglu(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_swiglu(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_swiglu$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_swiglu$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_swiglu", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_swiglu_swapped(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_swiglu_swapped(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_swiglu_swapped$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_swiglu_swapped$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_swiglu_swapped", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_erf(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_geglu_erf(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_geglu_erf$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_erf$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_erf", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_erf_swapped(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_geglu_erf_swapped(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_geglu_erf_swapped$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_erf_swapped$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_erf_swapped", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_quick(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_geglu_quick(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_geglu_quick$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_quick$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_quick", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_quick_swapped(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_geglu_quick_swapped(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_geglu_quick_swapped$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_quick_swapped$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_quick_swapped", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_glu_split(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, enum ggml_glu_op op)
     * }
     *
     * <pre>
     *  A: n columns, r rows,
     *  B: n columns, r rows,
     * </pre>
     */
    public static MemorySegment ggml_glu_split(MemorySegment ctx, MemorySegment a, MemorySegment b, int op) {
        try {
            return (MemorySegment) ggml_glu_split$.HANDLE.invokeExact(ctx, a, b, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_glu_split$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_glu_split", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reglu_split(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_reglu_split(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_reglu_split$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reglu_split$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reglu_split", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_split(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_geglu_split(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_geglu_split$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_split$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_split", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_swiglu_split(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_swiglu_split(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_swiglu_split$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_swiglu_split$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_swiglu_split", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_erf_split(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_geglu_erf_split(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_geglu_erf_split$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_erf_split$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_erf_split", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_geglu_quick_split(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     */
    public static MemorySegment ggml_geglu_quick_split(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_geglu_quick_split$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_geglu_quick_split$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_geglu_quick_split", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_swiglu_oai(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, float alpha, float limit)
     * }
     */
    public static MemorySegment ggml_swiglu_oai(MemorySegment ctx, MemorySegment a, MemorySegment b, float alpha, float limit) {
        try {
            return (MemorySegment) ggml_swiglu_oai$.HANDLE.invokeExact(ctx, a, b, alpha, limit);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_swiglu_oai$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_swiglu_oai", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_swiglu_clamp(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, float limit)
     * }
     */
    public static MemorySegment ggml_swiglu_clamp(MemorySegment ctx, MemorySegment a, MemorySegment b, float limit) {
        try {
            return (MemorySegment) ggml_swiglu_clamp$.HANDLE.invokeExact(ctx, a, b, limit);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_swiglu_clamp$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_swiglu_clamp", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_norm(struct ggml_context * ctx, struct ggml_tensor * a, float eps)
     * }
     *
     * <pre>
     *  normalize along rows
     * </pre>
     */
    public static MemorySegment ggml_norm(MemorySegment ctx, MemorySegment a, float eps) {
        try {
            return (MemorySegment) ggml_norm$.HANDLE.invokeExact(ctx, a, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_norm$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_norm", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_norm_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float eps)
     * }
     */
    public static MemorySegment ggml_norm_inplace(MemorySegment ctx, MemorySegment a, float eps) {
        try {
            return (MemorySegment) ggml_norm_inplace$.HANDLE.invokeExact(ctx, a, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_norm_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_norm_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rms_norm(struct ggml_context * ctx, struct ggml_tensor * a, float eps)
     * }
     */
    public static MemorySegment ggml_rms_norm(MemorySegment ctx, MemorySegment a, float eps) {
        try {
            return (MemorySegment) ggml_rms_norm$.HANDLE.invokeExact(ctx, a, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rms_norm$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rms_norm", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rms_norm_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float eps)
     * }
     */
    public static MemorySegment ggml_rms_norm_inplace(MemorySegment ctx, MemorySegment a, float eps) {
        try {
            return (MemorySegment) ggml_rms_norm_inplace$.HANDLE.invokeExact(ctx, a, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rms_norm_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rms_norm_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_group_norm(struct ggml_context * ctx, struct ggml_tensor * a, int n_groups, float eps)
     * }
     *
     * <pre>
     *  group normalize along ne0*ne1*n_groups
     *  used in stable-diffusion
     * </pre>
     */
    public static MemorySegment ggml_group_norm(MemorySegment ctx, MemorySegment a, int n_groups, float eps) {
        try {
            return (MemorySegment) ggml_group_norm$.HANDLE.invokeExact(ctx, a, n_groups, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_group_norm$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_group_norm", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_group_norm_inplace(struct ggml_context * ctx, struct ggml_tensor * a, int n_groups, float eps)
     * }
     */
    public static MemorySegment ggml_group_norm_inplace(MemorySegment ctx, MemorySegment a, int n_groups, float eps) {
        try {
            return (MemorySegment) ggml_group_norm_inplace$.HANDLE.invokeExact(ctx, a, n_groups, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_group_norm_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_group_norm_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_l2_norm(struct ggml_context * ctx, struct ggml_tensor * a, float eps)
     * }
     *
     * <pre>
     *  l2 normalize along rows
     *  used in rwkv v7
     * </pre>
     */
    public static MemorySegment ggml_l2_norm(MemorySegment ctx, MemorySegment a, float eps) {
        try {
            return (MemorySegment) ggml_l2_norm$.HANDLE.invokeExact(ctx, a, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_l2_norm$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_l2_norm", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_l2_norm_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float eps)
     * }
     */
    public static MemorySegment ggml_l2_norm_inplace(MemorySegment ctx, MemorySegment a, float eps) {
        try {
            return (MemorySegment) ggml_l2_norm_inplace$.HANDLE.invokeExact(ctx, a, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_l2_norm_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_l2_norm_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rms_norm_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, float eps)
     * }
     *
     * <pre>
     *  a - x
     *  b - dy
     * </pre>
     */
    public static MemorySegment ggml_rms_norm_back(MemorySegment ctx, MemorySegment a, MemorySegment b, float eps) {
        try {
            return (MemorySegment) ggml_rms_norm_back$.HANDLE.invokeExact(ctx, a, b, eps);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rms_norm_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rms_norm_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_prec_set_acc(struct ggml_tensor * a, enum ggml_prec prec)
     * }
     *
     * <pre>
     *  [TAG_GGML_PREC]
     *  set the minimum required accumulator type for the implementation to use during the compute
     *  for example:
     *   - GGML_PREC_F32  - requires accumulation of the results in F32
     *   - GGML_PREC_BF16 - can accumulate the results in BF16, F32
     *   - GGML_PREC_F16  - can accumulate the results in F16, F32
     *   - GGML_PREC_Q8   - not allowed
     *   - GGML_PREC_Q4   - not allowed
     *
     *  return false on faliure
     * </pre>
     */
    public static boolean ggml_prec_set_acc(MemorySegment a, int prec) {
        try {
            return (boolean) ggml_prec_set_acc$.HANDLE.invokeExact(a, prec);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_prec_set_acc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_prec_set_acc", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_prec_set_src(struct ggml_tensor * a, enum ggml_prec prec, int idx)
     * }
     *
     * <pre>
     *  [TAG_GGML_PREC]
     *  set the smallest rank that the implementation can use to internally convert the src[idx] data to
     *  ranks in decreasing order:
     *   - GGML_PREC_F32  - GGML_TYPE_F32
     *   - GGML_PREC_BF16 - GGML_TYPE_BF16
     *   - GGML_PREC_F16  - GGML_TYPE_F16,
     *   - GGML_PREC_Q8   - GGML_TYPE_Q8_0, GGML_TYPE_Q8_1, GGML_TYPE_Q8_K, etc.
     *   - GGML_PREC_Q4   - GGML_TYPE_Q4_0, GGML_TYPE_Q4_1, GGML_TYPE_Q4_K, GGML_TYPE_NVFP4, GGML_TYPE_MXFP4, etc.
     *
     *  for example:
     *    - ggml_prec_set_src(a, GGML_PREC_Q8, 1):
     *      - allows the implementation to quantize F32, BF16, F16 data of src[1] down to GGML_TYPE_Q8_0
     *      - cannot quantize it down to GGML_TYPE_Q4_0 or GGML_TYPE_NVFP4
     *    - ggml_prec_set_src(a, GGML_PREC_Q4, 1):
     *      - allows the implementation to quantize F32, BF16, F16 data of src[1] down to 4-bit datatypes such as GGML_TYPE_Q4_K, GGML_TYPE_NVFP4 etc.
     *
     *  return false on faliure
     * </pre>
     */
    public static boolean ggml_prec_set_src(MemorySegment a, int prec, int idx) {
        try {
            return (boolean) ggml_prec_set_src$.HANDLE.invokeExact(a, prec, idx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_prec_set_src$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_prec_set_src", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_mul_mat(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  A: k columns, n rows =&gt; [ne03, ne02, n, k]
     *  B: k columns, m rows  (i.e. we transpose it internally) =&gt; [ne03 * x, ne02 * y, m, k]
     *  result is n columns, m rows =&gt; [ne03 * x, ne02 * y, m, n]
     * </pre>
     */
    public static MemorySegment ggml_mul_mat(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_mul_mat$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mul_mat$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mul_mat", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_mul_mat_set_prec(struct ggml_tensor * a, enum ggml_prec prec)
     * }
     *
     * @deprecated use ggml_prec_set_acc() instead
     */
    @Deprecated
    public static void ggml_mul_mat_set_prec(MemorySegment a, int prec) {
        try {
            ggml_mul_mat_set_prec$.HANDLE.invokeExact(a, prec);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mul_mat_set_prec$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mul_mat_set_prec", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_mul_mat_set_hint(struct ggml_tensor * a, enum ggml_op_hint hint)
     * }
     *
     * <pre>
     *  change the hint of a matrix multiplication
     * </pre>
     */
    public static void ggml_mul_mat_set_hint(MemorySegment a, int hint) {
        try {
            ggml_mul_mat_set_hint$.HANDLE.invokeExact(a, hint);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mul_mat_set_hint$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mul_mat_set_hint", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_mul_mat_id(struct ggml_context * ctx, struct ggml_tensor * as, struct ggml_tensor * b, struct ggml_tensor * ids)
     * }
     *
     * <pre>
     *  indirect matrix multiplication
     * </pre>
     */
    public static MemorySegment ggml_mul_mat_id(MemorySegment ctx, MemorySegment as, MemorySegment b, MemorySegment ids) {
        try {
            return (MemorySegment) ggml_mul_mat_id$.HANDLE.invokeExact(ctx, as, b, ids);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_mul_mat_id$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_mul_mat_id", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_out_prod(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  A: m columns, n rows,
     *  B: p columns, n rows,
     *  result is m columns, p rows
     * </pre>
     */
    public static MemorySegment ggml_out_prod(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_out_prod$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_out_prod$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_out_prod", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_scale(struct ggml_context * ctx, struct ggml_tensor * a, float s)
     * }
     *
     * <pre>
     *  operations on tensors without backpropagation
     * </pre>
     */
    public static MemorySegment ggml_scale(MemorySegment ctx, MemorySegment a, float s) {
        try {
            return (MemorySegment) ggml_scale$.HANDLE.invokeExact(ctx, a, s);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_scale$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_scale", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_scale_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float s)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_scale_inplace(MemorySegment ctx, MemorySegment a, float s) {
        try {
            return (MemorySegment) ggml_scale_inplace$.HANDLE.invokeExact(ctx, a, s);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_scale_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_scale_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_scale_bias(struct ggml_context * ctx, struct ggml_tensor * a, float s, float b)
     * }
     *
     * <pre>
     *  x = s * a + b
     * </pre>
     */
    public static MemorySegment ggml_scale_bias(MemorySegment ctx, MemorySegment a, float s, float b) {
        try {
            return (MemorySegment) ggml_scale_bias$.HANDLE.invokeExact(ctx, a, s, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_scale_bias$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_scale_bias", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_scale_bias_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float s, float b)
     * }
     */
    public static MemorySegment ggml_scale_bias_inplace(MemorySegment ctx, MemorySegment a, float s, float b) {
        try {
            return (MemorySegment) ggml_scale_bias_inplace$.HANDLE.invokeExact(ctx, a, s, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_scale_bias_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_scale_bias_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t nb1, size_t nb2, size_t nb3, size_t offset)
     * }
     *
     * <pre>
     *  b -&gt; view(a,offset,nb1,nb2,3), return modified a
     * </pre>
     */
    public static MemorySegment ggml_set(MemorySegment ctx, MemorySegment a, MemorySegment b, long nb1, long nb2, long nb3, long offset) {
        try {
            return (MemorySegment) ggml_set$.HANDLE.invokeExact(ctx, a, b, nb1, nb2, nb3, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t nb1, size_t nb2, size_t nb3, size_t offset)
     * }
     *
     * <pre>
     *  b -&gt; view(a,offset,nb1,nb2,3), return view(a)
     * </pre>
     */
    public static MemorySegment ggml_set_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, long nb1, long nb2, long nb3, long offset) {
        try {
            return (MemorySegment) ggml_set_inplace$.HANDLE.invokeExact(ctx, a, b, nb1, nb2, nb3, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_1d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t offset)
     * }
     */
    public static MemorySegment ggml_set_1d(MemorySegment ctx, MemorySegment a, MemorySegment b, long offset) {
        try {
            return (MemorySegment) ggml_set_1d$.HANDLE.invokeExact(ctx, a, b, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_1d_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t offset)
     * }
     */
    public static MemorySegment ggml_set_1d_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, long offset) {
        try {
            return (MemorySegment) ggml_set_1d_inplace$.HANDLE.invokeExact(ctx, a, b, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_1d_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_1d_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_2d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t nb1, size_t offset)
     * }
     *
     * <pre>
     *  b -&gt; view(a,offset,nb1,nb2,3), return modified a
     * </pre>
     */
    public static MemorySegment ggml_set_2d(MemorySegment ctx, MemorySegment a, MemorySegment b, long nb1, long offset) {
        try {
            return (MemorySegment) ggml_set_2d$.HANDLE.invokeExact(ctx, a, b, nb1, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_2d_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, size_t nb1, size_t offset)
     * }
     *
     * <pre>
     *  b -&gt; view(a,offset,nb1,nb2,3), return view(a)
     * </pre>
     */
    public static MemorySegment ggml_set_2d_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, long nb1, long offset) {
        try {
            return (MemorySegment) ggml_set_2d_inplace$.HANDLE.invokeExact(ctx, a, b, nb1, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_2d_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_2d_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cpy(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  a -&gt; b, return view(b)
     * </pre>
     */
    public static MemorySegment ggml_cpy(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_cpy$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cpy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cpy", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cast(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_type type)
     * }
     *
     * <pre>
     *  note: casting from f32 to i32 will discard the fractional part
     * </pre>
     */
    public static MemorySegment ggml_cast(MemorySegment ctx, MemorySegment a, int type) {
        try {
            return (MemorySegment) ggml_cast$.HANDLE.invokeExact(ctx, a, type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cast$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cast", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cont(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  make contiguous
     * </pre>
     */
    public static MemorySegment ggml_cont(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_cont$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cont$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cont", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cont_1d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0)
     * }
     *
     * <pre>
     *  make contiguous, with new shape
     * </pre>
     */
    public static MemorySegment ggml_cont_1d(MemorySegment ctx, MemorySegment a, long ne0) {
        try {
            return (MemorySegment) ggml_cont_1d$.HANDLE.invokeExact(ctx, a, ne0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cont_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cont_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cont_2d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1)
     * }
     */
    public static MemorySegment ggml_cont_2d(MemorySegment ctx, MemorySegment a, long ne0, long ne1) {
        try {
            return (MemorySegment) ggml_cont_2d$.HANDLE.invokeExact(ctx, a, ne0, ne1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cont_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cont_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cont_3d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2)
     * }
     */
    public static MemorySegment ggml_cont_3d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2) {
        try {
            return (MemorySegment) ggml_cont_3d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cont_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cont_3d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cont_4d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3)
     * }
     */
    public static MemorySegment ggml_cont_4d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2, long ne3) {
        try {
            return (MemorySegment) ggml_cont_4d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, ne3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cont_4d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cont_4d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reshape(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  return view(a), b specifies the new shape
     *  TODO: when we start computing gradient, make a copy instead of view
     * </pre>
     */
    public static MemorySegment ggml_reshape(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_reshape$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reshape$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reshape", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reshape_1d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0)
     * }
     *
     * <pre>
     *  return view(a)
     *  TODO: when we start computing gradient, make a copy instead of view
     * </pre>
     */
    public static MemorySegment ggml_reshape_1d(MemorySegment ctx, MemorySegment a, long ne0) {
        try {
            return (MemorySegment) ggml_reshape_1d$.HANDLE.invokeExact(ctx, a, ne0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reshape_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reshape_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reshape_2d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1)
     * }
     */
    public static MemorySegment ggml_reshape_2d(MemorySegment ctx, MemorySegment a, long ne0, long ne1) {
        try {
            return (MemorySegment) ggml_reshape_2d$.HANDLE.invokeExact(ctx, a, ne0, ne1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reshape_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reshape_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reshape_3d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2)
     * }
     *
     * <pre>
     *  return view(a)
     *  TODO: when we start computing gradient, make a copy instead of view
     * </pre>
     */
    public static MemorySegment ggml_reshape_3d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2) {
        try {
            return (MemorySegment) ggml_reshape_3d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reshape_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reshape_3d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_reshape_4d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3)
     * }
     */
    public static MemorySegment ggml_reshape_4d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2, long ne3) {
        try {
            return (MemorySegment) ggml_reshape_4d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, ne3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_reshape_4d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_reshape_4d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_view_1d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, size_t offset)
     * }
     *
     * <pre>
     *  offset in bytes
     * </pre>
     */
    public static MemorySegment ggml_view_1d(MemorySegment ctx, MemorySegment a, long ne0, long offset) {
        try {
            return (MemorySegment) ggml_view_1d$.HANDLE.invokeExact(ctx, a, ne0, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_view_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_view_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_view_2d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, size_t nb1, size_t offset)
     * }
     */
    public static MemorySegment ggml_view_2d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long nb1, long offset) {
        try {
            return (MemorySegment) ggml_view_2d$.HANDLE.invokeExact(ctx, a, ne0, ne1, nb1, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_view_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_view_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_view_3d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2, size_t nb1, size_t nb2, size_t offset)
     * }
     */
    public static MemorySegment ggml_view_3d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2, long nb1, long nb2, long offset) {
        try {
            return (MemorySegment) ggml_view_3d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, nb1, nb2, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_view_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_view_3d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_view_4d(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3, size_t nb1, size_t nb2, size_t nb3, size_t offset)
     * }
     */
    public static MemorySegment ggml_view_4d(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2, long ne3, long nb1, long nb2, long nb3, long offset) {
        try {
            return (MemorySegment) ggml_view_4d$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, ne3, nb1, nb2, nb3, offset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_view_4d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_view_4d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_permute(struct ggml_context * ctx, struct ggml_tensor * a, int axis0, int axis1, int axis2, int axis3)
     * }
     */
    public static MemorySegment ggml_permute(MemorySegment ctx, MemorySegment a, int axis0, int axis1, int axis2, int axis3) {
        try {
            return (MemorySegment) ggml_permute$.HANDLE.invokeExact(ctx, a, axis0, axis1, axis2, axis3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_permute$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_permute", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_transpose(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  alias for ggml_permute(ctx, a, 1, 0, 2, 3)
     * </pre>
     */
    public static MemorySegment ggml_transpose(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_transpose$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_transpose$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_transpose", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_get_rows(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  supports 4D a:
     *  a     [n_embd, ne1, ne2, ne3]
     *  b I32 [n_rows, ne2, ne3, 1]
     *
     *  return [n_embd, n_rows, ne2, ne3]
     * </pre>
     */
    public static MemorySegment ggml_get_rows(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_get_rows$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_rows$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_rows", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_get_rows_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c)
     * }
     */
    public static MemorySegment ggml_get_rows_back(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c) {
        try {
            return (MemorySegment) ggml_get_rows_back$.HANDLE.invokeExact(ctx, a, b, c);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_rows_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_rows_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_rows(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c)
     * }
     *
     * <pre>
     *  a TD  [n_embd, ne1,    ne2,    ne3]
     *  b TS  [n_embd, n_rows, ne02,   ne03] | ne02 == ne2, ne03 == ne3
     *  c I64 [n_rows, ne11,   ne12,   1]    | c[i] in [0, ne1)
     *
     *  undefined behavior if destination rows overlap
     *
     *  broadcast:
     *    ne2 % ne11 == 0
     *    ne3 % ne12 == 0
     *
     *  return view(a)
     * </pre>
     */
    public static MemorySegment ggml_set_rows(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c) {
        try {
            return (MemorySegment) ggml_set_rows$.HANDLE.invokeExact(ctx, a, b, c);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_rows$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_rows", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_diag(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_diag(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_diag$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_diag$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_diag", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_diag_mask_inf(struct ggml_context * ctx, struct ggml_tensor * a, int n_past)
     * }
     *
     * <pre>
     *  set elements above the diagonal to -INF
     * </pre>
     */
    public static MemorySegment ggml_diag_mask_inf(MemorySegment ctx, MemorySegment a, int n_past) {
        try {
            return (MemorySegment) ggml_diag_mask_inf$.HANDLE.invokeExact(ctx, a, n_past);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_diag_mask_inf$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_diag_mask_inf", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_diag_mask_inf_inplace(struct ggml_context * ctx, struct ggml_tensor * a, int n_past)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_diag_mask_inf_inplace(MemorySegment ctx, MemorySegment a, int n_past) {
        try {
            return (MemorySegment) ggml_diag_mask_inf_inplace$.HANDLE.invokeExact(ctx, a, n_past);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_diag_mask_inf_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_diag_mask_inf_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_diag_mask_zero(struct ggml_context * ctx, struct ggml_tensor * a, int n_past)
     * }
     *
     * <pre>
     *  set elements above the diagonal to 0
     * </pre>
     */
    public static MemorySegment ggml_diag_mask_zero(MemorySegment ctx, MemorySegment a, int n_past) {
        try {
            return (MemorySegment) ggml_diag_mask_zero$.HANDLE.invokeExact(ctx, a, n_past);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_diag_mask_zero$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_diag_mask_zero", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_diag_mask_zero_inplace(struct ggml_context * ctx, struct ggml_tensor * a, int n_past)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_diag_mask_zero_inplace(MemorySegment ctx, MemorySegment a, int n_past) {
        try {
            return (MemorySegment) ggml_diag_mask_zero_inplace$.HANDLE.invokeExact(ctx, a, n_past);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_diag_mask_zero_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_diag_mask_zero_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_clamp(struct ggml_context * ctx, struct ggml_tensor * a, float min, float max)
     * }
     */
    public static MemorySegment ggml_clamp(MemorySegment ctx, MemorySegment a, float min, float max) {
        try {
            return (MemorySegment) ggml_clamp$.HANDLE.invokeExact(ctx, a, min, max);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_clamp$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_clamp", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_clamp_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float min, float max)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_clamp_inplace(MemorySegment ctx, MemorySegment a, float min, float max) {
        try {
            return (MemorySegment) ggml_clamp_inplace$.HANDLE.invokeExact(ctx, a, min, max);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_clamp_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_clamp_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_soft_max(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     */
    public static MemorySegment ggml_soft_max(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_soft_max$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_soft_max_inplace(struct ggml_context * ctx, struct ggml_tensor * a)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_soft_max_inplace(MemorySegment ctx, MemorySegment a) {
        try {
            return (MemorySegment) ggml_soft_max_inplace$.HANDLE.invokeExact(ctx, a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_soft_max_ext(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * mask, float scale, float max_bias)
     * }
     *
     * <pre>
     *  a    [ne0, ne01, ne02, ne03]
     *  mask [ne0, ne11, ne12, ne13] | ne11 &gt;= ne01, F16 or F32, optional
     *
     *  broadcast:
     *    ne02 % ne12 == 0
     *    ne03 % ne13 == 0
     *
     *  fused soft_max(a*scale + mask*(ALiBi slope))
     *  max_bias = 0.0f for no ALiBi
     * </pre>
     */
    public static MemorySegment ggml_soft_max_ext(MemorySegment ctx, MemorySegment a, MemorySegment mask, float scale, float max_bias) {
        try {
            return (MemorySegment) ggml_soft_max_ext$.HANDLE.invokeExact(ctx, a, mask, scale, max_bias);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max_ext", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_soft_max_ext_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * mask, float scale, float max_bias)
     * }
     */
    public static MemorySegment ggml_soft_max_ext_inplace(MemorySegment ctx, MemorySegment a, MemorySegment mask, float scale, float max_bias) {
        try {
            return (MemorySegment) ggml_soft_max_ext_inplace$.HANDLE.invokeExact(ctx, a, mask, scale, max_bias);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max_ext_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max_ext_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_soft_max_add_sinks(struct ggml_tensor * a, struct ggml_tensor * sinks)
     * }
     */
    public static void ggml_soft_max_add_sinks(MemorySegment a, MemorySegment sinks) {
        try {
            ggml_soft_max_add_sinks$.HANDLE.invokeExact(a, sinks);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max_add_sinks$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max_add_sinks", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_soft_max_ext_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, float scale, float max_bias)
     * }
     */
    public static MemorySegment ggml_soft_max_ext_back(MemorySegment ctx, MemorySegment a, MemorySegment b, float scale, float max_bias) {
        try {
            return (MemorySegment) ggml_soft_max_ext_back$.HANDLE.invokeExact(ctx, a, b, scale, max_bias);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max_ext_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max_ext_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_soft_max_ext_back_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, float scale, float max_bias)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_soft_max_ext_back_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, float scale, float max_bias) {
        try {
            return (MemorySegment) ggml_soft_max_ext_back_inplace$.HANDLE.invokeExact(ctx, a, b, scale, max_bias);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_soft_max_ext_back_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_soft_max_ext_back_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int n_dims, int mode)
     * }
     *
     * <pre>
     *  rotary position embedding
     *  if (mode &amp; 1) - skip n_past elements (NOT SUPPORTED)
     *  if (mode &amp; GGML_ROPE_TYPE_NEOX) - GPT-NeoX style
     *
     *  b is an int32 vector with size a-&gt;ne[2], it contains the positions
     * </pre>
     */
    public static MemorySegment ggml_rope(MemorySegment ctx, MemorySegment a, MemorySegment b, int n_dims, int mode) {
        try {
            return (MemorySegment) ggml_rope$.HANDLE.invokeExact(ctx, a, b, n_dims, mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int n_dims, int mode)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_rope_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, int n_dims, int mode) {
        try {
            return (MemorySegment) ggml_rope_inplace$.HANDLE.invokeExact(ctx, a, b, n_dims, mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_ext(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     *
     * <pre>
     *  RoPE operations with extended options
     *  a is the input tensor to apply RoPE to, shape [n_embd, n_head, n_token]
     *  b is an int32 vector with size n_token
     *  c is freq factors (e.g. phi3-128k), (optional)
     *  mode can be GGML_ROPE_TYPE_NORMAL or NEOX; for MROPE and VISION mode, use ggml_rope_multi
     *
     *  pseudo-code for computing theta:
     *    for i in [0, n_dims/2):
     *      theta[i] = b[i] * powf(freq_base, -2.0 * i / n_dims);
     *      theta[i] = theta[i] / c[i];  # if c is provided, divide theta by c
     *      theta[i] = rope_yarn(theta[i], ...);  # note: theta = theta * freq_scale is applied here
     *
     *  other params are used by YaRN RoPE scaling, these default values will disable YaRN:
     *    freq_scale  = 1.0f
     *    ext_factor  = 0.0f
     *    attn_factor = 1.0f
     *    beta_fast   = 0.0f
     *    beta_slow   = 0.0f
     *
     *  example:
     *    (marking: c = cos, s = sin, 0 = unrotated)
     *    given a single head with size = 8 --&gt; [00000000]
     *    GGML_ROPE_TYPE_NORMAL  n_dims = 4 --&gt; [cscs0000]
     *    GGML_ROPE_TYPE_NORMAL  n_dims = 8 --&gt; [cscscscs]
     *    GGML_ROPE_TYPE_NEOX    n_dims = 4 --&gt; [ccss0000]
     *    GGML_ROPE_TYPE_NEOX    n_dims = 8 --&gt; [ccccssss]
     * </pre>
     */
    public static MemorySegment ggml_rope_ext(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_ext$.HANDLE.invokeExact(ctx, a, b, c, n_dims, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_ext", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_multi(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, int n_dims, int[4] sections, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     *
     * <pre>
     *  multi-dimensional RoPE, for Qwen-VL and similar vision models
     *  mode can be either VISION, MROPE, IMROPE, cannot be combined with NORMAL or NEOX
     *  sections specify how many dimensions to rotate in each section:
     *    section length is equivalent to number of cos/sin pairs, NOT the number of dims
     *    (i.e. sum of 4 sections are expected to be n_dims/2)
     *    last sections can be 0, means ignored
     *  all other options are identical to ggml_rope_ext
     *
     *  important note:
     *    - NEOX ordering is automatically applied and cannot be disabled for MROPE and VISION
     *      if you need normal ordering, there are 2 methods:
     *      (1) split the tensor manually using ggml_view
     *      (2) permute the weight upon conversion
     *    - for VISION, n_dims must be head_size/2
     *
     *  example M-RoPE:
     *   given sections = [t=4, y=2, x=2, 0]
     *   given a single head with size = 18 --&gt; [000000000000000000]
     *   GGML_ROPE_TYPE_MROPE   n_dims = 16 --&gt; [ttttyyxxttttyyxx00] (cos/sin are applied in NEOX ordering)
     *   GGML_ROPE_TYPE_IMROPE  n_dims = 16 --&gt; [ttyxttyxttyxttyx00] (interleaved M-RoPE, still NEOX ordering)
     *   note: the theta for each dim is computed the same way as ggml_rope_ext, no matter the section
     *         in other words, idx used for theta: [0123456789... until n_dims/2], not reset for each section
     *
     *  example vision RoPE:
     *   given sections = [y=4, x=4, 0, 0] (last 2 sections are ignored)
     *   given a single head with size = 8 --&gt; [00000000]
     *   GGML_ROPE_TYPE_VISION  n_dims = 4 --&gt; [yyyyxxxx]
     *   other values of n_dims are untested and is undefined behavior
     *   note: unlike MROPE, the theta for each dim is computed differently for each section
     *         in other words, idx used for theta: [0123] for y section, then [0123] for x section
     * </pre>
     */
    public static MemorySegment ggml_rope_multi(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, int n_dims, MemorySegment sections, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_multi$.HANDLE.invokeExact(ctx, a, b, c, n_dims, sections, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_multi$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_multi", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_ext_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     *
     * <pre>
     *  in-place, returns view(a)
     * </pre>
     */
    public static MemorySegment ggml_rope_ext_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_ext_inplace$.HANDLE.invokeExact(ctx, a, b, c, n_dims, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_ext_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_ext_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_multi_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, int n_dims, int[4] sections, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     */
    public static MemorySegment ggml_rope_multi_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, int n_dims, MemorySegment sections, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_multi_inplace$.HANDLE.invokeExact(ctx, a, b, c, n_dims, sections, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_multi_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_multi_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_custom(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     *
     * @deprecated use ggml_rope_ext instead
     */
    @Deprecated
    public static MemorySegment ggml_rope_custom(MemorySegment ctx, MemorySegment a, MemorySegment b, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_custom$.HANDLE.invokeExact(ctx, a, b, n_dims, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_custom$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_custom", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_custom_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     *
     * @deprecated use ggml_rope_ext_inplace instead
     */
    @Deprecated
    public static MemorySegment ggml_rope_custom_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_custom_inplace$.HANDLE.invokeExact(ctx, a, b, n_dims, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_custom_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_custom_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_rope_yarn_corr_dims(int n_dims, int n_ctx_orig, float freq_base, float beta_fast, float beta_slow, float[2] dims)
     * }
     *
     * <pre>
     *  compute correction dims for YaRN RoPE scaling
     * </pre>
     */
    public static void ggml_rope_yarn_corr_dims(int n_dims, int n_ctx_orig, float freq_base, float beta_fast, float beta_slow, MemorySegment dims) {
        try {
            ggml_rope_yarn_corr_dims$.HANDLE.invokeExact(n_dims, n_ctx_orig, freq_base, beta_fast, beta_slow, dims);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_yarn_corr_dims$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_yarn_corr_dims", "ggml.h",
                FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_ext_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     *
     * <pre>
     *  rotary position embedding backward, i.e compute dx from dy
     *  a - dy
     * </pre>
     */
    public static MemorySegment ggml_rope_ext_back(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, int n_dims, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_ext_back$.HANDLE.invokeExact(ctx, a, b, c, n_dims, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_ext_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_ext_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_multi_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, int n_dims, int[4] sections, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow)
     * }
     */
    public static MemorySegment ggml_rope_multi_back(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, int n_dims, MemorySegment sections, int mode, int n_ctx_orig, float freq_base, float freq_scale, float ext_factor, float attn_factor, float beta_fast, float beta_slow) {
        try {
            return (MemorySegment) ggml_rope_multi_back$.HANDLE.invokeExact(ctx, a, b, c, n_dims, sections, mode, n_ctx_orig, freq_base, freq_scale, ext_factor, attn_factor, beta_fast, beta_slow);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_multi_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_multi_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rope_set_offset(struct ggml_tensor * a, int n_offs)
     * }
     *
     * <pre>
     *  set the offset dims for RoPE
     *  a must be GGML_OP_ROPE or GGML_OP_ROPE_BACK
     *  vision RoPE is not supported
     *  example: (marking: x = rotated, 0 = unrotated)
     *      n_embd = 10, n_dims = 4, offset = 2 --&gt; [00xxxx0000]
     * </pre>
     */
    public static MemorySegment ggml_rope_set_offset(MemorySegment a, int n_offs) {
        try {
            return (MemorySegment) ggml_rope_set_offset$.HANDLE.invokeExact(a, n_offs);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rope_set_offset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rope_set_offset", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_im2col(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int s1, int p0, int p1, int d0, int d1, _Bool is_2D, enum ggml_type dst_type)
     * }
     *
     * <pre>
     *  im2col
     *  converts data into a format that effectively results in a convolution when combined with matrix multiplication
     * </pre>
     */
    public static MemorySegment ggml_im2col(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int s1, int p0, int p1, int d0, int d1, boolean is_2D, int dst_type) {
        try {
            return (MemorySegment) ggml_im2col$.HANDLE.invokeExact(ctx, a, b, s0, s1, p0, p1, d0, d1, is_2D, dst_type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_im2col$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_im2col", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_BOOLEAN, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_im2col_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int64_t * ne, int s0, int s1, int p0, int p1, int d0, int d1, _Bool is_2D)
     * }
     */
    public static MemorySegment ggml_im2col_back(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment ne, int s0, int s1, int p0, int p1, int d0, int d1, boolean is_2D) {
        try {
            return (MemorySegment) ggml_im2col_back$.HANDLE.invokeExact(ctx, a, b, ne, s0, s1, p0, p1, d0, d1, is_2D);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_im2col_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_im2col_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_col2im_1d(struct ggml_context * ctx, struct ggml_tensor * a, int s0, int oc, int p0)
     * }
     *
     * <pre>
     *  col2im_1d: scatter-add GEMM columns back to 1D signal
     *  a: [K*OC, T_in]  (columns from matmul, K = a-&gt;ne[0]/OC)
     *  result: [T_out, OC]  where T_out = (T_in - 1)*s0 + K - 2*p0
     * </pre>
     */
    public static MemorySegment ggml_col2im_1d(MemorySegment ctx, MemorySegment a, int s0, int oc, int p0) {
        try {
            return (MemorySegment) ggml_col2im_1d$.HANDLE.invokeExact(ctx, a, s0, oc, p0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_col2im_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_col2im_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_1d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int p0, int d0)
     * }
     */
    public static MemorySegment ggml_conv_1d(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int p0, int d0) {
        try {
            return (MemorySegment) ggml_conv_1d$.HANDLE.invokeExact(ctx, a, b, s0, p0, d0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_1d_ph(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s, int d)
     * }
     *
     * <pre>
     *  conv_1d with padding = half
     *  alias for ggml_conv_1d(a, b, s, a-&gt;ne[0]/2, d)
     * </pre>
     */
    public static MemorySegment ggml_conv_1d_ph(MemorySegment ctx, MemorySegment a, MemorySegment b, int s, int d) {
        try {
            return (MemorySegment) ggml_conv_1d_ph$.HANDLE.invokeExact(ctx, a, b, s, d);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_1d_ph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_1d_ph", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_1d_dw(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int p0, int d0)
     * }
     *
     * <pre>
     *  depthwise
     *  TODO: this is very likely wrong for some cases! - needs more testing
     * </pre>
     */
    public static MemorySegment ggml_conv_1d_dw(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int p0, int d0) {
        try {
            return (MemorySegment) ggml_conv_1d_dw$.HANDLE.invokeExact(ctx, a, b, s0, p0, d0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_1d_dw$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_1d_dw", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_1d_dw_ph(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int d0)
     * }
     */
    public static MemorySegment ggml_conv_1d_dw_ph(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int d0) {
        try {
            return (MemorySegment) ggml_conv_1d_dw_ph$.HANDLE.invokeExact(ctx, a, b, s0, d0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_1d_dw_ph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_1d_dw_ph", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_transpose_1d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int p0, int d0)
     * }
     */
    public static MemorySegment ggml_conv_transpose_1d(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int p0, int d0) {
        try {
            return (MemorySegment) ggml_conv_transpose_1d$.HANDLE.invokeExact(ctx, a, b, s0, p0, d0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_transpose_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_transpose_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_2d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int s1, int p0, int p1, int d0, int d1)
     * }
     */
    public static MemorySegment ggml_conv_2d(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int s1, int p0, int p1, int d0, int d1) {
        try {
            return (MemorySegment) ggml_conv_2d$.HANDLE.invokeExact(ctx, a, b, s0, s1, p0, p1, d0, d1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_im2col_3d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int64_t IC, int s0, int s1, int s2, int p0, int p1, int p2, int d0, int d1, int d2, enum ggml_type dst_type)
     * }
     */
    public static MemorySegment ggml_im2col_3d(MemorySegment ctx, MemorySegment a, MemorySegment b, long IC, int s0, int s1, int s2, int p0, int p1, int p2, int d0, int d1, int d2, int dst_type) {
        try {
            return (MemorySegment) ggml_im2col_3d$.HANDLE.invokeExact(ctx, a, b, IC, s0, s1, s2, p0, p1, p2, d0, d1, d2, dst_type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_im2col_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_im2col_3d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_3d(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int64_t IC, int s0, int s1, int s2, int p0, int p1, int p2, int d0, int d1, int d2)
     * }
     *
     * <pre>
     *  a: [OC*IC, KD, KH, KW]
     *  b: [N*IC, ID, IH, IW]
     *  result: [N*OC, OD, OH, OW]
     * </pre>
     */
    public static MemorySegment ggml_conv_3d(MemorySegment ctx, MemorySegment a, MemorySegment b, long IC, int s0, int s1, int s2, int p0, int p1, int p2, int d0, int d1, int d2) {
        try {
            return (MemorySegment) ggml_conv_3d$.HANDLE.invokeExact(ctx, a, b, IC, s0, s1, s2, p0, p1, p2, d0, d1, d2);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_3d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_3d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_2d_sk_p0(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  kernel size is a-&gt;ne[0] x a-&gt;ne[1]
     *  stride is equal to kernel size
     *  padding is zero
     *  example:
     *  a:     16   16    3  768
     *  b:   1024 1024    3    1
     *  res:   64   64  768    1
     *  used in sam
     * </pre>
     */
    public static MemorySegment ggml_conv_2d_sk_p0(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_conv_2d_sk_p0$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_2d_sk_p0$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_2d_sk_p0", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_2d_s1_ph(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  kernel size is a-&gt;ne[0] x a-&gt;ne[1]
     *  stride is 1
     *  padding is half
     *  example:
     *  a:      3    3    256  256
     *  b:     64   64    256    1
     *  res:   64   64    256    1
     *  used in sam
     * </pre>
     */
    public static MemorySegment ggml_conv_2d_s1_ph(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_conv_2d_s1_ph$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_2d_s1_ph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_2d_s1_ph", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_2d_dw(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int s1, int p0, int p1, int d0, int d1)
     * }
     *
     * <pre>
     *  depthwise (via im2col and mul_mat)
     * </pre>
     */
    public static MemorySegment ggml_conv_2d_dw(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int s1, int p0, int p1, int d0, int d1) {
        try {
            return (MemorySegment) ggml_conv_2d_dw$.HANDLE.invokeExact(ctx, a, b, s0, s1, p0, p1, d0, d1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_2d_dw$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_2d_dw", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_2d_dw_direct(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int stride0, int stride1, int pad0, int pad1, int dilation0, int dilation1)
     * }
     *
     * <pre>
     *  Depthwise 2D convolution
     *  may be faster than ggml_conv_2d_dw, but not available in all backends
     *  a:   KW    KH    1    C    convolution kernel
     *  b:   W     H     C    N    input data
     *  res: W_out H_out C    N
     * </pre>
     */
    public static MemorySegment ggml_conv_2d_dw_direct(MemorySegment ctx, MemorySegment a, MemorySegment b, int stride0, int stride1, int pad0, int pad1, int dilation0, int dilation1) {
        try {
            return (MemorySegment) ggml_conv_2d_dw_direct$.HANDLE.invokeExact(ctx, a, b, stride0, stride1, pad0, pad1, dilation0, dilation1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_2d_dw_direct$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_2d_dw_direct", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_transpose_2d_p0(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int stride)
     * }
     */
    public static MemorySegment ggml_conv_transpose_2d_p0(MemorySegment ctx, MemorySegment a, MemorySegment b, int stride) {
        try {
            return (MemorySegment) ggml_conv_transpose_2d_p0$.HANDLE.invokeExact(ctx, a, b, stride);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_transpose_2d_p0$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_transpose_2d_p0", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_2d_direct(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int s1, int p0, int p1, int d0, int d1)
     * }
     */
    public static MemorySegment ggml_conv_2d_direct(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int s1, int p0, int p1, int d0, int d1) {
        try {
            return (MemorySegment) ggml_conv_2d_direct$.HANDLE.invokeExact(ctx, a, b, s0, s1, p0, p1, d0, d1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_2d_direct$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_2d_direct", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_conv_3d_direct(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, int s0, int s1, int s2, int p0, int p1, int p2, int d0, int d1, int d2, int n_channels, int n_batch, int n_channels_out)
     * }
     */
    public static MemorySegment ggml_conv_3d_direct(MemorySegment ctx, MemorySegment a, MemorySegment b, int s0, int s1, int s2, int p0, int p1, int p2, int d0, int d1, int d2, int n_channels, int n_batch, int n_channels_out) {
        try {
            return (MemorySegment) ggml_conv_3d_direct$.HANDLE.invokeExact(ctx, a, b, s0, s1, s2, p0, p1, p2, d0, d1, d2, n_channels, n_batch, n_channels_out);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_conv_3d_direct$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_conv_3d_direct", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pool_1d(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_op_pool op, int k0, int s0, int p0)
     * }
     */
    public static MemorySegment ggml_pool_1d(MemorySegment ctx, MemorySegment a, int op, int k0, int s0, int p0) {
        try {
            return (MemorySegment) ggml_pool_1d$.HANDLE.invokeExact(ctx, a, op, k0, s0, p0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pool_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pool_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pool_2d(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_op_pool op, int k0, int k1, int s0, int s1, float p0, float p1)
     * }
     *
     * <pre>
     *  the result will have 2*p0 padding for the first dimension
     *  and 2*p1 padding for the second dimension
     * </pre>
     */
    public static MemorySegment ggml_pool_2d(MemorySegment ctx, MemorySegment a, int op, int k0, int k1, int s0, int s1, float p0, float p1) {
        try {
            return (MemorySegment) ggml_pool_2d$.HANDLE.invokeExact(ctx, a, op, k0, k1, s0, s1, p0, p1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pool_2d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pool_2d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pool_2d_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * af, enum ggml_op_pool op, int k0, int k1, int s0, int s1, float p0, float p1)
     * }
     */
    public static MemorySegment ggml_pool_2d_back(MemorySegment ctx, MemorySegment a, MemorySegment af, int op, int k0, int k1, int s0, int s1, float p0, float p1) {
        try {
            return (MemorySegment) ggml_pool_2d_back$.HANDLE.invokeExact(ctx, a, af, op, k0, k1, s0, s1, p0, p1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pool_2d_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pool_2d_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_upscale(struct ggml_context * ctx, struct ggml_tensor * a, int scale_factor, enum ggml_scale_mode mode)
     * }
     *
     * <pre>
     *  interpolate
     *  multiplies ne0 and ne1 by scale factor
     * </pre>
     */
    public static MemorySegment ggml_upscale(MemorySegment ctx, MemorySegment a, int scale_factor, int mode) {
        try {
            return (MemorySegment) ggml_upscale$.HANDLE.invokeExact(ctx, a, scale_factor, mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_upscale$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_upscale", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_upscale_ext(struct ggml_context * ctx, struct ggml_tensor * a, int ne0, int ne1, int ne2, int ne3, enum ggml_scale_mode mode)
     * }
     *
     * @deprecated use ggml_interpolate instead
     */
    @Deprecated
    public static MemorySegment ggml_upscale_ext(MemorySegment ctx, MemorySegment a, int ne0, int ne1, int ne2, int ne3, int mode) {
        try {
            return (MemorySegment) ggml_upscale_ext$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, ne3, mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_upscale_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_upscale_ext", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_interpolate(struct ggml_context * ctx, struct ggml_tensor * a, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3, uint32_t mode)
     * }
     *
     * <pre>
     *  Up- or downsamples the input to the specified size.
     *  2D scale modes (eg. bilinear) are applied to the first two dimensions.
     * </pre>
     */
    public static MemorySegment ggml_interpolate(MemorySegment ctx, MemorySegment a, long ne0, long ne1, long ne2, long ne3, int mode) {
        try {
            return (MemorySegment) ggml_interpolate$.HANDLE.invokeExact(ctx, a, ne0, ne1, ne2, ne3, mode);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_interpolate$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_interpolate", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pad(struct ggml_context * ctx, struct ggml_tensor * a, int p0, int p1, int p2, int p3)
     * }
     *
     * <pre>
     *  pad each dimension with zeros: [x, ..., x] -&gt; [x, ..., x, 0, ..., 0]
     * </pre>
     */
    public static MemorySegment ggml_pad(MemorySegment ctx, MemorySegment a, int p0, int p1, int p2, int p3) {
        try {
            return (MemorySegment) ggml_pad$.HANDLE.invokeExact(ctx, a, p0, p1, p2, p3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pad", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pad_circular(struct ggml_context * ctx, struct ggml_tensor * a, int p0, int p1, int p2, int p3)
     * }
     *
     * <pre>
     *  pad each dimension with values on the other side of the torus (looping around)
     * </pre>
     */
    public static MemorySegment ggml_pad_circular(MemorySegment ctx, MemorySegment a, int p0, int p1, int p2, int p3) {
        try {
            return (MemorySegment) ggml_pad_circular$.HANDLE.invokeExact(ctx, a, p0, p1, p2, p3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pad_circular$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pad_circular", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pad_ext(struct ggml_context * ctx, struct ggml_tensor * a, int lp0, int rp0, int lp1, int rp1, int lp2, int rp2, int lp3, int rp3)
     * }
     */
    public static MemorySegment ggml_pad_ext(MemorySegment ctx, MemorySegment a, int lp0, int rp0, int lp1, int rp1, int lp2, int rp2, int lp3, int rp3) {
        try {
            return (MemorySegment) ggml_pad_ext$.HANDLE.invokeExact(ctx, a, lp0, rp0, lp1, rp1, lp2, rp2, lp3, rp3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pad_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pad_ext", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pad_ext_circular(struct ggml_context * ctx, struct ggml_tensor * a, int lp0, int rp0, int lp1, int rp1, int lp2, int rp2, int lp3, int rp3)
     * }
     *
     * <pre>
     *  pad each dimension with values on the other side of the torus (looping around)
     * </pre>
     */
    public static MemorySegment ggml_pad_ext_circular(MemorySegment ctx, MemorySegment a, int lp0, int rp0, int lp1, int rp1, int lp2, int rp2, int lp3, int rp3) {
        try {
            return (MemorySegment) ggml_pad_ext_circular$.HANDLE.invokeExact(ctx, a, lp0, rp0, lp1, rp1, lp2, rp2, lp3, rp3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pad_ext_circular$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pad_ext_circular", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_pad_reflect_1d(struct ggml_context * ctx, struct ggml_tensor * a, int p0, int p1)
     * }
     *
     * <pre>
     *  pad each dimension with reflection: [a, b, c, d] -&gt; [b, a, b, c, d, c]
     * </pre>
     */
    public static MemorySegment ggml_pad_reflect_1d(MemorySegment ctx, MemorySegment a, int p0, int p1) {
        try {
            return (MemorySegment) ggml_pad_reflect_1d$.HANDLE.invokeExact(ctx, a, p0, p1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_pad_reflect_1d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_pad_reflect_1d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_roll(struct ggml_context * ctx, struct ggml_tensor * a, int shift0, int shift1, int shift2, int shift3)
     * }
     *
     * <pre>
     *  Move tensor elements by an offset given for each dimension. Elements that
     *  are shifted beyond the last position are wrapped around to the beginning.
     * </pre>
     */
    public static MemorySegment ggml_roll(MemorySegment ctx, MemorySegment a, int shift0, int shift1, int shift2, int shift3) {
        try {
            return (MemorySegment) ggml_roll$.HANDLE.invokeExact(ctx, a, shift0, shift1, shift2, shift3);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_roll$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_roll", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_tri(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_tri_type type)
     * }
     *
     * <pre>
     *  Convert matrix into a triangular one (upper, strict upper, lower or strict lower) by writing
     *  zeroes everywhere outside the masked area
     * </pre>
     */
    public static MemorySegment ggml_tri(MemorySegment ctx, MemorySegment a, int type) {
        try {
            return (MemorySegment) ggml_tri$.HANDLE.invokeExact(ctx, a, type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_tri$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_tri", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_fill(struct ggml_context * ctx, struct ggml_tensor * a, float c)
     * }
     *
     * <pre>
     *  Fill tensor a with constant c
     * </pre>
     */
    public static MemorySegment ggml_fill(MemorySegment ctx, MemorySegment a, float c) {
        try {
            return (MemorySegment) ggml_fill$.HANDLE.invokeExact(ctx, a, c);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fill$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fill", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_fill_inplace(struct ggml_context * ctx, struct ggml_tensor * a, float c)
     * }
     */
    public static MemorySegment ggml_fill_inplace(MemorySegment ctx, MemorySegment a, float c) {
        try {
            return (MemorySegment) ggml_fill_inplace$.HANDLE.invokeExact(ctx, a, c);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_fill_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_fill_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_timestep_embedding(struct ggml_context * ctx, struct ggml_tensor * timesteps, int dim, int max_period)
     * }
     *
     * <pre>
     *  Ref: https://github.com/CompVis/stable-diffusion/blob/main/ldm/modules/diffusionmodules/util.py#L151
     *  timesteps: [N,]
     *  return: [N, dim]
     * </pre>
     */
    public static MemorySegment ggml_timestep_embedding(MemorySegment ctx, MemorySegment timesteps, int dim, int max_period) {
        try {
            return (MemorySegment) ggml_timestep_embedding$.HANDLE.invokeExact(ctx, timesteps, dim, max_period);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_timestep_embedding$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_timestep_embedding", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_argsort(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_sort_order order)
     * }
     */
    public static MemorySegment ggml_argsort(MemorySegment ctx, MemorySegment a, int order) {
        try {
            return (MemorySegment) ggml_argsort$.HANDLE.invokeExact(ctx, a, order);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_argsort$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_argsort", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_argsort_top_k(struct ggml_context * ctx, struct ggml_tensor * a, int k)
     * }
     *
     * <pre>
     *  similar to ggml_top_k but implemented as `argsort` + `view`
     * </pre>
     */
    public static MemorySegment ggml_argsort_top_k(MemorySegment ctx, MemorySegment a, int k) {
        try {
            return (MemorySegment) ggml_argsort_top_k$.HANDLE.invokeExact(ctx, a, k);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_argsort_top_k$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_argsort_top_k", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_top_k(struct ggml_context * ctx, struct ggml_tensor * a, int k)
     * }
     *
     * <pre>
     *  top k elements per row
     *  note: the resulting top k indices are in no particular order
     * </pre>
     */
    public static MemorySegment ggml_top_k(MemorySegment ctx, MemorySegment a, int k) {
        try {
            return (MemorySegment) ggml_top_k$.HANDLE.invokeExact(ctx, a, k);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_top_k$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_top_k", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_arange(struct ggml_context * ctx, float start, float stop, float step)
     * }
     */
    public static MemorySegment ggml_arange(MemorySegment ctx, float start, float stop, float step) {
        try {
            return (MemorySegment) ggml_arange$.HANDLE.invokeExact(ctx, start, stop, step);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_arange$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_arange", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_flash_attn_ext(struct ggml_context * ctx, struct ggml_tensor * q, struct ggml_tensor * k, struct ggml_tensor * v, struct ggml_tensor * mask, float scale, float max_bias, float logit_softcap)
     * }
     *
     * <pre>
     *  q:    [n_embd_k, n_batch, n_head,    ne3 ]
     *  k:    [n_embd_k, n_kv,    n_head_kv, ne3 ]
     *  v:    [n_embd_v, n_kv,    n_head_kv, ne3 ] !! not transposed !!
     *  mask: [n_kv,     n_batch, ne32,      ne33]
     *  res:  [n_embd_v, n_head,  n_batch,   ne3 ] !! permuted !!
     *
     *  broadcast:
     *    n_head % n_head_kv == 0
     *    n_head % ne32      == 0
     *    ne3    % ne33      == 0
     * </pre>
     */
    public static MemorySegment ggml_flash_attn_ext(MemorySegment ctx, MemorySegment q, MemorySegment k, MemorySegment v, MemorySegment mask, float scale, float max_bias, float logit_softcap) {
        try {
            return (MemorySegment) ggml_flash_attn_ext$.HANDLE.invokeExact(ctx, q, k, v, mask, scale, max_bias, logit_softcap);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_flash_attn_ext$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_flash_attn_ext", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_flash_attn_ext_set_prec(struct ggml_tensor * a, enum ggml_prec prec)
     * }
     *
     * @deprecated use ggml_prec_set_acc() instead
     */
    @Deprecated
    public static void ggml_flash_attn_ext_set_prec(MemorySegment a, int prec) {
        try {
            ggml_flash_attn_ext_set_prec$.HANDLE.invokeExact(a, prec);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_flash_attn_ext_set_prec$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_flash_attn_ext_set_prec", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_prec ggml_flash_attn_ext_get_prec(const struct ggml_tensor * a)
     * }
     */
    public static int ggml_flash_attn_ext_get_prec(MemorySegment a) {
        try {
            return (int) ggml_flash_attn_ext_get_prec$.HANDLE.invokeExact(a);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_flash_attn_ext_get_prec$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_flash_attn_ext_get_prec", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_flash_attn_ext_set_n_kv_max(struct ggml_tensor * a, int32_t n_kv_max)
     * }
     *
     * <pre>
     *  Use finite mask entries as a sparse K/V set. Set 0 to disable.
     *  n_kv_max must bound the number of finite entries in every mask row.
     * </pre>
     */
    public static void ggml_flash_attn_ext_set_n_kv_max(MemorySegment a, int n_kv_max) {
        try {
            ggml_flash_attn_ext_set_n_kv_max$.HANDLE.invokeExact(a, n_kv_max);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_flash_attn_ext_set_n_kv_max$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_flash_attn_ext_set_n_kv_max", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_flash_attn_ext_add_sinks(struct ggml_tensor * a, struct ggml_tensor * sinks)
     * }
     */
    public static void ggml_flash_attn_ext_add_sinks(MemorySegment a, MemorySegment sinks) {
        try {
            ggml_flash_attn_ext_add_sinks$.HANDLE.invokeExact(a, sinks);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_flash_attn_ext_add_sinks$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_flash_attn_ext_add_sinks", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_flash_attn_back(struct ggml_context * ctx, struct ggml_tensor * q, struct ggml_tensor * k, struct ggml_tensor * v, struct ggml_tensor * d, _Bool masked)
     * }
     *
     * <pre>
     *  TODO: needs to be adapted to ggml_flash_attn_ext
     * </pre>
     */
    public static MemorySegment ggml_flash_attn_back(MemorySegment ctx, MemorySegment q, MemorySegment k, MemorySegment v, MemorySegment d, boolean masked) {
        try {
            return (MemorySegment) ggml_flash_attn_back$.HANDLE.invokeExact(ctx, q, k, v, d, masked);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_flash_attn_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_flash_attn_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_ssm_conv(struct ggml_context * ctx, struct ggml_tensor * sx, struct ggml_tensor * c)
     * }
     */
    public static MemorySegment ggml_ssm_conv(MemorySegment ctx, MemorySegment sx, MemorySegment c) {
        try {
            return (MemorySegment) ggml_ssm_conv$.HANDLE.invokeExact(ctx, sx, c);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_ssm_conv$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_ssm_conv", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_ssm_scan(struct ggml_context * ctx, struct ggml_tensor * s, struct ggml_tensor * x, struct ggml_tensor * dt, struct ggml_tensor * A, struct ggml_tensor * B, struct ggml_tensor * C, struct ggml_tensor * ids, int64_t K)
     * }
     */
    public static MemorySegment ggml_ssm_scan(MemorySegment ctx, MemorySegment s, MemorySegment x, MemorySegment dt, MemorySegment A, MemorySegment B, MemorySegment C, MemorySegment ids, long K) {
        try {
            return (MemorySegment) ggml_ssm_scan$.HANDLE.invokeExact(ctx, s, x, dt, A, B, C, ids, K);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_ssm_scan$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_ssm_scan", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_win_part(struct ggml_context * ctx, struct ggml_tensor * a, int w)
     * }
     *
     * <pre>
     *  partition into non-overlapping windows with padding if needed
     *  example:
     *  a:   768   64   64    1
     *  w:    14
     *  res: 768   14   14    25
     *  used in sam
     * </pre>
     */
    public static MemorySegment ggml_win_part(MemorySegment ctx, MemorySegment a, int w) {
        try {
            return (MemorySegment) ggml_win_part$.HANDLE.invokeExact(ctx, a, w);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_win_part$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_win_part", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_win_unpart(struct ggml_context * ctx, struct ggml_tensor * a, int w0, int h0, int w)
     * }
     *
     * <pre>
     *  reverse of ggml_win_part
     *  used in sam
     * </pre>
     */
    public static MemorySegment ggml_win_unpart(MemorySegment ctx, MemorySegment a, int w0, int h0, int w) {
        try {
            return (MemorySegment) ggml_win_unpart$.HANDLE.invokeExact(ctx, a, w0, h0, w);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_win_unpart$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_win_unpart", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_unary(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_unary_op op)
     * }
     */
    public static MemorySegment ggml_unary(MemorySegment ctx, MemorySegment a, int op) {
        try {
            return (MemorySegment) ggml_unary$.HANDLE.invokeExact(ctx, a, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_unary$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_unary", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_unary_inplace(struct ggml_context * ctx, struct ggml_tensor * a, enum ggml_unary_op op)
     * }
     */
    public static MemorySegment ggml_unary_inplace(MemorySegment ctx, MemorySegment a, int op) {
        try {
            return (MemorySegment) ggml_unary_inplace$.HANDLE.invokeExact(ctx, a, op);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_unary_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_unary_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_get_rel_pos(struct ggml_context * ctx, struct ggml_tensor * a, int qh, int kh)
     * }
     *
     * <pre>
     *  used in sam
     * </pre>
     */
    public static MemorySegment ggml_get_rel_pos(MemorySegment ctx, MemorySegment a, int qh, int kh) {
        try {
            return (MemorySegment) ggml_get_rel_pos$.HANDLE.invokeExact(ctx, a, qh, kh);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_rel_pos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_rel_pos", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add_rel_pos(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * pw, struct ggml_tensor * ph)
     * }
     *
     * <pre>
     *  used in sam
     * </pre>
     */
    public static MemorySegment ggml_add_rel_pos(MemorySegment ctx, MemorySegment a, MemorySegment pw, MemorySegment ph) {
        try {
            return (MemorySegment) ggml_add_rel_pos$.HANDLE.invokeExact(ctx, a, pw, ph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add_rel_pos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add_rel_pos", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_add_rel_pos_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * pw, struct ggml_tensor * ph)
     * }
     */
    public static MemorySegment ggml_add_rel_pos_inplace(MemorySegment ctx, MemorySegment a, MemorySegment pw, MemorySegment ph) {
        try {
            return (MemorySegment) ggml_add_rel_pos_inplace$.HANDLE.invokeExact(ctx, a, pw, ph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_add_rel_pos_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_add_rel_pos_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rwkv_wkv6(struct ggml_context * ctx, struct ggml_tensor * k, struct ggml_tensor * v, struct ggml_tensor * r, struct ggml_tensor * tf, struct ggml_tensor * td, struct ggml_tensor * state)
     * }
     */
    public static MemorySegment ggml_rwkv_wkv6(MemorySegment ctx, MemorySegment k, MemorySegment v, MemorySegment r, MemorySegment tf, MemorySegment td, MemorySegment state) {
        try {
            return (MemorySegment) ggml_rwkv_wkv6$.HANDLE.invokeExact(ctx, k, v, r, tf, td, state);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rwkv_wkv6$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rwkv_wkv6", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gated_linear_attn(struct ggml_context * ctx, struct ggml_tensor * k, struct ggml_tensor * v, struct ggml_tensor * q, struct ggml_tensor * g, struct ggml_tensor * state, float scale)
     * }
     */
    public static MemorySegment ggml_gated_linear_attn(MemorySegment ctx, MemorySegment k, MemorySegment v, MemorySegment q, MemorySegment g, MemorySegment state, float scale) {
        try {
            return (MemorySegment) ggml_gated_linear_attn$.HANDLE.invokeExact(ctx, k, v, q, g, state, scale);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gated_linear_attn$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gated_linear_attn", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_rwkv_wkv7(struct ggml_context * ctx, struct ggml_tensor * r, struct ggml_tensor * w, struct ggml_tensor * k, struct ggml_tensor * v, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * state)
     * }
     */
    public static MemorySegment ggml_rwkv_wkv7(MemorySegment ctx, MemorySegment r, MemorySegment w, MemorySegment k, MemorySegment v, MemorySegment a, MemorySegment b, MemorySegment state) {
        try {
            return (MemorySegment) ggml_rwkv_wkv7$.HANDLE.invokeExact(ctx, r, w, k, v, a, b, state);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_rwkv_wkv7$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_rwkv_wkv7", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_solve_tri(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, _Bool left, _Bool lower, _Bool uni)
     * }
     *
     * <pre>
     *  Solves a specific equation of the form Ax=B, where A is a triangular matrix
     *   without zeroes on the diagonal (i.e. invertible).
     *   B can have any number of columns, but must have the same number of rows as A
     *   If A is [n, n] and B is [n, m], then the result will be [n, m] as well
     *   Has O(n^3) complexity (unlike most matrix ops out there), so use on cases
     *   where n &gt; 100 sparingly, pre-chunk if necessary.
     *
     *   If left = false, solves xA=B instead
     *   If lower = false, assumes upper triangular instead
     *   If uni = true, assumes diagonal of A to be all ones (will override actual values)
     *
     *   TODO: currently only lower, right, non-unitriangular variant is implemented
     * </pre>
     */
    public static MemorySegment ggml_solve_tri(MemorySegment ctx, MemorySegment a, MemorySegment b, boolean left, boolean lower, boolean uni) {
        try {
            return (MemorySegment) ggml_solve_tri$.HANDLE.invokeExact(ctx, a, b, left, lower, uni);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_solve_tri$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_solve_tri", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_BOOLEAN, JAVA_BOOLEAN, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_gated_delta_net(struct ggml_context * ctx, struct ggml_tensor * q, struct ggml_tensor * k, struct ggml_tensor * v, struct ggml_tensor * g, struct ggml_tensor * beta, struct ggml_tensor * state, int64_t K)
     * }
     *
     * <pre>
     *  TODO: add ggml_gated_delta_net_set_bcast() to be able to configure Q, K broadcast type: tiled vs interleaved [TAG_GGML_GDN_BCAST]
     *  ref: https://github.com/ggml-org/llama.cpp/pull/19468#discussion_r2786394306
     *
     *  tensor shapes (S_k == S_v, H_v % H_k == 0):
     *    q, k  : [S_k, H_k, n_tokens, n_seqs]
     *    v     : [S_v, H_v, n_tokens, n_seqs]
     *    g     : [1, H_v, n_tokens, n_seqs] (scalar gate) or [S_v, H_v, n_tokens, n_seqs] (KDA)
     *    beta  : [1, H_v, n_tokens, n_seqs]
     *    state : [S_v, S_v, H_v, n_seqs] -- initial recurrent state s0
     *
     *  the output packs the attention scores [S_v, H_v, n_tokens, n_seqs] followed by K state
     *  snapshots, most-recent first (slot 0 = final state, slot s = state s tokens back). K == 1
     *  keeps only the final state; when n_tokens &lt; K only slots 0..n_tokens-1 are written.
     * </pre>
     */
    public static MemorySegment ggml_gated_delta_net(MemorySegment ctx, MemorySegment q, MemorySegment k, MemorySegment v, MemorySegment g, MemorySegment beta, MemorySegment state, long K) {
        try {
            return (MemorySegment) ggml_gated_delta_net$.HANDLE.invokeExact(ctx, q, k, v, g, beta, state, K);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_gated_delta_net$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_gated_delta_net", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_lightning_indexer(struct ggml_context * ctx, struct ggml_tensor * q, struct ggml_tensor * k, struct ggml_tensor * weights, struct ggml_tensor * mask)
     * }
     *
     * <pre>
     *  DSA lightning indexer
     *
     *  q:       [n_embd_idx, n_head_idx, n_batch, ne3 ]
     *  k:       [n_embd_idx, 1,          n_kv,    ne3 ]
     *  weights: [n_head_idx, n_batch,    1,       ne3 ] !! prescaled !!
     *  mask:    [n_kv,       n_batch,    1,       ne33] !! f16 !!
     *  res:     [n_kv,       n_batch,    1,       ne3 ]
     *
     *  broadcast:
     *    ne3 % ne33 == 0
     * </pre>
     */
    public static MemorySegment ggml_lightning_indexer(MemorySegment ctx, MemorySegment q, MemorySegment k, MemorySegment weights, MemorySegment mask) {
        try {
            return (MemorySegment) ggml_lightning_indexer$.HANDLE.invokeExact(ctx, q, k, weights, mask);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_lightning_indexer$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_lightning_indexer", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dsv4_hc_comb(struct ggml_context * ctx, struct ggml_tensor * mixes, struct ggml_tensor * scale, struct ggml_tensor * base, float eps, int32_t n_iter)
     * }
     *
     * <pre>
     *  DeepSeek V4 hyper-connections (ref. https://arxiv.org/pdf/2512.24880)
     *  In short these operations are replacements for the original residual connection (x = transformer(x) + x)
     *  using a richer representation through streams.
     *
     *  hc_comb: mixes [(2 + hc)*hc, n_tokens], scale [3], base [(2 + hc)*hc]
     *           -&gt; [dst_hc, src_hc, n_tokens]
     *  logits[dst, src, t] = mixes[2*hc + dst + hc*src, t]*scale[2]
     *                          + base[2*hc + dst + hc*src]
     *  Softmax over dst, add eps, normalize over src, then repeat normalization
     *  over dst followed by src for iterations 1 through n_iter - 1.
     * </pre>
     */
    public static MemorySegment ggml_dsv4_hc_comb(MemorySegment ctx, MemorySegment mixes, MemorySegment scale, MemorySegment base, float eps, int n_iter) {
        try {
            return (MemorySegment) ggml_dsv4_hc_comb$.HANDLE.invokeExact(ctx, mixes, scale, base, eps, n_iter);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dsv4_hc_comb$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dsv4_hc_comb", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dsv4_hc_pre(struct ggml_context * ctx, struct ggml_tensor * x, struct ggml_tensor * weights)
     * }
     *
     * <pre>
     *  hc_pre: x [n_embd, hc, n_tokens], weights [hc, n_tokens] -&gt; [n_embd, n_tokens]
     *    result[i, t] = sum_h x[i, h, t]*weights[h, t]
     * </pre>
     */
    public static MemorySegment ggml_dsv4_hc_pre(MemorySegment ctx, MemorySegment x, MemorySegment weights) {
        try {
            return (MemorySegment) ggml_dsv4_hc_pre$.HANDLE.invokeExact(ctx, x, weights);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dsv4_hc_pre$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dsv4_hc_pre", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dsv4_hc_pre_gated(struct ggml_context * ctx, struct ggml_tensor * x, struct ggml_tensor * gate, float scale)
     * }
     *
     * <pre>
     *  hc_pre with a per-element gate (Qwen3.8-Flash-Next): gate [n_embd, hc, n_tokens]
     *    result[i, t] = scale*sum_h x[i, h, t]*sigmoid(gate[i, h, t])
     * </pre>
     */
    public static MemorySegment ggml_dsv4_hc_pre_gated(MemorySegment ctx, MemorySegment x, MemorySegment gate, float scale) {
        try {
            return (MemorySegment) ggml_dsv4_hc_pre_gated$.HANDLE.invokeExact(ctx, x, gate, scale);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dsv4_hc_pre_gated$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dsv4_hc_pre_gated", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_dsv4_hc_post(struct ggml_context * ctx, struct ggml_tensor * x, struct ggml_tensor * residual, struct ggml_tensor * post, struct ggml_tensor * comb)
     * }
     *
     * <pre>
     *  hc_post: x [n_embd, n_tokens], residual [n_embd, hc, n_tokens],
     *           post [hc, n_tokens], comb [dst_hc, src_hc, n_tokens]
     *           -&gt; [n_embd, hc, n_tokens]
     *    result[i, dst, t] = x[i, t]*post[dst, t]
     *                        + sum_src residual[i, src, t]*comb[dst, src, t]
     *    comb == NULL uses the identity: result[i, dst, t] = x[i, t]*post[dst, t] + residual[i, dst, t]
     * </pre>
     */
    public static MemorySegment ggml_dsv4_hc_post(MemorySegment ctx, MemorySegment x, MemorySegment residual, MemorySegment post, MemorySegment comb) {
        try {
            return (MemorySegment) ggml_dsv4_hc_post$.HANDLE.invokeExact(ctx, x, residual, post, comb);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_dsv4_hc_post$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_dsv4_hc_post", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_map_custom1(struct ggml_context * ctx, struct ggml_tensor * a, ggml_custom1_op_t fun, int n_tasks, void * userdata)
     * }
     *
     * <pre>
     *  n_tasks == GGML_N_TASKS_MAX means to use max number of tasks
     * </pre>
     */
    public static MemorySegment ggml_map_custom1(MemorySegment ctx, MemorySegment a, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_map_custom1$.HANDLE.invokeExact(ctx, a, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_map_custom1$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_map_custom1", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_map_custom1_inplace(struct ggml_context * ctx, struct ggml_tensor * a, ggml_custom1_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_map_custom1_inplace(MemorySegment ctx, MemorySegment a, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_map_custom1_inplace$.HANDLE.invokeExact(ctx, a, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_map_custom1_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_map_custom1_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_map_custom2(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, ggml_custom2_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_map_custom2(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_map_custom2$.HANDLE.invokeExact(ctx, a, b, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_map_custom2$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_map_custom2", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_map_custom2_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, ggml_custom2_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_map_custom2_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_map_custom2_inplace$.HANDLE.invokeExact(ctx, a, b, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_map_custom2_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_map_custom2_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_map_custom3(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, ggml_custom3_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_map_custom3(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_map_custom3$.HANDLE.invokeExact(ctx, a, b, c, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_map_custom3$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_map_custom3", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_map_custom3_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c, ggml_custom3_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_map_custom3_inplace(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_map_custom3_inplace$.HANDLE.invokeExact(ctx, a, b, c, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_map_custom3_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_map_custom3_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_custom_4d(struct ggml_context * ctx, enum ggml_type type, int64_t ne0, int64_t ne1, int64_t ne2, int64_t ne3, struct ggml_tensor ** args, int n_args, ggml_custom_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_custom_4d(MemorySegment ctx, int type, long ne0, long ne1, long ne2, long ne3, MemorySegment args, int n_args, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_custom_4d$.HANDLE.invokeExact(ctx, type, ne0, ne1, ne2, ne3, args, n_args, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_custom_4d$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_custom_4d", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_custom_inplace(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor ** args, int n_args, ggml_custom_op_t fun, int n_tasks, void * userdata)
     * }
     */
    public static MemorySegment ggml_custom_inplace(MemorySegment ctx, MemorySegment a, MemorySegment args, int n_args, MemorySegment fun, int n_tasks, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_custom_inplace$.HANDLE.invokeExact(ctx, a, args, n_args, fun, n_tasks, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_custom_inplace$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_custom_inplace", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cross_entropy_loss(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b)
     * }
     *
     * <pre>
     *  loss function
     * </pre>
     */
    public static MemorySegment ggml_cross_entropy_loss(MemorySegment ctx, MemorySegment a, MemorySegment b) {
        try {
            return (MemorySegment) ggml_cross_entropy_loss$.HANDLE.invokeExact(ctx, a, b);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cross_entropy_loss$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cross_entropy_loss", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_cross_entropy_loss_back(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * b, struct ggml_tensor * c)
     * }
     */
    public static MemorySegment ggml_cross_entropy_loss_back(MemorySegment ctx, MemorySegment a, MemorySegment b, MemorySegment c) {
        try {
            return (MemorySegment) ggml_cross_entropy_loss_back$.HANDLE.invokeExact(ctx, a, b, c);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_cross_entropy_loss_back$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_cross_entropy_loss_back", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_step_adamw(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * grad, struct ggml_tensor * m, struct ggml_tensor * v, struct ggml_tensor * adamw_params)
     * }
     *
     * <pre>
     *  AdamW optimizer step
     *  Paper: https://arxiv.org/pdf/1711.05101v3.pdf
     *  PyTorch: https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html
     * </pre>
     */
    public static MemorySegment ggml_opt_step_adamw(MemorySegment ctx, MemorySegment a, MemorySegment grad, MemorySegment m, MemorySegment v, MemorySegment adamw_params) {
        try {
            return (MemorySegment) ggml_opt_step_adamw$.HANDLE.invokeExact(ctx, a, grad, m, v, adamw_params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_step_adamw$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_step_adamw", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_step_sgd(struct ggml_context * ctx, struct ggml_tensor * a, struct ggml_tensor * grad, struct ggml_tensor * sgd_params)
     * }
     *
     * <pre>
     *  stochastic gradient descent step (with weight decay)
     * </pre>
     */
    public static MemorySegment ggml_opt_step_sgd(MemorySegment ctx, MemorySegment a, MemorySegment grad, MemorySegment sgd_params) {
        try {
            return (MemorySegment) ggml_opt_step_sgd$.HANDLE.invokeExact(ctx, a, grad, sgd_params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_step_sgd$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_step_sgd", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_build_forward_select(struct ggml_cgraph * cgraph, struct ggml_tensor ** tensors, int n_tensors, int idx)
     * }
     *
     * <pre>
     *  build forward multiple tensors and select one of them for computing
     *  this is useful for creating graphs that have constant topology but compute different things based on the input
     *  ref: https://github.com/ggml-org/llama.cpp/pull/18550
     *
     *  nodes:
     *    | - build forward into the graph but do not compute
     *    c - build forward into the graph and compute
     *
     *     |  |  ...  c  ...  |
     *     |  |  ...  c  ...  |
     *     |  |  ...  c  ...  |
     *    [0  1  ... idx ...  n-1]        &lt;-- ggml_build_forward_select(..., n, idx)
     *                c
     *                c
     *
     *  example:
     *    struct ggml_tensor * curs[3];
     *
     *    curs[0]  = compute0(...);
     *    curs[1]  = compute1(...);
     *    curs[2]  = compute2(...);
     *
     *    int idx = select_branch(some_input);
     *
     *    struct ggml_tensor * out = ggml_build_forward_select(cgraph, curs, 3, idx);
     * </pre>
     */
    public static MemorySegment ggml_build_forward_select(MemorySegment cgraph, MemorySegment tensors, int n_tensors, int idx) {
        try {
            return (MemorySegment) ggml_build_forward_select$.HANDLE.invokeExact(cgraph, tensors, n_tensors, idx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_build_forward_select$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_build_forward_select", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_build_forward_expand(struct ggml_cgraph * cgraph, struct ggml_tensor * tensor)
     * }
     */
    public static void ggml_build_forward_expand(MemorySegment cgraph, MemorySegment tensor) {
        try {
            ggml_build_forward_expand$.HANDLE.invokeExact(cgraph, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_build_forward_expand$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_build_forward_expand", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_build_forward_order(struct ggml_cgraph * cgraph, struct ggml_tensor * tensor)
     * }
     *
     * <pre>
     *  add the tensor and its parents to the graph without marking them for compute
     *  the flag is set later, when the tensor is reached from a node that computes
     * </pre>
     */
    public static void ggml_build_forward_order(MemorySegment cgraph, MemorySegment tensor) {
        try {
            ggml_build_forward_order$.HANDLE.invokeExact(cgraph, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_build_forward_order$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_build_forward_order", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_build_backward_expand(struct ggml_context * ctx, struct ggml_cgraph * cgraph, struct ggml_tensor ** grad_accs)
     * }
     */
    public static void ggml_build_backward_expand(MemorySegment ctx, MemorySegment cgraph, MemorySegment grad_accs) {
        try {
            ggml_build_backward_expand$.HANDLE.invokeExact(ctx, cgraph, grad_accs);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_build_backward_expand$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_build_backward_expand", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_cgraph * ggml_new_graph(struct ggml_context * ctx)
     * }
     *
     * <pre>
     *  graph allocation in a context
     * </pre>
     */
    public static MemorySegment ggml_new_graph(MemorySegment ctx) {
        try {
            return (MemorySegment) ggml_new_graph$.HANDLE.invokeExact(ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_graph$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_graph", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_cgraph * ggml_new_graph_custom(struct ggml_context * ctx, size_t size, _Bool grads)
     * }
     */
    public static MemorySegment ggml_new_graph_custom(MemorySegment ctx, long size, boolean grads) {
        try {
            return (MemorySegment) ggml_new_graph_custom$.HANDLE.invokeExact(ctx, size, grads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_new_graph_custom$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_new_graph_custom", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_cgraph * ggml_graph_dup(struct ggml_context * ctx, struct ggml_cgraph * cgraph, _Bool force_grads)
     * }
     */
    public static MemorySegment ggml_graph_dup(MemorySegment ctx, MemorySegment cgraph, boolean force_grads) {
        try {
            return (MemorySegment) ggml_graph_dup$.HANDLE.invokeExact(ctx, cgraph, force_grads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_dup$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_dup", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void ggml_graph_cpy(struct ggml_cgraph * src, struct ggml_cgraph * dst)
     * }
     */
    public static void ggml_graph_cpy(MemorySegment src, MemorySegment dst) {
        try {
            ggml_graph_cpy$.HANDLE.invokeExact(src, dst);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_cpy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_cpy", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_graph_reset(struct ggml_cgraph * cgraph)
     * }
     */
    public static void ggml_graph_reset(MemorySegment cgraph) {
        try {
            ggml_graph_reset$.HANDLE.invokeExact(cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_reset", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_graph_clear(struct ggml_cgraph * cgraph)
     * }
     */
    public static void ggml_graph_clear(MemorySegment cgraph) {
        try {
            ggml_graph_clear$.HANDLE.invokeExact(cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_clear$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_clear", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_graph_size(struct ggml_cgraph * cgraph)
     * }
     */
    public static int ggml_graph_size(MemorySegment cgraph) {
        try {
            return (int) ggml_graph_size$.HANDLE.invokeExact(cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_size$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_size", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_graph_node(struct ggml_cgraph * cgraph, int i)
     * }
     */
    public static MemorySegment ggml_graph_node(MemorySegment cgraph, int i) {
        try {
            return (MemorySegment) ggml_graph_node$.HANDLE.invokeExact(cgraph, i);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_node$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_node", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor ** ggml_graph_nodes(struct ggml_cgraph * cgraph)
     * }
     */
    public static MemorySegment ggml_graph_nodes(MemorySegment cgraph) {
        try {
            return (MemorySegment) ggml_graph_nodes$.HANDLE.invokeExact(cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_nodes$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_nodes", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int ggml_graph_n_nodes(struct ggml_cgraph * cgraph)
     * }
     */
    public static int ggml_graph_n_nodes(MemorySegment cgraph) {
        try {
            return (int) ggml_graph_n_nodes$.HANDLE.invokeExact(cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_n_nodes$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_n_nodes", "ggml.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_graph_add_node(struct ggml_cgraph * cgraph, struct ggml_tensor * tensor)
     * }
     */
    public static void ggml_graph_add_node(MemorySegment cgraph, MemorySegment tensor) {
        try {
            ggml_graph_add_node$.HANDLE.invokeExact(cgraph, tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_add_node$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_add_node", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_graph_overhead(void)
     * }
     */
    public static long ggml_graph_overhead() {
        try {
            return (long) ggml_graph_overhead$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_overhead$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_overhead", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_graph_overhead_custom(size_t size, _Bool grads)
     * }
     */
    public static long ggml_graph_overhead_custom(long size, boolean grads) {
        try {
            return (long) ggml_graph_overhead_custom$.HANDLE.invokeExact(size, grads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_overhead_custom$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_overhead_custom", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_graph_get_tensor(const struct ggml_cgraph * cgraph, const char * name)
     * }
     */
    public static MemorySegment ggml_graph_get_tensor(MemorySegment cgraph, MemorySegment name) {
        try {
            return (MemorySegment) ggml_graph_get_tensor$.HANDLE.invokeExact(cgraph, name);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_get_tensor$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_get_tensor", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_graph_get_grad(const struct ggml_cgraph * cgraph, const struct ggml_tensor * node)
     * }
     */
    public static MemorySegment ggml_graph_get_grad(MemorySegment cgraph, MemorySegment node) {
        try {
            return (MemorySegment) ggml_graph_get_grad$.HANDLE.invokeExact(cgraph, node);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_get_grad$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_get_grad", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_graph_get_grad_acc(const struct ggml_cgraph * cgraph, const struct ggml_tensor * node)
     * }
     */
    public static MemorySegment ggml_graph_get_grad_acc(MemorySegment cgraph, MemorySegment node) {
        try {
            return (MemorySegment) ggml_graph_get_grad_acc$.HANDLE.invokeExact(cgraph, node);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_get_grad_acc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_get_grad_acc", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_graph_print(const struct ggml_cgraph * cgraph)
     * }
     *
     * <pre>
     *  print info and performance information for the graph
     * </pre>
     */
    public static void ggml_graph_print(MemorySegment cgraph) {
        try {
            ggml_graph_print$.HANDLE.invokeExact(cgraph);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_print$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_print", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_graph_dump_dot(const struct ggml_cgraph * gb, const struct ggml_cgraph * cgraph, const char * filename)
     * }
     *
     * <pre>
     *  dump the graph into a file using the dot format
     * </pre>
     */
    public static void ggml_graph_dump_dot(MemorySegment gb, MemorySegment cgraph, MemorySegment filename) {
        try {
            ggml_graph_dump_dot$.HANDLE.invokeExact(gb, cgraph, filename);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_graph_dump_dot$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_graph_dump_dot", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_log_get(ggml_log_callback * log_callback, void ** user_data)
     * }
     *
     * <pre>
     *  Set callback for all future logging events.
     *  If this is not called, or NULL is supplied, everything is output on stderr.
     * </pre>
     */
    public static void ggml_log_get(MemorySegment log_callback, MemorySegment user_data) {
        try {
            ggml_log_get$.HANDLE.invokeExact(log_callback, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_log_get$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_log_get", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_log_set(ggml_log_callback log_callback, void * user_data)
     * }
     */
    public static void ggml_log_set(MemorySegment log_callback, MemorySegment user_data) {
        try {
            ggml_log_set$.HANDLE.invokeExact(log_callback, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_log_set$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_log_set", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_set_zero(struct ggml_tensor * tensor)
     * }
     */
    public static MemorySegment ggml_set_zero(MemorySegment tensor) {
        try {
            return (MemorySegment) ggml_set_zero$.HANDLE.invokeExact(tensor);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_set_zero$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_set_zero", "ggml.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_quantize_init(enum ggml_type type)
     * }
     *
     * <pre>
     *  - ggml_quantize_init can be called multiple times with the same type
     *    it will only initialize the quantization tables for the first call or after ggml_quantize_free
     *    automatically called by ggml_quantize_chunk for convenience
     *
     *  - ggml_quantize_free will free any memory allocated by ggml_quantize_init
     *    call this at the end of the program to avoid memory leaks
     *
     *  note: these are thread-safe
     * </pre>
     */
    public static void ggml_quantize_init(int type) {
        try {
            ggml_quantize_init$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_quantize_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_quantize_init", "ggml.h",
                FunctionDescriptor.ofVoid(JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_quantize_free(void)
     * }
     */
    public static void ggml_quantize_free() {
        try {
            ggml_quantize_free$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_quantize_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_quantize_free", "ggml.h",
                FunctionDescriptor.ofVoid());
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_quantize_requires_imatrix(enum ggml_type type)
     * }
     *
     * <pre>
     *  some quantization type cannot be used without an importance matrix
     * </pre>
     */
    public static boolean ggml_quantize_requires_imatrix(int type) {
        try {
            return (boolean) ggml_quantize_requires_imatrix$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_quantize_requires_imatrix$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_quantize_requires_imatrix", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t ggml_quantize_chunk(enum ggml_type type, const float * src, void * dst, int64_t start, int64_t nrows, int64_t n_per_row, const float * imatrix)
     * }
     *
     * <pre>
     *  calls ggml_quantize_init internally (i.e. can allocate memory)
     * </pre>
     */
    public static long ggml_quantize_chunk(int type, MemorySegment src, MemorySegment dst, long start, long nrows, long n_per_row, MemorySegment imatrix) {
        try {
            return (long) ggml_quantize_chunk$.HANDLE.invokeExact(type, src, dst, start, nrows, n_per_row, imatrix);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_quantize_chunk$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_quantize_chunk", "ggml.h",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const struct ggml_type_traits * ggml_get_type_traits(enum ggml_type type)
     * }
     */
    public static MemorySegment ggml_get_type_traits(int type) {
        try {
            return (MemorySegment) ggml_get_type_traits$.HANDLE.invokeExact(type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_get_type_traits$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_get_type_traits", "ggml.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_threadpool_params ggml_threadpool_params_default(int n_threads)
     * }
     */
    public static MemorySegment ggml_threadpool_params_default(SegmentAllocator allocator, int n_threads) {
        try {
            return (MemorySegment) ggml_threadpool_params_default$.HANDLE.invokeExact(allocator, n_threads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_params_default$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_params_default", "ggml.h",
                FunctionDescriptor.of(ggml_threadpool_params.LAYOUT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_threadpool_params_init(struct ggml_threadpool_params * p, int n_threads)
     * }
     */
    public static void ggml_threadpool_params_init(MemorySegment p, int n_threads) {
        try {
            ggml_threadpool_params_init$.HANDLE.invokeExact(p, n_threads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_params_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_params_init", "ggml.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_threadpool_params_match(const struct ggml_threadpool_params * p0, const struct ggml_threadpool_params * p1)
     * }
     */
    public static boolean ggml_threadpool_params_match(MemorySegment p0, MemorySegment p1) {
        try {
            return (boolean) ggml_threadpool_params_match$.HANDLE.invokeExact(p0, p1);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_threadpool_params_match$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_threadpool_params_match", "ggml.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }
}
