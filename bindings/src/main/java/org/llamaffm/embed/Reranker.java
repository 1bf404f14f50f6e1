package org.llamaffm.embed;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.llamaffm.Context;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.DecodeException;
import org.llamaffm.EmbeddingException;
import org.llamaffm.Model;
import org.llamaffm.Vocab;
import org.llamaffm.internal.Internals;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.UseGuard;
import org.llamaffm.internal.ffi.llama_h;

/**
 * Reranking and classification scores of a model with a classification head (pooling RANK):
 * rerankers such as bge-reranker, jina-reranker, Qwen3-Reranker, and sequence classifiers. It
 * computes what llama.cpp's {@code llama-embedding --pooling rank} computes, the same way and with
 * the same batching as an {@link Embedder}; the scores are raw, never normalized.
 *
 * <pre>{@code
 * try (Model model = Model.load(Path.of("bge-reranker-v2-m3-f16.gguf"));
 *         Reranker reranker = Reranker.open(model)) {
 *     float[] scores = reranker.rerank("what is a panda?", List.of("hi", "The giant panda is a bear."));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link #open} refuses a model without a classification head ({@code cls}, {@code
 *       cls.output}) with {@link EmbeddingException.Reason#NOT_A_RERANKER}: use an {@link Embedder}
 *       for embeddings.</li>
 *   <li>Inputs are checked before any native call, as an {@link Embedder}'s are.</li>
 *   <li>Used by one thread at a time (it owns one {@link Context}); {@link #abort()} may be called
 *       from any thread.</li>
 * </ul>
 */
public final class Reranker implements AutoCloseable {

    private final EmbeddingContext shared;

    private Reranker(EmbeddingContext shared) {
        this.shared = shared;
    }

    /** A reranker with {@link EmbeddingParams#defaults()}. */
    public static Reranker open(Model model) {
        return open(model, EmbeddingParams.defaults());
    }

    /**
     * A reranker for {@code model} (which stays loaded until the reranker is closed); it creates its
     * own context with pooling RANK. {@code params.pooling()} must be UNSPECIFIED or RANK, and its
     * normalization is not used (scores are raw).
     *
     * @throws EmbeddingException when the model has no classification head (NOT_A_RERANKER), is an
     *                            encoder-decoder model (UNSUPPORTED_MODEL), or another pooling is
     *                            asked for (WRONG_POOLING)
     * @throws org.llamaffm.ContextException when llama.cpp cannot create the context
     */
    public static Reranker open(Model model, EmbeddingParams params) {
        Objects.requireNonNull(params, "params");
        if (params.pooling() != Pooling.UNSPECIFIED && params.pooling() != Pooling.RANK) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.WRONG_POOLING,
                    "a reranker's pooling is RANK (the "
                            + "classification head's outputs), not " + params.pooling()
                            + ": leave EmbeddingParams.pooling "
                            + "UNSPECIFIED, or open an Embedder for pooling " + params.pooling());
        }
        return new Reranker(EmbeddingContext.open(
                model,
                params,
                Pooling.RANK,
                new UseGuard(
                        "reranker",
                        "a reranker serves one thread at a time; give each thread its own",
                        "close it from that thread, or abort() and wait for the call to end")));
    }

    public Model model() {
        return shared.model();
    }

    public EmbeddingParams params() {
        return shared.params();
    }

    /** Floats per classification: the number of classifier outputs ({@code llama_model_n_cls_out}; 1 for a reranker). */
    public int dimensions() {
        return llama_h.llama_model_n_cls_out(Internals.root().handle(shared.model()));
    }

    /** Most tokens one input (a query/document pair, or a text to classify) may have, special tokens included. */
    public int maxInputTokens() {
        return shared.maxInputTokens();
    }

    /** The classifier's output labels (its index where the model names none), as llama-embedding prints them. */
    public List<String> classifierLabels() {
        MemorySegment handle = Internals.root().handle(shared.model());
        int n = llama_h.llama_model_n_cls_out(handle);
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String label = NativeSymbols.string(llama_h.llama_model_cls_label(handle, i));
            labels.add(label == null || label.isEmpty() ? String.valueOf(i) : label);
        }
        return List.copyOf(labels);
    }

    /** The tokens {@link #classify} computes for {@code text} ({@link EmbeddingParams#addSpecial()}, {@code parseSpecial}). */
    public int[] tokenize(String text) {
        return shared.tokenize(text);
    }

    /**
     * Reranking: the relevance score of each document for {@code query}, in the order of {@code
     * documents} (higher is more relevant; raw, not normalized: the first output of the model's
     * classification head, as llama-server's /rerank reports it). Each pair is formatted as
     * llama.cpp's llama-embedding does (see {@link #rerankInput}).
     *
     * @throws EmbeddingException when the query or a document is empty or too long, or spells a
     *                            special token while {@code parseSpecial} is off
     */
    public float[] rerank(String query, List<String> documents) {
        Objects.requireNonNull(query, "query");
        if (query.isEmpty()) {
            throw new EmbeddingException(EmbeddingException.Reason.EMPTY_INPUT, "the query is empty");
        }
        List<int[]> inputs = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String document = Objects.requireNonNull(documents.get(i), "document");
            if (document.isEmpty()) {
                throw new EmbeddingException(EmbeddingException.Reason.EMPTY_INPUT, "document " + i + " is empty");
            }
            inputs.add(rerankInput(query, document));
        }
        List<float[][]> outputs = shared.outputs(inputs, "document");
        float[] scores = new float[outputs.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = outputs.get(i)[0][0];
        }
        return scores;
    }

    /**
     * The tokens {@link #rerank} decodes for {@code query} and {@code documents}: the sum of each pair's
     * {@link #rerankInput} length.
     */
    public int tokenCount(String query, List<String> documents) {
        int n = 0;
        for (String document : documents) {
            n += rerankInput(query, document).length;
        }
        return n;
    }

    /**
     * The tokens of one query/document pair, as llama.cpp's llama-embedding builds them: with the
     * model's "rerank" template ({@code tokenizer.chat_template.rerank}, e.g. Qwen3-Reranker's)
     * {@code {query}} and {@code {document}} are put into it; otherwise the pair is joined by the
     * vocabulary's EOS and/or SEP text, as far as it adds them (BERT-style: {@code [CLS] query
     * [SEP] document [SEP]}). Either way the result is tokenized with special-token parsing on
     * (the separators are special tokens), so the query and document themselves are first checked
     * not to spell a special token unless {@link EmbeddingParams#parseSpecial()} allows it.
     */
    public int[] rerankInput(String query, String document) {
        Model model = shared.model();
        Vocab vocab = model.vocab();
        if (!shared.params().parseSpecial()) {
            checkPlainText(query, "the query");
            checkPlainText(document, "the document");
        }
        String template = rerankTemplate();
        String prompt;
        if (template != null) {
            prompt = fill(template, query, document);
        } else {
            String eos = vocab.addsEos() && vocab.eos().isPresent()
                    ? vocab.text(vocab.eos().getAsInt())
                    : "";
            String sep = llama_h.llama_vocab_get_add_sep(llama_h.llama_model_get_vocab(
                                    Internals.root().handle(model)))
                            && vocab.sep().isPresent()
                    ? vocab.text(vocab.sep().getAsInt())
                    : "";
            if (eos.isEmpty() && sep.isEmpty()) {
                throw new EmbeddingException(
                        EmbeddingException.Reason.NOT_A_RERANKER,
                        "model "
                                + EmbeddingContext.name(model)
                                + " has no rerank template and its vocabulary adds no EOS or SEP "
                                + "token: a query and a document cannot be told apart");
            }
            prompt = query + eos + sep + document;
        }
        return vocab.tokenize(prompt, shared.params().addSpecial(), true);
    }

    private String rerankTemplate() {
        try (Arena arena = Arena.ofConfined()) {
            return NativeSymbols.string(llama_h.llama_model_chat_template(
                    Internals.root().handle(shared.model()), arena.allocateFrom("rerank")));
        }
    }

    /**
     * The template with {@code {query}} and {@code {document}} replaced, in one pass (llama.cpp
     * replaces one after the other, so a query that contains "{document}" would get the document
     * put into it; here text from the caller is never read as a placeholder).
     */
    private static String fill(String template, String query, String document) {
        StringBuilder out = new StringBuilder(template.length() + query.length() + document.length());
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("{query}", i)) {
                out.append(query);
                i += "{query}".length();
            } else if (template.startsWith("{document}", i)) {
                out.append(document);
                i += "{document}".length();
            } else {
                out.append(template.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Refuses text that special-token parsing would turn into a control token (the separators need parsing on). */
    private void checkPlainText(String text, String what) {
        Vocab vocab = shared.model().vocab();
        int[] plain = vocab.tokenize(text, false, false);
        int[] parsed = vocab.tokenize(text, false, true);
        if (!Arrays.equals(plain, parsed)) {
            String special = Arrays.stream(parsed)
                    .filter(t -> Arrays.stream(plain).noneMatch(p -> p == t))
                    .boxed()
                    .findFirst()
                    .map(vocab::text)
                    .orElse("?");
            throw new EmbeddingException(
                    EmbeddingException.Reason.SPECIAL_TOKEN_TEXT,
                    what + " spells the special token "
                            + special + ", which reranking would read as a control token; remove it, or allow it with "
                            + "EmbeddingParams.parseSpecial(true)");
        }
    }

    /**
     * Classification: all outputs of the model's classification head for {@code text} (see
     * {@link #classifierLabels()}), raw, not normalized.
     *
     * @throws EmbeddingException when the text is empty or too long
     */
    public float[] classify(String text) {
        return classify(List.of(text)).getFirst();
    }

    /** {@link #classify(String)} for each of {@code texts}. */
    public List<float[]> classify(List<String> texts) {
        return EmbeddingContext.first(shared.outputs(shared.tokenize(texts, "text"), "text"));
    }

    /**
     * The general form: for each input (token ids, e.g. a {@link #rerankInput}) the classifier's
     * {@link #dimensions()} outputs, raw.
     *
     * @throws EmbeddingException       when an input is empty or longer than {@link #maxInputTokens()}
     * @throws IllegalArgumentException when a token id is out of the vocabulary's range
     */
    public List<float[]> outputs(List<int[]> tokenIds) {
        return EmbeddingContext.first(shared.outputs(tokenIds, "input"));
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
