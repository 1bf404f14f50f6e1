package org.llamaffm.samples.desktopchat;

/**
 * What the settings panel sets. The temperature applies to the next answer; the context size and
 * the threads to the next model loaded (they size its context).
 *
 * @param temperature 0 for greedy sampling (the same answer every time), up to 2
 * @param contextSize tokens the context holds, at most the model's trained length; 0 for that length
 * @param threads     CPU threads for generation and prompt processing
 */
record Settings(double temperature, int contextSize, int threads) {

    static final int DEFAULT_CONTEXT_SIZE = 4096;

    Settings {
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
        }
        if (contextSize < 0) {
            throw new IllegalArgumentException("context size must be >= 0 (0: the model's), was " + contextSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    static Settings defaults() {
        return new Settings(0.8, DEFAULT_CONTEXT_SIZE, Runtime.getRuntime().availableProcessors());
    }

    /** The context size for a model trained for {@code trained} tokens (0: unknown): never more than that. */
    int contextFor(int trained) {
        return contextSize == 0 || (trained > 0 && contextSize > trained) ? trained : contextSize;
    }
}
