package org.llamaffm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.testkit.SyntheticModel;

/**
 * The built-in demo model: a ~20M-parameter llama model with random F16 weights and GPT-2's
 * tokenizer, written once into the llama-ffm cache folder by the pure-Java GGUF writer. Its text is
 * noise; it exists so that every command works on a fresh machine without a download, and for
 * honest benchmarks of the pipeline.
 */
final class DemoModel {

    /** Bump when the recipe changes, so an old file is not reused. */
    private static final String RECIPE = "v1-gpt2-4x256-f16-seed42";

    private static final String VOCAB = "ggml-vocab-gpt-2.gguf";

    private DemoModel() {}

    /** The demo model's file, written on first use; says so on {@code err} (one line). */
    static Path path(PrintWriter err) {
        Path file = cacheFolder().resolve("demo").resolve("llama-ffm-demo-" + RECIPE + ".gguf");
        if (!Files.isRegularFile(file)) {
            write(file);
        }
        err.println("llama-ffm: using the built-in demo model (random weights: its text is noise) " + file);
        return file;
    }

    /** {@code -Dllamaffm.cache} (tests), else llama-ffm's cache folder ({@link LlamaRuntime#cacheFolder()}). */
    static Path cacheFolder() {
        String property = System.getProperty("llamaffm.cache");
        return property != null && !property.isBlank() ? Path.of(property) : LlamaRuntime.cacheFolder();
    }

    private static void write(Path file) {
        SyntheticModel.llama(vocab())
                .layers(4)
                .embedding(256)
                .feedForward(768)
                .heads(4, 4)
                .contextLength(2048)
                .weightType(GgmlType.F16)
                .seed(42)
                .write(file);
    }

    /** The bundled tokenizer (GPT-2's), unpacked into the cache folder once. */
    static Path vocab() {
        Path file = cacheFolder().resolve("demo").resolve(VOCAB);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try (InputStream in = DemoModel.class.getResourceAsStream(VOCAB)) {
            if (in == null) {
                throw new IllegalStateException("the demo tokenizer " + VOCAB + " is not in this build of the command");
            }
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "vocab", ".tmp");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo tokenizer to " + file, e);
        }
    }
}
