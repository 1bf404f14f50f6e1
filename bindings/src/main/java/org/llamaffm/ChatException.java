package org.llamaffm;

import org.llamaffm.chat.Chat;

/**
 * A chat template could not be read or rendered, or a model's output could not be parsed, by
 * llama.cpp's chat engine; the message is llama.cpp's (e.g. the Jinja error and its place). Or a
 * template was refused before llama.cpp ran it (a {@link #reason()} of the TEMPLATE_* kinds and
 * the others below): llama.cpp's Jinja engine has no limit of its own, so a template over one of
 * the library's caps could hang the thread, grow memory without end or overflow the stack. Its
 * subtype {@link ChatInputException} is a {@link Chat} refusing a conversation's text.
 */
public sealed class ChatException extends LlamaException permits ChatInputException {

    /** Why. */
    public enum Reason {
        /** llama.cpp's chat engine failed; the message is its own. */
        ENGINE,
        /** The template's source is over the size cap. */
        TEMPLATE_TOO_LARGE,
        /** Blocks, brackets and macro calls nest deeper than the cap, or one tag has too many tokens. */
        TEMPLATE_TOO_DEEP,
        /** A macro recursion that never ends, or a macro used as a value (which could hide one). */
        MACRO_RECURSION,
        /** A literal loop count or string repetition over the cap. */
        UNBOUNDED_LOOP,
        /**
         * ({@link ChatInputException}) A message's text spells one of the model's control tokens
         * ({@link Chat.SpecialText#REJECT}), or spells one where the chat cannot keep it apart from the
         * template's own markup.
         */
        SPECIAL_TOKEN_TEXT,
        /** ({@link ChatInputException}) A message has more UTF-8 bytes than {@link Chat.Builder#maxMessageBytes}. */
        MESSAGE_TOO_LONG,
        /** ({@link ChatInputException}) The rendered conversation has more tokens than {@link Chat.Builder#maxPromptTokens}. */
        PROMPT_TOO_LONG
    }

    private final Reason reason;

    public ChatException(String message) {
        this(Reason.ENGINE, message);
    }

    public ChatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
