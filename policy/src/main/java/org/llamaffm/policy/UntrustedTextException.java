package org.llamaffm.policy;

/** Text from a caller was refused: too long, it spells a control token, or a grammar or schema is not acceptable. */
public final class UntrustedTextException extends PolicyException {

    /** Why. */
    public enum Reason {
        TOO_MANY_BYTES,
        TOO_MANY_TOKENS,
        SPECIAL_TOKEN_TEXT,
        /** A grammar or JSON Schema over the policy's size cap or the library's nesting/repetition caps, or invalid. */
        INVALID_GRAMMAR
    }

    private final Reason reason;

    UntrustedTextException(Reason reason, String message) {
        super(message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
