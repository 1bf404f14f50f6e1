package org.llamaffm.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of model files, streamed (constant memory), cached by path, size, modification time,
 * file key (device and inode) and status change time: a file replaced or rewritten in place is
 * hashed again, even when the writer sets the modification time back. Links are followed (the
 * {@link Sandbox} resolves and checks paths before it hashes).
 */
public final class ModelHasher {

    private record Identity(Path path, FileState state) {
    }

    private final Map<Identity, String> cache = new ConcurrentHashMap<>();

    /**
     * The lower-case hex SHA-256 of {@code file}.
     *
     * @throws UncheckedIOException when it cannot be read, or changed while it was read
     */
    public String sha256(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Identity before = identity(path);
        String cached = cache.get(before);
        if (cached != null) {
            return cached;
        }
        String hash = digest(path);
        if (!identity(path).equals(before)) {
            throw new UncheckedIOException(new IOException(path + " changed while it was hashed"));
        }
        cache.put(before, hash);
        return hash;
    }

    private static Identity identity(Path path) {
        return new Identity(path, FileState.of(path));
    }

    private static String digest(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
