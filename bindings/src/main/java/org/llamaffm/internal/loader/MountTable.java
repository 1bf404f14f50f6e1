package org.llamaffm.internal.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a folder lies on a file system mounted {@code noexec}, where shared libraries cannot be
 * mapped executable (a common hardening of {@code /tmp}). Linux only; elsewhere, never.
 */
final class MountTable {

    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");

    private MountTable() {}

    static boolean isNoExec(Path folder) {
        if (!Files.isReadable(MOUNTINFO)) {
            return false;
        }
        try {
            return isNoExec(existingRealPath(folder), Files.readAllLines(MOUNTINFO));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param realPath a real (symlink-free, absolute) path
     * @param mountinfo the lines of {@code /proc/self/mountinfo}
     */
    static boolean isNoExec(Path realPath, List<String> mountinfo) {
        String best = null;
        boolean noexec = false;
        for (String line : mountinfo) {
            // id parent major:minor root mount-point mount-options [optional...] - type source super-options
            String[] fields = line.split(" ");
            if (fields.length < 6) {
                continue;
            }
            String mountPoint = unescape(fields[4]);
            if (realPath.startsWith(Path.of(mountPoint)) && (best == null || mountPoint.length() >= best.length())) {
                best = mountPoint;
                noexec = List.of(fields[5].split(",")).contains("noexec");
            }
        }
        return noexec;
    }

    private static Path existingRealPath(Path folder) throws IOException {
        Path p = folder.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder.toAbsolutePath() : p.toRealPath();
    }

    // mountinfo escapes space, tab, newline and backslash as \ooo octal.
    private static String unescape(String s) {
        var sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
