package org.llamaffm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The platform classifier this build packaged (set by Maven). */
    public static String platform() {
        return System.getProperty("llamaffm.test.platform");
    }
}
