package org.llamaffm;

/**
 * A chat template could not be read or rendered, or a model's output could not be parsed, by
 * llama.cpp's chat engine; the message is llama.cpp's (e.g. the Jinja error and its place). Its
 * subtype {@link ChatInputException} is a {@link Chat} refusing a conversation's text.
 */
public sealed class ChatException extends LlamaException permits ChatInputException {

    ChatException(String message) {
        super(message);
    }
}
