package org.llamaffm.generator;

/** A problem that stops generation: bad input, missing libclang, a header construct not handled. */
final class GeneratorException extends RuntimeException {

    GeneratorException(String message) {
        super(message);
    }
}
