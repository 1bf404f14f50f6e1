package org.llamaffm;

/**
 * A native function that the loaded libraries do not define was called: a backend this build does not
 * have (CUDA, Metal), or libraries that do not match these bindings. The message names the symbol, its
 * header and the folder the libraries came from, and says which build has it.
 */
public final class MissingSymbolException extends LlamaException {

    private final String symbol;

    public MissingSymbolException(String symbol, String message) {
        super(message);
        this.symbol = symbol;
    }

    /** The C function's name, e.g. {@code ggml_backend_cuda_init}. */
    public String symbol() {
        return symbol;
    }
}
