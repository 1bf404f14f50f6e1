package org.llamaffm.langchain4j;

import static dev.langchain4j.internal.InternalStreamingChatResponseHandlerUtils.onCompleteResponse;
import static dev.langchain4j.internal.InternalStreamingChatResponseHandlerUtils.onCompleteToolCall;
import static dev.langchain4j.internal.InternalStreamingChatResponseHandlerUtils.onPartialResponse;
import static dev.langchain4j.internal.InternalStreamingChatResponseHandlerUtils.withLoggingExceptions;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;

/**
 * LangChain4j's {@link StreamingChatModel}: {@link LlamaChatModel}'s answers, streamed. {@code chat} returns at once
 * (a request it cannot take throws there, in the caller's thread); the answer is generated on the builder's
 * {@link Builder#executor executor} (default: a new thread per request), its text passed to the handler as it comes.
 * A handler that cancels the {@link StreamingHandle} (from any thread) stops the generation at the next token, after
 * which the handler hears nothing more. An exception the handler throws goes to its {@code onError}, and the answer
 * goes on. While tools are offered the answer's text is held until it is parsed (it may be a tool call): the handler
 * then gets the text, an {@code onCompleteToolCall} per call, and the response; no partial tool calls.
 */
public final class LlamaStreamingChatModel implements StreamingChatModel, AutoCloseable {

    // Platform threads, not virtual ones: a decode is a long native call, which would pin a virtual thread's carrier.
    private static final ThreadFactory THREADS =
            Thread.ofPlatform().daemon().name("llama-ffm-stream-", 0).factory();

    private final ChatEngine engine;
    private final Builder config;
    private final ChatRequestParameters defaults;
    private final Executor executor;

    private LlamaStreamingChatModel(Builder builder) {
        this.defaults = builder.resolvedDefaults();
        this.config = builder;
        this.executor = builder.executor != null
                ? builder.executor
                : task -> THREADS.newThread(task).start();
        this.engine = ChatEngine.open(builder);
    }

    /** A builder; give a {@code modelPath}, a {@code model} or a {@code session}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatRequestParameters parameters = request.parameters();
        Requests.check(parameters, config.modelName);
        List<ChatMessage> messages = Requests.messages(request.messages());
        ChatOptions options = Requests.options(parameters);
        SamplingParams sampling = Requests.sampling(config.sampling, parameters);
        @Nullable String grammar = Requests.grammar(parameters);
        int maxTokens = Requests.maxTokens(config.maxTokens, parameters);
        List<String> stopSequences = Requests.stops(parameters);
        executor.execute(() -> stream(messages, options, sampling, grammar, maxTokens, stopSequences, handler));
    }

    private void stream(
            List<ChatMessage> messages,
            ChatOptions options,
            SamplingParams sampling,
            @Nullable String grammar,
            int maxTokens,
            List<String> stopSequences,
            StreamingChatResponseHandler handler) {
        Handle handle = new Handle();
        try {
            boolean tools = !options.tools().isEmpty();
            StopSequences stops = new StopSequences(stopSequences, piece -> {
                if (!tools && !handle.isCancelled()) {
                    onPartialResponse(handler, piece, handle);
                }
            });
            var reply = engine.chat(
                    messages,
                    options,
                    sampling,
                    grammar,
                    maxTokens,
                    piece -> !handle.isCancelled() && stops.accept(piece) && !handle.isCancelled());
            if (handle.isCancelled()) {
                return;
            }
            stops.finish();
            var response = Requests.response(reply, stops, config.modelName);
            if (tools) {
                onPartialResponse(handler, response.aiMessage().text(), handle);
                List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
                for (int i = 0; i < calls.size(); i++) {
                    onCompleteToolCall(handler, new CompleteToolCall(i, calls.get(i)));
                }
            }
            onCompleteResponse(handler, response);
        } catch (RuntimeException | Error e) {
            if (!handle.isCancelled()) {
                withLoggingExceptions(() -> handler.onError(e));
            }
        }
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

    /**
     * Frees the context, and the model when this chat model loaded it; a request streaming now finishes first (the
     * context is closed once it is done).
     */
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
        private @Nullable Executor executor;

        private Builder() {}

        /**
         * Where answers are generated (one task per request, which runs until the answer is done); default a new
         * daemon thread per request. Requests over one model take turns whichever thread they run on.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Loads the model (when given a path) and creates the context.
         *
         * @throws IllegalStateException when not exactly one of a path, a model and a session is given
         * @throws dev.langchain4j.exception.UnsupportedFeatureException default parameters with a {@code modelName}
         */
        public LlamaStreamingChatModel build() {
            return new LlamaStreamingChatModel(this);
        }
    }
}
