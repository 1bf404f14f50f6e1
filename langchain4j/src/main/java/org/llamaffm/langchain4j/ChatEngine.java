package org.llamaffm.langchain4j;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Context;
import org.llamaffm.Generation;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.policy.Session;

/** Where a chat model's turns run: a local model and context, or a session. */
sealed interface ChatEngine extends AutoCloseable {

    /**
     * Answers {@code messages} (which end with a user or tool message), streaming the raw text to {@code listener};
     * {@code grammar} (GBNF, or null) constrains the answer.
     */
    Session.ChatReply chat(
            List<ChatMessage> messages,
            ChatOptions options,
            SamplingParams sampling,
            @Nullable String grammar,
            int maxTokens,
            Generation.PieceListener listener);

    @Override
    void close();

    static ChatEngine open(SourceBuilder<?> source) {
        source.checkSource();
        if (source.session != null) {
            return new OverSession(source.session);
        }
        Model model = source.loadModel();
        try {
            return new Local(model, source.ownsModel(), Context.create(model, source.contextParams()));
        } catch (RuntimeException | Error e) {
            if (source.ownsModel()) {
                model.close();
            }
            throw e;
        }
    }

    /**
     * One context, kept across requests so that a conversation's shared prefix is not decoded again; requests take
     * turns in it.
     */
    final class Local implements ChatEngine {
        private final Model model;
        private final boolean ownsModel;
        private final Context context;
        private final ReentrantLock lock = new ReentrantLock();

        Local(Model model, boolean ownsModel, Context context) {
            this.model = model;
            this.ownsModel = ownsModel;
            this.context = context;
        }

        @Override
        public Session.ChatReply chat(
                List<ChatMessage> messages,
                ChatOptions options,
                SamplingParams sampling,
                @Nullable String grammar,
                int maxTokens,
                Generation.PieceListener listener) {
            // A grammar in ChatOptions does not reach the rendered prompt (ChatPrompt.grammar() is empty for it), so
            // a local chat puts it at the head of the sampler chain itself.
            UnaryOperator<Sampler.Builder> chain =
                    grammar == null ? sampling::applyTo : b -> sampling.applyTo(b.grammar(grammar, "root"));
            lock.lock();
            try (Chat chat = Chat.builder(model)
                    .borrow(context)
                    .options(options)
                    .sampler(chain)
                    .maxTokens(maxTokens)
                    .build()) {
                messages.forEach(chat::add);
                var response = chat.respond(listener);
                return new Session.ChatReply(response, chat.lastTurn());
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                context.close();
                if (ownsModel) {
                    model.close();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** A tenant's session, which its owner closes. */
    record OverSession(Session session) implements ChatEngine {
        @Override
        public Session.ChatReply chat(
                List<ChatMessage> messages,
                ChatOptions options,
                SamplingParams sampling,
                @Nullable String grammar,
                int maxTokens,
                Generation.PieceListener listener) {
            // a session samples from SamplingParams only: the grammar goes in the options
            ChatOptions constrained = grammar == null
                    ? options
                    : options.toBuilder().grammar(grammar).build();
            return session.chat(messages, constrained, sampling, maxTokens, listener);
        }

        @Override
        public void close() {}
    }
}
