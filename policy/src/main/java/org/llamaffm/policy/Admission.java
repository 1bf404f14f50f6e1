package org.llamaffm.policy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.llamaffm.ChatException;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.chat.ChatTemplate;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.AdmissionDeniedException.Reason;

/**
 * The checks a model file passes before llama.cpp sees it, in this order: its real path is inside
 * an allowed root, it is a regular file, its SHA-256 is on the allowlist, the strict validator
 * accepts it, and each of its chat templates is a string that passes the static template scan and,
 * when the policy says so, is approved. The file is opened once ({@link AdmittedFile}); hashing,
 * validation and llama.cpp's load all read that same open file ({@code /proc/self/fd/N} on Linux),
 * so it cannot be swapped between the checks and the load.
 */
final class Admission {

    /** The metadata key of a model's default chat template; named ones add {@code .<name>}. */
    private static final String CHAT_TEMPLATE_KEY = "tokenizer.chat_template";

    private final Policy policy;
    private final List<Path> roots;
    private final ModelHasher hasher = new ModelHasher();

    private Admission(Policy policy, List<Path> roots) {
        this.policy = policy;
        this.roots = roots;
    }

    /** @throws IllegalArgumentException when a model root does not exist */
    static Admission of(Policy policy) {
        List<Path> roots = new ArrayList<>();
        for (Path root : policy.modelRoots()) {
            try {
                roots.add(root.toRealPath());
            } catch (IOException e) {
                throw new IllegalArgumentException("model root " + root + " does not exist", e);
            }
        }
        return new Admission(policy, List.copyOf(roots));
    }

    /**
     * A file that passed every check: the open file, its SHA-256 and what the validator read.
     *
     * @param file   the open file (close it when the model is gone)
     * @param sha256 the SHA-256 on the allowlist
     * @param gguf   its metadata and tensors, as validated
     */
    record Checked(AdmittedFile file, String sha256, GgufFile gguf) {}

    /**
     * Runs every check that comes before the load.
     *
     * @return the checked file, held open until it is closed
     * @throws AdmissionDeniedException naming the sandbox's check the file failed
     * @throws ModelRejectedException   naming the validator's check the file failed
     */
    Checked check(Path file) {
        Objects.requireNonNull(file, "file");
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new AdmissionDeniedException(Reason.UNREADABLE, file, "cannot resolve the path: " + e, e);
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new AdmissionDeniedException(
                    Reason.OUTSIDE_ROOTS,
                    file,
                    "its real path " + real + " is not inside the policy's model roots " + roots,
                    null);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new AdmissionDeniedException(Reason.NOT_A_FILE, file, real + " is not a regular file", null);
        }
        AdmittedFile admitted = AdmittedFile.open(file, real);
        try {
            String sha256 = hasher.sha256(admitted.path(), file);
            if (!policy.models().containsKey(sha256)) {
                throw new AdmissionDeniedException(
                        Reason.NOT_ALLOWED, file, "SHA-256 " + sha256 + " is not on the policy's allowlist", null);
            }
            GgufFile gguf = ModelValidator.validate(
                    admitted.path(), new ModelValidator.Rules(Gguf.Limits.DEFAULT, policy.architectures()));
            checkChatTemplates(file, gguf);
            return new Checked(admitted, sha256, gguf);
        } catch (RuntimeException | Error e) {
            admitted.close();
            throw e;
        }
    }

    /**
     * Every metadata key llama.cpp can render as a chat template: {@code tokenizer.chat_template} and
     * each {@code tokenizer.chat_template.<name>} (llama_model_chat_template(model, name) in
     * src/llama-model.cpp reads any name; common_chat_templates_init asks for "tool_use", llama.cpp's
     * rerankers for "rerank"; Command-R files also carry "rag"). Each must be a string (llama.cpp
     * would render the text form of a number or bool), pass the static scan that every ChatTemplate
     * applies (llama.cpp's Jinja engine has no limits of its own), and, when the policy says so, have
     * an approved SHA-256.
     */
    private void checkChatTemplates(Path file, GgufFile gguf) {
        for (var entry : chatTemplates(gguf).entrySet()) {
            String key = entry.getKey();
            GgufValue value = entry.getValue();
            if (value.type() != GgufType.STRING) {
                throw new AdmissionDeniedException(
                        Reason.CHAT_TEMPLATE_UNSAFE,
                        file,
                        key + " is " + (value.type() == GgufType.ARRAY ? "an array" : "a " + value.type())
                                + ", not a string",
                        null);
            }
            String source = value.asString();
            try {
                ChatTemplate.check(key, source);
            } catch (ChatException e) {
                throw new AdmissionDeniedException(Reason.CHAT_TEMPLATE_UNSAFE, file, e.getMessage(), e);
            }
            String sha256 = sha256(source);
            if (policy.requireApprovedChatTemplate()
                    && !policy.approvedChatTemplates().contains(sha256)) {
                throw new AdmissionDeniedException(
                        Reason.CHAT_TEMPLATE_NOT_APPROVED,
                        file,
                        "its chat template " + key + " (SHA-256 " + sha256 + ") is not approved",
                        null);
            }
        }
    }

    /** {@link Sandbox#chatTemplates}. */
    static Map<String, GgufValue> chatTemplates(GgufFile gguf) {
        Map<String, GgufValue> templates = new LinkedHashMap<>();
        gguf.metadata().forEach((key, value) -> {
            if (key.equals(CHAT_TEMPLATE_KEY) || key.startsWith(CHAT_TEMPLATE_KEY + ".")) {
                templates.put(key, value);
            }
        });
        return templates;
    }

    /** {@link Sandbox#sha256}. */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file that passed the checks, held open until its model is freed: llama.cpp loads this very
     * inode through {@link #path()}, and sessions estimate their cost from it.
     */
    static final class AdmittedFile implements AutoCloseable {

        /** As the caller named it, for messages. */
        private final Path file;

        private final Path real;
        private final FileChannel channel;
        private final Path path;
        private final FileState checked;

        private AdmittedFile(Path file, Path real, FileChannel channel, Path path, FileState checked) {
            this.file = file;
            this.real = real;
            this.channel = channel;
            this.path = path;
            this.checked = checked;
        }

        static AdmittedFile open(Path file, Path real) {
            FileChannel channel = null;
            try {
                Set<Path> before = descriptorsOf(real);
                channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                Path path = pin(real, before);
                return new AdmittedFile(file, real, channel, path, FileState.of(path));
            } catch (IOException e) {
                closeQuietly(channel);
                throw new AdmissionDeniedException(Reason.UNREADABLE, file, e.toString(), e);
            } catch (RuntimeException | Error e) {
                closeQuietly(channel);
                throw e;
            }
        }

        /**
         * The path that reopens the open file, not whatever now has its name: its descriptor's entry in
         * {@code /proc/self/fd} (Linux), the one that was not open {@code before} (another descriptor of the same
         * file, a stream some other code is about to close, would vanish while a worker still needs it). Elsewhere
         * the real path, whose state is checked again after the load.
         */
        private static Path pin(Path real, Set<Path> before) throws IOException {
            Set<Path> now = descriptorsOf(real);
            now.removeAll(before);
            if (now.isEmpty()) {
                now = descriptorsOf(real); // ours took a number that was closed meanwhile: any of this inode
            }
            return now.isEmpty() ? real : now.iterator().next();
        }

        /** The entries of {@code /proc/self/fd} open on {@code real}'s very inode (none where there is no /proc). */
        private static Set<Path> descriptorsOf(Path real) throws IOException {
            Set<Path> found = new LinkedHashSet<>();
            Path fds = Path.of("/proc/self/fd");
            if (!Files.isDirectory(fds)) {
                return found;
            }
            Object identity = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
                for (Path fd : entries) {
                    try {
                        if (Files.readSymbolicLink(fd).equals(real)
                                && Objects.equals(
                                        identity,
                                        Files.readAttributes(fd, BasicFileAttributes.class)
                                                .fileKey())) {
                            found.add(fd);
                        }
                    } catch (IOException ignored) {
                        // closed meanwhile, or not a link: not ours
                    }
                }
            }
            return found;
        }

        /** The path llama.cpp and the estimates read: the open file. */
        Path path() {
            return path;
        }

        /**
         * llama.cpp's load of the checked file.
         *
         * @throws AdmissionDeniedException {@link Reason#CHANGED} (the model closed again) when the file was written
         *                                  to or replaced since it was checked
         */
        Model load(ModelParams params) {
            Model model = Model.load(path, params);
            try {
                checkUnchanged();
            } catch (AdmissionDeniedException e) {
                model.close();
                throw e;
            }
            return model;
        }

        /**
         * The path by which another process (a worker) opens this very file: this process's descriptor
         * ({@code /proc/<pid>/fd/N}) on Linux, else the real path (then {@link #checkUnchanged()} after its load).
         */
        Path pathForWorker() {
            Path self = Path.of("/proc/self");
            return path.startsWith(self)
                    ? Path.of("/proc", Long.toString(ProcessHandle.current().pid()))
                            .resolve(self.relativize(path))
                    : real;
        }

        /**
         * Checks, after a load, that the file is as it was checked. The descriptor pins the inode, not its bytes: a
         * rewrite in place shows in the change time (as does unlinking the name, when the file is replaced;
         * llama.cpp read the checked inode then, but the file is being changed under the admission: deny either
         * way, a retry sees what is there now).
         *
         * @throws AdmissionDeniedException {@link Reason#CHANGED} when the file was written to or replaced
         */
        void checkUnchanged() {
            boolean unchanged;
            try {
                unchanged = FileState.of(path).equals(checked);
            } catch (IOException e) {
                throw new AdmissionDeniedException(Reason.UNREADABLE, file, e.toString(), e);
            }
            if (!unchanged) {
                throw new AdmissionDeniedException(
                        Reason.CHANGED,
                        file,
                        real + " was written to or replaced while it was checked and loaded",
                        null);
            }
        }

        /** Closes the file; idempotent. */
        @Override
        public void close() {
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel == null) {
                return;
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the descriptor is gone either way
            }
        }
    }
}
