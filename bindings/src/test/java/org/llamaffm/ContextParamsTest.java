package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.internal.ffi.llama_context_params;
import org.llamaffm.internal.ffi.llama_h;

class ContextParamsTest {

    @Test
    void toNativeSetsEveryFieldAndKeepsLlamaCppsDefaultsForTheRest() {
        LlamaRuntime.get();
        ContextParams params = ContextParams.builder()
                .contextSize(1024)
                .batchSize(256)
                .microBatchSize(128)
                .sequences(4)
                .threads(3)
                .batchThreads(5)
                .flashAttention(ContextParams.FlashAttention.ON)
                .keyType(GgmlType.Q8_0)
                .valueType(GgmlType.Q4_0)
                .embeddings(true)
                .pooling(ContextParams.Pooling.MEAN)
                .offloadKqv(false)
                .performance(true)
                .kvUnified(true)
                .build();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = params.toNative(arena);
            assertThat(llama_context_params.n_ctx(p)).isEqualTo(1024);
            assertThat(llama_context_params.n_batch(p)).isEqualTo(256);
            assertThat(llama_context_params.n_ubatch(p)).isEqualTo(128);
            assertThat(llama_context_params.n_seq_max(p)).isEqualTo(4);
            assertThat(llama_context_params.n_threads(p)).isEqualTo(3);
            assertThat(llama_context_params.n_threads_batch(p)).isEqualTo(5);
            assertThat(llama_context_params.flash_attn_type(p)).isEqualTo(1);
            assertThat(llama_context_params.type_k(p)).isEqualTo(GgmlType.Q8_0.id());
            assertThat(llama_context_params.type_v(p)).isEqualTo(GgmlType.Q4_0.id());
            assertThat(llama_context_params.embeddings(p)).isTrue();
            assertThat(llama_context_params.pooling_type(p)).isEqualTo(1);
            assertThat(llama_context_params.offload_kqv(p)).isFalse();
            assertThat(llama_context_params.no_perf(p)).isFalse();
            assertThat(llama_context_params.kv_unified(p)).isTrue();

            MemorySegment defaults = llama_h.llama_context_default_params(arena);
            assertThat(llama_context_params.rope_freq_base(p)).isEqualTo(llama_context_params.rope_freq_base(defaults));
            assertThat(llama_context_params.swa_full(p)).isEqualTo(llama_context_params.swa_full(defaults));
            assertThat(llama_context_params.op_offload(p)).isEqualTo(llama_context_params.op_offload(defaults));
        }
    }

    @Test
    void thePoolingAContextReportsMapsBackToItsEnum() {
        for (ContextParams.Pooling pooling : ContextParams.Pooling.values()) {
            assertThat(ContextParams.Pooling.ofNative(pooling.nativeValue)).isEqualTo(pooling);
        }
        assertThatThrownBy(() -> ContextParams.Pooling.ofNative(9))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("llama.cpp reports an unknown pooling type 9");
    }
}
