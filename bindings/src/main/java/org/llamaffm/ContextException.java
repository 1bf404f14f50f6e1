package org.llamaffm;

/** A context could not be created, or was used in a way llama.cpp cannot serve. */
public final class ContextException extends LlamaException {

    ContextException(String message) {
        super(message);
    }
}
