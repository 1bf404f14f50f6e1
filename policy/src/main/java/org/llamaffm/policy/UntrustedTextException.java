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

    /** A chat's refusal of a message, as the policy's reasons name it. */
    static UntrustedTextException of(org.llamaffm.ChatInputException e) {
        return new UntrustedTextException(reason(e), e.getMessage());
    }

    /** The reason of a chat's refusal: a special token spelled, a message too long, a prompt of too many tokens. */
    static Reason reason(org.llamaffm.ChatInputException e) {
        return switch (e.reason()) {
            case MESSAGE_TOO_LONG -> Reason.TOO_MANY_BYTES;
            case PROMPT_TOO_LONG -> Reason.TOO_MANY_TOKENS;
            default -> Reason.SPECIAL_TOKEN_TEXT;
        };
    }
}
