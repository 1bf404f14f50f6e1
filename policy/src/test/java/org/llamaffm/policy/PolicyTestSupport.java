package org.llamaffm.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the policy tests share: the process's RSS. */
final class PolicyTestSupport {

    private PolicyTestSupport() {}

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
