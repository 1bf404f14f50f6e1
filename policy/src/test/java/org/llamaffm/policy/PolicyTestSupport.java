package org.llamaffm.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What the policy tests share: llama.cpp's vocab files from the pinned source, the process's RSS. */
final class PolicyTestSupport {

    private PolicyTestSupport() {
    }

    /** models/ggml-vocab-NAME.gguf of the llama.cpp source the native build used. */
    static Path vocab(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("llamaffm.test.root", ".."))
                .resolve("native/target/llama-cpp-source.properties"))) {
            properties.load(in);
        }
        return Path.of(properties.getProperty("llama.cpp.dir")).resolve("models/ggml-vocab-" + name + ".gguf");
    }

    /** Resident set size in KiB (Linux /proc). */
    static long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
