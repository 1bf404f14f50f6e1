package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.GgmlType;
import org.llamaffm.Gguf;
import org.llamaffm.GgufFile;
import org.llamaffm.GgufValue;
import org.llamaffm.GgufWriter;
import org.llamaffm.SyntheticModel;
import org.llamaffm.policy.ModelValidator.Check;

/**
 * A corpus of malformed GGUF files, each rejected by the strict validator with the right check,
 * and valid files accepted — with no native library ever loaded in this JVM.
 */
class ModelValidatorTest {

    @TempDir
    static Path temp;
    private static Path vocab;
    private static final List<Check> SEEN = new ArrayList<>();
    private static int corpus;

    @BeforeAll
    static void sources() throws IOException {
        vocab = PolicyTestSupport.vocab("llama-spm");
    }

    @AfterAll
    static void noNativeCodeRan() throws IOException {
        // Everything above ran in pure Java: not one native library of llama-ffm is mapped into this process.
        Path maps = Path.of("/proc/self/maps");
        if (Files.isReadable(maps)) {
            assertThat(Files.readString(maps)).doesNotContain("libllama").doesNotContain("libggml");
        }
        System.out.printf("strict validator: %d malformed files rejected, checks exercised: %s%n", corpus, EnumSet.copyOf(SEEN));
    }

    private static int counter;

    private static Path bytes(Consumer<ByteBuffer> body) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        body.accept(b);
        Path file = temp.resolve("raw-" + counter++ + ".gguf");
        Files.write(file, Arrays.copyOf(b.array(), b.position()));
        return file;
    }

    private static Path gguf(Consumer<GgufWriter> body) {
        GgufWriter writer = Gguf.writer().put("general.architecture", GgufValue.ofString("llama"));
        body.accept(writer);
        Path file = temp.resolve("w-" + counter++ + ".gguf");
        writer.write(file);
        return file;
    }

    private static void header(ByteBuffer b, long tensors, long kvs) {
        b.putInt(0x46554747).putInt(3).putLong(tensors).putLong(kvs);
    }

    private static void string(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.putLong(bytes.length).put(bytes);
    }

    private static void tensor(ByteBuffer b, String name, long[] shape, int type, long offset) {
        string(b, name);
        b.putInt(shape.length);
        for (long d : shape) {
            b.putLong(d);
        }
        b.putInt(type).putLong(offset);
    }

    private static void rejected(Path file, Check check, String detail) {
        assertThatThrownBy(() -> ModelValidator.validate(file, ModelValidator.Rules.DEFAULT))
                .isInstanceOfSatisfying(ModelRejectedException.class, e -> {
                    assertThat(e.check()).as(e.getMessage()).isEqualTo(check);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(detail);
        SEEN.add(check);
        corpus++;
    }

    @Test
    void structurallyBrokenFiles() throws IOException {
        rejected(bytes(b -> b.put("GGML".getBytes(StandardCharsets.US_ASCII)).putInt(3)), Check.NOT_GGUF, "magic");
        rejected(bytes(b -> b.put(new byte[0])), Check.TRUNCATED, "magic");
        rejected(bytes(b -> b.putInt(0x46554747).putInt(1).putLong(0).putLong(0)), Check.VERSION, "GGUF version 1");
        rejected(bytes(b -> b.putInt(0x46554747).putInt(4).putLong(0).putLong(0)), Check.VERSION, "GGUF version 4");
        rejected(bytes(b -> b.putInt(0x46554747).putInt(3).putInt(7)), Check.TRUNCATED, "tensor_count");
        rejected(bytes(b -> header(b, Long.MAX_VALUE, 0)), Check.TRUNCATED, "count 9223372036854775807 cannot fit");
        rejected(bytes(b -> header(b, 0, 1L << 40)), Check.TRUNCATED, "metadata_kv_count");
        rejected(bytes(b -> {
            header(b, 0, 1);
            b.putLong(-1).put(new byte[16]);
        }), Check.TRUNCATED, "metadata key 0 length");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(8).putLong(1L << 40).put(new byte[8]);
        }), Check.TRUNCATED, "metadata 'k' length");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(9).putInt(4).putLong(1L << 40);
        }), Check.TRUNCATED, "metadata 'k' length");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(99);
        }), Check.STRUCTURE, "unknown value type 99");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(9).putInt(77).putLong(0);
        }), Check.STRUCTURE, "unknown array element type 77");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(9).putInt(9).putLong(0);
        }), Check.STRUCTURE, "arrays of arrays are not supported");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(7).put((byte) 2);
        }), Check.STRUCTURE, "bool byte 2");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(9).putInt(7).putLong(2).put((byte) 1).put((byte) 9);
        }), Check.STRUCTURE, "bool byte 9");
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "");
            b.putInt(4).putInt(0);
        }), Check.STRUCTURE, "empty key");
        rejected(bytes(b -> {
            header(b, 0, 2);
            string(b, "k");
            b.putInt(4).putInt(0);
            string(b, "k");
            b.putInt(4).putInt(0);
        }), Check.STRUCTURE, "duplicate key 'k'");
        for (int alignment : new int[] {0, 3, 48, 1 << 21}) {
            rejected(bytes(b -> {
                header(b, 0, 1);
                string(b, "general.alignment");
                b.putInt(4).putInt(alignment);
            }), Check.STRUCTURE, "general.alignment must be a UINT32 power of two");
        }
        rejected(bytes(b -> {
            header(b, 0, 1);
            string(b, "general.alignment");
            b.putInt(10).putLong(32);
        }), Check.STRUCTURE, "general.alignment must be a UINT32");
    }

    @Test
    void brokenTensorInfos() throws IOException {
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "", new long[] {32}, 0, 0);
        }), Check.STRUCTURE, "empty tensor name");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "n".repeat(64), new long[] {32}, 0, 0);
        }), Check.STRUCTURE, "exceeds the limit of 63");
        rejected(bytes(b -> {
            header(b, 2, 0);
            tensor(b, "w", new long[] {8}, 0, 0);
            tensor(b, "w", new long[] {8}, 0, 32);
        }), Check.STRUCTURE, "duplicate tensor name");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {}, 0, 0);
        }), Check.STRUCTURE, "n_dims 0 is not in 1..4");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {1, 1, 1, 1, 1}, 0, 0);
        }), Check.STRUCTURE, "n_dims 5 is not in 1..4");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {-4}, 0, 0);
        }), Check.STRUCTURE, "negative dimension");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {1L << 32, 1L << 32}, 0, 0);
        }), Check.STRUCTURE, "element count overflows");
        for (int type : new int[] {4, 5, 31, 36, 43, 1000}) {
            rejected(bytes(b -> {
                header(b, 1, 0);
                tensor(b, "w", new long[] {256}, type, 0);
            }), Check.STRUCTURE, "unknown or removed ggml type " + type);
        }
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {100}, GgmlType.Q4_K.id(), 0);
        }), Check.STRUCTURE, "not a multiple of the q4_K block size 256");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {8}, 0, 8);
        }), Check.STRUCTURE, "is not a multiple of the alignment");
        rejected(bytes(b -> {
            header(b, 2, 0);
            tensor(b, "a", new long[] {8}, 0, 32);
            tensor(b, "b", new long[] {8}, 0, 0);
            b.put(new byte[256]);
        }), Check.STRUCTURE, "tensors must follow each other in order");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {1024}, 0, 0);
        }), Check.TRUNCATED, "tensor data ends at");
        rejected(bytes(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {0}, 0, 0);
            b.put(new byte[64]);
        }), Check.ZERO_DIMENSION, "tensor w has a dimension of 0");
    }

    @Test
    void llamaCppSemantics() {
        rejected(gguf(w -> w.put("general.na\u00efve", GgufValue.ofString("x"))), Check.KEY_NOT_ASCII, "general.na\\u00efve");
        rejected(gguf(w -> w.put("tab\tkey", GgufValue.ofInt32(1))), Check.KEY_NOT_ASCII, "tab\\u0009key");
        Path noArch = temp.resolve("no-arch.gguf");
        Gguf.writer().put("general.name", GgufValue.ofString("x")).write(noArch);
        rejected(noArch, Check.ARCHITECTURE_MISSING, "no general.architecture");
        Path numericArch = temp.resolve("numeric-arch.gguf");
        Gguf.writer().put("general.architecture", GgufValue.ofInt32(7)).write(numericArch);
        rejected(numericArch, Check.ARCHITECTURE_MISSING, "general.architecture is INT32 7");
        rejected(gguf(w -> w.put("llama.block_count", GgufValue.ofUint32(513))), Check.HYPERPARAMETER,
                "llama.block_count is 513, not in 1..512");
        rejected(gguf(w -> w.put("llama.block_count", GgufValue.ofUint32(0))), Check.HYPERPARAMETER, "is 0, not in 1..512");
        rejected(gguf(w -> w.put("llama.block_count", GgufValue.ofString("32"))), Check.HYPERPARAMETER, "not an integer");
        rejected(gguf(w -> w.put("llama.context_length", GgufValue.ofInt32(-1))), Check.HYPERPARAMETER,
                "llama.context_length is -1");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofInt32s(new int[] {1, 2}))), Check.TOKENIZER_TYPES,
                "tokenizer.ggml.tokens is ARRAY of 2 INT32");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.scores", GgufValue.ofInt32s(new int[] {1, 2}))), Check.TOKENIZER_TYPES, "scores");
        rejected(gguf(w -> w.put("tokenizer.ggml.model", GgufValue.ofInt32(1))), Check.TOKENIZER_TYPES,
                "tokenizer.ggml.model is INT32 1");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.scores", GgufValue.ofFloat32s(new float[] {0f}))), Check.TOKENIZER_LENGTHS,
                "tokenizer.ggml.scores has 1 entries, tokenizer.ggml.tokens 2");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(new int[] {1, 1, 1}))), Check.TOKENIZER_LENGTHS,
                "token_type has 3 entries");
        rejected(gguf(w -> w.put("tokenizer.ggml.scores", GgufValue.ofFloat32s(new float[] {0f}))),
                Check.TOKENIZER_LENGTHS, "without .tokens");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of()))), Check.TOKENIZER_LENGTHS,
                "tokenizer.ggml.tokens is empty");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(new int[] {1, 9}))), Check.TOKEN_TYPE,
                "token 1 has type 9");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "<0xZZ>")))
                .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(new int[] {1, 6}))), Check.BYTE_TOKEN,
                "BYTE token 1 is '<0xZZ>'");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.bos_token_id", GgufValue.ofUint32(2))), Check.SPECIAL_TOKEN,
                "tokenizer.ggml.bos_token_id is 2, the vocabulary has 2 tokens");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.eos_token_id", GgufValue.ofInt32(-1))), Check.SPECIAL_TOKEN, "eos_token_id is -1");
        rejected(gguf(w -> w.put("tokenizer.ggml.tokens", GgufValue.ofStrings(List.of("a", "b")))
                .put("tokenizer.ggml.padding_token_id", GgufValue.ofString("0"))), Check.SPECIAL_TOKEN, "padding_token_id");
        rejected(gguf(w -> w.put("tokenizer.ggml.unknown_token_id", GgufValue.ofUint32(0))), Check.SPECIAL_TOKEN,
                "without a vocabulary");
    }

    @Test
    void architectureAllowlist() {
        Path file = gguf(w -> { });
        var rules = new ModelValidator.Rules(Gguf.Limits.DEFAULT, Set.of("qwen2", "gemma3"));
        assertThatThrownBy(() -> ModelValidator.validate(file, rules)).isInstanceOfSatisfying(ModelRejectedException.class,
                e -> assertThat(e.check()).isEqualTo(Check.ARCHITECTURE_NOT_ALLOWED))
                .hasMessageContaining("architecture 'llama' is not in [gemma3, qwen2]");
        SEEN.add(Check.ARCHITECTURE_NOT_ALLOWED);
        corpus++;
        assertThat(ModelValidator.validate(file, new ModelValidator.Rules(Gguf.Limits.DEFAULT, Set.of("llama")))
                .architecture()).contains("llama");
    }

    @Test
    void validFilesPass() throws IOException {
        try (Stream<Path> files = Files.list(vocab.getParent())) {
            List<Path> vocabs = files.filter(f -> f.getFileName().toString().matches("ggml-vocab-.*\\.gguf")).toList();
            assertThat(vocabs).hasSizeGreaterThan(15);
            for (Path v : vocabs) {
                GgufFile ok = ModelValidator.validate(v, ModelValidator.Rules.DEFAULT);
                assertThat(ok.architecture()).as(v.toString()).isPresent();
            }
        }
        Path model = temp.resolve("synthetic.gguf");
        SyntheticModel.llama(vocab).layers(2).weightType(GgmlType.F16).write(model);
        assertThat(ModelValidator.validate(model, ModelValidator.Rules.DEFAULT).tensors()).hasSize(2 + 2 * 9);
    }

    @Test
    void everyCheckIsExercisedByTheCorpus() throws IOException {
        structurallyBrokenFiles();
        brokenTensorInfos();
        llamaCppSemantics();
        architectureAllowlist();
        assertThat(corpus).isGreaterThanOrEqualTo(40);
        EnumSet<Check> missing = EnumSet.allOf(Check.class);
        missing.removeAll(SEEN);
        missing.remove(Check.UNREADABLE);
        // the Sandbox's own checks (paths, allowlist, chat template) are SandboxTest's
        missing.removeAll(EnumSet.of(Check.OUTSIDE_ROOTS, Check.NOT_A_FILE, Check.NOT_ALLOWED, Check.CHAT_TEMPLATE_NOT_APPROVED,
                Check.CHAT_TEMPLATE_UNSAFE, Check.CHANGED));
        assertThat(missing).as("checks no malformed file triggers").isEmpty();
    }

    @Test
    void unreadableFiles() {
        Path missing = temp.resolve("nope.gguf");
        assertThatThrownBy(() -> ModelValidator.validate(missing, ModelValidator.Rules.DEFAULT))
                .isInstanceOfSatisfying(ModelRejectedException.class, e -> assertThat(e.check()).isEqualTo(Check.UNREADABLE));
    }
}
