package org.llamaffm.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.llamaffm.policy.AdmissionDeniedException.Reason;

/**
 * SHA-256 of model files, streamed (constant memory), cached by path, size, modification time,
 * file key (device and inode) and status change time: a file replaced or rewritten in place is
 * hashed again, even when the writer sets the modification time back. Links are followed (the
 * {@link Sandbox} resolves and checks paths before it hashes).
 */
public final class ModelHasher {

    private record Identity(Path path, FileState state) {}

    private final Map<Identity, String> cache = new ConcurrentHashMap<>();

    /**
     * The lower-case hex SHA-256 of {@code file}.
     *
     * @throws AdmissionDeniedException {@link Reason#UNREADABLE} when it cannot be read, {@link Reason#CHANGED}
     *                                  when it changed while it was read
     */
    public String sha256(Path file) {
        return sha256(file, file);
    }

    /** As {@link #sha256(Path)}, reading {@code file} (an open file's descriptor, say) and naming {@code named}. */
    String sha256(Path file, Path named) {
        Path path = file.toAbsolutePath().normalize();
        try {
            Identity before = identity(path);
            String cached = cache.get(before);
            if (cached != null) {
                return cached;
            }
            String hash = digest(path);
            if (!identity(path).equals(before)) {
                throw new AdmissionDeniedException(Reason.CHANGED, named, path + " changed while it was hashed", null);
            }
            cache.put(before, hash);
            return hash;
        } catch (IOException e) {
            throw new AdmissionDeniedException(Reason.UNREADABLE, named, "cannot read " + path + ": " + e, e);
        }
    }

    private static Identity identity(Path path) throws IOException {
        return new Identity(path, FileState.of(path));
    }

    private static String digest(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
