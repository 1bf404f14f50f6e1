package org.llamaffm.gguf;

import java.nio.file.Path;

/**
 * A GGUF file is not valid: the message names the file, the byte offset and the field where
 * reading stopped, and what was wrong there. The only exception of this module, which needs no native
 * library ({@code Model.load} in the bindings wraps it in a {@code ModelLoadException}).
 */
public final class GgufException extends RuntimeException {

    /** What kind of problem. */
    public enum Reason {
        /** The file does not start with the GGUF magic. */
        NOT_GGUF,
        /** A GGUF version this reader (and llama.cpp) does not read. */
        UNSUPPORTED_VERSION,
        /** The file ends before what its header promises. */
        TRUNCATED,
        /** A value is out of range, inconsistent or over a limit. */
        MALFORMED,
        /** The file could not be read. */
        IO
    }

    private final Reason reason;
    private final long offset;
    private final String field;

    GgufException(Reason reason, Path file, long offset, String field, String detail) {
        super("bad GGUF file " + file + ": " + detail + " at offset " + offset + " (" + field + ")");
        this.reason = reason;
        this.offset = offset;
        this.field = field;
    }

    GgufException(Path file, java.io.IOException cause) {
        super("cannot read GGUF file " + file + ": " + cause.getMessage(), cause);
        this.reason = Reason.IO;
        this.offset = -1;
        this.field = "";
    }

    public Reason reason() {
        return reason;
    }

    /** The byte offset where the problem was found (-1 for I/O errors). */
    public long offset() {
        return offset;
    }

    /** The field being read, e.g. {@code "tensor 3 (blk.0.attn_q.weight) dimension 1"}. */
    public String field() {
        return field;
    }
}
