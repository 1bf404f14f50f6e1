package org.llamaffm.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;
import org.llamaffm.testkit.LlamaCppSource;

/**
 * Metadata of a small, consistent model of each architecture the validator knows, with a real
 * tokenizer copied from llama.cpp's vocab files, and one placeholder tensor (so the validator
 * treats the file as a model, not a vocabulary): the base that each rule's test breaks in one key.
 */
final class ArchFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ArchFixtures() {}

    /** The hyperparameters of a valid {@code arch} model (keys without the {@code <arch>.} prefix). */
    static Map<String, GgufValue> base(String arch) {
        Map<String, GgufValue> keys = new LinkedHashMap<>();
        keys.put("context_length", GgufValue.ofUint32(512));
        keys.put("embedding_length", GgufValue.ofUint32(64));
        keys.put("feed_forward_length", GgufValue.ofUint32(128));
        keys.put("block_count", GgufValue.ofUint32(2));
        keys.put("attention.head_count", GgufValue.ofUint32(4));
        keys.put("attention.head_count_kv", GgufValue.ofUint32(2));
        switch (arch) {
            case "bert" -> {
                keys.put("attention.layer_norm_epsilon", GgufValue.ofFloat32(1e-12f));
                keys.put("attention.causal", GgufValue.ofBool(false));
                keys.put("pooling_type", GgufValue.ofUint32(1));
            }
            case "qwen3moe" -> {
                keys.put("attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(1e-6f));
                keys.put("expert_count", GgufValue.ofUint32(8));
                keys.put("expert_used_count", GgufValue.ofUint32(2));
                keys.put("expert_feed_forward_length", GgufValue.ofUint32(32));
            }
            case "gemma3" -> {
                keys.put("attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(1e-6f));
                keys.put("attention.key_length", GgufValue.ofUint32(32));
                keys.put("attention.value_length", GgufValue.ofUint32(32));
                keys.put("attention.sliding_window", GgufValue.ofUint32(128));
            }
            default -> {
                keys.put("attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(1e-5f));
                keys.put("rope.dimension_count", GgufValue.ofUint32(16));
            }
        }
        return keys;
    }

    /** The tokenizer of a vocab file that fits {@code arch} (WPM for bert, SPM otherwise). */
    static GgufFile vocab(String arch) throws IOException {
        String name = arch.equals("bert") ? "bert-bge" : "llama-spm";
        GgufFile cached = VOCABS.get(name);
        if (cached == null) {
            cached = Gguf.read(LlamaCppSource.vocab(name));
            VOCABS.put(name, cached);
        }
        return cached;
    }

    private static final Map<String, GgufFile> VOCABS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Writes an {@code arch} model: {@link #base} with {@code change} applied to its keys, and the
     * vocab's tokenizer keys (with general.name) with {@code other} applied; a null value removes a key.
     */
    static Path write(
            Path folder, String arch, Consumer<Map<String, GgufValue>> change, Consumer<Map<String, GgufValue>> other)
            throws IOException {
        Map<String, GgufValue> keys = base(arch);
        change.accept(keys);
        Map<String, GgufValue> rest = new LinkedHashMap<>();
        rest.put("general.name", GgufValue.ofString("fixture"));
        vocab(arch).metadata().forEach((k, v) -> {
            if (k.startsWith("tokenizer.")) {
                rest.put(k, v);
            }
        });
        if (arch.equals("bert")) {
            rest.put("tokenizer.ggml.token_type_count", GgufValue.ofUint32(2));
        }
        other.accept(rest);
        GgufWriter writer = Gguf.writer().put("general.architecture", GgufValue.ofString(arch));
        keys.forEach((k, v) -> {
            if (v != null) {
                writer.put(arch + "." + k, v);
            }
        });
        rest.forEach((k, v) -> {
            if (v != null) {
                writer.put(k, v);
            }
        });
        writer.tensor("output_norm.weight", GgmlType.F32, new long[] {64}, data -> {
            while (data.hasRemaining()) {
                data.putFloat(1f);
            }
        });
        Path file = folder.resolve(arch + "-" + COUNTER.incrementAndGet() + ".gguf");
        writer.write(file);
        return file;
    }

    static Path write(Path folder, String arch, Consumer<Map<String, GgufValue>> change) throws IOException {
        return write(folder, arch, change, m -> {});
    }

    /**
     * Writes a complete llama or qwen2 model (zero weights) whose tensors have the shapes
     * llama.cpp's load_arch_tensors derives from the keys, so that loading gets past the tensors
     * and reaches the graph: for the asserts of the graph builders.
     */
    static Path writeComplete(Path folder, String arch, Consumer<Map<String, GgufValue>> change) throws IOException {
        Map<String, GgufValue> keys = base(arch);
        change.accept(keys);
        long embd = keys.get("embedding_length").asLong();
        long heads = keys.get("attention.head_count").asLong();
        long kv = keys.get("attention.head_count_kv").asLong();
        long ff = keys.get("feed_forward_length").asLong();
        long headK = keys.containsKey("attention.key_length")
                ? keys.get("attention.key_length").asLong()
                : embd / heads;
        long headV = keys.containsKey("attention.value_length")
                ? keys.get("attention.value_length").asLong()
                : embd / heads;
        long q = arch.equals("qwen2") ? embd : headK * heads;
        long vocabSize = vocab(arch).get("tokenizer.ggml.tokens").orElseThrow().length();
        Path file = folder.resolve(arch + "-complete-" + COUNTER.incrementAndGet() + ".gguf");
        GgufWriter writer = Gguf.writer()
                .put("general.architecture", GgufValue.ofString(arch))
                .put("general.name", GgufValue.ofString("fixture"));
        keys.forEach((k, v) -> {
            if (v != null) {
                writer.put(arch + "." + k, v);
            }
        });
        writer.putAll(vocab(arch), "general.", "llama.", "qwen2.");
        zeros(writer, "token_embd.weight", embd, vocabSize);
        zeros(writer, "output_norm.weight", embd);
        for (int i = 0; i < keys.get("block_count").asLong(); i++) {
            String blk = "blk." + i + ".";
            zeros(writer, blk + "attn_norm.weight", embd);
            zeros(writer, blk + "attn_q.weight", embd, q);
            zeros(writer, blk + "attn_k.weight", embd, headK * kv);
            zeros(writer, blk + "attn_v.weight", embd, headV * kv);
            zeros(writer, blk + "attn_output.weight", q, embd);
            zeros(writer, blk + "ffn_norm.weight", embd);
            zeros(writer, blk + "ffn_gate.weight", embd, ff);
            zeros(writer, blk + "ffn_down.weight", ff, embd);
            zeros(writer, blk + "ffn_up.weight", embd, ff);
        }
        writer.write(file);
        return file;
    }

    private static void zeros(GgufWriter writer, String name, long... shape) {
        writer.tensor(name, GgmlType.F32, shape, data -> data.position(data.limit()));
    }

    /** Sets (or, for a null value, removes) key/value pairs. */
    static Consumer<Map<String, GgufValue>> set(Object... pairs) {
        return m -> {
            for (int i = 0; i < pairs.length; i += 2) {
                m.put((String) pairs[i], (GgufValue) pairs[i + 1]);
            }
        };
    }

    /** Removes every tokenizer.ggml.*_token_id. */
    static void noSpecialIds(Map<String, GgufValue> m) {
        m.replaceAll((k, v) -> k.startsWith("tokenizer.ggml.") && k.endsWith("_token_id") ? null : v);
    }

    /** A per-layer UINT32 array. */
    static GgufValue layers(int... values) {
        return new GgufValue(GgufType.ARRAY, GgufType.UINT32, values);
    }
}
