package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Greedy generation through the Java API against llama.cpp's own examples/simple (llama-simple,
 * built from the same source and build by the native module): same model, prompt and length
 * must give the same text, byte for byte.
 */
class LlamaSimpleParityTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}, {1} layers, {2}: \"{3}\"")
    @CsvSource({
        "llama-spm, 2, F32, 'Hello, my name is'",
        "llama-spm, 3, F16, The quick brown fox jumps over the lazy dog",
        "llama-bpe, 2, F32, Once upon a time in a land far away",
    })
    void greedyTextIsIdenticalToLlamaSimple(String vocab, int layers, GgmlType type, String prompt) throws Exception {
        Path simple = Path.of(System.getProperty("llamaffm.test.tools", "")).resolve("llama-simple");
        assumeTrue(Files.isExecutable(simple), "llama-simple not built (build with -Dllamaffm.native.tools=ON)");
        Path model = temp.resolve(vocab + "-" + layers + ".gguf");
        SyntheticModel.llama(LlamaCppSource.vocab(vocab))
                .layers(layers)
                .weightType(type)
                .seed(layers * 31L)
                .write(model);
        int predict = 48;

        Process process = new ProcessBuilder(
                        simple.toString(), "-m", model.toString(), "-n", String.valueOf(predict), prompt)
                .redirectError(temp.resolve("simple.log").toFile())
                .start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        process.getInputStream().transferTo(stdout);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(temp.resolve("simple.log")))
                .isZero();
        String expected = stdout.toString(StandardCharsets.UTF_8);

        try (Model m = Model.load(model)) {
            int[] promptTokens = m.vocab().tokenize(prompt, true, true);
            // llama-simple's context: n_ctx = prompt + n_predict - 1, n_batch = prompt, 4 threads (ggml's default)
            ContextParams params = ContextParams.builder()
                    .contextSize(promptTokens.length + predict - 1)
                    .batchSize(promptTokens.length)
                    .threads(4)
                    .build();
            try (Context context = m.newContext(params);
                    Sampler greedy = Sampler.greedy(m)) {
                StringBuilder actual = new StringBuilder();
                for (int token : promptTokens) {
                    actual.append(m.vocab().tokenToPiece(token, true));
                }
                Generation.Result result = Generation.run(
                        context,
                        greedy,
                        prompt,
                        GenerationParams.builder()
                                .maxTokens(predict)
                                .parseSpecial(true)
                                .renderSpecial(true)
                                .build());
                actual.append(result.text()).append('\n');
                System.out.printf(
                        "parity with llama-simple: %s %d-layer %s, %d prompt + %d generated tokens (%s): %s%n",
                        vocab,
                        layers,
                        type,
                        promptTokens.length,
                        result.tokens().length,
                        result.stopReason(),
                        expected.contentEquals(actual) ? "identical" : "DIFFERENT");
                assertThat(actual.toString()).isEqualTo(expected);
                assertThat(result.tokens().length).isGreaterThan(predict / 2);
            }
        }
    }
}
