package org.llamaffm;

/**
 * llama.cpp threw a C++ exception inside one of its C functions (a vocabulary lookup that failed,
 * a tokenizer or sampler error, memory it could not allocate). The shim catches it (without that
 * it would end the process); the model or the input that caused it is not usable for this call.
 * The usual cause is a model file whose tokenizer data llama.cpp accepted at load but cannot use:
 * the policy layer's validator rejects such files before they are loaded.
 */
public final class NativeException extends LlamaException {

    private final String function;

    public NativeException(String function, String what) {
        super("llama.cpp's " + function + " failed: " + what);
        this.function = function;
    }

    /** The llama.cpp function that threw, e.g. {@code llama_tokenize}. */
    public String function() {
        return function;
    }
}
