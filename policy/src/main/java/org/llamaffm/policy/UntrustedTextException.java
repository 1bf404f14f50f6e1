package org.llamaffm.policy;

/** Text from a caller was refused: too long, or it spells a control token. */
public final class UntrustedTextException extends PolicyException {

    /** Why. */
    public enum Reason {
        TOO_MANY_BYTES, TOO_MANY_TOKENS, SPECIAL_TOKEN_TEXT
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
