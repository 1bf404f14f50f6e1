package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.llamaffm.testkit.GgufBytes.header;
import static org.llamaffm.testkit.GgufBytes.string;
import static org.llamaffm.testkit.GgufBytes.tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;
import org.llamaffm.policy.ModelRejectedException.Reason;
import org.llamaffm.testkit.GgufBytes;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * A corpus of malformed GGUF files, each rejected by the strict validator with the right check,
 * and valid files accepted — with no native library ever loaded in this JVM.
 */
class ModelValidatorTest {

    @TempDir
    static Path temp;

    private static Path vocab;
    private static final List<Reason> SEEN = new ArrayList<>();
    private static int corpus;

    @BeforeAll
    static void sources() throws IOException {
        vocab = LlamaCppSource.vocab("llama-spm");
    }

    @AfterAll
    static void noNativeCodeRan() throws IOException {
        // Everything above ran in pure Java: not one native library of llama-ffm is mapped into this process.
        Path maps = Path.of("/proc/self/maps");
        if (Files.isReadable(maps)) {
            assertThat(Files.readString(maps)).doesNotContain("libllama").doesNotContain("libggml");
        }
        System.out.printf(
                "strict validator: %d malformed files rejected, checks exercised: %s%n",
                corpus, SEEN.isEmpty() ? "none" : EnumSet.copyOf(SEEN));
    }

    private static int counter;

    private static Path bytes(Consumer<ByteBuffer> body) {
        return GgufBytes.write(temp.resolve("raw-" + counter++ + ".gguf"), body);
    }

    private static Path gguf(Consumer<GgufWriter> body) {
        GgufWriter writer = Gguf.writer().put("general.architecture", GgufValue.ofString("llama"));
        body.accept(writer);
        Path file = temp.resolve("w-" + counter++ + ".gguf");
        writer.write(file);
        return file;
    }

    private static void rejected(Path file, Reason check, String detail) {
        assertThatThrownBy(() -> ModelValidator.validate(file, ModelValidator.Rules.DEFAULT))
                .isInstanceOfSatisfying(ModelRejectedException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(check);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(detail);
        SEEN.add(check);
        corpus++;
    }

    @Test
    void structurallyBrokenFiles() throws IOException {
        rejected(bytes(b -> b.put("GGML".getBytes(StandardCharsets.US_ASCII)).putInt(3)), Reason.NOT_GGUF, "magic");
        rejected(bytes(b -> b.put(new byte[0])), Reason.TRUNCATED, "magic");
        rejected(
                bytes(b -> b.putInt(GgufBytes.MAGIC).putInt(1).putLong(0).putLong(0)),
                Reason.VERSION,
                "GGUF version 1");
        rejected(
                bytes(b -> b.putInt(GgufBytes.MAGIC).putInt(4).putLong(0).putLong(0)),
                Reason.VERSION,
                "GGUF version 4");
        rejected(bytes(b -> b.putInt(GgufBytes.MAGIC).putInt(3).putInt(7)), Reason.TRUNCATED, "tensor_count");
        rejected(bytes(b -> header(b, Long.MAX_VALUE, 0)), Reason.TRUNCATED, "count 9223372036854775807 cannot fit");
        rejected(bytes(b -> header(b, 0, 1L << 40)), Reason.TRUNCATED, "metadata_kv_count");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    b.putLong(-1).put(new byte[16]);
                }),
                Reason.TRUNCATED,
                "metadata key 0 length");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(8).putLong(1L << 40).put(new byte[8]);
                }),
                Reason.TRUNCATED,
                "metadata 'k' length");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(9).putInt(4).putLong(1L << 40);
                }),
                Reason.TRUNCATED,
                "metadata 'k' length");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(99);
                }),
                Reason.STRUCTURE,
                "unknown value type 99");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(9).putInt(77).putLong(0);
                }),
                Reason.STRUCTURE,
                "unknown array element type 77");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(9).putInt(9).putLong(0);
                }),
                Reason.STRUCTURE,
                "arrays of arrays are not supported");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(7).put((byte) 2);
                }),
                Reason.STRUCTURE,
                "bool byte 2");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(9).putInt(7).putLong(2).put((byte) 1).put((byte) 9);
                }),
                Reason.STRUCTURE,
                "bool byte 9");
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "");
                    b.putInt(4).putInt(0);
                }),
                Reason.STRUCTURE,
                "empty key");
        rejected(
                bytes(b -> {
                    header(b, 0, 2);
                    string(b, "k");
                    b.putInt(4).putInt(0);
                    string(b, "k");
                    b.putInt(4).putInt(0);
                }),
                Reason.STRUCTURE,
                "duplicate key 'k'");
        for (int alignment : new int[] {0, 3, 48, 1 << 21}) {
            rejected(
                    bytes(b -> {
                        header(b, 0, 1);
                        string(b, "general.alignment");
                        b.putInt(4).putInt(alignment);
                    }),
                    Reason.STRUCTURE,
                    "general.alignment must be a UINT32 power of two");
        }
        rejected(
                bytes(b -> {
                    header(b, 0, 1);
                    string(b, "general.alignment");
                    b.putInt(10).putLong(32);
                }),
                Reason.STRUCTURE,
                "general.alignment must be a UINT32");
    }

    @Test
    void brokenTensorInfos() throws IOException {
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "", new long[] {32}, 0, 0);
                }),
                Reason.STRUCTURE,
                "empty tensor name");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "n".repeat(64), new long[] {32}, 0, 0);
                }),
                Reason.STRUCTURE,
                "exceeds the limit of 63");
        rejected(
                bytes(b -> {
                    header(b, 2, 0);
                    tensor(b, "w", new long[] {8}, 0, 0);
                    tensor(b, "w", new long[] {8}, 0, 32);
                }),
                Reason.STRUCTURE,
                "duplicate tensor name");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {}, 0, 0);
                }),
                Reason.STRUCTURE,
                "n_dims 0 is not in 1..4");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {1, 1, 1, 1, 1}, 0, 0);
                }),
                Reason.STRUCTURE,
                "n_dims 5 is not in 1..4");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {-4}, 0, 0);
                }),
                Reason.STRUCTURE,
                "negative dimension");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {1L << 32, 1L << 32}, 0, 0);
                }),
                Reason.STRUCTURE,
                "element count overflows");
        for (int type : new int[] {4, 5, 31, 36, 43, 1000}) {
            rejected(
                    bytes(b -> {
                        header(b, 1, 0);
                        tensor(b, "w", new long[] {256}, type, 0);
                    }),
                    Reason.STRUCTURE,
                    "unknown or removed ggml type " + type);
        }
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {100}, GgmlType.Q4_K.id(), 0);
                }),
                Reason.STRUCTURE,
                "not a multiple of the q4_K block size 256");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {8}, 0, 8);
                }),
                Reason.STRUCTURE,
                "is not a multiple of the alignment");
        rejected(
                bytes(b -> {
                    header(b, 2, 0);
                    tensor(b, "a", new long[] {8}, 0, 32);
                    tensor(b, "b", new long[] {8}, 0, 0);
                    b.put(new byte[256]);
                }),
                Reason.STRUCTURE,
                "tensors must follow each other in order");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {1024}, 0, 0);
                }),
                Reason.TRUNCATED,
                "tensor data ends at");
        rejected(
                bytes(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {0}, 0, 0);
                    b.put(new byte[64]);
                }),
                Reason.ZERO_DIMENSION,
                "tensor w has a dimension of 0");
    }

    @Test
    void llamaCppSemantics() {
        rejected(
                gguf(w -> w.put("general.na\u00efve", GgufValue.ofString("x"))),
                Reason.KEY_NOT_ASCII,
                "general.na\\u00efve");
        rejected(gguf(w -> w.put("tab\tkey", GgufValue.ofInt32(1))), Reason.KEY_NOT_ASCII, "tab\\u0009key");
        Path noArch = temp.resolve("no-arch.gguf");
        Gguf.writer().put("general.name", GgufValue.ofString("x")).write(noArch);
        rejected(noArch, Reason.ARCHITECTURE_MISSING, "no general.architecture");
        Path numericArch = temp.resolve("numeric-arch.gguf");
        Gguf.writer().put("general.architecture", GgufValue.ofInt32(7)).write(numericArch);
        rejected(numericArch, Reason.ARCHITECTURE_MISSING, "general.architecture is INT32 7");
        rejected(
                gguf(w -> w.put("llama.block_count", GgufValue.ofUint32(513))),
                Reason.HYPERPARAMETER,
                "llama.block_count is 513, not in 1..512");
        rejected(
                gguf(w -> w.put("llama.block_count", GgufValue.ofUint32(0))),
                Reason.HYPERPARAMETER,
                "is 0, not in 1..512");
        rejected(
                gguf(w -> w.put("llama.block_count", GgufValue.ofString("32"))),
                Reason.HYPERPARAMETER,
                "not an integer");
        rejected(
                gguf(w -> w.put("llama.context_length", GgufValue.ofInt32(-1))),
                Reason.HYPERPARAMETER,
                "llama.context_length is -1");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofInt32s(new int[] {1, 2}))),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.tokens is ARRAY of 2 INT32");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.scores", GgufValue.ofInt32s(new int[] {1, 2}))),
                Reason.TOKENIZER_TYPES,
                "scores");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.model", GgufValue.ofInt32(1))),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.model is INT32 1");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.scores", GgufValue.ofFloat32s(new float[] {0f}))),
                Reason.TOKENIZER_LENGTHS,
                "tokenizer.ggml.scores has 1 entries, tokenizer.ggml.tokens 2");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(new int[] {1, 1, 1}))),
                Reason.TOKENIZER_LENGTHS,
                "token_type has 3 entries");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.scores", GgufValue.ofFloat32s(new float[] {0f}))),
                Reason.TOKENIZER_LENGTHS,
                "without .tokens");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of()))),
                Reason.TOKENIZER_LENGTHS,
                "tokenizer.ggml.tokens is empty");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(new int[] {1, 9}))),
                Reason.TOKEN_TYPE,
                "token 1 has type 9");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "<0xZZ>")))
                        .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(new int[] {1, 6}))),
                Reason.BYTE_TOKEN,
                "BYTE token 1 is '<0xZZ>'");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.bos_token_id", GgufValue.ofUint32(2))),
                Reason.SPECIAL_TOKEN,
                "tokenizer.ggml.bos_token_id is 2, the vocabulary has 2 tokens");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.eos_token_id", GgufValue.ofInt32(-1))),
                Reason.SPECIAL_TOKEN,
                "eos_token_id is -1");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                        .put("tokenizer.ggml.padding_token_id", GgufValue.ofString("0"))),
                Reason.SPECIAL_TOKEN,
                "padding_token_id");
        rejected(
                gguf(w -> w.put("tokenizer.ggml.unknown_token_id", GgufValue.ofUint32(0))),
                Reason.SPECIAL_TOKEN,
                "without a vocabulary");
    }

    private static void broken(
            String arch,
            Consumer<java.util.Map<String, GgufValue>> change,
            Consumer<java.util.Map<String, GgufValue>> more,
            Reason check,
            String detail)
            throws IOException {
        rejected(ArchFixtures.write(temp, arch, change, more), check, detail);
    }

    private static void broken(
            String arch, Consumer<java.util.Map<String, GgufValue>> change, Reason check, String detail)
            throws IOException {
        broken(arch, change, m -> {}, check, detail);
    }

    private static final Consumer<java.util.Map<String, GgufValue>> SAME = k -> {};

    @Test
    void theFixturesOfEveryKnownArchitecturePass() throws IOException {
        assertThat(ModelValidator.KNOWN_ARCHITECTURES)
                .containsExactly("bert", "gemma3", "llama", "qwen2", "qwen3", "qwen3moe");
        for (String arch : ModelValidator.KNOWN_ARCHITECTURES) {
            Path file = ArchFixtures.write(temp, arch, SAME);
            assertThat(ModelValidator.validate(file, ModelValidator.Rules.DEFAULT)
                            .architecture())
                    .contains(arch);
        }
    }

    /** llama-model.cpp:load_hparams and llama-model-loader.cpp, for every architecture: one file per rule. */
    @Test
    void commonHyperparameterRules() throws IOException {
        for (String arch : ModelValidator.KNOWN_ARCHITECTURES) {
            // the strict getters' types (throw)
            broken(
                    arch,
                    k -> k.put("context_length", GgufValue.ofUint64(512)),
                    Reason.HYPERPARAMETER,
                    arch + ".context_length is 512 (UINT64): llama.cpp reads it as a UINT32");
            broken(
                    arch,
                    k -> k.put("rope.freq_base", GgufValue.ofUint32(10000)),
                    Reason.HYPERPARAMETER,
                    arch + ".rope.freq_base is 10000 (UINT32): llama.cpp reads it as a FLOAT32");
            broken(
                    arch,
                    k -> k.put("attention.causal", GgufValue.ofUint32(1)),
                    Reason.HYPERPARAMETER,
                    arch + ".attention.causal is 1 (UINT32): llama.cpp reads it as a BOOL");
            broken(
                    arch,
                    k -> k.put("rope.scaling.type", GgufValue.ofUint32(1)),
                    Reason.HYPERPARAMETER,
                    arch + ".rope.scaling.type is 1 (UINT32): llama.cpp reads it as a STRING");
            broken(
                    arch,
                    k -> k.put("attention.head_count", GgufValue.ofFloat32s(new float[] {4, 4})),
                    Reason.HYPERPARAMETER,
                    "a UINT32 or an array of UINT32/INT32/BOOL (one per layer)");
            broken(
                    arch,
                    k -> k.put("classifier.output_labels", GgufValue.ofInt32s(new int[] {1})),
                    Reason.HYPERPARAMETER,
                    "an array of strings");
            // get_key_or_arr: a per-layer array of another length (throw)
            broken(
                    arch,
                    k -> k.put("feed_forward_length", ArchFixtures.layers(128, 128, 128)),
                    Reason.HYPERPARAMETER,
                    arch + ".feed_forward_length has 3 entries, " + arch + ".block_count is 2");
            // required keys of a model (throw)
            broken(
                    arch,
                    k -> k.remove("embedding_length"),
                    Reason.HYPERPARAMETER,
                    arch + ".embedding_length is missing");
            broken(arch, k -> k.remove("block_count"), Reason.HYPERPARAMETER, arch + ".block_count is missing");
            broken(arch, k -> k.remove("context_length"), Reason.HYPERPARAMETER, arch + ".context_length is missing");
            broken(
                    arch,
                    k -> k.remove("attention.head_count"),
                    Reason.HYPERPARAMETER,
                    arch + ".attention.head_count is missing");
            String eps = arch.equals("bert") ? "attention.layer_norm_epsilon" : "attention.layer_norm_rms_epsilon";
            broken(arch, k -> k.remove(eps), Reason.HYPERPARAMETER, arch + "." + eps + " is missing");
            // ggml-cpu's norm ops: GGML_ASSERT(eps >= 0.0f), at the first decode
            broken(
                    arch,
                    k -> k.put(eps, GgufValue.ofFloat32(-1f)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + "." + eps + " is -1.0; ggml asserts a norm's epsilon is >= 0");
            broken(
                    arch,
                    k -> k.put(eps, GgufValue.ofFloat32(Float.NaN)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + "." + eps + " is NaN; ggml asserts a norm's epsilon is >= 0");
            // GGML_ASSERT(n_layer_nextn <= n_layer_all): MTP layer counts above the layer count
            broken(
                    arch,
                    k -> k.put("nextn_predict_layers", GgufValue.ofUint32(3)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".nextn_predict_layers is 3, more than " + arch + ".block_count 2");
            // the expert asserts
            broken(
                    arch,
                    k -> k.put("expert_count", GgufValue.ofUint32(1025)),
                    Reason.ARCHITECTURE_SHAPE,
                    "more than LLAMA_MAX_EXPERTS 1024");
            broken(
                    arch,
                    k -> {
                        k.put("expert_count", GgufValue.ofUint32(4));
                        k.put("expert_used_count", GgufValue.ofUint32(5));
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".expert_used_count is 5, more than " + arch + ".expert_count 4");
            broken(
                    arch,
                    k -> {
                        k.put("expert_count", GgufValue.ofUint32(4));
                        k.remove("expert_used_count");
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    "but " + arch + ".expert_used_count is 0 or missing");
            broken(
                    arch,
                    k -> {
                        k.put("expert_count", GgufValue.ofUint32(8));
                        k.put("expert_used_count", GgufValue.ofUint32(2));
                        k.put("expert_group_count", GgufValue.ofUint32(8));
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".expert_group_count is 8, not less than " + arch + ".expert_count 8");
            broken(
                    arch,
                    k -> {
                        k.put("expert_count", GgufValue.ofUint32(8));
                        k.put("expert_used_count", GgufValue.ofUint32(2));
                        k.put("expert_group_count", GgufValue.ofUint32(3));
                        k.put("expert_group_used_count", GgufValue.ofUint32(1));
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".expert_count 8 is not a multiple of " + arch + ".expert_group_count 3");
            broken(
                    arch,
                    k -> {
                        k.put("expert_count", GgufValue.ofUint32(8));
                        k.put("expert_used_count", GgufValue.ofUint32(2));
                        k.put("expert_group_count", GgufValue.ofUint32(4));
                        k.put("expert_group_used_count", GgufValue.ofUint32(4));
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".expert_group_used_count is 4, not in 1..3");
            if (!arch.equals("qwen3moe")) {
                broken(
                        arch,
                        k -> k.put("expert_used_count", GgufValue.ofUint32(2)),
                        Reason.ARCHITECTURE_SHAPE,
                        "more than " + arch + ".expert_count 0 (expert counts without experts)");
                broken(
                        arch,
                        k -> k.put("expert_group_count", GgufValue.ofUint32(2)),
                        Reason.ARCHITECTURE_SHAPE,
                        arch + ".expert_group_count is 2 but the model has no experts");
            }
            // GGML_ASSERT(rope_scaling_type_train != LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED)
            broken(
                    arch,
                    k -> k.put("rope.scaling.type", GgufValue.ofString("ntk")),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".rope.scaling.type is 'ntk', not one of [linear, longrope, none, yarn]");
            // build_pooling: GGML_ABORT("unknown pooling type")
            broken(
                    arch,
                    k -> k.put("pooling_type", GgufValue.ofUint32(7)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".pooling_type is 7, not a llama_pooling_type");
            // every layer has attention heads, and KV heads divide them
            broken(
                    arch,
                    k -> k.put("attention.head_count", ArchFixtures.layers(4, 0)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".attention.head_count is 0 for layer 1");
            broken(
                    arch,
                    k -> k.put("attention.head_count_kv", GgufValue.ofUint32(3)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".attention.head_count_kv is 3, which does not divide " + arch + ".attention.head_count 4");
            broken(
                    arch,
                    k -> k.put("attention.head_count_kv", ArchFixtures.layers(2, 0)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".attention.head_count_kv is 0 for layer 1");
            broken(
                    arch,
                    k -> {
                        k.put("embedding_length", GgufValue.ofUint32(2));
                        k.remove("attention.key_length");
                        k.remove("attention.value_length");
                        k.remove("rope.dimension_count");
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    "= 0 is 0");
        }
    }

    /** Each architecture's own load code and graph builder (src/models/ARCH.cpp). */
    @Test
    void perArchitectureRules() throws IOException {
        // llama-model.cpp:load_hparams throws "invalid n_rot" for LLM_ARCH_LLAMA
        broken(
                "llama",
                k -> k.put("rope.dimension_count", GgufValue.ofUint32(8)),
                Reason.ARCHITECTURE_SHAPE,
                "llama.rope.dimension_count is 8, but the head size llama.embedding_length / llama.attention.head_count "
                        + "= 16 (llama.cpp requires them equal for llama)");
        for (String arch : List.of("llama", "qwen2", "qwen3", "qwen3moe")) {
            // graph: GGML_ASSERT(n_embd_head == n_embd_head_k())
            broken(
                    arch,
                    k -> k.put("attention.value_length", GgufValue.ofUint32(8)),
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".attention.value_length 8 is not the head size");
            // graph: GGML_ASSERT(n_embd_head == n_rot)
            broken(
                    arch,
                    k -> {
                        k.put("attention.key_length", GgufValue.ofUint32(32));
                        k.put("attention.value_length", GgufValue.ofUint32(32));
                        k.put("rope.dimension_count", GgufValue.ofUint32(16));
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    arch.equals("llama")
                            ? "llama.cpp requires them equal"
                            : arch + ".rope.dimension_count is 16, not the head size 32");
        }
        for (String arch : List.of("gemma3")) {
            // ggml-cpu rope: GGML_ASSERT(n_dims % 2 == 0), GGML_ASSERT(n_dims <= ne0): odd or oversized rope dims
            broken(
                    arch,
                    k -> k.put("rope.dimension_count", GgufValue.ofUint32(15)),
                    Reason.ARCHITECTURE_SHAPE,
                    "gemma3.rope.dimension_count is 15: rope needs an even dimension count");
            broken(
                    arch,
                    k -> k.put("rope.dimension_count", GgufValue.ofUint32(64)),
                    Reason.ARCHITECTURE_SHAPE,
                    "that is at most gemma3.attention.key_length 32");
            broken(
                    arch,
                    k -> k.put("rope.dimension_count_swa", GgufValue.ofUint32(33)),
                    Reason.ARCHITECTURE_SHAPE,
                    "gemma3.rope.dimension_count_swa is 33");
            broken(
                    arch,
                    k -> k.put("attention.sliding_window", GgufValue.ofInt32(128)),
                    Reason.HYPERPARAMETER,
                    "gemma3.attention.sliding_window is 128 (INT32): llama.cpp reads it as a UINT32");
            broken(
                    arch,
                    k -> k.put("attention.sliding_window_pattern", GgufValue.ofFloat32(6)),
                    Reason.HYPERPARAMETER,
                    "gemma3.attention.sliding_window_pattern is 6.0 (FLOAT32)");
            broken(
                    arch,
                    k -> k.put(
                            "attention.sliding_window_pattern",
                            new GgufValue(GgufType.ARRAY, GgufType.BOOL, new boolean[513])),
                    Reason.ARCHITECTURE_SHAPE,
                    "has 513 entries, more than LLAMA_MAX_LAYERS 512");
            // create_memory: GGML_ASSERT(hparams.is_swa_any()) for a sliding window
            broken(
                    arch,
                    k -> k.put("attention.sliding_window_pattern", GgufValue.ofUint32(1)),
                    Reason.ARCHITECTURE_SHAPE,
                    "gemma3.attention.sliding_window is 128 but gemma3.attention.sliding_window_pattern (UINT32 1) marks "
                            + "no layer as sliding-window");
            broken(
                    arch,
                    k -> k.put(
                            "attention.sliding_window_pattern",
                            new GgufValue(GgufType.ARRAY, GgufType.BOOL, new boolean[] {false, false})),
                    Reason.ARCHITECTURE_SHAPE,
                    "marks no layer as sliding-window");
            assertThat(ModelValidator.validate(
                                    ArchFixtures.write(
                                            temp,
                                            arch,
                                            k -> k.put(
                                                    "attention.sliding_window_pattern",
                                                    new GgufValue(
                                                            GgufType.ARRAY, GgufType.BOOL, new boolean[] {true, false
                                                            }))),
                                    ModelValidator.Rules.DEFAULT)
                            .architecture())
                    .contains(arch);
            broken(
                    arch,
                    k -> k.put("final_logit_softcapping", GgufValue.ofUint32(30)),
                    Reason.HYPERPARAMETER,
                    "gemma3.final_logit_softcapping is 30 (UINT32)");
        }
        for (String arch : List.of("qwen2", "bert")) {
            // wq is {n_embd, n_embd}: the reshape to {head size, heads} asserts: widths that are not a multiple of
            // heads
            broken(
                    arch,
                    k -> {
                        k.put("embedding_length", GgufValue.ofUint32(66));
                        k.remove("rope.dimension_count");
                    },
                    Reason.ARCHITECTURE_SHAPE,
                    arch + ".embedding_length 66 is not " + arch + ".attention.head_count 4 x the head size " + arch
                            + ".embedding_length / " + arch + ".attention.head_count = 16");
        }
        // bert graph: GGML_ASSERT(n_embd_head == n_embd_head_k())
        broken(
                "bert",
                k -> k.put("attention.value_length", GgufValue.ofUint32(8)),
                Reason.ARCHITECTURE_SHAPE,
                "bert.attention.value_length 8 is not the head size");
        // bert load_arch_tensors throws "model needs to define token type count"
        broken(
                "bert",
                SAME,
                set("tokenizer.ggml.token_type_count", GgufValue.ofUint32(0)),
                Reason.ARCHITECTURE_SHAPE,
                "tokenizer.ggml.token_type_count is UINT32 0; bert needs a UINT32 >= 1");
        // qwen3moe load_arch_tensors throws "n_expert must be > 0" / "n_expert_used must be > 0"
        broken(
                "qwen3moe",
                k -> {
                    k.remove("expert_count");
                    k.remove("expert_used_count");
                },
                Reason.ARCHITECTURE_SHAPE,
                "qwen3moe.expert_count is 0 or missing; qwen3moe needs experts");
        broken(
                "qwen3moe",
                k -> k.put("expert_used_count", ArchFixtures.layers(0, 2)),
                Reason.ARCHITECTURE_SHAPE,
                "qwen3moe.expert_used_count is 0 or missing for layer 0; qwen3moe needs >= 1 expert used");
        broken(
                "qwen3moe",
                k -> k.put("expert_used_count", ArchFixtures.layers(2, 0)),
                Reason.ARCHITECTURE_SHAPE,
                "qwen3moe.expert_used_count is 0 or missing for layer 1");
        broken(
                "qwen3moe",
                k -> k.put("expert_feed_forward_length", GgufValue.ofInt32(32)),
                Reason.HYPERPARAMETER,
                "qwen3moe.expert_feed_forward_length is 32 (INT32)");
        broken(
                "llama",
                k -> k.put("vocab_size", GgufValue.ofInt32(32000)),
                Reason.HYPERPARAMETER,
                "llama.vocab_size is 32000 (INT32)");
        // general.name: get_key<std::string>
        broken(
                "llama",
                SAME,
                set("general.name", GgufValue.ofUint32(3)),
                Reason.HYPERPARAMETER,
                "general.name is UINT32 3: llama.cpp reads it as a STRING");
    }

    /** llama-vocab.cpp: the shapes that make the vocabulary load or the tokenizer throw or abort. */
    @Test
    void vocabularyRules() throws IOException {
        List<String> spm = ArchFixtures.vocab("llama")
                .get("tokenizer.ggml.tokens")
                .orElseThrow()
                .asStrings();
        // load: required and known tokenizer model, merges of BPE, known pre-tokenizer (throw)
        vocab(
                "llama",
                set("tokenizer.ggml.model", str("sentencepiece")),
                "tokenizer.ggml.model is 'sentencepiece', not one llama.cpp knows");
        vocab(
                "llama",
                set("tokenizer.ggml.model", str("gpt2")),
                "tokenizer.ggml.merges is missing; a BPE vocabulary ('gpt2') needs its merges");
        vocab(
                "llama",
                set(
                        "tokenizer.ggml.model",
                        str("gpt2"),
                        "tokenizer.ggml.merges",
                        strs("a b"),
                        "tokenizer.ggml.pre",
                        str("llama-9")),
                "tokenizer.ggml.pre is 'llama-9', a pre-tokenizer llama.cpp does not know");
        vocab("llama", set("tokenizer.ggml.model", null), "tokenizer.ggml.model is missing");
        vocab(
                "llama",
                set(
                        "tokenizer.ggml.tokens",
                        null,
                        "tokenizer.ggml.scores",
                        null,
                        "tokenizer.ggml.token_type",
                        null,
                        "tokenizer.ggml.bos_token_id",
                        null,
                        "tokenizer.ggml.eos_token_id",
                        null,
                        "tokenizer.ggml.unknown_token_id",
                        null,
                        "tokenizer.ggml.padding_token_id",
                        null),
                "tokenizer.ggml.tokens is missing for tokenizer.ggml.model 'llama'");
        vocab("llama", set("tokenizer.ggml.model", str("gemma4")), "a BPE vocabulary ('gemma4') needs its merges");
        broken(
                "llama",
                SAME,
                set("tokenizer.ggml.token_type_count", GgufValue.ofInt32(2)),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.token_type_count is INT32 2: llama.cpp reads it as a UINT32");
        // strict getters of the tokenizer's scalar keys (throw)
        broken(
                "llama",
                SAME,
                set("tokenizer.ggml.add_bos_token", GgufValue.ofUint32(1)),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.add_bos_token is UINT32 1: llama.cpp reads it as a BOOL");
        broken(
                "llama",
                SAME,
                set("tokenizer.ggml.bos_token_id", GgufValue.ofInt32(1)),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.bos_token_id is INT32 1: llama.cpp reads it as a UINT32");
        broken(
                "llama",
                SAME,
                set("tokenizer.ggml.pre", GgufValue.ofUint32(1)),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.pre is UINT32 1");
        broken(
                "llama",
                SAME,
                set("tokenizer.ggml.suppress_tokens", GgufValue.ofFloat32s(new float[] {1})),
                Reason.TOKENIZER_TYPES,
                "tokenizer.ggml.suppress_tokens is ARRAY of 1 FLOAT32, not an array of INT32");
        broken(
                "llama",
                SAME,
                set("tokenizer.ggml.precompiled_charsmap", GgufValue.ofInt32s(new int[] {1})),
                Reason.TOKENIZER_TYPES,
                "not an array of UINT8 or INT8");
        // load: GGML_ASSERT(id_to_token.size() == token_to_id.size()): duplicate texts (and "" -> "[EMPTY_i]")
        List<String> twice = new ArrayList<>(spm);
        twice.set(1000, twice.get(3000));
        vocab("llama", set("tokenizer.ggml.tokens", GgufValue.ofStrings(twice)), "tokens 1000 and 3000 are both");
        List<String> empty = new ArrayList<>(spm);
        empty.set(1000, "");
        empty.set(1001, "[EMPTY_1000]");
        vocab(
                "llama",
                set("tokenizer.ggml.tokens", GgufValue.ofStrings(empty)),
                "tokens 1000 and 1001 are both '[EMPTY_1000]'");
        // SPM byte fallback: byte_to_token's token_to_id.at throws out of llama_tokenize
        vocab("llama", withoutByte(spm, 0xE9), "the SPM (llama) vocabulary has no byte token <0xE9>");
        // SPM, UGM, BPE: add_bos / add_eos without the token (GGML_ASSERT in tokenize)
        vocab(
                "llama",
                tiny(spm, 1)
                        .andThen(set(
                                "tokenizer.ggml.model",
                                str("gpt2"),
                                "tokenizer.ggml.merges",
                                strs(),
                                "tokenizer.ggml.pre",
                                str("llama-bpe"))),
                "adds a BOS token (the default for 'gpt2') but has none");
        vocab(
                "llama",
                tiny(spm, 1)
                        .andThen(set(
                                "tokenizer.ggml.model",
                                str("gpt2"),
                                "tokenizer.ggml.merges",
                                strs(),
                                "tokenizer.ggml.add_eos_token",
                                GgufValue.ofBool(true))),
                "adds an EOS token (tokenizer.ggml.add_eos_token is true) but has none");
        vocab(
                "llama",
                tiny(spm, 1).andThen(set("tokenizer.ggml.add_bos_token", GgufValue.ofBool(true))),
                "adds a BOS token (tokenizer.ggml.add_bos_token is true) but has none");
        // WPM: CLS, SEP and UNK (defaults 101, 102, 100 outside a 101-token vocabulary); no BYTE tokens
        List<String> wpm = ArchFixtures.vocab("bert")
                .get("tokenizer.ggml.tokens")
                .orElseThrow()
                .asStrings();
        vocab(
                "bert",
                tiny(wpm, 101)
                        .andThen(set(
                                "tokenizer.ggml.unknown_token_id",
                                GgufValue.ofUint32(2),
                                "tokenizer.ggml.bos_token_id",
                                GgufValue.ofUint32(1))),
                "the WPM (bert) vocabulary has no SEP token");
        vocab(
                "bert",
                tiny(wpm, 101)
                        .andThen(set(
                                "tokenizer.ggml.unknown_token_id",
                                GgufValue.ofUint32(2),
                                "tokenizer.ggml.seperator_token_id",
                                GgufValue.ofUint32(3))),
                "the WPM (bert) vocabulary has no CLS token");
        vocab(
                "bert",
                tiny(wpm, 100)
                        .andThen(set(
                                "tokenizer.ggml.bos_token_id",
                                GgufValue.ofUint32(1),
                                "tokenizer.ggml.seperator_token_id",
                                GgufValue.ofUint32(3))),
                "the WPM (bert) vocabulary has no UNK token");
        int[] bertTypes = new int[wpm.size()];
        java.util.Arrays.fill(bertTypes, 1);
        bertTypes[1000] = 6;
        List<String> bertBytes = new ArrayList<>(wpm);
        bertBytes.set(1000, "<0x41>");
        vocab(
                "bert",
                set(
                        "tokenizer.ggml.tokens",
                        GgufValue.ofStrings(bertBytes),
                        "tokenizer.ggml.token_type",
                        GgufValue.ofInt32s(bertTypes)),
                "token 1000 is a BYTE token in a WPM (bert) vocabulary");
        // UGM: UNK, and a charsmap whose every reachable node and replacement is in bounds
        vocab(
                "llama",
                tiny(spm, 2)
                        .andThen(set(
                                "tokenizer.ggml.model",
                                str("t5"),
                                "tokenizer.ggml.eos_token_id",
                                GgufValue.ofUint32(1))),
                "the UGM (t5) vocabulary has no UNK token");
        vocab("llama", t5(new byte[] {1, 0}), "has 2 bytes, too few for its 4-byte header");
        vocab("llama", t5(le(8, 0)), "XCDA size 8 does not fit in its 8 bytes");
        // one XCDA entry: the root's BASE is 0, so input byte c reads entry c, outside the 1-entry array
        vocab("llama", t5(le(4, 0, 0)), "input byte 0x1 reads XCDA entry 1 of 1");
        vocab(
                "llama",
                t5(ugm('a', 9, new byte[] {'x', 0})),
                "replacement offset 9 is outside its 2 bytes of replacements");
        vocab("llama", t5(ugm('a', 0, new byte[] {'x', 'y'})), "the replacement at offset 0 has no terminating NUL");
        assertThat(ModelValidator.validate(
                                ArchFixtures.write(temp, "llama", SAME, t5(ugm('a', 0, new byte[] {'x', 0}))),
                                ModelValidator.Rules.DEFAULT)
                        .architecture())
                .contains("llama");
        // RWKV: a first byte without its own token loops llama_tokenize for ever; a byte without any token is -1
        assertThat(VocabularyRules.unescapeRwkv("\\x41\\tb\\\\")).containsExactly(new byte[] {'A', '\t', 'b', '\\'});
        List<String> rwkv = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            rwkv.add(String.format("\\x%02x", b));
        }
        rwkv.add("ab");
        assertThat(ModelValidator.validate(
                                ArchFixtures.write(temp, "llama", SAME, rwkv(rwkv)), ModelValidator.Rules.DEFAULT)
                        .architecture())
                .contains("llama");
        List<String> noA = new ArrayList<>(rwkv);
        noA.remove("\\x61");
        vocab("llama", rwkv(noA), "tokens that start with byte 0x61 (token 255) but no token of that byte alone");
        List<String> noZ = new ArrayList<>(rwkv);
        noZ.remove("\\x7a");
        vocab("llama", rwkv(noZ), "the RWKV vocabulary has no token for byte 0x7a and no UNK token");
        // load, Phi-3 attributes: token_to_id.at("</s>") etc.
        vocab("llama", set("general.name", str("Phi-3 mini")), "needs the token '<|endoftext|>'");
    }

    private static void vocab(String arch, Consumer<java.util.Map<String, GgufValue>> tokenizer, String detail)
            throws IOException {
        broken(arch, SAME, tokenizer, Reason.VOCABULARY_SHAPE, detail);
    }

    private static Consumer<java.util.Map<String, GgufValue>> set(Object... pairs) {
        return ArchFixtures.set(pairs);
    }

    private static GgufValue str(String s) {
        return GgufValue.ofString(s);
    }

    private static GgufValue strs(String... s) {
        return GgufValue.ofStrings(List.of(s));
    }

    /** The tokenizer with the BYTE token for {@code b} renamed to a normal token. */
    static Consumer<java.util.Map<String, GgufValue>> withoutByte(List<String> tokens, int b) {
        return m -> {
            List<String> copy = new ArrayList<>(tokens);
            int at = copy.indexOf(String.format("<0x%02X>", b));
            copy.set(at, "byte-gone");
            int[] types = ((int[]) m.get("tokenizer.ggml.token_type").value()).clone();
            types[at] = 1;
            m.put("tokenizer.ggml.tokens", GgufValue.ofStrings(copy));
            m.put("tokenizer.ggml.token_type", GgufValue.ofInt32s(types));
        };
    }

    /** The first {@code n} tokens, normal, and no special-token ids or add_bos/add_eos keys. */
    private static Consumer<java.util.Map<String, GgufValue>> tiny(List<String> tokens, int n) {
        int[] types = new int[n];
        java.util.Arrays.fill(types, 1);
        return ((Consumer<java.util.Map<String, GgufValue>>) ArchFixtures::noSpecialIds)
                .andThen(set(
                        "tokenizer.ggml.tokens",
                        GgufValue.ofStrings(tokens.subList(0, n)),
                        "tokenizer.ggml.scores",
                        GgufValue.ofFloat32s(new float[n]),
                        "tokenizer.ggml.token_type",
                        GgufValue.ofInt32s(types),
                        "tokenizer.ggml.add_bos_token",
                        null,
                        "tokenizer.ggml.add_eos_token",
                        null));
    }

    private static Consumer<java.util.Map<String, GgufValue>> rwkv(List<String> tokens) {
        return ((Consumer<java.util.Map<String, GgufValue>>) ArchFixtures::noSpecialIds)
                .andThen(set(
                        "tokenizer.ggml.model",
                        str("rwkv"),
                        "tokenizer.ggml.tokens",
                        GgufValue.ofStrings(tokens),
                        "tokenizer.ggml.scores",
                        null,
                        "tokenizer.ggml.token_type",
                        null,
                        "tokenizer.ggml.add_bos_token",
                        null,
                        "tokenizer.ggml.add_eos_token",
                        null));
    }

    private static Consumer<java.util.Map<String, GgufValue>> t5(byte[] charsmap) {
        return set(
                "tokenizer.ggml.model",
                str("t5"),
                "tokenizer.ggml.precompiled_charsmap",
                new GgufValue(GgufType.ARRAY, GgufType.UINT8, charsmap));
    }

    private static byte[] le(int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }

    /**
     * A charsmap whose 256-entry XCDA maps the one byte {@code c} to the replacement at
     * {@code offset}, followed by the {@code replacements} bytes.
     */
    private static byte[] ugm(char c, int offset, byte[] replacements) {
        int[] xcda = new int[256];
        // root (entry 0): BASE 0, so byte c reads entry c; entry c: LCHECK c, LEAF, BASE c ^ 200, so the value is
        // entry 200: the replacement offset
        xcda[c] = c | (1 << 8) | ((c ^ 200) << 10);
        xcda[200] = offset;
        ByteBuffer b = ByteBuffer.allocate(4 + 256 * 4 + replacements.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(256 * 4);
        for (int x : xcda) {
            b.putInt(x);
        }
        b.put(replacements);
        return b.array();
    }

    @Test
    void architectureAllowlist() {
        Path file = gguf(w -> {});
        var rules = new ModelValidator.Rules(Gguf.Limits.DEFAULT, Set.of("qwen2", "gemma3"));
        assertThatThrownBy(() -> ModelValidator.validate(file, rules))
                .isInstanceOfSatisfying(
                        ModelRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ARCHITECTURE_NOT_ALLOWED))
                .hasMessageContaining("architecture 'llama' is not in [gemma3, qwen2]");
        SEEN.add(Reason.ARCHITECTURE_NOT_ALLOWED);
        corpus++;
        assertThat(ModelValidator.validate(file, new ModelValidator.Rules(Gguf.Limits.DEFAULT, Set.of("llama")))
                        .architecture())
                .contains("llama");
        // the validator refuses to allow what it cannot check
        assertThatThrownBy(() -> new ModelValidator.Rules(Gguf.Limits.DEFAULT, Set.of("llama", "mamba")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("architectures: the validator has no rules for 'mamba', so it cannot be allowed; known "
                        + "architectures: [bert, gemma3, llama, qwen2, qwen3, qwen3moe]");
        assertThatThrownBy(() -> new Policy(
                        List.of(temp),
                        java.util.Map.of("0".repeat(64), "m"),
                        Set.of("mamba"),
                        false,
                        Set.of(),
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("architectures: the validator has no rules for 'mamba'");
        Path policyFile = temp.resolve("policy-mamba.json");
        try {
            Files.writeString(
                    policyFile,
                    "{\"modelRoots\": [\"" + temp + "\"], \"models\": [{\"sha256\": \"" + "0".repeat(64)
                            + "\"}], \"architectures\": [\"llama\", \"mamba\"]}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> Policy.load(policyFile))
                .isInstanceOfSatisfying(
                        Policy.PolicyFileException.class,
                        e -> assertThat(e.field()).isEqualTo("architectures"))
                .hasMessageContaining("architectures: the validator has no rules for 'mamba', so it cannot be allowed; "
                        + "known architectures: [bert, gemma3, llama, qwen2, qwen3, qwen3moe]");
        Path unknown = temp.resolve("gpt2-arch.gguf");
        Gguf.writer().put("general.architecture", GgufValue.ofString("gpt2")).write(unknown);
        rejected(
                unknown,
                Reason.ARCHITECTURE_NOT_ALLOWED,
                "architecture 'gpt2' is not in [bert, gemma3, llama, qwen2, "
                        + "qwen3, qwen3moe] (the architectures the validator has rules for)");
    }

    @Test
    void validFilesPass() throws IOException {
        try (Stream<Path> files = Files.list(vocab.getParent())) {
            List<Path> vocabs = files.filter(f -> f.getFileName().toString().matches("ggml-vocab-.*\\.gguf"))
                    .toList();
            assertThat(vocabs).hasSizeGreaterThan(15);
            int known = 0;
            for (Path v : vocabs) {
                GgufFile header = Gguf.read(v);
                // llama.cpp's real vocabularies (SPM, BPE, WPM, UGM with its charsmap) have every shape the rules need
                VocabularyRules.check(v, header);
                String arch = header.architecture().orElseThrow();
                if (ModelValidator.KNOWN_ARCHITECTURES.contains(arch)) {
                    assertThat(ModelValidator.validate(v, ModelValidator.Rules.DEFAULT)
                                    .architecture())
                            .contains(arch);
                    known++;
                } else {
                    // an architecture whose asserts the validator does not know is refused, not guessed at
                    assertThatThrownBy(() -> ModelValidator.validate(v, ModelValidator.Rules.DEFAULT))
                            .isInstanceOfSatisfying(
                                    ModelRejectedException.class,
                                    e -> assertThat(e.reason()).isEqualTo(Reason.ARCHITECTURE_NOT_ALLOWED))
                            .hasMessageContaining("architecture '" + arch + "' is not in [bert, gemma3, llama, qwen2, "
                                    + "qwen3, qwen3moe] (the architectures the validator has rules for)");
                }
            }
            assertThat(known).as("vocab files of known architectures").isGreaterThanOrEqualTo(4);
        }
        Path model = temp.resolve("synthetic.gguf");
        SyntheticModel.llama(vocab).layers(2).weightType(GgmlType.F16).write(model);
        assertThat(ModelValidator.validate(model, ModelValidator.Rules.DEFAULT).tensors())
                .hasSize(2 + 2 * 9);
        // the library's own synthetic BERT models (embedding and reranking) have every shape the bert rules need
        Path bert = temp.resolve("synthetic-bert.gguf");
        org.llamaffm.testkit.SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .layers(2)
                .write(bert);
        assertThat(ModelValidator.validate(bert, ModelValidator.Rules.DEFAULT).architecture())
                .contains("bert");
        Path reranker = temp.resolve("synthetic-reranker.gguf");
        org.llamaffm.testkit.SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .classifier(List.of("yes"))
                .write(reranker);
        assertThat(ModelValidator.validate(reranker, ModelValidator.Rules.DEFAULT)
                        .architecture())
                .contains("bert");
    }

    @Test
    void everyCheckIsExercisedByTheCorpus() throws IOException {
        structurallyBrokenFiles();
        brokenTensorInfos();
        llamaCppSemantics();
        architectureAllowlist();
        commonHyperparameterRules();
        perArchitectureRules();
        vocabularyRules();
        assertThat(corpus).isGreaterThanOrEqualTo(40);
        EnumSet<Reason> missing = EnumSet.allOf(Reason.class);
        missing.removeAll(SEEN);
        missing.remove(Reason.UNREADABLE);
        // the Sandbox's own checks (paths, allowlist, chat template) are AdmissionDeniedException.Reason, SandboxTest's
        assertThat(missing).as("checks no malformed file triggers").isEmpty();
    }

    @Test
    void unreadableFiles() {
        Path missing = temp.resolve("nope.gguf");
        assertThatThrownBy(() -> ModelValidator.validate(missing, ModelValidator.Rules.DEFAULT))
                .isInstanceOfSatisfying(
                        ModelRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }
}
