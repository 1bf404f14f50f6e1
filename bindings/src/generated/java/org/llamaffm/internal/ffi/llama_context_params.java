// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_context_params}
 *
 * <pre>
 *  NOTE: changing the default values of parameters marked as [EXPERIMENTAL] may cause crashes or incorrect results in certain configurations
 *        https://github.com/ggml-org/llama.cpp/pull/7544
 * </pre>
 */
public final class llama_context_params {

    private llama_context_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("n_ctx"),
        JAVA_INT.withName("n_batch"),
        JAVA_INT.withName("n_ubatch"),
        JAVA_INT.withName("n_seq_max"),
        JAVA_INT.withName("n_rs_seq"),
        JAVA_INT.withName("n_outputs_max"),
        JAVA_INT.withName("n_outputs_max_per_seq"),
        JAVA_INT.withName("n_threads"),
        JAVA_INT.withName("n_threads_batch"),
        JAVA_INT.withName("ctx_type"),
        JAVA_INT.withName("rope_scaling_type"),
        JAVA_INT.withName("pooling_type"),
        JAVA_INT.withName("attention_type"),
        JAVA_INT.withName("flash_attn_type"),
        JAVA_FLOAT.withName("rope_freq_base"),
        JAVA_FLOAT.withName("rope_freq_scale"),
        JAVA_FLOAT.withName("yarn_ext_factor"),
        JAVA_FLOAT.withName("yarn_attn_factor"),
        JAVA_FLOAT.withName("yarn_beta_fast"),
        JAVA_FLOAT.withName("yarn_beta_slow"),
        JAVA_INT.withName("yarn_orig_ctx"),
        JAVA_FLOAT.withName("defrag_thold"),
        ADDRESS.withName("cb_eval"),
        ADDRESS.withName("cb_eval_user_data"),
        JAVA_INT.withName("type_k"),
        JAVA_INT.withName("type_v"),
        ADDRESS.withName("abort_callback"),
        ADDRESS.withName("abort_callback_data"),
        JAVA_BOOLEAN.withName("embeddings"),
        JAVA_BOOLEAN.withName("offload_kqv"),
        JAVA_BOOLEAN.withName("no_perf"),
        JAVA_BOOLEAN.withName("op_offload"),
        JAVA_BOOLEAN.withName("swa_full"),
        JAVA_BOOLEAN.withName("kv_unified"),
        MemoryLayout.paddingLayout(2),
        ADDRESS.withName("samplers"),
        JAVA_LONG.withName("n_samplers"),
        ADDRESS.withName("ctx_other")).withName("llama_context_params");

    /** Allocates one, zeroed. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(LAYOUT);
    }

    /** Allocates an array of {@code count}, zeroed. */
    public static MemorySegment allocateArray(long count, SegmentAllocator allocator) {
        return allocator.allocate(LAYOUT, count);
    }

    /** The struct at {@code address} (a pointer from native code), sized to this layout. */
    public static MemorySegment ofAddress(MemorySegment address) {
        return address.reinterpret(LAYOUT.byteSize());
    }

    private static final long n_ctx$OFFSET = LAYOUT.byteOffset(groupElement("n_ctx"));

    /** {@code uint32_t n_ctx} */
    public static int n_ctx(MemorySegment struct) {
        return struct.get(JAVA_INT, n_ctx$OFFSET);
    }

    /** {@code uint32_t n_ctx} */
    public static void n_ctx(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_ctx$OFFSET, value);
    }

    private static final long n_batch$OFFSET = LAYOUT.byteOffset(groupElement("n_batch"));

    /** {@code uint32_t n_batch} */
    public static int n_batch(MemorySegment struct) {
        return struct.get(JAVA_INT, n_batch$OFFSET);
    }

    /** {@code uint32_t n_batch} */
    public static void n_batch(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_batch$OFFSET, value);
    }

    private static final long n_ubatch$OFFSET = LAYOUT.byteOffset(groupElement("n_ubatch"));

    /** {@code uint32_t n_ubatch} */
    public static int n_ubatch(MemorySegment struct) {
        return struct.get(JAVA_INT, n_ubatch$OFFSET);
    }

    /** {@code uint32_t n_ubatch} */
    public static void n_ubatch(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_ubatch$OFFSET, value);
    }

    private static final long n_seq_max$OFFSET = LAYOUT.byteOffset(groupElement("n_seq_max"));

    /** {@code uint32_t n_seq_max} */
    public static int n_seq_max(MemorySegment struct) {
        return struct.get(JAVA_INT, n_seq_max$OFFSET);
    }

    /** {@code uint32_t n_seq_max} */
    public static void n_seq_max(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_seq_max$OFFSET, value);
    }

    private static final long n_rs_seq$OFFSET = LAYOUT.byteOffset(groupElement("n_rs_seq"));

    /** {@code uint32_t n_rs_seq} */
    public static int n_rs_seq(MemorySegment struct) {
        return struct.get(JAVA_INT, n_rs_seq$OFFSET);
    }

    /** {@code uint32_t n_rs_seq} */
    public static void n_rs_seq(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_rs_seq$OFFSET, value);
    }

    private static final long n_outputs_max$OFFSET = LAYOUT.byteOffset(groupElement("n_outputs_max"));

    /** {@code uint32_t n_outputs_max} */
    public static int n_outputs_max(MemorySegment struct) {
        return struct.get(JAVA_INT, n_outputs_max$OFFSET);
    }

    /** {@code uint32_t n_outputs_max} */
    public static void n_outputs_max(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_outputs_max$OFFSET, value);
    }

    private static final long n_outputs_max_per_seq$OFFSET = LAYOUT.byteOffset(groupElement("n_outputs_max_per_seq"));

    /** {@code uint32_t n_outputs_max_per_seq} */
    public static int n_outputs_max_per_seq(MemorySegment struct) {
        return struct.get(JAVA_INT, n_outputs_max_per_seq$OFFSET);
    }

    /** {@code uint32_t n_outputs_max_per_seq} */
    public static void n_outputs_max_per_seq(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_outputs_max_per_seq$OFFSET, value);
    }

    private static final long n_threads$OFFSET = LAYOUT.byteOffset(groupElement("n_threads"));

    /** {@code int32_t n_threads} */
    public static int n_threads(MemorySegment struct) {
        return struct.get(JAVA_INT, n_threads$OFFSET);
    }

    /** {@code int32_t n_threads} */
    public static void n_threads(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_threads$OFFSET, value);
    }

    private static final long n_threads_batch$OFFSET = LAYOUT.byteOffset(groupElement("n_threads_batch"));

    /** {@code int32_t n_threads_batch} */
    public static int n_threads_batch(MemorySegment struct) {
        return struct.get(JAVA_INT, n_threads_batch$OFFSET);
    }

    /** {@code int32_t n_threads_batch} */
    public static void n_threads_batch(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_threads_batch$OFFSET, value);
    }

    private static final long ctx_type$OFFSET = LAYOUT.byteOffset(groupElement("ctx_type"));

    /** {@code enum llama_context_type ctx_type} */
    public static int ctx_type(MemorySegment struct) {
        return struct.get(JAVA_INT, ctx_type$OFFSET);
    }

    /** {@code enum llama_context_type ctx_type} */
    public static void ctx_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, ctx_type$OFFSET, value);
    }

    private static final long rope_scaling_type$OFFSET = LAYOUT.byteOffset(groupElement("rope_scaling_type"));

    /** {@code enum llama_rope_scaling_type rope_scaling_type} */
    public static int rope_scaling_type(MemorySegment struct) {
        return struct.get(JAVA_INT, rope_scaling_type$OFFSET);
    }

    /** {@code enum llama_rope_scaling_type rope_scaling_type} */
    public static void rope_scaling_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, rope_scaling_type$OFFSET, value);
    }

    private static final long pooling_type$OFFSET = LAYOUT.byteOffset(groupElement("pooling_type"));

    /** {@code enum llama_pooling_type pooling_type} */
    public static int pooling_type(MemorySegment struct) {
        return struct.get(JAVA_INT, pooling_type$OFFSET);
    }

    /** {@code enum llama_pooling_type pooling_type} */
    public static void pooling_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, pooling_type$OFFSET, value);
    }

    private static final long attention_type$OFFSET = LAYOUT.byteOffset(groupElement("attention_type"));

    /** {@code enum llama_attention_type attention_type} */
    public static int attention_type(MemorySegment struct) {
        return struct.get(JAVA_INT, attention_type$OFFSET);
    }

    /** {@code enum llama_attention_type attention_type} */
    public static void attention_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, attention_type$OFFSET, value);
    }

    private static final long flash_attn_type$OFFSET = LAYOUT.byteOffset(groupElement("flash_attn_type"));

    /** {@code enum llama_flash_attn_type flash_attn_type} */
    public static int flash_attn_type(MemorySegment struct) {
        return struct.get(JAVA_INT, flash_attn_type$OFFSET);
    }

    /** {@code enum llama_flash_attn_type flash_attn_type} */
    public static void flash_attn_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, flash_attn_type$OFFSET, value);
    }

    private static final long rope_freq_base$OFFSET = LAYOUT.byteOffset(groupElement("rope_freq_base"));

    /** {@code float rope_freq_base} */
    public static float rope_freq_base(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, rope_freq_base$OFFSET);
    }

    /** {@code float rope_freq_base} */
    public static void rope_freq_base(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, rope_freq_base$OFFSET, value);
    }

    private static final long rope_freq_scale$OFFSET = LAYOUT.byteOffset(groupElement("rope_freq_scale"));

    /** {@code float rope_freq_scale} */
    public static float rope_freq_scale(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, rope_freq_scale$OFFSET);
    }

    /** {@code float rope_freq_scale} */
    public static void rope_freq_scale(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, rope_freq_scale$OFFSET, value);
    }

    private static final long yarn_ext_factor$OFFSET = LAYOUT.byteOffset(groupElement("yarn_ext_factor"));

    /** {@code float yarn_ext_factor} */
    public static float yarn_ext_factor(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, yarn_ext_factor$OFFSET);
    }

    /** {@code float yarn_ext_factor} */
    public static void yarn_ext_factor(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, yarn_ext_factor$OFFSET, value);
    }

    private static final long yarn_attn_factor$OFFSET = LAYOUT.byteOffset(groupElement("yarn_attn_factor"));

    /** {@code float yarn_attn_factor} */
    public static float yarn_attn_factor(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, yarn_attn_factor$OFFSET);
    }

    /** {@code float yarn_attn_factor} */
    public static void yarn_attn_factor(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, yarn_attn_factor$OFFSET, value);
    }

    private static final long yarn_beta_fast$OFFSET = LAYOUT.byteOffset(groupElement("yarn_beta_fast"));

    /** {@code float yarn_beta_fast} */
    public static float yarn_beta_fast(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, yarn_beta_fast$OFFSET);
    }

    /** {@code float yarn_beta_fast} */
    public static void yarn_beta_fast(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, yarn_beta_fast$OFFSET, value);
    }

    private static final long yarn_beta_slow$OFFSET = LAYOUT.byteOffset(groupElement("yarn_beta_slow"));

    /** {@code float yarn_beta_slow} */
    public static float yarn_beta_slow(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, yarn_beta_slow$OFFSET);
    }

    /** {@code float yarn_beta_slow} */
    public static void yarn_beta_slow(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, yarn_beta_slow$OFFSET, value);
    }

    private static final long yarn_orig_ctx$OFFSET = LAYOUT.byteOffset(groupElement("yarn_orig_ctx"));

    /** {@code uint32_t yarn_orig_ctx} */
    public static int yarn_orig_ctx(MemorySegment struct) {
        return struct.get(JAVA_INT, yarn_orig_ctx$OFFSET);
    }

    /** {@code uint32_t yarn_orig_ctx} */
    public static void yarn_orig_ctx(MemorySegment struct, int value) {
        struct.set(JAVA_INT, yarn_orig_ctx$OFFSET, value);
    }

    private static final long defrag_thold$OFFSET = LAYOUT.byteOffset(groupElement("defrag_thold"));

    /** {@code float defrag_thold} */
    public static float defrag_thold(MemorySegment struct) {
        return struct.get(JAVA_FLOAT, defrag_thold$OFFSET);
    }

    /** {@code float defrag_thold} */
    public static void defrag_thold(MemorySegment struct, float value) {
        struct.set(JAVA_FLOAT, defrag_thold$OFFSET, value);
    }

    private static final long cb_eval$OFFSET = LAYOUT.byteOffset(groupElement("cb_eval"));

    /** {@code ggml_backend_sched_eval_callback cb_eval} */
    public static MemorySegment cb_eval(MemorySegment struct) {
        return struct.get(ADDRESS, cb_eval$OFFSET);
    }

    /** {@code ggml_backend_sched_eval_callback cb_eval} */
    public static void cb_eval(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, cb_eval$OFFSET, value);
    }

    private static final long cb_eval_user_data$OFFSET = LAYOUT.byteOffset(groupElement("cb_eval_user_data"));

    /** {@code void * cb_eval_user_data} */
    public static MemorySegment cb_eval_user_data(MemorySegment struct) {
        return struct.get(ADDRESS, cb_eval_user_data$OFFSET);
    }

    /** {@code void * cb_eval_user_data} */
    public static void cb_eval_user_data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, cb_eval_user_data$OFFSET, value);
    }

    private static final long type_k$OFFSET = LAYOUT.byteOffset(groupElement("type_k"));

    /** {@code enum ggml_type type_k} */
    public static int type_k(MemorySegment struct) {
        return struct.get(JAVA_INT, type_k$OFFSET);
    }

    /** {@code enum ggml_type type_k} */
    public static void type_k(MemorySegment struct, int value) {
        struct.set(JAVA_INT, type_k$OFFSET, value);
    }

    private static final long type_v$OFFSET = LAYOUT.byteOffset(groupElement("type_v"));

    /** {@code enum ggml_type type_v} */
    public static int type_v(MemorySegment struct) {
        return struct.get(JAVA_INT, type_v$OFFSET);
    }

    /** {@code enum ggml_type type_v} */
    public static void type_v(MemorySegment struct, int value) {
        struct.set(JAVA_INT, type_v$OFFSET, value);
    }

    private static final long abort_callback$OFFSET = LAYOUT.byteOffset(groupElement("abort_callback"));

    /** {@code ggml_abort_callback abort_callback} */
    public static MemorySegment abort_callback(MemorySegment struct) {
        return struct.get(ADDRESS, abort_callback$OFFSET);
    }

    /** {@code ggml_abort_callback abort_callback} */
    public static void abort_callback(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, abort_callback$OFFSET, value);
    }

    private static final long abort_callback_data$OFFSET = LAYOUT.byteOffset(groupElement("abort_callback_data"));

    /** {@code void * abort_callback_data} */
    public static MemorySegment abort_callback_data(MemorySegment struct) {
        return struct.get(ADDRESS, abort_callback_data$OFFSET);
    }

    /** {@code void * abort_callback_data} */
    public static void abort_callback_data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, abort_callback_data$OFFSET, value);
    }

    private static final long embeddings$OFFSET = LAYOUT.byteOffset(groupElement("embeddings"));

    /** {@code _Bool embeddings} */
    public static boolean embeddings(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, embeddings$OFFSET);
    }

    /** {@code _Bool embeddings} */
    public static void embeddings(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, embeddings$OFFSET, value);
    }

    private static final long offload_kqv$OFFSET = LAYOUT.byteOffset(groupElement("offload_kqv"));

    /** {@code _Bool offload_kqv} */
    public static boolean offload_kqv(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, offload_kqv$OFFSET);
    }

    /** {@code _Bool offload_kqv} */
    public static void offload_kqv(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, offload_kqv$OFFSET, value);
    }

    private static final long no_perf$OFFSET = LAYOUT.byteOffset(groupElement("no_perf"));

    /** {@code _Bool no_perf} */
    public static boolean no_perf(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, no_perf$OFFSET);
    }

    /** {@code _Bool no_perf} */
    public static void no_perf(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, no_perf$OFFSET, value);
    }

    private static final long op_offload$OFFSET = LAYOUT.byteOffset(groupElement("op_offload"));

    /** {@code _Bool op_offload} */
    public static boolean op_offload(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, op_offload$OFFSET);
    }

    /** {@code _Bool op_offload} */
    public static void op_offload(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, op_offload$OFFSET, value);
    }

    private static final long swa_full$OFFSET = LAYOUT.byteOffset(groupElement("swa_full"));

    /** {@code _Bool swa_full} */
    public static boolean swa_full(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, swa_full$OFFSET);
    }

    /** {@code _Bool swa_full} */
    public static void swa_full(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, swa_full$OFFSET, value);
    }

    private static final long kv_unified$OFFSET = LAYOUT.byteOffset(groupElement("kv_unified"));

    /** {@code _Bool kv_unified} */
    public static boolean kv_unified(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, kv_unified$OFFSET);
    }

    /** {@code _Bool kv_unified} */
    public static void kv_unified(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, kv_unified$OFFSET, value);
    }

    private static final long samplers$OFFSET = LAYOUT.byteOffset(groupElement("samplers"));

    /** {@code struct llama_sampler_seq_config * samplers} */
    public static MemorySegment samplers(MemorySegment struct) {
        return struct.get(ADDRESS, samplers$OFFSET);
    }

    /** {@code struct llama_sampler_seq_config * samplers} */
    public static void samplers(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, samplers$OFFSET, value);
    }

    private static final long n_samplers$OFFSET = LAYOUT.byteOffset(groupElement("n_samplers"));

    /** {@code size_t n_samplers} */
    public static long n_samplers(MemorySegment struct) {
        return struct.get(JAVA_LONG, n_samplers$OFFSET);
    }

    /** {@code size_t n_samplers} */
    public static void n_samplers(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, n_samplers$OFFSET, value);
    }

    private static final long ctx_other$OFFSET = LAYOUT.byteOffset(groupElement("ctx_other"));

    /** {@code struct llama_context * ctx_other} */
    public static MemorySegment ctx_other(MemorySegment struct) {
        return struct.get(ADDRESS, ctx_other$OFFSET);
    }

    /** {@code struct llama_context * ctx_other} */
    public static void ctx_other(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, ctx_other$OFFSET, value);
    }
}
