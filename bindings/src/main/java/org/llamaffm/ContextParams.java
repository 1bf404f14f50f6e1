package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.Set;
import org.llamaffm.embed.Embedder;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.internal.ffi.llama_context_params;
import org.llamaffm.internal.ffi.llama_h;

/**
 * How to create a {@link Context}; defaults are llama.cpp's ({@code llama_context_default_params()}),
 * except {@code threads}, which defaults to the number of available processors.
 *
 * @param contextSize    tokens the context holds (KV cache size); 0 = the model's trained length
 * @param batchSize      most tokens one {@link Context#decode} call takes
 * @param microBatchSize most tokens computed at once (&lt;= batchSize; default min(512, batchSize))
 * @param sequences      independent sequences (parallel conversations) the context holds, 1..256
 * @param threads        threads for generating (one token at a time)
 * @param batchThreads   threads for prompt processing (batches)
 * @param flashAttention flash attention: AUTO (llama.cpp decides), ON, OFF
 * @param keyType        KV cache type of keys (F16 default; F32, BF16, Q8_0, Q4_0, Q4_1, IQ4_NL, Q5_0, Q5_1)
 * @param valueType      KV cache type of values (a quantized type needs flash attention)
 * @param embeddings     compute embeddings (with pooling) rather than only logits
 * @param pooling        how embeddings are pooled per sequence
 * @param offloadKqv     keep the KV cache and attention on the GPU when layers are offloaded
 * @param performance    collect performance counters ({@link Context#performance()})
 * @param kvUnified      one KV buffer shared by all sequences (llama.cpp's {@code kv_unified}); false gives each
 *                       sequence its own {@code contextSize / sequences} cells. Batches that mix sequences of
 *                       different lengths need it for pooled embeddings: without it llama.cpp splits such a
 *                       batch into equal-length micro-batches, and a sequence split across two is pooled over
 *                       its last part only ({@link Embedder} always sets it)
 */
public record ContextParams(
        int contextSize,
        int batchSize,
        int microBatchSize,
        int sequences,
        int threads,
        int batchThreads,
        FlashAttention flashAttention,
        GgmlType keyType,
        GgmlType valueType,
        boolean embeddings,
        Pooling pooling,
        boolean offloadKqv,
        boolean performance,
        boolean kvUnified) {

    /** llama.cpp's limit on sequences per context (LLAMA_MAX_SEQ). */
    public static final int MAX_SEQUENCES = 256;

    /** KV cache types llama.cpp accepts. */
    public static final Set<GgmlType> KV_TYPES = Set.of(
            GgmlType.F32,
            GgmlType.F16,
            GgmlType.BF16,
            GgmlType.Q8_0,
            GgmlType.Q4_0,
            GgmlType.Q4_1,
            GgmlType.IQ4_NL,
            GgmlType.Q5_0,
            GgmlType.Q5_1);

    /** Flash attention ({@code enum llama_flash_attn_type}). */
    public enum FlashAttention {
        AUTO(-1),
        OFF(0),
        ON(1);

        final int nativeValue;

        FlashAttention(int nativeValue) {
            this.nativeValue = nativeValue;
        }
    }

    /** Embedding pooling ({@code enum llama_pooling_type}). */
    public enum Pooling {
        /** The model's own choice. */
        UNSPECIFIED(-1),
        /** One embedding per token. */
        NONE(0),
        MEAN(1),
        CLS(2),
        LAST(3),
        /** Reranking models' score. */
        RANK(4);

        final int nativeValue;

        Pooling(int nativeValue) {
            this.nativeValue = nativeValue;
        }

        /** The pooling of {@code enum llama_pooling_type} value {@code nativeValue}, as a context reports it. */
        static Pooling ofNative(int nativeValue) {
            for (Pooling p : values()) {
                if (p.nativeValue == nativeValue) {
                    return p;
                }
            }
            throw new IllegalStateException("llama.cpp reports an unknown pooling type " + nativeValue);
        }
    }

    public ContextParams {
        check(
                contextSize >= 0 && contextSize <= 1 << 24,
                "contextSize must be in [0, 16777216] (0 = the model's), was " + contextSize);
        check(batchSize >= 1, "batchSize must be >= 1, was " + batchSize);
        check(
                microBatchSize >= 1 && microBatchSize <= batchSize,
                "microBatchSize must be in [1, batchSize=" + batchSize + "], was " + microBatchSize);
        check(
                sequences >= 1 && sequences <= MAX_SEQUENCES,
                "sequences must be in [1, " + MAX_SEQUENCES + "], was " + sequences);
        check(threads >= 1 && threads <= 1024, "threads must be in [1, 1024], was " + threads);
        check(batchThreads >= 1 && batchThreads <= 1024, "batchThreads must be in [1, 1024], was " + batchThreads);
        Objects.requireNonNull(flashAttention, "flashAttention");
        Objects.requireNonNull(pooling, "pooling");
        check(KV_TYPES.contains(keyType), "keyType must be one of " + KV_TYPES + ", was " + keyType);
        check(KV_TYPES.contains(valueType), "valueType must be one of " + KV_TYPES + ", was " + valueType);
    }

    /**
     * These params as a native {@code llama_context_params}, allocated in {@code arena}: llama.cpp's
     * defaults ({@code llama_context_default_params()}) with every field this record holds set.
     */
    MemorySegment toNative(Arena arena) {
        MemorySegment p = llama_h.llama_context_default_params(arena);
        llama_context_params.n_ctx(p, contextSize);
        llama_context_params.n_batch(p, batchSize);
        llama_context_params.n_ubatch(p, microBatchSize);
        llama_context_params.n_seq_max(p, sequences);
        llama_context_params.n_threads(p, threads);
        llama_context_params.n_threads_batch(p, batchThreads);
        llama_context_params.flash_attn_type(p, flashAttention.nativeValue);
        llama_context_params.type_k(p, keyType.id());
        llama_context_params.type_v(p, valueType.id());
        llama_context_params.embeddings(p, embeddings);
        llama_context_params.pooling_type(p, pooling.nativeValue);
        llama_context_params.offload_kqv(p, offloadKqv);
        llama_context_params.no_perf(p, !performance);
        llama_context_params.kv_unified(p, kvUnified);
        return p;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public static ContextParams defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .contextSize(contextSize)
                .batchSize(batchSize)
                .microBatchSize(microBatchSize)
                .sequences(sequences)
                .threads(threads)
                .batchThreads(batchThreads)
                .flashAttention(flashAttention)
                .keyType(keyType)
                .valueType(valueType)
                .embeddings(embeddings)
                .pooling(pooling)
                .offloadKqv(offloadKqv)
                .performance(performance)
                .kvUnified(kvUnified);
    }

    public static final class Builder {
        private int contextSize = 512;
        private int batchSize = 2048;
        private int microBatchSize = -1; // unset: min(512, batchSize)
        private int sequences = 1;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchThreads = Runtime.getRuntime().availableProcessors();
        private FlashAttention flashAttention = FlashAttention.AUTO;
        private GgmlType keyType = GgmlType.F16;
        private GgmlType valueType = GgmlType.F16;
        private boolean embeddings;
        private Pooling pooling = Pooling.UNSPECIFIED;
        private boolean offloadKqv = true;
        private boolean performance;
        private boolean kvUnified;

        private Builder() {}

        public Builder contextSize(int contextSize) {
            this.contextSize = contextSize;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder microBatchSize(int microBatchSize) {
            this.microBatchSize = microBatchSize;
            return this;
        }

        public Builder sequences(int sequences) {
            this.sequences = sequences;
            return this;
        }

        /** Sets both {@code threads} and {@code batchThreads}. */
        public Builder threads(int threads) {
            this.threads = threads;
            this.batchThreads = threads;
            return this;
        }

        public Builder batchThreads(int batchThreads) {
            this.batchThreads = batchThreads;
            return this;
        }

        public Builder flashAttention(FlashAttention flashAttention) {
            this.flashAttention = flashAttention;
            return this;
        }

        public Builder keyType(GgmlType keyType) {
            this.keyType = keyType;
            return this;
        }

        public Builder valueType(GgmlType valueType) {
            this.valueType = valueType;
            return this;
        }

        public Builder embeddings(boolean embeddings) {
            this.embeddings = embeddings;
            return this;
        }

        public Builder pooling(Pooling pooling) {
            this.pooling = pooling;
            return this;
        }

        public Builder offloadKqv(boolean offloadKqv) {
            this.offloadKqv = offloadKqv;
            return this;
        }

        public Builder performance(boolean performance) {
            this.performance = performance;
            return this;
        }

        public Builder kvUnified(boolean kvUnified) {
            this.kvUnified = kvUnified;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public ContextParams build() {
            int micro = microBatchSize == -1 ? Math.min(512, batchSize) : microBatchSize;
            return new ContextParams(
                    contextSize,
                    batchSize,
                    micro,
                    sequences,
                    threads,
                    batchThreads,
                    flashAttention,
                    keyType,
                    valueType,
                    embeddings,
                    pooling,
                    offloadKqv,
                    performance,
                    kvUnified);
        }
    }
}
