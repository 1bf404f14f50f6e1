package org.llamaffm.embed;

import java.util.Objects;
import org.llamaffm.ContextParams;

/**
 * How an {@link Embedder} computes embeddings, or a {@link Reranker} scores.
 *
 * @param pooling       UNSPECIFIED (default): an embedder takes the model's own (NONE where it declares none), a
 *                      reranker RANK; MEAN, CLS, LAST: one vector per input; NONE: one vector per token; RANK: a
 *                      reranker's or classifier's scores, for a {@link Reranker} only (an Embedder refuses it)
 * @param normalization applied to every embedding (not to a Reranker's scores); default
 *                      {@link Normalization#EUCLIDEAN}, as llama.cpp's {@code llama-embedding}
 * @param batchSize     most tokens one decode takes, and so the most tokens of one input; several short inputs
 *                      share a decode. 0 (default): min(2048, the model's trained context)
 * @param sequences     most inputs in one decode, 1..256 (default 64; at most batchSize are used)
 * @param threads       CPU threads (default: all processors)
 * @param addSpecial    add the model's BOS/EOS/SEP tokens to each input, as its tokenizer says (default true)
 * @param parseSpecial  turn special-token text in an input into control tokens (default false: for text from
 *                      users; a reranking input that spells one, e.g. {@code <|im_end|>}, is refused)
 */
public record EmbeddingParams(
        ContextParams.Pooling pooling,
        Normalization normalization,
        int batchSize,
        int sequences,
        int threads,
        boolean addSpecial,
        boolean parseSpecial) {

    /** The default {@code batchSize} when the model's trained context is longer. */
    public static final int DEFAULT_BATCH_SIZE = 2048;

    public EmbeddingParams {
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(normalization, "normalization");
        if (batchSize < 0 || batchSize > 1 << 24) {
            throw new IllegalArgumentException("batchSize must be in [0, 16777216] (0 = automatic), was " + batchSize);
        }
        if (sequences < 1 || sequences > ContextParams.MAX_SEQUENCES) {
            throw new IllegalArgumentException(
                    "sequences must be in [1, " + ContextParams.MAX_SEQUENCES + "], was " + sequences);
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [1, 1024], was " + threads);
        }
    }

    public static EmbeddingParams defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .pooling(pooling)
                .normalization(normalization)
                .batchSize(batchSize)
                .sequences(sequences)
                .threads(threads)
                .addSpecial(addSpecial)
                .parseSpecial(parseSpecial);
    }

    public static final class Builder {
        private ContextParams.Pooling pooling = ContextParams.Pooling.UNSPECIFIED;
        private Normalization normalization = Normalization.EUCLIDEAN;
        private int batchSize;
        private int sequences = 64;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean addSpecial = true;
        private boolean parseSpecial;

        private Builder() {}

        public Builder pooling(ContextParams.Pooling pooling) {
            this.pooling = pooling;
            return this;
        }

        public Builder normalization(Normalization normalization) {
            this.normalization = normalization;
            return this;
        }

        /** llama.cpp's code: -1 none, 0 max-absolute (int16 range), 1 taxicab, 2 euclidean, p &gt; 2 p-norm. */
        public Builder normalization(int p) {
            this.normalization = Normalization.of(p);
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder sequences(int sequences) {
            this.sequences = sequences;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder addSpecial(boolean addSpecial) {
            this.addSpecial = addSpecial;
            return this;
        }

        public Builder parseSpecial(boolean parseSpecial) {
            this.parseSpecial = parseSpecial;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public EmbeddingParams build() {
            return new EmbeddingParams(pooling, normalization, batchSize, sequences, threads, addSpecial, parseSpecial);
        }
    }
}
