package org.llamaffm.embed;

import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Objects;
import org.llamaffm.Context;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.DecodeException;
import org.llamaffm.EmbeddingException;
import org.llamaffm.Model;
import org.llamaffm.internal.Internals;
import org.llamaffm.internal.UseGuard;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;

/**
 * Embeddings of a model: text in, vectors out, many inputs per decode. It computes what llama.cpp's
 * {@code llama-embedding} computes, the same way: each input its own sequence, as many inputs in one
 * decode as fit ({@link EmbeddingParams#batchSize()} tokens, {@link EmbeddingParams#sequences()}
 * inputs), the memory cleared before each decode, pooling by llama.cpp, then {@link Normalization}
 * (euclidean by default). Reranking and classification scores (pooling RANK) are a {@link Reranker}'s.
 *
 * <pre>{@code
 * try (Model model = Model.load(Path.of("bge-small-en-v1.5-f16.gguf"));
 *         Embedder embedder = Embedder.open(model)) {              // the model's pooling (CLS here)
 *     List<float[]> vectors = embedder.embed(List.of("The sky is blue", "Das Meer ist blau"));
 *     float similarity = Embedder.cosineSimilarity(vectors.get(0), vectors.get(1));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Pooling MEAN, CLS or LAST: one vector per input ({@link #embed}); NONE: one per token
 *       ({@link #embedTokens}). RANK is refused at {@link #open} with
 *       {@link EmbeddingException.Reason#WRONG_POOLING}: open such a model as a {@link Reranker}.</li>
 *   <li>Inputs are checked before any native call: empty inputs, inputs longer than one decode
 *       takes ({@link #maxInputTokens()}) and token ids out of range fail with a typed exception
 *       naming the input, and nothing is computed.</li>
 *   <li>Used by one thread at a time (it owns one {@link Context}); {@link #abort()} may be called
 *       from any thread.</li>
 * </ul>
 */
public final class Embedder implements AutoCloseable {

    private static final String USE_A_RERANKER = ": open the model as a Reranker (Reranker.open) to rerank() or "
            + "classify(), or the embedder with pooling MEAN, CLS, LAST or NONE";

    private final EmbeddingContext shared;

    private Embedder(EmbeddingContext shared) {
        this.shared = shared;
    }

    /** An embedder with {@link EmbeddingParams#defaults()}: the model's pooling, euclidean normalization. */
    public static Embedder open(Model model) {
        return open(model, EmbeddingParams.defaults());
    }

    /**
     * An embedder for {@code model} (which stays loaded until the embedder is closed); it creates
     * its own context.
     *
     * @throws EmbeddingException when the model cannot compute embeddings: an encoder-decoder model,
     *                            or pooling RANK, asked for or the model's own (WRONG_POOLING: a
     *                            {@link Reranker} computes those scores)
     * @throws org.llamaffm.ContextException when llama.cpp cannot create the context
     */
    public static Embedder open(Model model, EmbeddingParams params) {
        Objects.requireNonNull(params, "params");
        if (params.pooling() == Pooling.RANK) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.WRONG_POOLING,
                    "the pooling asked for is RANK (classifier scores), not embeddings" + USE_A_RERANKER);
        }
        EmbeddingContext shared = EmbeddingContext.open(
                model,
                params,
                params.pooling(),
                new UseGuard(
                        "embedder",
                        "an embedder serves one thread at a time; give each thread its own",
                        "close it from that thread, or abort() and wait for the call to end"));
        if (shared.pooling() == Pooling.RANK) {
            shared.close();
            throw new EmbeddingException(
                    EmbeddingException.Reason.WRONG_POOLING,
                    "model "
                            + EmbeddingContext.name(model)
                            + "'s own pooling is RANK (classifier scores), not embeddings"
                            + USE_A_RERANKER);
        }
        return new Embedder(shared);
    }

    public Model model() {
        return shared.model();
    }

    public EmbeddingParams params() {
        return shared.params();
    }

    /** The pooling in use: the one asked for, or the model's own (NONE when it declares none); never RANK. */
    public Pooling pooling() {
        return shared.pooling();
    }

    /** Floats per vector: the model's output width ({@code llama_model_n_embd_out}). */
    public int dimensions() {
        return llama_h.llama_model_n_embd_out(Internals.root().handle(shared.model()));
    }

    /** Most tokens one input may have (after tokenization, special tokens included). */
    public int maxInputTokens() {
        return shared.maxInputTokens();
    }

    /** The tokens the embedder computes for {@code text} ({@link EmbeddingParams#addSpecial()}, {@code parseSpecial}). */
    public int[] tokenize(String text) {
        return shared.tokenize(text);
    }

    /**
     * The embedding of {@code text}: one normalized vector of {@link #dimensions()} floats.
     *
     * @throws EmbeddingException when the pooling is NONE, the text is empty or too long
     */
    public float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }

    /** The embeddings of {@code texts}, in order; as many as fit share a decode. */
    public List<float[]> embed(List<String> texts) {
        requirePooled("embed");
        return EmbeddingContext.first(shared.outputs(shared.tokenize(texts, "text"), "text"));
    }

    /** The tokens {@link #embed(List)} decodes for {@code texts}: the sum of their {@link #tokenize} lengths. */
    public int tokenCount(List<String> texts) {
        int n = 0;
        for (String text : texts) {
            n += tokenize(text).length;
        }
        return n;
    }

    /** The embedding of the given tokens (ids of this model's vocabulary, BOS/EOS as the caller wants them). */
    public float[] embed(int[] tokenIds) {
        requirePooled("embed");
        return outputs(List.of(tokenIds)).getFirst()[0];
    }

    /**
     * One normalized embedding per token of {@code text} (pooling NONE), rows in the order of
     * {@link #tokenize(String)}.
     */
    public float[][] embedTokens(String text) {
        return embedTokens(List.of(text)).getFirst();
    }

    /** Per-token embeddings of each of {@code texts} (pooling NONE). */
    public List<float[][]> embedTokens(List<String> texts) {
        requirePerToken();
        return shared.outputs(shared.tokenize(texts, "text"), "text");
    }

    /** Per-token embeddings of the given tokens (pooling NONE). */
    public float[][] embedTokens(int[] tokenIds) {
        requirePerToken();
        return outputs(List.of(tokenIds)).getFirst();
    }

    /**
     * The general form: for each input (token ids) the normalized rows llama.cpp computes — one
     * vector for MEAN, CLS and LAST, one per token for NONE.
     *
     * @throws EmbeddingException       when an input is empty or longer than {@link #maxInputTokens()}
     * @throws IllegalArgumentException when a token id is out of the vocabulary's range
     */
    public List<float[][]> outputs(List<int[]> tokenIds) {
        return shared.outputs(tokenIds, "input");
    }

    private void requirePooled(String call) {
        if (shared.pooling() == Pooling.NONE) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.WRONG_POOLING,
                    call + "() gives one vector per input, "
                            + "but this embedder's pooling is NONE (one vector per token): use embedTokens(), or open the "
                            + "embedder with pooling MEAN, CLS or LAST");
        }
    }

    private void requirePerToken() {
        if (shared.pooling() != Pooling.NONE) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.WRONG_POOLING,
                    "embedTokens() gives one vector per token, but this embedder pools them (" + shared.pooling()
                            + "): open it with pooling NONE");
        }
    }

    /**
     * Cosine similarity of two embeddings of the same width (llama.cpp's {@code
     * common_embd_similarity_cos}): 1 for two zero vectors, 0 when only one is zero. For
     * euclidean-normalized vectors it equals their dot product.
     */
    public static float cosineSimilarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the vectors differ in width: " + a.length + " and " + b.length);
        }
        try (Arena arena = Arena.ofConfined()) {
            return llama_ffm_shim_h.llama_ffm_embd_similarity_cos(
                    arena.allocateFrom(JAVA_FLOAT, a), arena.allocateFrom(JAVA_FLOAT, b), a.length);
        }
    }

    /** Stops the running computation from any thread: it ends with a {@link DecodeException} (ABORTED). */
    public void abort() {
        shared.abort();
    }

    public boolean isClosed() {
        return shared.isClosed();
    }

    /** Frees the context (and the model, if it was closed and this was its last user). Idempotent. */
    @Override
    public void close() {
        shared.close();
    }
}
