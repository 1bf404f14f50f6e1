package org.llamaffm.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.testkit.SyntheticModel;

/** The files the benchmarks use: llama.cpp's vocab files from the pinned source, a tiny synthetic model. */
final class Fixtures {

    private Fixtures() {}

    /** models/ggml-vocab-NAME.gguf of the llama.cpp source the native build used. */
    static Path vocab(String name) {
        Path root = Path.of(System.getProperty("llamaffm.bench.root", "."));
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("native/target/llama-cpp-source.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("build the project first (mvn -B -q install -DskipTests)", e);
        }
        return Path.of(properties.getProperty("llama.cpp.dir")).resolve("models/ggml-vocab-" + name + ".gguf");
    }

    /** The CLI's demo recipe: ~16M parameters, F16, GPT-2 tokenizer; written once into the temp folder. */
    static Path tinyModel() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "llama-ffm-bench-tiny-f16.gguf");
        if (!Files.isRegularFile(file)) {
            SyntheticModel.llama(vocab("gpt-2"))
                    .layers(4)
                    .embedding(256)
                    .feedForward(768)
                    .heads(4, 4)
                    .contextLength(2048)
                    .weightType(GgmlType.F16)
                    .seed(42)
                    .write(file);
        }
        return file;
    }
}
