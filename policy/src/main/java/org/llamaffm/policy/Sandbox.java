package org.llamaffm.policy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.llamaffm.GgufFile;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;

/**
 * The entry point for applications that serve several callers: everything goes through a
 * {@link Policy}. This part admits models: a file is loaded only if its real path is inside an
 * allowed root, its SHA-256 is on the allowlist, the strict validator accepts it, and its chat
 * template (when the policy says so) is approved. The file is opened once; hashing, validation
 * and llama.cpp's load all read that same open file ({@code /proc/self/fd/N} on Linux), so it
 * cannot be swapped between the checks and the load.
 */
public final class Sandbox {

    private final Policy policy;
    private final List<Path> roots;
    private final ModelHasher hasher = new ModelHasher();
    /** Test hook: runs between the checks and the load (to prove a swap then changes nothing). */
    Runnable beforeLoad = () -> { };

    private Sandbox(Policy policy, List<Path> roots) {
        this.policy = policy;
        this.roots = roots;
    }

    /**
     * A sandbox for {@code policy}.
     *
     * @throws IllegalArgumentException when a model root does not exist
     */
    public static Sandbox create(Policy policy) {
        List<Path> roots = new ArrayList<>();
        for (Path root : policy.modelRoots()) {
            try {
                roots.add(root.toRealPath());
            } catch (IOException e) {
                throw new IllegalArgumentException("model root " + root + " does not exist", e);
            }
        }
        return new Sandbox(policy, List.copyOf(roots));
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Admits and loads a model.
     *
     * @throws ModelRejectedException naming the check the file failed
     */
    public Model admit(Path file, ModelParams params) {
        Objects.requireNonNull(file, "file");
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new ModelRejectedException(ModelValidator.Check.UNREADABLE, file, "cannot resolve the path: " + e, e);
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new ModelRejectedException(ModelValidator.Check.OUTSIDE_ROOTS, file, "its real path " + real
                    + " is not inside the policy's model roots " + roots, null);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new ModelRejectedException(ModelValidator.Check.NOT_A_FILE, file, real + " is not a regular file", null);
        }
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                PinnedFile pinned = PinnedFile.of(channel, real)) {
            String sha256 = hasher.sha256(pinned.path());
            if (!policy.models().containsKey(sha256)) {
                throw new ModelRejectedException(ModelValidator.Check.NOT_ALLOWED, file, "SHA-256 " + sha256
                        + " is not on the policy's allowlist", null);
            }
            GgufFile gguf = ModelValidator.validate(pinned.path(), new ModelValidator.Rules(
                    org.llamaffm.Gguf.Limits.DEFAULT, policy.architectures()));
            checkChatTemplate(file, gguf);
            beforeLoad.run();
            return Model.load(pinned.path(), params);
        } catch (IOException e) {
            throw new ModelRejectedException(ModelValidator.Check.UNREADABLE, file, e.toString(), e);
        }
    }

    private void checkChatTemplate(Path file, GgufFile gguf) {
        var template = gguf.getString("tokenizer.chat_template");
        if (template.isEmpty() || !policy.requireApprovedChatTemplate()) {
            return;
        }
        String sha256 = sha256(template.get());
        if (!policy.approvedChatTemplates().contains(sha256)) {
            throw new ModelRejectedException(ModelValidator.Check.CHAT_TEMPLATE_NOT_APPROVED, file,
                    "its chat template (SHA-256 " + sha256 + ") is not approved", null);
        }
    }

    /** The SHA-256 (lower-case hex) of a chat template's UTF-8 text, as a policy lists it. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The path of an open file that reopens that file, not whatever now has its name: the
     * file descriptor's entry in {@code /proc/self/fd} (Linux). Elsewhere the real path, with its
     * identity checked again after use.
     */
    private record PinnedFile(Path path, Object identity) implements AutoCloseable {

        static PinnedFile of(FileChannel channel, Path real) throws IOException {
            Object identity = Files.readAttributes(real, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey();
            Path fds = Path.of("/proc/self/fd");
            if (Files.isDirectory(fds)) {
                Set<Path> candidates = new HashSet<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
                    for (Path fd : entries) {
                        try {
                            if (Files.readSymbolicLink(fd).equals(real) && Objects.equals(identity, Files.readAttributes(fd,
                                    java.nio.file.attribute.BasicFileAttributes.class).fileKey())) {
                                candidates.add(fd);
                            }
                        } catch (IOException ignored) {
                            // closed meanwhile, or not a link: not ours
                        }
                    }
                }
                if (!candidates.isEmpty()) {
                    return new PinnedFile(candidates.iterator().next(), identity); // any open fd of this very inode
                }
            }
            return new PinnedFile(real, identity);
        }

        @Override
        public void close() {
            // the channel owning the descriptor is closed by its own try-with-resources
        }
    }
}
