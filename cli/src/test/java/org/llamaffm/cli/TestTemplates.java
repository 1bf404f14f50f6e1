package org.llamaffm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** llama.cpp's own chat template files, from the pinned source the native build used. */
final class TestTemplates {

    private TestTemplates() {}

    /** The path of models/templates/{@code name}.jinja. */
    static String file(String name) throws IOException {
        Properties source = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("../native/target/llama-cpp-source.properties"))) {
            source.load(in);
        }
        Path file = Path.of(source.getProperty("llama.cpp.dir"), "models", "templates", name + ".jinja");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no chat template " + file);
        }
        return file.toString();
    }
}
