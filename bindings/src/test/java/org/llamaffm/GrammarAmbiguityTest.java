package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.testkit.ChildJvm;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * An ambiguous grammar passes every static cap, yet multiplies llama.cpp's parse stacks with each
 * token, and each token then costs time in proportion to them inside one native call: the grammar
 * sampler counts them and ends the generation past {@link Sampler#MAX_GRAMMAR_STACKS}.
 */
class GrammarAmbiguityTest {

    /** After n "a"s, 2^n ways to close them: parse stacks (llama.cpp keeps one of each that are alike). */
    static final String AMBIGUOUS = "root ::= s\ns ::= \"a\" s \"b\" | \"a\" s \"c\" | \"\"\n";

    @TempDir
    static Path folder;

    private static Path file;
    private static Model model;
    private static int a;

    @BeforeAll
    static void loadModel() throws Exception {
        file = folder.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(1)
                .seed(5)
                .write(file);
        model = Model.load(file);
        Vocab vocab = model.vocab();
        a = IntStream.range(0, vocab.size())
                .filter(t -> vocab.tokenToPiece(t, false).equals("a"))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void anAmbiguousGrammarStalledEveryTokenMoreAndNowEndsTheGenerationAtTheStackCap() throws Exception {
        Path grammar = Files.writeString(folder.resolve("ambiguous.gbnf"), AMBIGUOUS);
        ChildJvm.Outcome raw = ChildJvm.run(
                UnguardedNativeCalls.class,
                Duration.ofSeconds(20),
                List.of(),
                "generate",
                file.toString(),
                grammar.toString(),
                Integer.toString(a),
                "40");
        assertThat(raw.timedOut()).as(raw.toString()).isTrue();
        assertThat(raw.stdout()).contains("token 12: " + a); // it got as far as the cap, and on

        try (Sampler sampler = Sampler.builder()
                        .grammar(AMBIGUOUS, "root")
                        .logitBias(Map.of(a, 100f))
                        .greedy()
                        .build(model);
                Context context = model.newContext(ContextParams.defaults());
                Generation generation = Generation.start(
                        context,
                        sampler,
                        "x",
                        GenerationParams.builder().maxTokens(40).build())) {
            assertThatThrownBy(generation::result)
                    .isInstanceOfSatisfying(
                            NativeException.class, e -> assertThat(e.function()).isEqualTo("llama_sampler_sample"))
                    .hasMessage("llama.cpp's llama_sampler_sample failed: the grammar is ambiguous: after token " + a
                            + " it follows 6144 parses at once; at most " + GrammarLimits.MAX_GRAMMAR_STACKS
                            + " are allowed");
        }
    }

    @Test
    void anUnambiguousRecursiveGrammarGeneratesToTheEnd() {
        String nested = "root ::= s\ns ::= \"a\" s \"b\" | \"\"\n";
        try (Sampler sampler = Sampler.builder()
                        .grammar(nested, "root")
                        .logitBias(Map.of(a, 100f))
                        .greedy()
                        .build(model);
                Context context = model.newContext(ContextParams.defaults());
                Generation generation = Generation.start(
                        context,
                        sampler,
                        "x",
                        GenerationParams.builder().maxTokens(40).build())) {
            Generation.Result result = generation.result();
            assertThat(result.tokens()).hasSize(40).containsOnly(a);
        }
    }
}
