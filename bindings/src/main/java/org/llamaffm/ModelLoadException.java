package org.llamaffm;

import java.nio.file.Path;

/** A model could not be loaded; {@link #reason()} says why, the message says what to do. */
public final class ModelLoadException extends LlamaException {

    /** Why a load failed. */
    public enum Reason {
        /** No such file, or not a readable regular file. */
        FILE_NOT_FOUND,
        /** The file is not GGUF (or a GGUF version llama.cpp does not read). */
        NOT_GGUF,
        /** The file is shorter than its header says: an interrupted download or copy. */
        TRUNCATED,
        /** The GGUF header is invalid. */
        MALFORMED,
        /** llama.cpp does not know the model's architecture. */
        UNSUPPORTED_ARCHITECTURE,
        /** The progress listener cancelled the load. */
        CANCELLED,
        /** llama.cpp failed to load it; the message has llama.cpp's own error lines. */
        FAILED
    }

    private final Reason reason;
    private final Path file;

    ModelLoadException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /** The model file. */
    public Path file() {
        return file;
    }
}
