package org.llamaffm;

/**
 * A GBNF grammar or a JSON Schema that cannot be used as a sampling constraint: malformed, over
 * the size, nesting or repetition caps, or using what llama.cpp's converter does not support.
 */
public final class GrammarException extends LlamaException {

    public GrammarException(String message) {
        super(message);
    }
}
