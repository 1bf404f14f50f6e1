// Generated from ggml-opt.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** ggml's optimizer (used by llama.h's training API): functions, enum values and constants of {@code ggml-opt.h}. */
@SuppressWarnings("unused")
public final class ggml_opt_h {

    private ggml_opt_h() {
    }

    // enum ggml_opt_loss_type
    public static final int GGML_OPT_LOSS_TYPE_MEAN = 0;
    public static final int GGML_OPT_LOSS_TYPE_SUM = 1;
    public static final int GGML_OPT_LOSS_TYPE_CROSS_ENTROPY = 2;
    public static final int GGML_OPT_LOSS_TYPE_MEAN_SQUARED_ERROR = 3;

    // enum ggml_opt_build_type
    public static final int GGML_OPT_BUILD_TYPE_FORWARD = 10;
    public static final int GGML_OPT_BUILD_TYPE_GRAD = 20;
    public static final int GGML_OPT_BUILD_TYPE_OPT = 30;

    // enum ggml_opt_optimizer_type
    public static final int GGML_OPT_OPTIMIZER_TYPE_ADAMW = 0;
    public static final int GGML_OPT_OPTIMIZER_TYPE_SGD = 1;
    public static final int GGML_OPT_OPTIMIZER_TYPE_COUNT = 2;

    /**
     * {@snippet lang=c :
     * ggml_opt_dataset_t ggml_opt_dataset_init(enum ggml_type type_data, enum ggml_type type_label, int64_t ne_datapoint, int64_t ne_label, int64_t ndata, int64_t ndata_shard)
     * }
     *
     * <pre>
     *  ====== Dataset ======
     * </pre>
     */
    public static MemorySegment ggml_opt_dataset_init(int type_data, int type_label, long ne_datapoint, long ne_label, long ndata, long ndata_shard) {
        try {
            return (MemorySegment) ggml_opt_dataset_init$.HANDLE.invokeExact(type_data, type_label, ne_datapoint, ne_label, ndata, ndata_shard);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_init", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_dataset_free(ggml_opt_dataset_t dataset)
     * }
     */
    public static void ggml_opt_dataset_free(MemorySegment dataset) {
        try {
            ggml_opt_dataset_free$.HANDLE.invokeExact(dataset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_free", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int64_t ggml_opt_dataset_ndata(ggml_opt_dataset_t dataset)
     * }
     *
     * <pre>
     *  get underlying tensors that store the data
     * </pre>
     */
    public static long ggml_opt_dataset_ndata(MemorySegment dataset) {
        try {
            return (long) ggml_opt_dataset_ndata$.HANDLE.invokeExact(dataset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_ndata$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_ndata", "ggml-opt.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_dataset_data(ggml_opt_dataset_t dataset)
     * }
     */
    public static MemorySegment ggml_opt_dataset_data(MemorySegment dataset) {
        try {
            return (MemorySegment) ggml_opt_dataset_data$.HANDLE.invokeExact(dataset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_data$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_data", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_dataset_labels(ggml_opt_dataset_t dataset)
     * }
     */
    public static MemorySegment ggml_opt_dataset_labels(MemorySegment dataset) {
        try {
            return (MemorySegment) ggml_opt_dataset_labels$.HANDLE.invokeExact(dataset);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_labels$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_labels", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_dataset_shuffle(ggml_opt_context_t opt_ctx, ggml_opt_dataset_t dataset, int64_t idata)
     * }
     *
     * <pre>
     *  shuffle idata first datapoints from dataset with RNG from opt_ctx, shuffle all datapoints if idata is negative
     * </pre>
     */
    public static void ggml_opt_dataset_shuffle(MemorySegment opt_ctx, MemorySegment dataset, long idata) {
        try {
            ggml_opt_dataset_shuffle$.HANDLE.invokeExact(opt_ctx, dataset, idata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_shuffle$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_shuffle", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_dataset_get_batch(ggml_opt_dataset_t dataset, struct ggml_tensor * data_batch, struct ggml_tensor * labels_batch, int64_t ibatch)
     * }
     *
     * <pre>
     *  get batch at position ibatch from dataset and copy the data to data_batch and labels_batch
     * </pre>
     */
    public static void ggml_opt_dataset_get_batch(MemorySegment dataset, MemorySegment data_batch, MemorySegment labels_batch, long ibatch) {
        try {
            ggml_opt_dataset_get_batch$.HANDLE.invokeExact(dataset, data_batch, labels_batch, ibatch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_get_batch$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_get_batch", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_dataset_get_batch_host(ggml_opt_dataset_t dataset, void * data_batch, size_t nb_data_batch, void * labels_batch, int64_t ibatch)
     * }
     */
    public static void ggml_opt_dataset_get_batch_host(MemorySegment dataset, MemorySegment data_batch, long nb_data_batch, MemorySegment labels_batch, long ibatch) {
        try {
            ggml_opt_dataset_get_batch_host$.HANDLE.invokeExact(dataset, data_batch, nb_data_batch, labels_batch, ibatch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_dataset_get_batch_host$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_dataset_get_batch_host", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_opt_optimizer_params ggml_opt_get_default_optimizer_params(void * userdata)
     * }
     *
     * <pre>
     *  returns the default optimizer params (constant, hard-coded values)
     *  userdata is not used
     * </pre>
     */
    public static MemorySegment ggml_opt_get_default_optimizer_params(SegmentAllocator allocator, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_opt_get_default_optimizer_params$.HANDLE.invokeExact(allocator, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_get_default_optimizer_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_get_default_optimizer_params", "ggml-opt.h",
                FunctionDescriptor.of(ggml_opt_optimizer_params.LAYOUT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_opt_optimizer_params ggml_opt_get_constant_optimizer_params(void * userdata)
     * }
     *
     * <pre>
     *  casts userdata to ggml_opt_optimizer_params and returns it
     * </pre>
     */
    public static MemorySegment ggml_opt_get_constant_optimizer_params(SegmentAllocator allocator, MemorySegment userdata) {
        try {
            return (MemorySegment) ggml_opt_get_constant_optimizer_params$.HANDLE.invokeExact(allocator, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_get_constant_optimizer_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_get_constant_optimizer_params", "ggml-opt.h",
                FunctionDescriptor.of(ggml_opt_optimizer_params.LAYOUT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_opt_params ggml_opt_default_params(ggml_backend_sched_t backend_sched, enum ggml_opt_loss_type loss_type)
     * }
     *
     * <pre>
     *  get parameters for an optimization context with defaults set where possible
     *  parameters for which no sensible defaults exist are supplied as arguments to this function
     * </pre>
     */
    public static MemorySegment ggml_opt_default_params(SegmentAllocator allocator, MemorySegment backend_sched, int loss_type) {
        try {
            return (MemorySegment) ggml_opt_default_params$.HANDLE.invokeExact(allocator, backend_sched, loss_type);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_default_params$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_default_params", "ggml-opt.h",
                FunctionDescriptor.of(ggml_opt_params.LAYOUT, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * ggml_opt_context_t ggml_opt_init(struct ggml_opt_params params)
     * }
     */
    public static MemorySegment ggml_opt_init(MemorySegment params) {
        try {
            return (MemorySegment) ggml_opt_init$.HANDLE.invokeExact(params);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_init", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ggml_opt_params.LAYOUT));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_free(ggml_opt_context_t opt_ctx)
     * }
     */
    public static void ggml_opt_free(MemorySegment opt_ctx) {
        try {
            ggml_opt_free$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_free", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_reset(ggml_opt_context_t opt_ctx, _Bool optimizer)
     * }
     *
     * <pre>
     *  set gradients to zero, initialize loss, and optionally reset the optimizer
     * </pre>
     */
    public static void ggml_opt_reset(MemorySegment opt_ctx, boolean optimizer) {
        try {
            ggml_opt_reset$.HANDLE.invokeExact(opt_ctx, optimizer);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_reset", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * _Bool ggml_opt_static_graphs(ggml_opt_context_t opt_ctx)
     * }
     */
    public static boolean ggml_opt_static_graphs(MemorySegment opt_ctx) {
        try {
            return (boolean) ggml_opt_static_graphs$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_static_graphs$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_static_graphs", "ggml-opt.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_inputs(ggml_opt_context_t opt_ctx)
     * }
     *
     * <pre>
     *  get underlying tensors that store data
     *  if not using static graphs these pointers become invalid with the next call to ggml_opt_alloc
     * </pre>
     */
    public static MemorySegment ggml_opt_inputs(MemorySegment opt_ctx) {
        try {
            return (MemorySegment) ggml_opt_inputs$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_inputs$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_inputs", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_outputs(ggml_opt_context_t opt_ctx)
     * }
     */
    public static MemorySegment ggml_opt_outputs(MemorySegment opt_ctx) {
        try {
            return (MemorySegment) ggml_opt_outputs$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_outputs$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_outputs", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_labels(ggml_opt_context_t opt_ctx)
     * }
     */
    public static MemorySegment ggml_opt_labels(MemorySegment opt_ctx) {
        try {
            return (MemorySegment) ggml_opt_labels$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_labels$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_labels", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_loss(ggml_opt_context_t opt_ctx)
     * }
     */
    public static MemorySegment ggml_opt_loss(MemorySegment opt_ctx) {
        try {
            return (MemorySegment) ggml_opt_loss$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_loss$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_loss", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_pred(ggml_opt_context_t opt_ctx)
     * }
     */
    public static MemorySegment ggml_opt_pred(MemorySegment opt_ctx) {
        try {
            return (MemorySegment) ggml_opt_pred$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_pred$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_pred", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_ncorrect(ggml_opt_context_t opt_ctx)
     * }
     */
    public static MemorySegment ggml_opt_ncorrect(MemorySegment opt_ctx) {
        try {
            return (MemorySegment) ggml_opt_ncorrect$.HANDLE.invokeExact(opt_ctx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_ncorrect$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_ncorrect", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct ggml_tensor * ggml_opt_grad_acc(ggml_opt_context_t opt_ctx, struct ggml_tensor * node)
     * }
     *
     * <pre>
     *  get the gradient accumulator for a node from the forward graph
     * </pre>
     */
    public static MemorySegment ggml_opt_grad_acc(MemorySegment opt_ctx, MemorySegment node) {
        try {
            return (MemorySegment) ggml_opt_grad_acc$.HANDLE.invokeExact(opt_ctx, node);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_grad_acc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_grad_acc", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * enum ggml_opt_optimizer_type ggml_opt_context_optimizer_type(ggml_opt_context_t arg0)
     * }
     */
    public static int ggml_opt_context_optimizer_type(MemorySegment arg0) {
        try {
            return (int) ggml_opt_context_optimizer_type$.HANDLE.invokeExact(arg0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_context_optimizer_type$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_context_optimizer_type", "ggml-opt.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * ggml_opt_optimizer_name(enum ggml_opt_optimizer_type arg0)
     * }
     */
    public static MemorySegment ggml_opt_optimizer_name(int arg0) {
        try {
            return (MemorySegment) ggml_opt_optimizer_name$.HANDLE.invokeExact(arg0);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_optimizer_name$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_optimizer_name", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * ggml_opt_result_t ggml_opt_result_init(void)
     * }
     *
     * <pre>
     *  ====== Optimization Result ======
     * </pre>
     */
    public static MemorySegment ggml_opt_result_init() {
        try {
            return (MemorySegment) ggml_opt_result_init$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_init", "ggml-opt.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_result_free(ggml_opt_result_t result)
     * }
     */
    public static void ggml_opt_result_free(MemorySegment result) {
        try {
            ggml_opt_result_free$.HANDLE.invokeExact(result);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_free", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_result_reset(ggml_opt_result_t result)
     * }
     */
    public static void ggml_opt_result_reset(MemorySegment result) {
        try {
            ggml_opt_result_reset$.HANDLE.invokeExact(result);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_reset$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_reset", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_result_ndata(ggml_opt_result_t result, int64_t * ndata)
     * }
     *
     * <pre>
     *  get data from result, uncertainties are optional and can be ignored by passing NULL
     * </pre>
     */
    public static void ggml_opt_result_ndata(MemorySegment result, MemorySegment ndata) {
        try {
            ggml_opt_result_ndata$.HANDLE.invokeExact(result, ndata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_ndata$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_ndata", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_result_loss(ggml_opt_result_t result, double * loss, double * unc)
     * }
     */
    public static void ggml_opt_result_loss(MemorySegment result, MemorySegment loss, MemorySegment unc) {
        try {
            ggml_opt_result_loss$.HANDLE.invokeExact(result, loss, unc);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_loss$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_loss", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_result_pred(ggml_opt_result_t result, int32_t * pred)
     * }
     */
    public static void ggml_opt_result_pred(MemorySegment result, MemorySegment pred) {
        try {
            ggml_opt_result_pred$.HANDLE.invokeExact(result, pred);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_pred$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_pred", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_result_accuracy(ggml_opt_result_t result, double * accuracy, double * unc)
     * }
     */
    public static void ggml_opt_result_accuracy(MemorySegment result, MemorySegment accuracy, MemorySegment unc) {
        try {
            ggml_opt_result_accuracy$.HANDLE.invokeExact(result, accuracy, unc);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_result_accuracy$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_result_accuracy", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_prepare_alloc(ggml_opt_context_t opt_ctx, struct ggml_context * ctx_compute, struct ggml_cgraph * gf, struct ggml_tensor * inputs, struct ggml_tensor * outputs)
     * }
     *
     * <pre>
     *  if not using static graphs, this function must be called prior to ggml_opt_alloc
     * </pre>
     */
    public static void ggml_opt_prepare_alloc(MemorySegment opt_ctx, MemorySegment ctx_compute, MemorySegment gf, MemorySegment inputs, MemorySegment outputs) {
        try {
            ggml_opt_prepare_alloc$.HANDLE.invokeExact(opt_ctx, ctx_compute, gf, inputs, outputs);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_prepare_alloc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_prepare_alloc", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_alloc(ggml_opt_context_t opt_ctx, _Bool backward)
     * }
     *
     * <pre>
     *  allocate the next graph for evaluation, either forward or forward + backward
     *  must be called exactly once prior to calling ggml_opt_eval
     * </pre>
     */
    public static void ggml_opt_alloc(MemorySegment opt_ctx, boolean backward) {
        try {
            ggml_opt_alloc$.HANDLE.invokeExact(opt_ctx, backward);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_alloc$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_alloc", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_eval(ggml_opt_context_t opt_ctx, ggml_opt_result_t result)
     * }
     *
     * <pre>
     *  do forward pass, increment result if not NULL, do backward pass if allocated
     * </pre>
     */
    public static void ggml_opt_eval(MemorySegment opt_ctx, MemorySegment result) {
        try {
            ggml_opt_eval$.HANDLE.invokeExact(opt_ctx, result);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_eval$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_eval", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_epoch(ggml_opt_context_t opt_ctx, ggml_opt_dataset_t dataset, ggml_opt_result_t result_train, ggml_opt_result_t result_eval, int64_t idata_split, ggml_opt_epoch_callback callback_train, ggml_opt_epoch_callback callback_eval)
     * }
     *
     * <pre>
     *  do training on front of dataset, do evaluation only on back of dataset
     * </pre>
     */
    public static void ggml_opt_epoch(MemorySegment opt_ctx, MemorySegment dataset, MemorySegment result_train, MemorySegment result_eval, long idata_split, MemorySegment callback_train, MemorySegment callback_eval) {
        try {
            ggml_opt_epoch$.HANDLE.invokeExact(opt_ctx, dataset, result_train, result_eval, idata_split, callback_train, callback_eval);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_epoch$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_epoch", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_epoch_callback_progress_bar(_Bool train, ggml_opt_context_t opt_ctx, ggml_opt_dataset_t dataset, ggml_opt_result_t result, int64_t ibatch, int64_t ibatch_max, int64_t t_start_us)
     * }
     *
     * <pre>
     *  callback that prints a progress bar on stderr
     * </pre>
     */
    public static void ggml_opt_epoch_callback_progress_bar(boolean train, MemorySegment opt_ctx, MemorySegment dataset, MemorySegment result, long ibatch, long ibatch_max, long t_start_us) {
        try {
            ggml_opt_epoch_callback_progress_bar$.HANDLE.invokeExact(train, opt_ctx, dataset, result, ibatch, ibatch_max, t_start_us);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_epoch_callback_progress_bar$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_epoch_callback_progress_bar", "ggml-opt.h",
                FunctionDescriptor.ofVoid(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * void ggml_opt_fit(ggml_backend_sched_t backend_sched, struct ggml_context * ctx_compute, struct ggml_tensor * inputs, struct ggml_tensor * outputs, ggml_opt_dataset_t dataset, enum ggml_opt_loss_type loss_type, enum ggml_opt_optimizer_type optimizer, ggml_opt_get_optimizer_params get_opt_pars, int64_t nepoch, int64_t nbatch_logical, float val_split, _Bool silent)
     * }
     *
     * <pre>
     *  fit model defined by inputs and outputs to dataset
     * </pre>
     */
    public static void ggml_opt_fit(MemorySegment backend_sched, MemorySegment ctx_compute, MemorySegment inputs, MemorySegment outputs, MemorySegment dataset, int loss_type, int optimizer, MemorySegment get_opt_pars, long nepoch, long nbatch_logical, float val_split, boolean silent) {
        try {
            ggml_opt_fit$.HANDLE.invokeExact(backend_sched, ctx_compute, inputs, outputs, dataset, loss_type, optimizer, get_opt_pars, nepoch, nbatch_logical, val_split, silent);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class ggml_opt_fit$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("ggml_opt_fit", "ggml-opt.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_FLOAT, JAVA_BOOLEAN));
    }
}
