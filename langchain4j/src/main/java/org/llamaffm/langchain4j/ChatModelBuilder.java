package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.List;
import java.util.Objects;
import org.llamaffm.SamplingParams;

/**
 * The options of {@link LlamaChatModel} and {@link LlamaStreamingChatModel}: where they run ({@link SourceBuilder}),
 * the sampling a request starts from, the answer's length cap and the default request parameters.
 *
 * @param <B> the concrete builder
 */
public abstract class ChatModelBuilder<B extends ChatModelBuilder<B>> extends SourceBuilder<B> {

    SamplingParams sampling = SamplingParams.defaults();

    int maxTokens = 1024;

    LlamaChatRequestParameters defaults = LlamaChatRequestParameters.builder().build();

    String modelName = "llama-ffm";

    List<ChatModelListener> listeners = List.of();

    ChatModelBuilder() {}

    /**
     * The sampling a request's parameters (temperature, top-k, top-p, penalties, min-p, seed) are applied over;
     * default {@link SamplingParams#defaults()} (llama.cpp's, a random seed).
     */
    public B sampling(SamplingParams sampling) {
        this.sampling = Objects.requireNonNull(sampling, "sampling");
        return self();
    }

    /** The most tokens an answer may have when a request sets no {@code maxOutputTokens}; default 1024. */
    public B maxTokens(int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
        }
        this.maxTokens = maxTokens;
        return self();
    }

    /** Parameters every request starts from (a request's own override them). */
    public B defaultRequestParameters(ChatRequestParameters parameters) {
        this.defaults =
                LlamaChatRequestParameters.builder().overrideWith(parameters).build();
        return self();
    }

    /**
     * The default parameters a model reports: those given, with this builder's model name where they name none.
     *
     * @throws dev.langchain4j.exception.UnsupportedFeatureException when they name another model
     */
    final ChatRequestParameters resolvedDefaults() {
        Requests.check(defaults, modelName);
        return defaults.modelName() != null
                ? defaults
                : LlamaChatRequestParameters.builder()
                        .overrideWith(defaults)
                        .modelName(modelName)
                        .build();
    }

    /** Listeners that hear every request, its response and its error; default none. */
    public B listeners(List<ChatModelListener> listeners) {
        this.listeners = List.copyOf(listeners);
        return self();
    }

    /** As {@link #listeners(List)}. */
    public B listeners(ChatModelListener... listeners) {
        return listeners(List.of(listeners));
    }

    /**
     * The name responses report; default "llama-ffm". A request (or default parameters) naming another model is
     * refused with an {@link dev.langchain4j.exception.UnsupportedFeatureException}: a chat model runs one model.
     */
    public B modelName(String modelName) {
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        return self();
    }
}
