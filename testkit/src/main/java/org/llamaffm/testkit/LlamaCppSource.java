package org.llamaffm.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinned llama.cpp source tree that the native build used, as the tests find it: its commit, and
 * the vocab-only GGUF files in its {@code models/} folder. Paths are relative to the repository root,
 * the system property {@code llamaffm.test.root} (each module's surefire sets it; default {@code ..}).
 */
public final class LlamaCppSource {

    private LlamaCppSource() {}

    /** The pinned llama.cpp commit, as cmake/llama-cpp-source.cmake states it. */
    public static String pinnedCommit() {
        Path script = root().resolve("cmake/llama-cpp-source.cmake");
        Matcher m = Pattern.compile("set\\(LLAMA_FFM_LLAMA_CPP_COMMIT \"([0-9a-f]{40})\"\\)")
                .matcher(read(script));
        if (!m.find()) {
            throw new IllegalStateException("no pinned commit in " + script);
        }
        return m.group(1);
    }

    /** The source folder, as native-build.cmake recorded it in native/target/llama-cpp-source.properties. */
    public static Path dir() {
        Path info = root().resolve("native/target/llama-cpp-source.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "no llama.cpp source recorded in " + info + "; build the native module first", e);
        }
        return Path.of(properties.getProperty("llama.cpp.dir"));
    }

    /** One of llama.cpp's vocab-only models, e.g. {@code "llama-spm"} for models/ggml-vocab-llama-spm.gguf. */
    public static Path vocab(String name) {
        Path file = dir().resolve("models/ggml-vocab-" + name + ".gguf");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no vocab model " + file);
        }
        return file;
    }

    private static Path root() {
        return Path.of(System.getProperty("llamaffm.test.root", ".."));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
