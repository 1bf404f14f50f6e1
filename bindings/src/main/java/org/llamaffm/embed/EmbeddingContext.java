package org.llamaffm.embed;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.EmbeddingException;
import org.llamaffm.Model;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufTensorInfo;
import org.llamaffm.internal.Internals;
import org.llamaffm.internal.UseGuard;
import org.llamaffm.internal.ffi.llama_h;

/**
 * What an {@link Embedder} and a {@link Reranker} share: their own {@link Context}, its batch, and
 * llama-embedding's way of computing many inputs: each input its own sequence, as many inputs in one
 * decode as fit, the memory cleared before each decode, then the rows llama.cpp pooled (normalized,
 * except RANK's scores). Inputs are checked before any native call.
 */
final class EmbeddingContext implements AutoCloseable {

    private final Model model;
    private final EmbeddingParams params;
    private final Context context;
    private final Batch batch;
    private final Pooling pooling;
    /** Most tokens one decode takes, and most tokens of one input. */
    private final int decodeTokens;

    private final int maxInputTokens;
    /** The batch is filled before the context's own one-thread check: a second thread is refused here first. */
    private final UseGuard guard;

    private EmbeddingContext(Model model, EmbeddingParams params, Context context, UseGuard guard) {
        this.model = model;
        this.params = params;
        this.context = context;
        this.guard = guard;
        this.pooling = context.pooling();
        // a pooled sequence must lie in one micro-batch (llama.cpp pools per micro-batch), and an encoder
        // computes a decode in one micro-batch: one decode is at most one micro-batch
        this.decodeTokens = Math.min(context.contextSize(), Math.min(context.batchSize(), context.microBatchSize()));
        int trained = model.trainedContextLength();
        // encoders (BERT...) have learned position embeddings: past the trained length there are none
        this.maxInputTokens =
                !Internals.root().hasMemory(context) && trained > 0 ? Math.min(decodeTokens, trained) : decodeTokens;
        this.batch = new Batch(decodeTokens);
    }

    /**
     * Creates the context for {@code model} with {@code pooling} (in place of {@code params.pooling()});
     * {@code guard} names the owner in its messages.
     *
     * @throws EmbeddingException when the model cannot compute what is asked: an encoder-decoder
     *                            model, or pooling RANK on a model without a classification head
     * @throws org.llamaffm.ContextException when llama.cpp cannot create the context
     */
    static EmbeddingContext open(Model model, EmbeddingParams params, Pooling pooling, UseGuard guard) {
        MemorySegment handle = Internals.root().handle(model);
        if (llama_h.llama_model_has_encoder(handle) && llama_h.llama_model_has_decoder(handle)) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.UNSUPPORTED_MODEL,
                    "model " + name(model)
                            + " is an encoder-decoder model: llama.cpp computes no embeddings with those");
        }
        if (pooling == Pooling.RANK) {
            checkClassifier(model);
        }
        int trained = model.trainedContextLength();
        int tokens = params.batchSize() > 0
                ? params.batchSize()
                : Math.min(
                        EmbeddingParams.DEFAULT_BATCH_SIZE, trained > 0 ? trained : EmbeddingParams.DEFAULT_BATCH_SIZE);
        // llama-embedding's context: memory for one full batch, one micro-batch per batch, one KV buffer for all
        // sequences (see ContextParams.kvUnified: without it inputs of different lengths are pooled wrongly)
        ContextParams contextParams = ContextParams.builder()
                .contextSize(tokens)
                .batchSize(tokens)
                .microBatchSize(tokens)
                .sequences(Math.min(params.sequences(), tokens))
                .threads(params.threads())
                .embeddings(true)
                .pooling(pooling)
                .kvUnified(true)
                .build();
        Context context = Context.create(model, contextParams);
        try {
            return new EmbeddingContext(model, params, context, guard);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }

    /**
     * llama.cpp computes RANK pooling on any model, but without a classification head ({@code
     * cls}, {@code cls.output}) the "score" is just the first value of the first token's hidden
     * state: refused here. The head's tensors are in the file's tensor list (read in Java).
     */
    private static void checkClassifier(Model model) {
        String arch = model.metadata("general.architecture").orElse("unknown architecture");
        boolean head;
        try {
            head = Gguf.read(model.file()).tensors().stream()
                    .map(GgufTensorInfo::name)
                    .anyMatch(n -> n.equals("cls.weight") || n.equals("cls.output.weight"));
        } catch (GgufException e) {
            // the file cannot be read again (e.g. opened through a descriptor): judge by the metadata
            head = model.metadata(arch + ".pooling_type").filter("4"::equals).isPresent()
                    || model.metadata(arch + ".classifier.output_labels").isPresent();
        }
        if (!head) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.NOT_A_RERANKER,
                    "model " + name(model) + " (" + arch
                            + ") has no classification head (no cls or cls.output tensor): it cannot rerank or classify; use a "
                            + "reranking model (e.g. bge-reranker, jina-reranker, Qwen3-Reranker), or an Embedder (pooling MEAN, "
                            + "CLS or LAST) for embeddings");
        }
    }

    static String name(Model model) {
        return String.valueOf(model.file().getFileName());
    }

    Model model() {
        return model;
    }

    EmbeddingParams params() {
        return params;
    }

    /** The pooling llama.cpp resolved: the one asked for, or the model's own (NONE when it declares none). */
    Pooling pooling() {
        return pooling;
    }

    int maxInputTokens() {
        return maxInputTokens;
    }

    int[] tokenize(String text) {
        return model.vocab().tokenize(text, params.addSpecial(), params.parseSpecial());
    }

    /** The tokens of each text; {@code what} names an input in errors ("text 1 is empty"). */
    List<int[]> tokenize(List<String> texts, String what) {
        List<int[]> inputs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = Objects.requireNonNull(texts.get(i), what);
            if (text.isEmpty()) {
                throw new EmbeddingException(EmbeddingException.Reason.EMPTY_INPUT, what + " " + i + " is empty");
            }
            inputs.add(tokenize(text));
        }
        return inputs;
    }

    /**
     * For each input the rows llama.cpp computes: one per token for NONE, else one. {@code what}
     * names an input in errors ("input 1 has no tokens").
     */
    List<float[][]> outputs(List<int[]> inputs, String what) {
        guard.enter();
        try {
            return compute(inputs, what);
        } finally {
            guard.exit();
        }
    }

    private List<float[][]> compute(List<int[]> inputs, String what) {
        int vocabSize = model.vocab().size();
        for (int i = 0; i < inputs.size(); i++) {
            int[] tokens = inputs.get(i);
            if (tokens.length == 0) {
                throw new EmbeddingException(EmbeddingException.Reason.EMPTY_INPUT, what + " " + i + " has no tokens");
            }
            if (tokens.length > maxInputTokens) {
                throw new EmbeddingException(
                        EmbeddingException.Reason.INPUT_TOO_LONG,
                        what + " " + i + " has " + tokens.length + " tokens, more than " + limit()
                                + ": shorten or split it");
            }
            for (int j = 0; j < tokens.length; j++) {
                if (tokens[j] < 0 || tokens[j] >= vocabSize) {
                    throw new IllegalArgumentException(what + " " + i + " token " + j + " is " + tokens[j]
                            + ", out of the vocabulary's range [0, " + vocabSize + ")");
                }
            }
        }
        List<float[][]> results = new ArrayList<>(inputs.size());
        batch.clear();
        int first = 0;
        for (int k = 0; k < inputs.size(); k++) {
            int[] tokens = inputs.get(k);
            // pack as llama-embedding does: a new decode when the tokens or the sequences would not fit
            if (batch.size() + tokens.length > decodeTokens || k - first >= context.sequences()) {
                decode(inputs, first, k, results);
                first = k;
            }
            for (int j = 0; j < tokens.length; j++) {
                batch.add(tokens[j], j, true, k - first);
            }
        }
        decode(inputs, first, inputs.size(), results);
        return results;
    }

    private String limit() {
        if (maxInputTokens < decodeTokens) {
            return "the model's trained context of " + maxInputTokens + " tokens";
        }
        return "the " + decodeTokens + " one decode takes (raise EmbeddingParams.batchSize"
                + (params.batchSize() > 0 ? ")" : ", " + decodeTokens + " by default)");
    }

    /** Decodes inputs [from, to), which the batch holds, and appends their rows to {@code results}. */
    private void decode(List<int[]> inputs, int from, int to, List<float[][]> results) {
        if (from == to) {
            return;
        }
        context.memory().clear(); // each decode starts from an empty memory (positions start at 0 per input)
        context.decode(batch);
        int index = 0;
        for (int k = from; k < to; k++) {
            int n = inputs.get(k).length;
            float[][] rows;
            if (pooling == Pooling.NONE) {
                rows = new float[n][];
                for (int j = 0; j < n; j++) {
                    rows[j] = context.tokenEmbedding(index + j);
                }
            } else {
                rows = new float[][] {context.sequenceEmbedding(k - from)};
            }
            index += n;
            if (pooling != Pooling.RANK) {
                for (float[] row : rows) {
                    params.normalization().applyInPlace(row);
                }
            }
            results.add(rows);
        }
        batch.clear();
    }

    /** The one row of each input (pooled inputs have one). */
    static List<float[]> first(List<float[][]> rows) {
        List<float[]> vectors = new ArrayList<>(rows.size());
        for (float[][] r : rows) {
            vectors.add(r[0]);
        }
        return vectors;
    }

    void abort() {
        context.abort();
    }

    boolean isClosed() {
        return guard.isClosed();
    }

    /** Frees the context (and the model, if it was closed and this was its last user). Idempotent. */
    @Override
    public void close() {
        guard.close(() -> {
            try {
                context.close();
            } finally {
                batch.close();
            }
        });
    }
}
