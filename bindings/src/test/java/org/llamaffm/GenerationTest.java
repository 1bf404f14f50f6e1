package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

class GenerationTest {

    @TempDir
    static Path temp;

    private static Model model;

    @BeforeAll
    static void load() throws IOException {
        Path tiny = temp.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(11)
                .write(tiny);
        model = Model.load(tiny);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Context context() {
        return model.newContext(ContextParams.builder().contextSize(512).build());
    }

    @Test
    void greedyGenerationIsDeterministicAndStopsAtMaxTokens() {
        try (Context context = context();
                Sampler greedy = Sampler.greedy(model)) {
            GenerationParams params = GenerationParams.builder().maxTokens(24).build();
            Generation.Result first = Generation.run(context, greedy, "The capital of France is", params);
            Generation.Result second = Generation.run(context, greedy, "The capital of France is", params);
            assertThat(first.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
            assertThat(first.tokens()).hasSize(24).containsExactly(second.tokens());
            StringBuilder pieces = new StringBuilder();
            for (int token : first.tokens()) {
                pieces.append(model.vocab().tokenToPiece(token, false));
            }
            assertThat(first.text()).isEqualTo(second.text()).isEqualTo(pieces.toString());
            assertThat(first.promptTokens()).isEqualTo(model.vocab().tokenize("The capital of France is").length);
        }
    }

    @Test
    void pullAndPushGiveTheSameText() {
        GenerationParams params = GenerationParams.builder().maxTokens(16).build();
        try (Context context = context();
                Sampler sampler =
                        Sampler.builder().topK(40).temperature(0.9f).dist(5).build(model)) {
            List<String> pushed = new ArrayList<>();
            Generation.Result result = Generation.run(context, sampler, "Hi", params, piece -> pushed.add(piece));
            try (Generation pulled = Generation.start(context, sampler, "Hi", params)) {
                assertThat(pulled.stream().toList()).isEqualTo(pushed);
                assertThat(pulled.stopReason()).contains(StopReason.MAX_TOKENS);
                assertThat(pulled.tokens()).containsExactly(result.tokens());
            }
            assertThat(String.join("", pushed)).isEqualTo(result.text());
        }
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        GenerationParams params = GenerationParams.builder().maxTokens(32).build();
        try (Context context = context();
                Sampler a = Sampler.builder()
                        .penalties(64, 1.1f, 0.1f, 0.1f)
                        .topK(100)
                        .topP(0.95f)
                        .minP(0.01f)
                        .temperature(1.2f)
                        .dist(1234)
                        .build(model);
                Sampler b = Sampler.builder()
                        .penalties(64, 1.1f, 0.1f, 0.1f)
                        .topK(100)
                        .topP(0.95f)
                        .minP(0.01f)
                        .temperature(1.2f)
                        .dist(1234)
                        .build(model);
                Sampler c = Sampler.builder()
                        .penalties(64, 1.1f, 0.1f, 0.1f)
                        .topK(100)
                        .topP(0.95f)
                        .minP(0.01f)
                        .temperature(1.2f)
                        .dist(4321)
                        .build(model)) {
            int[] first = Generation.run(context, a, "Tell me a story", params).tokens();
            int[] again = Generation.run(context, a, "Tell me a story", params).tokens(); // reset between runs
            int[] other = Generation.run(context, b, "Tell me a story", params).tokens();
            int[] seeded = Generation.run(context, c, "Tell me a story", params).tokens();
            assertThat(again).containsExactly(first);
            assertThat(other).containsExactly(first);
            assertThat(seeded).isNotEqualTo(first);
        }
    }

    @Test
    void everySamplerOfTheChainWorks() {
        try (Context context = context();
                Sampler sampler = Sampler.builder()
                        .logitBias(Map.of(2, Float.NEGATIVE_INFINITY))
                        .penalties(-1, 1.05f, 0, 0)
                        .dry(0.8f, 1.75f, 2, -1, List.of("\n", ":", "\"", "*"))
                        .topK(50)
                        .typical(0.95f, 1)
                        .topP(0.9f, 1)
                        .minP(0.02f, 1)
                        .xtc(0.5f, 0.1f, 1, 7)
                        .temperature(0.8f, 0.2f, 1.0f)
                        .mirostatV2(5.0f, 0.1f, 9)
                        .build(model)) {
            Generation.Result result = Generation.run(
                    context,
                    sampler,
                    "Once",
                    GenerationParams.builder().maxTokens(20).build());
            assertThat(result.tokens()).hasSize(20).doesNotContain(2); // EOS banned by the bias
        }
        try (Context context = context();
                Sampler mirostat = Sampler.builder()
                        .temperature(1f)
                        .mirostat(5f, 0.1f, 100, 3)
                        .build(model)) {
            assertThat(Generation.run(
                                    context,
                                    mirostat,
                                    "Once",
                                    GenerationParams.builder().maxTokens(8).build())
                            .tokens())
                    .hasSize(8);
        }
    }

    @Test
    void aGrammarForcesTheShapeAndMultiByteCharactersComeOutWhole() {
        String emoji = "\uD83D\uDE00"; // U+1F600, four UTF-8 bytes, not in this vocabulary: byte tokens
        String cjk = "\u9F98"; // a rare CJK character, three bytes
        String expected = emoji + cjk + emoji;
        try (Context context = context();
                Sampler sampler = Sampler.builder()
                        .grammar("root ::= \"" + expected + "\"", "root")
                        .greedy()
                        .build(model)) {
            List<String> pieces = new ArrayList<>();
            Generation.Result result = Generation.run(
                    context,
                    sampler,
                    "Say it",
                    GenerationParams.builder().maxTokens(40).build(),
                    pieces::add);
            assertThat(result.text()).isEqualTo(expected);
            assertThat(result.stopReason()).isEqualTo(StopReason.END_OF_GENERATION);
            assertThat(result.tokens().length)
                    .as("the characters were split over byte tokens")
                    .isGreaterThan(expected.codePointCount(0, expected.length()));
            for (String piece : pieces) {
                assertThat(piece).doesNotContain("\uFFFD");
                assertThat(new String(piece.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                        .isEqualTo(piece);
                assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1)))
                        .isFalse();
            }
        }
    }

    @Test
    void stopStringsEndTheTextAndAreNotReturned() {
        try (Context context = context();
                Sampler sampler = Sampler.builder()
                        .grammar("root ::= \"alpha beta STOP gamma\"", "root")
                        .greedy()
                        .build(model)) {
            List<String> pieces = new ArrayList<>();
            Generation.Result result = Generation.run(
                    context,
                    sampler,
                    "Go",
                    GenerationParams.builder()
                            .maxTokens(40)
                            .stopStrings("STOP", "never")
                            .build(),
                    pieces::add);
            assertThat(result.text()).isEqualTo("alpha beta ");
            assertThat(String.join("", pieces)).isEqualTo("alpha beta ");
            assertThat(result.stopReason()).isEqualTo(StopReason.STOP_STRING);
        }
    }

    @Test
    void theListenerAndCloseCanStopEarly() {
        try (Context context = context();
                Sampler greedy = Sampler.greedy(model)) {
            List<String> pieces = new ArrayList<>();
            Generation.Result result = Generation.run(
                    context,
                    greedy,
                    "Count",
                    GenerationParams.builder().maxTokens(100).build(),
                    piece -> pieces.add(piece) && pieces.size() < 3);
            assertThat(result.stopReason()).isEqualTo(StopReason.LISTENER);
            assertThat(pieces).hasSize(3);
            try (Generation generation = Generation.start(context, greedy, "Count", GenerationParams.defaults())) {
                generation.next();
                generation.close();
                assertThat(generation.hasNext()).isFalse();
            }
        }
    }

    /**
     * A stop that lands inside llama_decode (an abort from another thread, a deadline) leaves the memory without
     * that batch's tokens; decodedPositions() counts only what the memory holds, so that a chat's next turn
     * reuses exactly that (it once counted the aborted token too, and the next decode was refused).
     */
    @ParameterizedTest
    @CsvSource({"40, 1", "40, 5", "1, 20", "1, 40"}) // in the prompt's decoding; in the generation's
    void decodedPositionsAreWhatTheMemoryHoldsAfterAStopInsideADecode(int sentences, long millis) {
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(2048).batchSize(64).build());
                Sampler greedy = Sampler.greedy(model)) {
            String prompt = "The quick brown fox jumps over the lazy dog. ".repeat(sentences);
            try (Generation generation = Generation.start(
                    context,
                    greedy,
                    prompt,
                    GenerationParams.builder()
                            .maxTokens(1500)
                            .timeout(Duration.ofMillis(millis))
                            .build())) {
                generation.result();
                assertThat(generation.stopReason()).isPresent();
                assertThat(generation.decodedPositions())
                        .isEqualTo(context.memory().maxPosition(0) + 1);
            }
        }
    }

    @Test
    void abortAndTimeoutStopTheGeneration() {
        try (Context context = context();
                Sampler greedy = Sampler.greedy(model)) {
            try (Generation generation = Generation.start(
                    context,
                    greedy,
                    "Count",
                    GenerationParams.builder().maxTokens(500).build())) {
                generation.next();
                context.abort();
                generation.result();
                assertThat(generation.stopReason()).contains(StopReason.ABORTED);
            }
            Generation.Result timed = Generation.run(
                    context,
                    greedy,
                    "Count",
                    GenerationParams.builder()
                            .maxTokens(480)
                            .timeout(Duration.ofMillis(30))
                            .build(),
                    piece -> {
                        sleep(5);
                        return true;
                    });
            assertThat(timed.stopReason()).isEqualTo(StopReason.TIMEOUT);
            assertThat(timed.tokens().length).isLessThan(480);
            // the context is fine afterwards
            assertThat(Generation.run(
                                    context,
                                    greedy,
                                    "Count",
                                    GenerationParams.builder().maxTokens(4).build())
                            .stopReason())
                    .isEqualTo(StopReason.MAX_TOKENS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFullContextEndsTheGeneration() {
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(256).build());
                Sampler sampler = Sampler.builder()
                        .logitBias(Map.of(2, Float.NEGATIVE_INFINITY))
                        .greedy()
                        .build(model)) {
            Generation.Result result = Generation.run(
                    context,
                    sampler,
                    "Go",
                    GenerationParams.builder().maxTokens(1000).build());
            assertThat(result.stopReason()).isEqualTo(StopReason.CONTEXT_FULL);
            assertThat(result.promptTokens() + result.tokens().length).isEqualTo(context.contextSize());
        }
    }

    @Test
    void badInputIsRefusedWithAClearError() {
        assertThatThrownBy(() -> Sampler.builder().topK(40).build(model))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "a sampler chain must end with greedy(), dist(seed), mirostat(...) or mirostatV2(...)");
        assertThatThrownBy(() -> Sampler.builder().greedy().topK(4).build(model))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Sampler.builder().topP(1.5f)).hasMessage("topP must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> Sampler.builder().dist(-1)).hasMessage("seed must be in [0, 4294967295], was -1");
        assertThatThrownBy(() -> Sampler.builder().temperature(Float.NaN))
                .hasMessage("temperature must be finite and >= 0, was NaN");
        assertThatThrownBy(() ->
                        Sampler.builder().grammar("root ::= (", "root").greedy().build(model))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("llama.cpp could not create the grammar sampler");
        assertThatThrownBy(() ->
                        Sampler.builder().grammar("root ::= " + "(".repeat(100) + "\"a\"" + ")".repeat(100), "root"))
                .hasMessage(
                        "the grammar nests groups more than 64 deep (at line 1, column 74); at most 64 levels are allowed");
        assertThatThrownBy(() -> Sampler.builder().grammar("root ::= \"" + "a".repeat(300_000) + "\"", "root"))
                .hasMessageContaining("at most 262144 are allowed");
        assertThatThrownBy(() -> Sampler.builder().grammar("root ::= \"a\"", "root rule"))
                .hasMessage("the grammar's root rule name 'root rule' is not a GBNF name");
        assertThat(Sampler.builder().grammar("root ::= \"((((\" [a-z]", "root"))
                .isNotNull(); // quoted parens do not count
        assertThatThrownBy(() ->
                        Sampler.builder().logitBias(Map.of(99999, 1f)).greedy().build(model))
                .hasMessage("token 99999 is out of range [0, 32000)");
        assertThatThrownBy(() -> GenerationParams.builder().maxTokens(0).build())
                .hasMessage("maxTokens must be >= 1, was 0");
        try (Sampler grammar =
                Sampler.builder().grammar("root ::= \"a\"", "root").greedy().build(model)) {
            assertThatThrownBy(() -> grammar.accept(5)).isInstanceOf(UnsupportedOperationException.class);
        }
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(256).build());
                Sampler greedy = Sampler.greedy(model)) {
            assertThatThrownBy(() -> greedy.sample(context, -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no output in the last decode");
            assertThatThrownBy(
                            () -> Generation.start(context, greedy, "word ".repeat(300), GenerationParams.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the context holds 256");
            assertThatThrownBy(() -> Generation.start(
                            context,
                            greedy,
                            "",
                            GenerationParams.builder().addSpecial(false).build()))
                    .hasMessage("the prompt has no tokens");
        }
    }

    @Test
    void utf8BoundariesAreFoundForEverySplit() {
        byte[] bytes = "a\u00e9\u9F98\uD83D\uDE00".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
        int[] complete = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10};
        for (int n = 0; n <= bytes.length; n++) {
            assertThat(Generation.completeUtf8(bytes, n)).as("prefix of " + n).isEqualTo(complete[n]);
        }
        assertThat(Generation.completeUtf8(new byte[] {(byte) 0x80, (byte) 0x80}, 2))
                .isEqualTo(2);
    }
}
