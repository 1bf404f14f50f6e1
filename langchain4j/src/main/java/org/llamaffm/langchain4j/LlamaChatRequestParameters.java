package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * LangChain4j's request parameters plus what llama.cpp samples with beyond them: min-p, a seed and a GBNF grammar.
 * A null leaves the model's default. {@link #overrideWith} keeps these extras, so they survive LangChain4j's merge of
 * a model's defaults with a request's parameters.
 */
public class LlamaChatRequestParameters extends DefaultChatRequestParameters {

    private final @Nullable Double minP;
    private final @Nullable Long seed;
    private final @Nullable String grammar;

    /** From a builder. */
    protected LlamaChatRequestParameters(Builder builder) {
        super(builder);
        this.minP = builder.minP;
        this.seed = builder.seed;
        this.grammar = builder.grammar;
    }

    /** Drop tokens less likely than this times the most likely one (0 = off), or null for the default. */
    public @Nullable Double minP() {
        return minP;
    }

    /** The seed of the random pick (0..4294967295), or null for the default. */
    public @Nullable Long seed() {
        return seed;
    }

    /** A GBNF grammar the answer must follow (not with a JSON response format), or null. */
    public @Nullable String grammar() {
        return grammar;
    }

    @Override
    public ChatRequestParameters overrideWith(ChatRequestParameters that) {
        return builder().overrideWith(this).overrideWith(that).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LlamaChatRequestParameters that
                && super.equals(o)
                && Objects.equals(minP, that.minP)
                && Objects.equals(seed, that.seed)
                && Objects.equals(grammar, that.grammar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), minP, seed, grammar);
    }

    @Override
    public String toString() {
        return "LlamaChatRequestParameters{" + super.toString() + ", minP=" + minP + ", seed=" + seed + ", grammar="
                + (grammar == null ? null : grammar.length() + " chars") + "}";
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LlamaChatRequestParameters}. */
    public static class Builder extends DefaultChatRequestParameters.Builder<Builder> {
        private @Nullable Double minP;
        private @Nullable Long seed;
        private @Nullable String grammar;

        /** Takes every parameter {@code parameters} sets (its extras too, where it has them). */
        @Override
        public Builder overrideWith(ChatRequestParameters parameters) {
            super.overrideWith(parameters);
            if (parameters instanceof LlamaChatRequestParameters llama) {
                if (llama.minP != null) {
                    minP = llama.minP;
                }
                if (llama.seed != null) {
                    seed = llama.seed;
                }
                if (llama.grammar != null) {
                    grammar = llama.grammar;
                }
            }
            return this;
        }

        /** See {@link LlamaChatRequestParameters#minP()}. */
        public Builder minP(@Nullable Double minP) {
            this.minP = minP;
            return this;
        }

        /** See {@link LlamaChatRequestParameters#seed()}. */
        public Builder seed(@Nullable Long seed) {
            this.seed = seed;
            return this;
        }

        /** See {@link LlamaChatRequestParameters#grammar()}. */
        public Builder grammar(@Nullable String grammar) {
            this.grammar = grammar;
            return this;
        }

        @Override
        public LlamaChatRequestParameters build() {
            return new LlamaChatRequestParameters(this);
        }
    }
}
