package org.llamaffm;

/**
 * Embeddings or reranking scores cannot be computed as asked; {@link #reason()} says why and the
 * message says what to change.
 */
public final class EmbeddingException extends LlamaException {

    /** Why embeddings or scores could not be computed. */
    public enum Reason {
        /** The model cannot produce embeddings this way (e.g. an encoder-decoder model). */
        UNSUPPORTED_MODEL,
        /** Reranking or classification was asked of a model without a classification head. */
        NOT_A_RERANKER,
        /** The call needs another pooling than the one the embedder or context uses (e.g. per-token vs pooled). */
        WRONG_POOLING,
        /** The context was created without {@code embeddings(true)}. */
        EMBEDDINGS_DISABLED,
        /** An input is empty (no text, or no tokens). */
        EMPTY_INPUT,
        /** An input has more tokens than one decode can take. */
        INPUT_TOO_LONG,
        /** An input spells a special token (e.g. {@code <|im_end|>}) while special-token parsing is off. */
        SPECIAL_TOKEN_TEXT,
        /** The last decode computed no embedding for the sequence or token asked for. */
        NO_OUTPUT
    }

    private final Reason reason;

    public EmbeddingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
