package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.testkit.ChildJvm;

/**
 * C++ exceptions that llama.cpp lets escape through its C API end the process (std::terminate);
 * the shim catches them, and they reach Java as {@link NativeException}.
 */
class NativeExceptionTest {

    @TempDir
    Path dir;

    /**
     * A SentencePiece vocabulary without byte tokens: llama.cpp loads it (it only warns that it
     * has no newline token), but its byte fallback for a character the vocabulary lacks looks
     * the byte up with unordered_map::at, which throws std::out_of_range (llama-vocab.cpp,
     * llama_vocab::byte_to_token).
     */
    static Path spmVocabularyWithoutByteTokens(Path file) {
        List<String> tokens = List.of("<unk>", "<s>", "</s>", "\u2581", "a", "b", "\u2581a", "\u2581b");
        float[] scores = {0, 0, 0, -1, -2, -3, -4, -5};
        int[] types = {2, 3, 3, 1, 1, 1, 1, 1};
        return Gguf.writer()
                .put("general.architecture", GgufValue.ofString("llama"))
                .put("tokenizer.ggml.model", GgufValue.ofString("llama"))
                .put("tokenizer.ggml.tokens", GgufValue.ofStrings(tokens))
                .put("tokenizer.ggml.scores", GgufValue.ofFloat32s(scores))
                .put("tokenizer.ggml.token_type", GgufValue.ofInt32s(types))
                .put("tokenizer.ggml.bos_token_id", GgufValue.ofUint32(1))
                .put("tokenizer.ggml.eos_token_id", GgufValue.ofUint32(2))
                .put("tokenizer.ggml.unknown_token_id", GgufValue.ofUint32(0))
                .writeTo(file);
    }

    /** The raw, unguarded llama_tokenize or llama_sampler_init_dry on such a vocabulary, in a JVM of its own. */
    public static final class Raw {
        public static void main(String[] args) {
            try (Model model = Model.load(
                            Path.of(args[0]),
                            ModelParams.builder().vocabOnly(true).build());
                    Arena arena = Arena.ofConfined()) {
                MemorySegment vocab = model.vocab().handleForSamplers();
                if (args[1].equals("tokenize")) {
                    byte[] utf8 = args[2].getBytes(StandardCharsets.UTF_8);
                    MemorySegment tokens = arena.allocate(ValueLayout.JAVA_INT, 64);
                    int n = llama_h.llama_tokenize(
                            vocab, arena.allocateFrom(args[2]), utf8.length, tokens, 64, false, false);
                    System.out.println("tokenized: " + n);
                } else {
                    MemorySegment breakers = arena.allocate(ValueLayout.ADDRESS, 1);
                    breakers.setAtIndex(ValueLayout.ADDRESS, 0, arena.allocateFrom(args[2]));
                    MemorySegment dry = llama_h.llama_sampler_init_dry(vocab, 1.0f, 1.75f, 2, 64, breakers, 1);
                    System.out.println("dry sampler: " + dry);
                }
            }
        }
    }

    @Test
    void anExceptionInTheTokenizerIsANativeExceptionNotTheEndOfTheProcess() throws Exception {
        Path file = spmVocabularyWithoutByteTokens(dir.resolve("no-byte-tokens.gguf"));

        ChildJvm.Outcome raw =
                ChildJvm.run(Raw.class, Duration.ofMinutes(1), List.of(), file.toString(), "tokenize", "\u00fc");
        assertThat(raw.crashed()).as(raw.toString()).isTrue();
        assertThat(raw.stderr())
                .as(raw.toString())
                .contains("terminate called after throwing an instance of 'std::out_of_range'");

        try (Model model =
                Model.load(file, ModelParams.builder().vocabOnly(true).build())) {
            Vocab vocab = model.vocab();
            assertThat(vocab.tokenize("a b", false, false)).containsExactly(6, 7);
            assertThatThrownBy(() -> vocab.tokenize("\u00fc", false, false))
                    .isInstanceOfSatisfying(
                            NativeException.class, e -> assertThat(e.function()).isEqualTo("llama_tokenize"))
                    .hasMessageStartingWith("llama.cpp's llama_tokenize failed: ")
                    .hasMessageContaining("at");
            // the vocabulary stays usable, and the next call reports no stale exception
            assertThat(vocab.tokenize("b a", false, false)).containsExactly(7, 6);
        }
    }

    @Test
    void anExceptionInASamplerConstructorIsATypedError() throws Exception {
        Path file = spmVocabularyWithoutByteTokens(dir.resolve("no-byte-tokens.gguf"));
        // DRY tokenizes what follows a breaker's first character in each token that holds it: "\u00fc"
        String breaker = "a\u00fc";

        ChildJvm.Outcome raw =
                ChildJvm.run(Raw.class, Duration.ofMinutes(1), List.of(), file.toString(), "dry", breaker);
        assertThat(raw.crashed()).as(raw.toString()).isTrue();
        assertThat(raw.stderr())
                .as(raw.toString())
                .contains("terminate called after throwing an instance of 'std::out_of_range'");

        try (Model model =
                Model.load(file, ModelParams.builder().vocabOnly(true).build())) {
            Sampler.Builder chain =
                    Sampler.builder().dry(1.0f, 1.75f, 2, 64, List.of(breaker)).greedy();
            assertThatThrownBy(() -> chain.build(model))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("llama.cpp could not create the dry sampler: ")
                    .hasMessageContaining("at");
            try (Sampler plain = Sampler.builder()
                    .dry(1.0f, 1.75f, 2, 64, List.of("b"))
                    .greedy()
                    .build(model)) {
                assertThat(plain).isNotNull();
            }
        }
    }
}
