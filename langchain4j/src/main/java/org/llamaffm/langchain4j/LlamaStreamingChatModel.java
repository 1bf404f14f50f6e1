package org.llamaffm.langchain4j;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * LangChain4j's {@link StreamingChatModel}: {@link LlamaChatModel}'s answers, streamed. The answer is generated on
 * the calling thread, its text passed to the handler as it comes; a handler that cancels the
 * {@link StreamingHandle} (from any thread) stops the generation at the next token, after which the handler hears
 * nothing more. While tools are offered the answer's text is held until it is parsed (it may be a tool call, which
 * the handler gets as {@code onCompleteToolCall}s in the response).
 */
public final class LlamaStreamingChatModel implements StreamingChatModel, AutoCloseable {

    private final ChatEngine engine;
    private final Builder config;

    private LlamaStreamingChatModel(Builder builder) {
        this.config = builder;
        this.engine = ChatEngine.open(builder);
    }

    /** A builder; give a {@code modelPath}, a {@code model} or a {@code session}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Handle handle = new Handle();
        PartialResponseContext context = new PartialResponseContext(handle);
        try {
            ChatRequestParameters parameters = request.parameters();
            boolean tools = parameters.toolSpecifications() != null
                    && !parameters.toolSpecifications().isEmpty();
            StopSequences stops = new StopSequences(Requests.stops(parameters), piece -> {
                if (!tools && !handle.isCancelled()) {
                    handler.onPartialResponse(new PartialResponse(piece), context);
                }
            });
            var reply = engine.chat(
                    Requests.messages(request.messages()),
                    Requests.options(parameters),
                    Requests.sampling(config.sampling, parameters),
                    Requests.grammar(parameters),
                    Requests.maxTokens(config.maxTokens, parameters),
                    piece -> !handle.isCancelled() && stops.accept(piece) && !handle.isCancelled());
            if (handle.isCancelled()) {
                return;
            }
            stops.finish();
            var response = Requests.response(reply, stops, config.modelName);
            if (tools && response.aiMessage().text() != null) {
                handler.onPartialResponse(
                        new PartialResponse(response.aiMessage().text()), context);
            }
            handler.onCompleteResponse(response);
        } catch (RuntimeException e) {
            if (!handle.isCancelled()) {
                handler.onError(e);
            }
        }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return config.defaults;
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

    private static final class Handle implements StreamingHandle {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    /** Builds a {@link LlamaStreamingChatModel}. */
    public static final class Builder extends ChatModelBuilder<Builder> {
        private Builder() {}

        /**
         * Loads the model (when given a path) and creates the context.
         *
         * @throws IllegalStateException when not exactly one of a path, a model and a session is given
         */
        public LlamaStreamingChatModel build() {
            return new LlamaStreamingChatModel(this);
        }
    }
}
