package org.llamaffm.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What tells one version of a file from another without reading it: size, modification time,
 * file key (device and inode) and, on Unix, the status change time (ctime), which every write
 * moves and no unprivileged caller can set back (unlike the modification time).
 */
record FileState(long size, FileTime modified, Object fileKey, Object changed) {

    /** The state of {@code path} (links followed); the caller reports a failure in its own terms. */
    static FileState of(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        Object changed;
        try {
            changed = Files.getAttribute(path, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            changed = null; // no unix view (Windows): size, times and file key only
        }
        return new FileState(a.size(), a.lastModifiedTime(), a.fileKey(), changed);
    }
}
