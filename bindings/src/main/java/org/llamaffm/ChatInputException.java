package org.llamaffm;

import org.llamaffm.chat.Chat;

/**
 * A {@link Chat} refused its conversation's text before any of it reached the model: a message
 * spells a control token, or a message or the prompt is over the chat's caps. The history is as
 * it was before the refused turn. {@link #reason()} is SPECIAL_TOKEN_TEXT, MESSAGE_TOO_LONG or
 * PROMPT_TOO_LONG.
 */
public final class ChatInputException extends ChatException {

    private final int messageIndex;

    public ChatInputException(Reason reason, int messageIndex, String message) {
        super(reason, message);
        this.messageIndex = messageIndex;
    }

    /** The refused message's index in the history (the system message, if any, is 0); -1 for the whole prompt. */
    public int messageIndex() {
        return messageIndex;
    }
}
