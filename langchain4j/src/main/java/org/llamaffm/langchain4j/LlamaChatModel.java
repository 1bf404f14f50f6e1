package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Set;

/**
 * LangChain4j's {@link ChatModel} over a local model or a policy session: tools in the model's own tool-call format
 * (from its chat template), JSON Schema response formats as grammars, the sampling parameters, stop sequences,
 * token usage and finish reasons. Requests on one local model take turns; close it to free the model it loaded.
 *
 * <pre>{@code
 * try (var model = LlamaChatModel.builder().modelPath(Path.of("qwen.gguf")).contextSize(4096).build()) {
 *     String answer = model.chat("Hello!");
 * }
 * }</pre>
 */
public final class LlamaChatModel implements ChatModel, AutoCloseable {

    private final ChatEngine engine;
    private final Builder config;
    private final ChatRequestParameters defaults;

    private LlamaChatModel(Builder builder) {
        this.defaults = builder.resolvedDefaults();
        this.config = builder;
        this.engine = ChatEngine.open(builder);
    }

    /** A builder; give a {@code modelPath}, a {@code model} or a {@code session}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ChatRequestParameters parameters = request.parameters();
        Requests.check(parameters, config.modelName);
        StopSequences stops = new StopSequences(Requests.stops(parameters), piece -> {});
        var reply = engine.chat(
                Requests.messages(request.messages()),
                Requests.options(parameters),
                Requests.sampling(config.sampling, parameters),
                Requests.grammar(parameters),
                Requests.maxTokens(config.maxTokens, parameters),
                stops::accept);
        return Requests.response(reply, stops, config.modelName);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return defaults;
    }

    @Override
    public List<ChatModelListener> listeners() {
        return config.listeners;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /** Frees the context, and the model when this chat model loaded it. */
    @Override
    public void close() {
        engine.close();
    }

    /** Builds a {@link LlamaChatModel}. */
    public static final class Builder extends ChatModelBuilder<Builder> {
        private Builder() {}

        /**
         * Loads the model (when given a path) and creates the context.
         *
         * @throws IllegalStateException when not exactly one of a path, a model and a session is given
         * @throws dev.langchain4j.exception.UnsupportedFeatureException default parameters with a {@code modelName}
         */
        public LlamaChatModel build() {
            return new LlamaChatModel(this);
        }
    }
}
