package org.llamaffm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.Model;
import org.llamaffm.ModelLoadException;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.testkit.LlamaCppSource;

/** llama.cpp's log reaches System.Logger "llama.cpp" line by line, with mapped levels. */
class NativeLogTest {

    @TempDir
    Path temp;

    private record Line(Level level, String text) {}

    /** A System.Logger that records what it gets. */
    private static class Recording implements System.Logger {
        final List<Line> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String getName() {
            return "llama.cpp";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(new Line(level, msg));
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(new Line(level, format));
        }

        @Override
        public void log(Level level, Supplier<String> supplier) {
            lines.add(new Line(level, supplier.get()));
        }
    }

    @Test
    void linesArriveWholeWithMappedLevels() throws Exception {
        org.llamaffm.LlamaRuntime.get();
        Recording recording = new Recording();
        System.Logger old = NativeLog.redirect(recording);
        try {
            try (Model model = Model.load(
                    LlamaCppSource.vocab("llama-spm"),
                    ModelParams.builder().vocabOnly(true).build())) {
                assertThat(model.vocab().size()).isEqualTo(32000);
            }
            Path alien = Gguf.writer()
                    .put("general.architecture", GgufValue.ofString("nope"))
                    .writeTo(temp.resolve("x.gguf"));
            assertThatThrownBy(() -> Model.load(alien)).isInstanceOf(ModelLoadException.class);
        } finally {
            NativeLog.redirect(old);
        }
        assertThat(recording.lines).contains(new Line(Level.DEBUG, "llama_model_load: vocab only - skipping tensors"));
        assertThat(recording.lines).anySatisfy(line -> {
            assertThat(line.level()).isEqualTo(Level.ERROR);
            assertThat(line.text()).contains("unknown model architecture: 'nope'");
        });
        assertThat(recording.lines)
                .allSatisfy(line -> assertThat(line.text()).isNotBlank().doesNotEndWith("\n"));
    }

    /** A logger that wants warnings and errors only, and records whatever reaches it all the same. */
    private static final class WarningsOnly extends Recording {
        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= Level.WARNING.getSeverity();
        }
    }

    @Test
    void linesNobodyWantsAreNotPassedOnButErrorsAreStillCaptured() throws Exception {
        org.llamaffm.LlamaRuntime.get();
        WarningsOnly recording = new WarningsOnly();
        System.Logger old = NativeLog.redirect(recording);
        Path alien = Gguf.writer()
                .put("general.architecture", GgufValue.ofString("nope"))
                .writeTo(temp.resolve("x.gguf"));
        try {
            try (Model model = Model.load(
                    LlamaCppSource.vocab("llama-spm"),
                    ModelParams.builder().vocabOnly(true).build())) {
                assertThat(model.vocab().size()).isEqualTo(32000);
            }
            assertThatThrownBy(() -> Model.load(alien)).isInstanceOf(ModelLoadException.class);
        } finally {
            NativeLog.redirect(old);
        }
        assertThat(recording.lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.level()).isIn(Level.WARNING, Level.ERROR));
    }
}
