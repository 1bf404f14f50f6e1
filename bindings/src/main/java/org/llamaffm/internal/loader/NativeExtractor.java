package org.llamaffm.internal.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Extracts the libraries of a platform jar into a versioned cache folder and verifies them.
 *
 * <p>The folder is named after the build ({@code <shim version>-<platform>-<manifest digest>}), so
 * two builds never share one. Every file is checked against the manifest's SHA-256 each time; a
 * folder that fails is rebuilt under a file lock (two JVMs extracting at once both succeed) in a
 * temporary sibling and renamed into place, so nobody ever loads a half-written library.
 */
public final class NativeExtractor {

    private static final System.Logger LOG = System.getLogger(NativeExtractor.class.getName());

    /**
     * @param folder   the verified folder holding the libraries and the manifest
     * @param reused   true when the folder was already complete and nothing was written
     * @param repaired the problems found in an existing folder that was then rewritten, one per file
     */
    public record Result(Path folder, boolean reused, List<String> repaired) {}

    /** In a verified folder: the identity of its files when they were last hashed (see {@link #verify}). */
    static final String STAMP_FILE = ".verified";

    private static final Duration SETTLE = Duration.ofSeconds(2);

    private static final String UNSETTLED = "unsettled\n";

    private NativeExtractor() {}

    /** The cache folder name of a build. */
    static String folderName(NativeManifest manifest) {
        return manifest.shimVersion() + "-" + manifest.platform() + "-"
                + manifest.digest().substring(0, 16);
    }

    /**
     * Makes sure {@code base/<folder name>} holds exactly the manifest's libraries.
     *
     * @param resourceDir the class path folder of the platform, e.g. {@code META-INF/native/linux-x86_64/}
     * @throws IOException naming the file and the problem when the jar itself is damaged or the
     *                     folder cannot be written
     */
    public static Result extract(
            NativeManifest manifest, byte[] manifestBytes, ClassLoader loader, String resourceDir, Path base)
            throws IOException {
        Path folder = base.resolve(folderName(manifest));
        if (verify(folder, manifest).isEmpty()) {
            return new Result(folder, true, List.of());
        }
        Files.createDirectories(base);
        // The file lock serializes JVMs; the monitor serializes threads of this JVM, which a
        // FileLock does not (it throws OverlappingFileLockException instead).
        synchronized (NativeExtractor.class) {
            try (FileChannel channel = FileChannel.open(
                            base.resolve(folder.getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                List<String> problems = verify(folder, manifest);
                if (problems.isEmpty()) {
                    return new Result(folder, true, List.of()); // another JVM finished it meanwhile
                }
                boolean existed = Files.exists(folder);
                if (existed) {
                    LOG.log(
                            Level.WARNING,
                            "llama-ffm: native cache " + folder + " is damaged, extracting again: "
                                    + String.join("; ", problems));
                }
                Path tmp = Files.createTempDirectory(base, folder.getFileName() + ".tmp-");
                try {
                    for (String name : manifest.files()) {
                        copyVerified(
                                loader,
                                resourceDir + name,
                                tmp.resolve(name),
                                manifest.sha256().get(name));
                    }
                    Files.write(tmp.resolve(NativeManifest.FILE_NAME), manifestBytes);
                    if (existed) {
                        Path old = Files.createTempDirectory(base, folder.getFileName() + ".old-");
                        Files.delete(old);
                        Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
                        deleteTree(old);
                    }
                    try {
                        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, folder);
                    }
                } finally {
                    deleteTree(tmp);
                }
                return new Result(folder, false, existed ? List.copyOf(problems) : List.of());
            }
        }
    }

    /**
     * Checks a folder against a manifest.
     *
     * @return one line per problem, naming the file; empty when every file is present and intact
     */
    public static List<String> verify(Path folder, NativeManifest manifest) {
        return verify(folder, manifest, SETTLE);
    }

    /**
     * Hashing the libraries costs ~150 ms of CPU per start on a C1-only JVM (the launcher's: the SHA-256
     * intrinsic is C2's), so a folder that passed once records the identity of each file (size, mtime, ctime,
     * inode, device) in {@link #STAMP_FILE}, and the next checks hash only when one differs. Any write, chmod,
     * touch or replacement of a library changes its ctime or inode, which a process cannot set back; so a
     * tampered library is still hashed and detected. (A same-user process able to forge the stamp as well could
     * also swap a library between any check and the dlopen: no check before loading stops that one.) The stamp
     * is written only once every file's ctime is {@code settle} old, so that a write in the same tick of a
     * coarse file-system clock cannot hide behind an equal timestamp (git's "racily clean" files); where the
     * file system has no unix attributes, every check hashes.
     */
    static List<String> verify(Path folder, NativeManifest manifest, Duration settle) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(folder + ": no such folder");
            return problems;
        }
        String stamp = stamp(folder, manifest, settle);
        Path stampFile = folder.resolve(STAMP_FILE);
        if (stamp != null && stamp.equals(readOrNull(stampFile))) {
            return problems;
        }
        for (String name : manifest.files()) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                problems.add(name + ": missing in " + folder);
                continue;
            }
            try {
                String actual = sha256(file);
                String expected = manifest.sha256().get(name);
                if (!actual.equals(expected)) {
                    problems.add(name + ": SHA-256 " + actual + " does not match the manifest's " + expected + " ("
                            + file + ")");
                }
            } catch (IOException e) {
                problems.add(name + ": unreadable (" + e.getMessage() + ")");
            }
        }
        if (problems.isEmpty() && stamp != null && !stamp.startsWith(UNSETTLED)) {
            try {
                Path tmp = Files.createTempFile(folder, STAMP_FILE, ".tmp");
                Files.writeString(tmp, stamp);
                Files.move(tmp, stampFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | UnsupportedOperationException e) {
                // a read-only cache: every check hashes
            }
        }
        return problems;
    }

    /** The identity of the folder's files, one line each; null without unix attributes or with a file missing. */
    private static String stamp(Path folder, NativeManifest manifest, Duration settle) {
        StringBuilder stamp = new StringBuilder(manifest.digest()).append('\n');
        long newest = Long.MIN_VALUE;
        try {
            for (String name : manifest.files()) {
                Map<String, Object> a =
                        Files.readAttributes(folder.resolve(name), "unix:size,lastModifiedTime,ctime,ino,dev");
                FileTime ctime = (FileTime) a.get("ctime");
                newest = Math.max(newest, ctime.toMillis());
                stamp.append(name)
                        .append(' ')
                        .append(manifest.sha256().get(name))
                        .append(' ')
                        .append(a.get("size"))
                        .append(' ')
                        .append(a.get("lastModifiedTime"))
                        .append(' ')
                        .append(ctime)
                        .append(' ')
                        .append(a.get("ino"))
                        .append(' ')
                        .append(a.get("dev"))
                        .append('\n');
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
        boolean settled = System.currentTimeMillis() - newest >= settle.toMillis();
        return settled ? stamp.toString() : UNSETTLED + stamp;
    }

    private static String readOrNull(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = NativeManifest.newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void copyVerified(ClassLoader loader, String resource, Path target, String expectedSha256)
            throws IOException {
        MessageDigest digest = NativeManifest.newSha256();
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException(
                        "the platform jar lists " + resource + " in its manifest but does not contain it");
            }
            try (InputStream in = new DigestInputStream(raw, digest)) {
                Files.copy(in, target);
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new IOException("the platform jar's " + resource + " has SHA-256 " + actual
                    + " but its manifest says " + expectedSha256 + ": the jar is damaged or was altered");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
