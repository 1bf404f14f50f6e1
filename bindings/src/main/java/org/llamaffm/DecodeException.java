package org.llamaffm;

/** {@code llama_decode} did not complete; {@link #reason()} and the native {@link #code()} say why. */
public final class DecodeException extends LlamaException {

    /** Why a decode failed (llama.h documents the codes at llama_decode). */
    public enum Reason {
        /** 1: no room in the KV cache for the batch: shorten it, free sequences or use a larger context. */
        NO_KV_SLOT,
        /** 2: stopped by {@link Context#abort()}; the tokens decoded before stay in memory. */
        ABORTED,
        /** -1: llama.cpp rejected the batch (its log line is in the message). */
        INVALID_BATCH,
        /** Any other code: a fatal error inside llama.cpp. */
        FATAL
    }

    private final Reason reason;
    private final int code;

    DecodeException(Reason reason, int code, String message) {
        super(message);
        this.reason = reason;
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    /** llama_decode's return value. */
    public int code() {
        return code;
    }
}
