package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.testkit.LlamaCppSource;

/**
 * llama.cpp's tokenizer test vectors (models/ggml-vocab-*.gguf.inp / .out, the inputs and
 * expected ids of its test-tokenizer-0) through {@link Vocab#tokenize}: every case must match.
 */
class TokenizerVectorsTest {

    private static final byte[] SEPARATOR = "\n__ggml_vocab_test__\n".getBytes(StandardCharsets.UTF_8);

    static Stream<Path> vocabsWithVectors() throws IOException {
        try (Stream<Path> files = Files.list(LlamaCppSource.dir().resolve("models"))) {
            List<Path> vocabs = files.filter(f -> f.getFileName().toString().matches("ggml-vocab-.*\\.gguf"))
                    .filter(f -> Files.exists(Path.of(f + ".inp")) && Files.exists(Path.of(f + ".out")))
                    .sorted()
                    .toList();
            assertThat(vocabs).hasSizeGreaterThanOrEqualTo(15);
            return vocabs.stream();
        }
    }

    /** The .inp file split as test-tokenizer-0 does it, as raw bytes. */
    private static List<byte[]> inputs(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        List<byte[]> inputs = new ArrayList<>();
        int pos = 0;
        while (pos < raw.length) {
            int next = indexOf(raw, SEPARATOR, pos);
            if (next < 0) {
                inputs.add(Arrays.copyOfRange(raw, pos, raw.length));
                break;
            }
            inputs.add(Arrays.copyOfRange(raw, pos, next));
            pos = next + SEPARATOR.length;
        }
        return inputs;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @ParameterizedTest
    @MethodSource("vocabsWithVectors")
    void everyVectorTokenizesToTheExpectedIds(Path vocabFile) throws IOException {
        List<byte[]> inputs = inputs(Path.of(vocabFile + ".inp"));
        List<String> outputs = Files.readAllLines(Path.of(vocabFile + ".out"), StandardCharsets.UTF_8);
        assertThat(inputs).hasSameSizeAs(outputs);
        List<String> failures = new ArrayList<>();
        try (Model model =
                Model.load(vocabFile, ModelParams.builder().vocabOnly(true).build())) {
            for (int i = 0; i < inputs.size(); i++) {
                String expectedText = outputs.get(i).strip();
                int[] expected = expectedText.isEmpty()
                        ? new int[0]
                        : Arrays.stream(expectedText.split(" "))
                                .mapToInt(Integer::parseInt)
                                .toArray();
                int[] actual = model.vocab().tokenize(inputs.get(i), false, false);
                if (!Arrays.equals(actual, expected)) {
                    failures.add("case " + i + ": expected " + Arrays.toString(expected) + ", got "
                            + Arrays.toString(actual));
                }
            }
        }
        System.out.printf(
                "tokenizer vectors: %-40s %3d/%3d pass%n",
                vocabFile.getFileName(), inputs.size() - failures.size(), inputs.size());
        assertThat(failures).isEmpty();
    }
}
