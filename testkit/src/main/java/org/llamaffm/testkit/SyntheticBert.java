package org.llamaffm.testkit;

import static org.llamaffm.testkit.SyntheticWeights.constant;
import static org.llamaffm.testkit.SyntheticWeights.copyTokenizer;
import static org.llamaffm.testkit.SyntheticWeights.positive;
import static org.llamaffm.testkit.SyntheticWeights.tensor;
import static org.llamaffm.testkit.SyntheticWeights.tokenCount;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;

/**
 * Writes a small BERT-architecture GGUF model (llama.cpp's {@code bert}: an encoder with
 * bidirectional attention, learned positions, no KV cache) with seeded random weights and the
 * tokenizer of a real model (e.g. llama.cpp's {@code models/ggml-vocab-bert-bge.gguf}) — the shape
 * of sentence-embedding models such as bge or MiniLM. With {@link #classifier(List)} it also gets a
 * classification head ({@code cls}, {@code cls.output}) and pooling RANK: the shape of rerankers
 * such as bge-reranker. Like {@link SyntheticModel}, the same seed gives the same file and its
 * outputs mean nothing: it exists for tests and demos of {@link Embedder} without a download.
 *
 * <pre>{@code
 * SyntheticBert.of(Path.of("ggml-vocab-bert-bge.gguf")).classifier(List.of()).write(Path.of("reranker.gguf"));
 * }</pre>
 */
public final class SyntheticBert {

    private final Path vocabFile;
    private int layers = 2;
    private int embedding = 64;
    private int feedForward = 128;
    private int heads = 4;
    private int contextLength = 512;
    /** What a model can declare in {@code bert.pooling_type}, in the order of llama.cpp's {@code llama_pooling_type}. */
    public enum Pooling {
        NONE,
        MEAN,
        CLS,
        LAST,
        RANK
    }

    private Pooling pooling;
    private List<String> classifierLabels;
    private String rerankTemplate;
    private long seed = 42;

    private SyntheticBert(Path vocabFile) {
        this.vocabFile = Objects.requireNonNull(vocabFile, "vocabFile");
    }

    /** A BERT model with the tokenizer of {@code vocabFile}; defaults: 2 layers, 64 wide, 4 heads, CLS pooling. */
    public static SyntheticBert of(Path vocabFile) {
        return new SyntheticBert(vocabFile);
    }

    public SyntheticBert layers(int layers) {
        this.layers = positive(layers, "layers");
        return this;
    }

    /** Embedding width; a multiple of the head count. */
    public SyntheticBert embedding(int embedding) {
        this.embedding = positive(embedding, "embedding");
        return this;
    }

    public SyntheticBert feedForward(int feedForward) {
        this.feedForward = positive(feedForward, "feedForward");
        return this;
    }

    public SyntheticBert heads(int heads) {
        this.heads = positive(heads, "heads");
        return this;
    }

    /** The trained context length, and so the number of learned positions. */
    public SyntheticBert contextLength(int contextLength) {
        this.contextLength = positive(contextLength, "contextLength");
        return this;
    }

    /** The pooling the model declares ({@code bert.pooling_type}); default CLS, RANK with a classifier. */
    public SyntheticBert pooling(Pooling pooling) {
        this.pooling = Objects.requireNonNull(pooling, "pooling");
        return this;
    }

    /**
     * Adds a classification head: {@code cls} (a dense layer with tanh) and {@code cls.output}
     * with one output per label, or one unnamed output (a reranker's score) when {@code labels} is
     * empty.
     */
    public SyntheticBert classifier(List<String> labels) {
        this.classifierLabels = List.copyOf(labels);
        return this;
    }

    /**
     * A rerank prompt template ({@code tokenizer.chat_template.rerank}, as Qwen3-Reranker's GGUF
     * files have), with {@code {query}} and {@code {document}} where the pair goes.
     */
    public SyntheticBert rerankTemplate(String template) {
        this.rerankTemplate = Objects.requireNonNull(template, "template");
        return this;
    }

    public SyntheticBert seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Writes the model.
     *
     * @throws GgufException when the vocab file is not a valid GGUF file with a tokenizer
     */
    public void write(Path file) {
        if (embedding % heads != 0) {
            throw new IllegalArgumentException(
                    "embedding (" + embedding + ") must be a multiple of heads (" + heads + ")");
        }
        GgufFile vocab = Gguf.read(vocabFile);
        long vocabSize = tokenCount(vocabFile, vocab);
        long tokenTypes = vocab.getLong("tokenizer.ggml.token_type_count").orElse(0L);
        Pooling declared = pooling != null ? pooling : classifierLabels != null ? Pooling.RANK : Pooling.CLS;
        GgufWriter writer = Gguf.writer()
                .put("general.architecture", GgufValue.ofString("bert"))
                .put(
                        "general.name",
                        GgufValue.ofString("llama-ffm synthetic BERT "
                                + (classifierLabels != null ? "reranker" : "embedding model")
                                + " (random weights, seed " + seed + ")"))
                .put("general.file_type", GgufValue.ofUint32(0))
                .put("bert.context_length", GgufValue.ofUint32(contextLength))
                .put("bert.embedding_length", GgufValue.ofUint32(embedding))
                .put("bert.feed_forward_length", GgufValue.ofUint32(feedForward))
                .put("bert.block_count", GgufValue.ofUint32(layers))
                .put("bert.attention.head_count", GgufValue.ofUint32(heads))
                .put("bert.attention.layer_norm_epsilon", GgufValue.ofFloat32(1e-12f))
                .put("bert.attention.causal", GgufValue.ofBool(false))
                .put("bert.pooling_type", GgufValue.ofUint32(declared.ordinal()));
        if (classifierLabels != null && !classifierLabels.isEmpty()) {
            writer.put("bert.classifier.output_labels", GgufValue.ofStrings(classifierLabels));
        }
        copyTokenizer(vocab, writer);
        if (rerankTemplate != null) {
            writer.put("tokenizer.chat_template.rerank", GgufValue.ofString(rerankTemplate));
        }
        if (tokenTypes == 0) {
            // llama.cpp's BERT needs the token type count; BERT vocabularies declare 2 (sentence A and B)
            writer.put("tokenizer.ggml.token_type_count", GgufValue.ofUint32(2));
            tokenTypes = 2;
        }
        SplittableRandom random = new SplittableRandom(seed);
        matrix(writer, random, "token_embd.weight", embedding, vocabSize);
        matrix(writer, random, "token_types.weight", embedding, tokenTypes);
        matrix(writer, random, "position_embd.weight", embedding, contextLength);
        norm(writer, "token_embd_norm", embedding);
        for (int i = 0; i < layers; i++) {
            String blk = "blk." + i + ".";
            linear(writer, random, blk + "attn_q", embedding, embedding);
            linear(writer, random, blk + "attn_k", embedding, embedding);
            linear(writer, random, blk + "attn_v", embedding, embedding);
            linear(writer, random, blk + "attn_output", embedding, embedding);
            norm(writer, blk + "attn_output_norm", embedding);
            linear(writer, random, blk + "ffn_up", embedding, feedForward);
            linear(writer, random, blk + "ffn_down", feedForward, embedding);
            norm(writer, blk + "layer_output_norm", embedding);
        }
        if (classifierLabels != null) {
            linear(writer, random, "cls", embedding, embedding);
            linear(writer, random, "cls.output", embedding, Math.max(1, classifierLabels.size()));
        }
        writer.write(file);
    }

    /** A layer norm: weight 1, bias 0. */
    private static void norm(GgufWriter writer, String name, long width) {
        constant(writer, name + ".weight", width, 1.0f);
        constant(writer, name + ".bias", width, 0.0f);
    }

    /** A dense layer: weight and bias, both random. */
    private static void linear(GgufWriter writer, SplittableRandom random, String name, long columns, long rows) {
        matrix(writer, random, name + ".weight", columns, rows);
        tensor(writer, random, GgmlType.F32, name + ".bias", new long[] {rows}, 0.1f);
    }

    private static void matrix(GgufWriter writer, SplittableRandom random, String name, long columns, long rows) {
        SyntheticWeights.matrix(writer, random, GgmlType.F32, name, columns, rows);
    }
}
