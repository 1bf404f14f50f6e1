package org.llamaffm.testkit;

import static org.llamaffm.testkit.SyntheticWeights.copyTokenizer;
import static org.llamaffm.testkit.SyntheticWeights.positive;
import static org.llamaffm.testkit.SyntheticWeights.tokenCount;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;

/**
 * Writes a small llama-architecture GGUF model with seeded random weights and the tokenizer of a
 * real model (copied from a GGUF file, e.g. one of llama.cpp's {@code models/ggml-vocab-*.gguf}).
 * It runs like any llama model — the same seed gives the same file, byte for byte — but its text
 * is meaningless: it exists for tests, benchmarks of the pipeline and demos without a download.
 *
 * <pre>{@code
 * SyntheticModel.llama(Path.of("ggml-vocab-llama-spm.gguf")).layers(2).seed(7).write(Path.of("tiny.gguf"));
 * }</pre>
 */
public final class SyntheticModel {

    private final Path vocabFile;
    private int layers = 1;
    private int embedding = 64;
    private int feedForward = 128;
    private int heads = 4;
    private int kvHeads = 4;
    private int contextLength = 512;
    private GgmlType weightType = GgmlType.F32;
    private final Map<String, GgmlType> storedAs = new HashMap<>();
    private long seed = 42;
    private final java.util.SequencedMap<String, GgufValue> extra = new java.util.LinkedHashMap<>();

    private SyntheticModel(Path vocabFile) {
        this.vocabFile = Objects.requireNonNull(vocabFile, "vocabFile");
    }

    /** A llama model with the tokenizer of {@code vocabFile}; defaults: 1 layer, 64 wide, 4 heads, F32, seed 42. */
    public static SyntheticModel llama(Path vocabFile) {
        return new SyntheticModel(vocabFile);
    }

    public SyntheticModel layers(int layers) {
        this.layers = positive(layers, "layers");
        return this;
    }

    /** Embedding width; a multiple of the head count. */
    public SyntheticModel embedding(int embedding) {
        this.embedding = positive(embedding, "embedding");
        return this;
    }

    public SyntheticModel feedForward(int feedForward) {
        this.feedForward = positive(feedForward, "feedForward");
        return this;
    }

    /** Attention heads and key/value heads (grouped-query attention when fewer); heads % kvHeads == 0. */
    public SyntheticModel heads(int heads, int kvHeads) {
        this.heads = positive(heads, "heads");
        this.kvHeads = positive(kvHeads, "kvHeads");
        return this;
    }

    /** The trained context length the model declares. */
    public SyntheticModel contextLength(int contextLength) {
        this.contextLength = positive(contextLength, "contextLength");
        return this;
    }

    /** F32 or F16 for the matrices (norms stay F32). */
    /**
     * Stores one tensor (e.g. {@code "blk.0.attn_norm.weight"}) as {@code type}: F32, F16, I8 or I32,
     * whatever llama.cpp's kernels make of it (an F16 norm weight or an I8 matrix loads, then aborts
     * llama.cpp's CPU kernels at the first decode): for tests of what the validator cannot see.
     */
    public SyntheticModel storeAs(String tensor, GgmlType type) {
        if (type != GgmlType.F32 && type != GgmlType.F16 && type != GgmlType.I8 && type != GgmlType.I32) {
            throw new IllegalArgumentException("a tensor can be stored as F32, F16, I8 or I32, not " + type);
        }
        storedAs.put(Objects.requireNonNull(tensor, "tensor"), type);
        return this;
    }

    public SyntheticModel weightType(GgmlType weightType) {
        if (weightType != GgmlType.F32 && weightType != GgmlType.F16) {
            throw new IllegalArgumentException("weightType must be F32 or F16, was " + weightType);
        }
        this.weightType = weightType;
        return this;
    }

    public SyntheticModel seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** One more metadata key/value (e.g. a chat template), written after the tokenizer's; replaces a key of the same name. */
    public SyntheticModel metadata(String key, GgufValue value) {
        extra.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Writes the model.
     *
     * @throws GgufException when the vocab file is not a valid GGUF file with a tokenizer
     */
    public void write(Path file) {
        if (embedding % heads != 0 || heads % kvHeads != 0) {
            throw new IllegalArgumentException("embedding (" + embedding + ") must be a multiple of heads (" + heads
                    + ") and heads a multiple of kvHeads (" + kvHeads + ")");
        }
        GgufFile vocab = Gguf.read(vocabFile);
        long vocabSize = tokenCount(vocabFile, vocab);
        int headDim = embedding / heads;
        int kvWidth = headDim * kvHeads;

        GgufWriter writer = Gguf.writer()
                .put("general.architecture", GgufValue.ofString("llama"))
                .put(
                        "general.name",
                        GgufValue.ofString("llama-ffm synthetic model (random weights, seed " + seed + ")"))
                .put("general.file_type", GgufValue.ofUint32(weightType == GgmlType.F16 ? 1 : 0))
                .put("llama.context_length", GgufValue.ofUint32(contextLength))
                .put("llama.embedding_length", GgufValue.ofUint32(embedding))
                .put("llama.feed_forward_length", GgufValue.ofUint32(feedForward))
                .put("llama.block_count", GgufValue.ofUint32(layers))
                .put("llama.attention.head_count", GgufValue.ofUint32(heads))
                .put("llama.attention.head_count_kv", GgufValue.ofUint32(kvHeads))
                .put("llama.rope.dimension_count", GgufValue.ofUint32(headDim))
                .put("llama.attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(1e-5f))
                .put("llama.vocab_size", GgufValue.ofUint32(vocabSize));
        copyTokenizer(vocab, writer);
        extra.forEach(writer::put);
        SplittableRandom random = new SplittableRandom(seed);
        matrix(writer, random, "token_embd.weight", embedding, vocabSize);
        norm(writer, "output_norm.weight", embedding);
        for (int i = 0; i < layers; i++) {
            String blk = "blk." + i + ".";
            norm(writer, blk + "attn_norm.weight", embedding);
            matrix(writer, random, blk + "attn_q.weight", embedding, embedding);
            matrix(writer, random, blk + "attn_k.weight", embedding, kvWidth);
            matrix(writer, random, blk + "attn_v.weight", embedding, kvWidth);
            matrix(writer, random, blk + "attn_output.weight", embedding, embedding);
            norm(writer, blk + "ffn_norm.weight", embedding);
            matrix(writer, random, blk + "ffn_gate.weight", embedding, feedForward);
            matrix(writer, random, blk + "ffn_down.weight", feedForward, embedding);
            matrix(writer, random, blk + "ffn_up.weight", embedding, feedForward);
        }
        writer.write(file);
    }

    private void norm(GgufWriter writer, String name, long width) {
        SyntheticWeights.constant(writer, name, storedAs.getOrDefault(name, GgmlType.F32), width, 1.0f);
    }

    private void matrix(GgufWriter writer, SplittableRandom random, String name, long columns, long rows) {
        SyntheticWeights.matrix(writer, random, storedAs.getOrDefault(name, weightType), name, columns, rows);
    }
}
