package org.llamaffm;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Generation} does with its prompt and when it stops.
 *
 * @param maxTokens     most tokens to generate (>= 1)
 * @param stopStrings   text that ends the generation (not included in the output)
 * @param timeout       wall-clock limit for the whole generation, prompt included; null for none
 * @param addSpecial    add the model's BOS/EOS to the prompt
 * @param parseSpecial  turn special-token text in the prompt into control tokens (only for trusted
 *                      text, e.g. a rendered chat template; never for user input)
 * @param renderSpecial include control tokens' text in the output
 * @param text          produce text (pieces); false: only token ids ({@link Generation#nextToken()}), for
 *                      loops that must not allocate per token
 */
public record GenerationParams(
        int maxTokens,
        List<String> stopStrings,
        @Nullable Duration timeout,
        boolean addSpecial,
        boolean parseSpecial,
        boolean renderSpecial,
        boolean text) {

    public GenerationParams {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
        }
        stopStrings = List.copyOf(stopStrings);
        if (stopStrings.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("stop strings must not be empty");
        }
        if (!text && !stopStrings.isEmpty()) {
            throw new IllegalArgumentException("stop strings need text: they cannot be used with text(false)");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** 256 tokens, no stop strings, no timeout, BOS added, special-token text not parsed. */
    public static GenerationParams defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int maxTokens = 256;
        private List<String> stopStrings = List.of();
        private @Nullable Duration timeout;
        private boolean addSpecial = true;
        private boolean parseSpecial;
        private boolean renderSpecial;
        private boolean text = true;

        private Builder() {}

        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder stopStrings(String... stopStrings) {
            this.stopStrings = List.of(stopStrings);
            return this;
        }

        public Builder timeout(@Nullable Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder addSpecial(boolean addSpecial) {
            this.addSpecial = addSpecial;
            return this;
        }

        public Builder parseSpecial(boolean parseSpecial) {
            this.parseSpecial = parseSpecial;
            return this;
        }

        public Builder renderSpecial(boolean renderSpecial) {
            this.renderSpecial = renderSpecial;
            return this;
        }

        public Builder text(boolean text) {
            this.text = text;
            return this;
        }

        public GenerationParams build() {
            return new GenerationParams(maxTokens, stopStrings, timeout, addSpecial, parseSpecial, renderSpecial, text);
        }
    }
}
