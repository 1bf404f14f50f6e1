package org.llamaffm.embed;

import org.llamaffm.internal.Internals;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextException;
import org.llamaffm.ContextParams;
import org.llamaffm.DecodeException;
import org.llamaffm.EmbeddingException;
import org.llamaffm.Model;
import org.llamaffm.Vocab;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufTensorInfo;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;

/**
 * Embeddings and reranking scores of a model: text in, vectors (or scores) out, many inputs per
 * decode. It computes what llama.cpp's {@code llama-embedding} computes, the same way: each input
 * its own sequence, as many inputs in one decode as fit ({@link EmbeddingParams#batchSize()} tokens,
 * {@link EmbeddingParams#sequences()} inputs), the memory cleared before each decode, pooling by
 * llama.cpp, then {@link Normalization} (euclidean by default).
 *
 * <pre>{@code
 * try (Model model = Model.load(Path.of("bge-small-en-v1.5-f16.gguf"));
 *         Embedder embedder = Embedder.open(model)) {              // the model's pooling (CLS here)
 *     List<float[]> vectors = embedder.embed(List.of("The sky is blue", "Das Meer ist blau"));
 *     float similarity = Embedder.cosineSimilarity(vectors.get(0), vectors.get(1));
 * }
 * try (Model model = Model.load(Path.of("bge-reranker-v2-m3-f16.gguf"));
 *         Embedder reranker = Embedder.open(model, EmbeddingParams.builder().pooling(Pooling.RANK).build())) {
 *     float[] scores = reranker.rerank("what is a panda?", List.of("hi", "The giant panda is a bear."));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Pooling MEAN, CLS or LAST: one vector per input ({@link #embed}); NONE: one per token
 *       ({@link #embedTokens}); RANK: the classification head's outputs ({@link #rerank},
 *       {@link #classify}), which need a model that has one (rerankers such as bge-reranker,
 *       jina-reranker, Qwen3-Reranker) — any other model is refused with
 *       {@link EmbeddingException.Reason#NOT_A_RERANKER}.</li>
 *   <li>Inputs are checked before any native call: empty inputs, inputs longer than one decode
 *       takes ({@link #maxInputTokens()}) and token ids out of range fail with a typed exception
 *       naming the input, and nothing is computed.</li>
 *   <li>Used by one thread at a time (it owns one {@link Context}); {@link #abort()} may be called
 *       from any thread.</li>
 * </ul>
 */
public final class Embedder implements AutoCloseable {

    private final Model model;
    private final EmbeddingParams params;
    private final Context context;
    private final Batch batch;
    private final Pooling pooling;
    /** Most tokens one decode takes, and most tokens of one input. */
    private final int decodeTokens;
    private final int maxInputTokens;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The batch is filled before the context's own one-thread check: a second thread is refused here first. */
    private final ReentrantLock lock = new ReentrantLock();

    private Embedder(Model model, EmbeddingParams params, Context context) {
        this.model = model;
        this.params = params;
        this.context = context;
        this.pooling = context.pooling();
        // a pooled sequence must lie in one micro-batch (llama.cpp pools per micro-batch), and an encoder
        // computes a decode in one micro-batch: one decode is at most one micro-batch
        this.decodeTokens = Math.min(context.contextSize(), Math.min(context.batchSize(), context.microBatchSize()));
        int trained = model.trainedContextLength();
        // encoders (BERT...) have learned position embeddings: past the trained length there are none
        this.maxInputTokens = !Internals.root().hasMemory(context) && trained > 0 ? Math.min(decodeTokens, trained) : decodeTokens;
        this.batch = new Batch(decodeTokens);
    }

    /** An embedder with {@link EmbeddingParams#defaults()}: the model's pooling, euclidean normalization. */
    public static Embedder open(Model model) {
        return open(model, EmbeddingParams.defaults());
    }

    /**
     * An embedder for {@code model} (which stays loaded until the embedder is closed); it creates
     * its own context.
     *
     * @throws EmbeddingException when the model cannot compute what is asked: an encoder-decoder
     *                            model, or pooling RANK on a model without a classification head
     * @throws ContextException   when llama.cpp cannot create the context
     */
    public static Embedder open(Model model, EmbeddingParams params) {
        Objects.requireNonNull(params, "params");
        MemorySegment handle = Internals.root().handle(model);
        if (llama_h.llama_model_has_encoder(handle) && llama_h.llama_model_has_decoder(handle)) {
            throw new EmbeddingException(EmbeddingException.Reason.UNSUPPORTED_MODEL, "model " + name(model)
                    + " is an encoder-decoder model: llama.cpp computes no embeddings with those");
        }
        if (params.pooling() == Pooling.RANK) {
            checkClassifier(model);
        }
        int trained = model.trainedContextLength();
        int tokens = params.batchSize() > 0 ? params.batchSize()
                : Math.min(EmbeddingParams.DEFAULT_BATCH_SIZE, trained > 0 ? trained : EmbeddingParams.DEFAULT_BATCH_SIZE);
        // llama-embedding's context: memory for one full batch, one micro-batch per batch, one KV buffer for all
        // sequences (see ContextParams.kvUnified: without it inputs of different lengths are pooled wrongly)
        ContextParams contextParams = ContextParams.builder().contextSize(tokens).batchSize(tokens).microBatchSize(tokens)
                .sequences(Math.min(params.sequences(), tokens)).threads(params.threads()).embeddings(true).pooling(params.pooling())
                .kvUnified(true).build();
        Context context = Context.create(model, contextParams);
        try {
            if (context.pooling() == Pooling.RANK && params.pooling() != Pooling.RANK) {
                checkClassifier(model); // the model's own pooling is RANK
            }
            return new Embedder(model, params, context);
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
            head = Gguf.read(model.file()).tensors().stream().map(GgufTensorInfo::name)
                    .anyMatch(n -> n.equals("cls.weight") || n.equals("cls.output.weight"));
        } catch (GgufException e) {
            // the file cannot be read again (e.g. opened through a descriptor): judge by the metadata
            head = model.metadata(arch + ".pooling_type").filter("4"::equals).isPresent()
                    || model.metadata(arch + ".classifier.output_labels").isPresent();
        }
        if (!head) {
            throw new EmbeddingException(EmbeddingException.Reason.NOT_A_RERANKER, "model " + name(model) + " (" + arch
                    + ") has no classification head (no cls or cls.output tensor): it cannot rerank or classify; use a "
                    + "reranking model (e.g. bge-reranker, jina-reranker, Qwen3-Reranker), or pooling MEAN, CLS or LAST "
                    + "for embeddings");
        }
    }

    private static String name(Model model) {
        return String.valueOf(model.file().getFileName());
    }

    public Model model() {
        return model;
    }

    public EmbeddingParams params() {
        return params;
    }

    /** The pooling in use: the one asked for, or the model's own (NONE when it declares none). */
    public Pooling pooling() {
        return pooling;
    }

    /** Floats per vector: the model's output width, or with RANK its number of classifier outputs. */
    public int dimensions() {
        MemorySegment handle = Internals.root().handle(model);
        return pooling == Pooling.RANK ? llama_h.llama_model_n_cls_out(handle) : llama_h.llama_model_n_embd_out(handle);
    }

    /** Most tokens one input may have (after tokenization, special tokens included). */
    public int maxInputTokens() {
        return maxInputTokens;
    }

    /** The classifier's output labels (its index where the model names none), as llama-embedding prints them. */
    public List<String> classifierLabels() {
        MemorySegment handle = Internals.root().handle(model);
        int n = llama_h.llama_model_n_cls_out(handle);
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String label = NativeSymbols.string(llama_h.llama_model_cls_label(handle, i));
            labels.add(label == null || label.isEmpty() ? String.valueOf(i) : label);
        }
        return List.copyOf(labels);
    }

    /** The tokens the embedder computes for {@code text} ({@link EmbeddingParams#addSpecial()}, {@code parseSpecial}). */
    public int[] tokenize(String text) {
        return model.vocab().tokenize(text, params.addSpecial(), params.parseSpecial());
    }

    /**
     * The embedding of {@code text}: one normalized vector of {@link #dimensions()} floats.
     *
     * @throws EmbeddingException when the pooling is NONE or RANK, the text is empty or too long
     */
    public float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }

    /** The embeddings of {@code texts}, in order; as many as fit share a decode. */
    public List<float[]> embed(List<String> texts) {
        requirePooled("embed");
        return first(outputs(tokenize(texts, "text"), "text"));
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
        return outputs(tokenize(texts, "text"), "text");
    }

    /** Per-token embeddings of the given tokens (pooling NONE). */
    public float[][] embedTokens(int[] tokenIds) {
        requirePerToken();
        return outputs(List.of(tokenIds)).getFirst();
    }

    /**
     * Reranking: the relevance score of each document for {@code query}, in the order of {@code
     * documents} (higher is more relevant; raw, not normalized: the first output of the model's
     * classification head, as llama-server's /rerank reports it). Each pair is formatted as
     * llama.cpp's llama-embedding does (see {@link #rerankInput}). Needs pooling RANK.
     *
     * @throws EmbeddingException when the pooling is not RANK, the query or a document is empty or
     *                            too long, or spells a special token while {@code parseSpecial} is off
     */
    public float[] rerank(String query, List<String> documents) {
        requireRank("rerank");
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
        List<float[][]> outputs = outputs(inputs, "document");
        float[] scores = new float[outputs.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = outputs.get(i)[0][0];
        }
        return scores;
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
        Vocab vocab = model.vocab();
        if (!params.parseSpecial()) {
            checkPlainText(query, "the query");
            checkPlainText(document, "the document");
        }
        String template = rerankTemplate();
        String prompt;
        if (template != null) {
            prompt = fill(template, query, document);
        } else {
            String eos = vocab.addsEos() && vocab.eos().isPresent() ? vocab.text(vocab.eos().getAsInt()) : "";
            String sep = llama_h.llama_vocab_get_add_sep(llama_h.llama_model_get_vocab(Internals.root().handle(model)))
                    && vocab.sep().isPresent() ? vocab.text(vocab.sep().getAsInt()) : "";
            if (eos.isEmpty() && sep.isEmpty()) {
                throw new EmbeddingException(EmbeddingException.Reason.NOT_A_RERANKER, "model " + name(model) + " has no "
                        + "rerank template and its vocabulary adds no EOS or SEP token: a query and a document cannot be "
                        + "told apart");
            }
            prompt = query + eos + sep + document;
        }
        return vocab.tokenize(prompt, params.addSpecial(), true);
    }

    private String rerankTemplate() {
        try (Arena arena = Arena.ofConfined()) {
            return NativeSymbols.string(llama_h.llama_model_chat_template(Internals.root().handle(model), arena.allocateFrom("rerank")));
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
        Vocab vocab = model.vocab();
        int[] plain = vocab.tokenize(text, false, false);
        int[] parsed = vocab.tokenize(text, false, true);
        if (!Arrays.equals(plain, parsed)) {
            String special = Arrays.stream(parsed).filter(t -> Arrays.stream(plain).noneMatch(p -> p == t)).boxed()
                    .findFirst().map(vocab::text).orElse("?");
            throw new EmbeddingException(EmbeddingException.Reason.SPECIAL_TOKEN_TEXT, what + " spells the special token "
                    + special + ", which reranking would read as a control token; remove it, or allow it with "
                    + "EmbeddingParams.parseSpecial(true)");
        }
    }

    /**
     * Classification (pooling RANK): all outputs of the model's classification head for {@code
     * text} (see {@link #classifierLabels()}), raw, not normalized.
     */
    public float[] classify(String text) {
        return classify(List.of(text)).getFirst();
    }

    /** {@link #classify(String)} for each of {@code texts}. */
    public List<float[]> classify(List<String> texts) {
        requireRank("classify");
        return first(outputs(tokenize(texts, "text"), "text"));
    }

    /**
     * The general form: for each input (token ids) the rows llama.cpp computes — one vector for
     * MEAN, CLS and LAST, one per token for NONE (normalized), the classifier outputs for RANK
     * (raw).
     *
     * @throws EmbeddingException       when an input is empty or longer than {@link #maxInputTokens()}
     * @throws IllegalArgumentException when a token id is out of the vocabulary's range
     */
    public List<float[][]> outputs(List<int[]> tokenIds) {
        return outputs(tokenIds, "input");
    }

    private List<float[][]> outputs(List<int[]> inputs, String what) {
        if (!lock.tryLock()) {
            throw new IllegalStateException("the embedder is in use by another thread: an embedder serves one thread at "
                    + "a time; give each thread its own");
        }
        try {
            checkOpen();
            return compute(inputs, what);
        } finally {
            lock.unlock();
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
                throw new EmbeddingException(EmbeddingException.Reason.INPUT_TOO_LONG, what + " " + i + " has "
                        + tokens.length + " tokens, more than " + limit() + ": shorten or split it");
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
        return "the " + decodeTokens + " one decode takes (raise EmbeddingParams.batchSize" + (params.batchSize() > 0
                ? ")" : ", " + decodeTokens + " by default)");
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

    private List<int[]> tokenize(List<String> texts, String what) {
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

    private static List<float[]> first(List<float[][]> rows) {
        List<float[]> vectors = new ArrayList<>(rows.size());
        for (float[][] r : rows) {
            vectors.add(r[0]);
        }
        return vectors;
    }

    private void requirePooled(String call) {
        if (pooling == Pooling.NONE) {
            throw new EmbeddingException(EmbeddingException.Reason.WRONG_POOLING, call + "() gives one vector per input, "
                    + "but this embedder's pooling is NONE (one vector per token): use embedTokens(), or open the "
                    + "embedder with pooling MEAN, CLS or LAST");
        }
        if (pooling == Pooling.RANK) {
            throw new EmbeddingException(EmbeddingException.Reason.WRONG_POOLING, call + "() gives embeddings, but this "
                    + "embedder's pooling is RANK (classifier scores): use rerank() or classify(), or open the embedder "
                    + "with pooling MEAN, CLS or LAST");
        }
    }

    private void requirePerToken() {
        if (pooling != Pooling.NONE) {
            throw new EmbeddingException(EmbeddingException.Reason.WRONG_POOLING, "embedTokens() gives one vector per "
                    + "token, but this embedder pools them (" + pooling + "): open it with pooling NONE");
        }
    }

    private void requireRank(String call) {
        if (pooling != Pooling.RANK) {
            throw new EmbeddingException(EmbeddingException.Reason.WRONG_POOLING, call + "() needs pooling RANK (a "
                    + "reranking or classification model), but this embedder's pooling is " + pooling + ": open it with "
                    + "EmbeddingParams.builder().pooling(Pooling.RANK)");
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
            return llama_ffm_shim_h.llama_ffm_embd_similarity_cos(arena.allocateFrom(JAVA_FLOAT, a),
                    arena.allocateFrom(JAVA_FLOAT, b), a.length);
        }
    }

    /** Stops the running computation from any thread: it ends with a {@link DecodeException} (ABORTED). */
    public void abort() {
        context.abort();
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the embedder is closed");
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Frees the context (and the model, if it was closed and this was its last user). Idempotent. */
    @Override
    public void close() {
        if (closed.get()) {
            return;
        }
        if (!lock.tryLock()) {
            throw new IllegalStateException("the embedder is in use by another thread: close it from that thread, or "
                    + "abort() and wait for the call to end");
        }
        try {
            if (closed.compareAndSet(false, true)) {
                try {
                    context.close();
                } finally {
                    batch.close();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
