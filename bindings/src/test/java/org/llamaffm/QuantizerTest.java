package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** llama.cpp's quantizer: a result that appears whole or not at all, and typed failures. */
class QuantizerTest {

    @TempDir
    Path dir;

    @Test
    void aModelIsQuantizedIntoTheTargetFile() throws Exception {
        Path source = dir.resolve("f32.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(1)
                .embedding(64)
                .feedForward(128)
                .heads(2, 2)
                .seed(3)
                .write(source);

        Path target = dir.resolve("q8.gguf");
        Quantizer.quantize(source, target, GgmlType.Q8_0, 1);

        GgufFile quantized = Gguf.read(target);
        assertThat(quantized.tensors()).anySatisfy(t -> assertThat(t.type()).isEqualTo(GgmlType.Q8_0));
        try (Model model = Model.load(target)) {
            assertThat(model.vocab().size()).isEqualTo(32000);
        }
    }

    @Test
    void aConversionLlamaCppCannotDoIsAQuantizeExceptionAndLeavesNoTarget() throws Exception {
        Path source = dir.resolve("vocab.gguf");
        Files.copy(LlamaCppSource.vocab("llama-spm"), source);
        Path target = dir.resolve("no-such-folder").resolve("out.gguf"); // llama.cpp cannot write there

        assertThatThrownBy(() -> Quantizer.quantize(source, target, GgmlType.Q8_0, 1))
                .isInstanceOfSatisfying(
                        QuantizeException.class, e -> assertThat(e.source()).isEqualTo(source))
                .hasMessageStartingWith("llama.cpp could not quantize " + source + " to Q8_0: ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("vocab.gguf");
        }
        // the source is checked as GGUF before llama.cpp reads it
        Path notGguf = Files.writeString(dir.resolve("model.bin"), "not a model");
        assertThatThrownBy(() -> Quantizer.quantize(notGguf, dir.resolve("q.gguf"), GgmlType.Q8_0, 1))
                .isInstanceOf(GgufException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("vocab.gguf", "model.bin");
        }
    }
}
