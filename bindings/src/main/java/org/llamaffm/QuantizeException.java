package org.llamaffm;

import java.nio.file.Path;

/** llama.cpp could not quantize a model ({@link Quantizer}); the message has its reasons. */
public final class QuantizeException extends LlamaException {

    private final Path source;

    QuantizeException(Path source, String message) {
        super(message);
        this.source = source;
    }

    /** The model that was to be quantized. */
    public Path source() {
        return source;
    }
}
