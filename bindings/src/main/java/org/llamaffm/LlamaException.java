package org.llamaffm;

/**
 * The root of every error llama-ffm reports. Unchecked; each subtype names one kind of failure
 * and carries a message a user can act on.
 */
public abstract sealed class LlamaException extends RuntimeException
        permits NativeLibraryException,
                ModelLoadException,
                ContextException,
                DecodeException,
                ChatException,
                EmbeddingException,
                NativeException,
                GrammarException,
                SamplerLimitException,
                QuantizeException,
                MissingSymbolException {

    LlamaException(String message) {
        super(message);
    }

    LlamaException(String message, Throwable cause) {
        super(message, cause);
    }
}
