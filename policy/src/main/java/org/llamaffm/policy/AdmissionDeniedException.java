package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox did not admit a model file for one of its own checks, those around the validator's
 * ({@link ModelRejectedException}): where the file is, whether its hash is allowed, its chat templates,
 * and whether it changed while it was checked and loaded. {@link #reason()} says which, the message
 * where and why.
 */
public final class AdmissionDeniedException extends PolicyException {

    /** The sandbox's own admission checks, in the order they run (the validator's come after NOT_ALLOWED). */
    public enum Reason {
        /** The path cannot be resolved, or the file cannot be opened or read. */
        UNREADABLE("the file's path resolves and the file can be opened and read"),
        /** The real path, symlinks resolved, is outside the policy's model roots. */
        OUTSIDE_ROOTS("the file's real path (no '..', symlinks resolved) is inside a model root"),
        /** A directory, device, FIFO or socket. */
        NOT_A_FILE("the file is a regular file"),
        /** The SHA-256 is not on the allowlist. */
        NOT_ALLOWED("the file's SHA-256 is on the policy's allowlist"),
        /** A chat template is not a string, or fails the static scan llama.cpp's limitless Jinja engine needs. */
        CHAT_TEMPLATE_UNSAFE(
                "every chat template (tokenizer.chat_template and each tokenizer.chat_template.<name>) is a "
                        + "string that passes ChatTemplate.check: at most 128 KiB, nesting at most 64, no endless macro recursion, "
                        + "literal loop ranges and repetitions at most 100,000"),
        /** A chat template's SHA-256 is not approved. */
        CHAT_TEMPLATE_NOT_APPROVED(
                "every chat template (tokenizer.chat_template and each tokenizer.chat_template.<name>), "
                        + "when the policy requires it, has an approved SHA-256"),
        /** The file was written to (in place) or replaced while it was checked and loaded. */
        CHANGED("the file did not change between its checks and llama.cpp's load");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** What the check requires. */
        public String description() {
            return description;
        }
    }

    private final Reason reason;
    private final Path file;

    AdmissionDeniedException(Reason reason, Path file, String detail, @Nullable Throwable cause) {
        super("model rejected (" + reason.name().toLowerCase(Locale.ROOT) + "): " + file + ": " + detail, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
