package org.llamaffm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts the tests compare against, read from the build's own sources of truth. */
public final class TestSupport {

    private TestSupport() {
    }

    /** The pinned llama.cpp commit, as cmake/llama-cpp-source.cmake states it. */
    public static String pinnedCommit() throws IOException {
        Path script = Path.of(System.getProperty("llamaffm.test.root", "..")).resolve("cmake/llama-cpp-source.cmake");
        Matcher m = Pattern.compile("set\\(LLAMA_FFM_LLAMA_CPP_COMMIT \"([0-9a-f]{40})\"\\)").matcher(Files.readString(script));
        if (!m.find()) {
            throw new IllegalStateException("no pinned commit in " + script);
        }
        return m.group(1);
    }

    /**
     * The pinned llama.cpp source tree the native build used (its {@code models/} folder has the
     * vocab-only GGUF files and tokenizer vectors), as native-build.cmake recorded it.
     */
    public static Path llamaCppSource() throws IOException {
        Path info = Path.of(System.getProperty("llamaffm.test.root", "..")).resolve("native/target/llama-cpp-source.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            properties.load(in);
        }
        return Path.of(properties.getProperty("llama.cpp.dir"));
    }

    /** One of llama.cpp's vocab-only models, e.g. {@code "llama-spm"} for models/ggml-vocab-llama-spm.gguf. */
    public static Path vocabModel(String name) throws IOException {
        Path file = llamaCppSource().resolve("models/ggml-vocab-" + name + ".gguf");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no vocab model " + file);
        }
        return file;
    }

    /** The platform classifier this build packaged (set by Maven). */
    public static String platform() {
        return System.getProperty("llamaffm.test.platform");
    }
}
