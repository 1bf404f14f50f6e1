package org.llamaffm;

/**
 * A {@link Chat} refused its conversation's text before any of it reached the model: a message
 * spells a control token, or a message or the prompt is over the chat's caps. The history is as
 * it was before the refused turn.
 */
public final class ChatInputException extends ChatException {

    /** Why. */
    public enum Reason {
        /** A message's text spells one of the model's control tokens ({@link Chat.SpecialText#REJECT}), or spells
         *  one where the chat cannot keep it apart from the template's own markup. */
        SPECIAL_TOKEN_TEXT,
        /** A message has more UTF-8 bytes than {@link Chat.Builder#maxMessageBytes}. */
        MESSAGE_TOO_LONG,
        /** The rendered conversation has more tokens than {@link Chat.Builder#maxPromptTokens}. */
        PROMPT_TOO_LONG
    }

    private final Reason reason;
    private final int messageIndex;

    ChatInputException(Reason reason, int messageIndex, String message) {
        super(message);
        this.reason = reason;
        this.messageIndex = messageIndex;
    }

    public Reason reason() {
        return reason;
    }

    /** The refused message's index in the history (the system message, if any, is 0); -1 for the whole prompt. */
    public int messageIndex() {
        return messageIndex;
    }
}
