package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ModelLoadException.Reason;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

class ModelTest {

    @TempDir
    static Path temp;

    private static Path tiny;

    @BeforeAll
    static void writeModel() throws IOException {
        tiny = temp.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(3)
                .write(tiny);
    }

    @Test
    void loadsAModelAndReportsItsShapeAndMetadata() {
        try (Model model = Model.load(tiny)) {
            assertThat(model.embeddingSize()).isEqualTo(64);
            assertThat(model.layerCount()).isEqualTo(2);
            assertThat(model.headCount()).isEqualTo(4);
            assertThat(model.trainedContextLength()).isEqualTo(512);
            assertThat(model.parameterCount()).isEqualTo(32000L * 64 + 64 + 2 * (64 + 4 * 64 * 64 + 64 + 3 * 64 * 128));
            assertThat(model.sizeBytes()).isEqualTo(model.parameterCount() * Float.BYTES);
            assertThat(model.description()).startsWith("llama ");
            assertThat(model.metadata("general.architecture")).contains("llama");
            assertThat(model.metadata("general.name"))
                    .hasValueSatisfying(n -> assertThat(n).contains("random weights"));
            assertThat(model.metadata("no.such.key")).isEmpty();
            assertThat(model.metadata()).containsEntry("llama.block_count", "2").containsKey("tokenizer.ggml.model");
            assertThat(model.chatTemplate()).isEmpty();
            assertThat(model.vocab().size()).isEqualTo(32000);
            assertThat(model.file()).isEqualTo(tiny.toAbsolutePath());
        }
    }

    @Test
    void theProgressListenerSeesTheLoadAndCanCancelIt() {
        List<Float> seen = new ArrayList<>();
        try (Model model = Model.load(
                tiny, ModelParams.builder().progress(p -> seen.add(p)).build())) {
            assertThat(model.layerCount()).isEqualTo(2);
        }
        assertThat(seen).isNotEmpty().isSorted().last().isEqualTo(1.0f);

        assertThatThrownBy(() -> Model.load(
                        tiny, ModelParams.builder().progress(p -> false).build()))
                .isInstanceOfSatisfying(
                        ModelLoadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CANCELLED))
                .hasMessageContaining("model load cancelled by the progress listener");

        IllegalStateException boom = new IllegalStateException("listener failed");
        assertThatThrownBy(() -> Model.load(
                        tiny,
                        ModelParams.builder()
                                .progress(p -> {
                                    throw boom;
                                })
                                .build()))
                .isSameAs(boom);
    }

    @Test
    void missingFile() {
        Path missing = temp.resolve("missing.gguf");
        assertThatThrownBy(() -> Model.load(missing))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FILE_NOT_FOUND);
                    assertThat(e.file()).isEqualTo(missing);
                })
                .hasMessage("model file not found or not readable: " + missing);
        assertThatThrownBy(() -> Model.load(temp))
                .isInstanceOfSatisfying(
                        ModelLoadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FILE_NOT_FOUND));
    }

    @Test
    void notAGgufFile() throws IOException {
        Path file = temp.resolve("model.bin");
        Files.writeString(file, "PK\u0003\u0004 this is a zip, not a model");
        assertThatThrownBy(() -> Model.load(file))
                .isInstanceOfSatisfying(
                        ModelLoadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_GGUF))
                .hasMessageContaining("not a GGUF model file")
                .hasMessageContaining("magic 0x04034b50");
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(tiny);
        Path file = temp.resolve("cut.gguf");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1000));
        assertThatThrownBy(() -> Model.load(file))
                .isInstanceOfSatisfying(
                        ModelLoadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED))
                .hasMessageContaining("model file is truncated")
                .hasMessageContaining("tensor data ends at");
    }

    @Test
    void unsupportedArchitecture() {
        Path file = temp.resolve("alien.gguf");
        Gguf.writer()
                .put("general.architecture", GgufValue.ofString("alien-9000"))
                .write(file);
        assertThatThrownBy(() -> Model.load(file))
                .isInstanceOfSatisfying(
                        ModelLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_ARCHITECTURE))
                .hasMessage("llama.cpp does not support the architecture 'alien-9000' of " + file);
    }

    @Test
    void otherNativeFailuresCarryLlamaCppsOwnError() {
        Path file = temp.resolve("no-tensors.gguf");
        GgufFile source = Gguf.read(tiny);
        GgufWriter writer = Gguf.writer();
        source.metadata().forEach(writer::put);
        writer.write(file); // a llama model without its tensors
        assertThatThrownBy(() -> Model.load(file))
                .isInstanceOfSatisfying(
                        ModelLoadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FAILED))
                .hasMessageContaining("llama.cpp could not load")
                .hasMessageContaining("token_embd.weight");
    }

    @Test
    void invalidParamsAreRejectedBeforeLoading() {
        assertThatThrownBy(() -> ModelParams.builder().gpuLayers(-2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gpuLayers must be -1 (all) or >= 0, was -2");
        assertThatThrownBy(() -> ModelParams.builder().mainGpu(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mainGpu must be >= 0, was -1");
        assertThatThrownBy(
                        () -> Model.load(tiny, ModelParams.builder().mainGpu(3).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mainGpu 3 does not exist: there are 0 GPU devices");
    }

    @Test
    void closeIsIdempotentAndAClosedModelSaysSo() {
        Model model = Model.load(tiny, ModelParams.builder().vocabOnly(true).build());
        Vocab vocab = model.vocab();
        model.close();
        model.close();
        assertThat(model.isClosed()).isTrue();
        assertThatThrownBy(model::layerCount)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the model is closed: " + tiny.toAbsolutePath());
        assertThatThrownBy(() -> vocab.tokenize("hi")).isInstanceOf(IllegalStateException.class);
    }
}
