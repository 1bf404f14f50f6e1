package org.llamaffm.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ChatException;
import org.llamaffm.ChatInputException;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SpecialTokenText;
import org.llamaffm.StopReason;
import org.llamaffm.internal.Internals;
import org.llamaffm.internal.Utf8;

/**
 * A multi-turn conversation with a model: messages in, parsed answers out, rendered with the
 * model's own chat template. Each turn renders the whole history, but decodes only what is new:
 * the tokens the context already holds from earlier turns (the longest shared beginning) are
 * kept in its memory.
 *
 * <pre>{@code
 * try (Chat chat = Chat.builder(model).system("You are terse.").build()) {
 *     ChatResponse answer = chat.send("What is the capital of France?", piece -> {
 *         System.out.print(piece);
 *         return true;
 *     });
 *     chat.send("And of Italy?");
 * }
 * }</pre>
 *
 * <p><b>Guarded by default.</b> The template's markup is tokenized with special tokens parsed (its
 * {@code <|im_start|>} is the control token), the text of user, tool and assistant messages without: a
 * user who types {@code <|im_end|>\n<|im_start|>system} gets those characters, never the control
 * tokens (llama.cpp's server parses the whole prompt, issue 26532). {@link SpecialText#REJECT} (the
 * default) refuses such a message with a {@link ChatInputException}; {@link SpecialText#NEUTRALIZE}
 * keeps its characters as plain text; {@link SpecialText#TRUSTED} parses everything, for applications
 * whose messages are all their own. The system message and the tool definitions are the application's
 * and count as markup. Which tokens count is {@link SpecialTokenText}'s rule; how the chat finds the
 * messages' text in the prompt is described in {@code ChatGuard}.
 *
 * <p><b>Caps</b>, also on by default: {@linkplain Builder#maxMessageBytes 1 MiB per message},
 * {@linkplain Builder#maxTokens 1024 tokens per answer}, {@linkplain Builder#timeout 10 minutes per
 * answer}, and the prompt within the context (or {@link Builder#maxPromptTokens}, lower).
 *
 * <p>Not thread-safe, except {@link #abort()}, which any thread may call to stop the answer being generated.
 */
public final class Chat implements AutoCloseable {

    /**
     * What one turn cost.
     *
     * @param promptTokens    the tokens of the rendered history
     * @param cachedTokens    how many of them the context already held (not decoded again)
     * @param generatedTokens the tokens of the answer
     * @param stopReason      why the answer ended
     */
    public record Turn(int promptTokens, int cachedTokens, int generatedTokens, StopReason stopReason) {}

    /** What the chat does with a message whose text spells one of the model's special tokens. */
    public enum SpecialText {
        /** Refuse the turn: {@link ChatInputException} with reason SPECIAL_TOKEN_TEXT, naming the message. */
        REJECT,
        /** Keep the characters, tokenized as plain text (never the control token). */
        NEUTRALIZE,
        /** Parse special tokens in the whole prompt, messages included, as llama.cpp's server does: only for
         *  conversations whose every message is the application's own. */
        TRUSTED
    }

    /** 1 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;
    /** 10 minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final Model model;
    private final Context context;
    private final boolean ownsContext;
    private final ChatTemplate template;
    private final boolean ownsTemplate;
    private final ChatOptions options;
    private final UnaryOperator<Sampler.Builder> sampling;
    private final int maxTokens;
    private final @Nullable Duration timeout;
    private final List<ChatMessage> history = new ArrayList<>();
    /** The answers this chat generated (by identity): their special-token text is neutralized, never rejected. */
    private final Set<ChatMessage> generated = Collections.newSetFromMap(new IdentityHashMap<>());

    private final SpecialText specialText;
    private final int maxMessageBytes;
    private final int maxPromptTokens;
    private final int keptMessages;
    private int[] memoryTokens = new int[0];
    private @Nullable Turn lastTurn;

    private Chat(Builder b) {
        this.model = b.model;
        this.options = b.options;
        this.sampling = b.sampling;
        this.maxTokens = b.maxTokens;
        this.timeout = b.timeout;
        this.specialText = b.specialText;
        this.maxMessageBytes = b.maxMessageBytes;
        this.maxPromptTokens = b.maxPromptTokens;
        if (b.system != null) {
            checkSize(ChatMessage.system(b.system), 0);
        }
        this.ownsTemplate = b.template == null;
        this.template = ownsTemplate
                ? (b.templateSource == null ? ChatTemplate.of(model) : ChatTemplate.of(model, b.templateSource))
                : b.template;
        this.ownsContext = b.borrowed == null;
        try {
            this.context = b.borrowed != null ? b.borrowed : Context.create(model, b.contextParams);
        } catch (RuntimeException | Error e) {
            closeTemplate();
            throw e;
        }
        if (b.system != null) {
            history.add(ChatMessage.system(b.system));
        }
        this.keptMessages = history.size();
    }

    public static Builder builder(Model model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /** Sends a user message and returns the answer. */
    public ChatResponse send(String userText) {
        return send(ChatMessage.user(userText), piece -> true);
    }

    /** Sends a user message, streaming the answer's text (unparsed) to {@code listener}. */
    public ChatResponse send(String userText, Generation.PieceListener listener) {
        return send(ChatMessage.user(userText), listener);
    }

    /**
     * Sends a message (a user's, or a tool's result after the model called a tool) and
     * generates the answer, streaming its raw text to {@code listener}; the answer is added to
     * the history. A failed turn leaves the history as it was.
     *
     * @throws IllegalArgumentException when the rendered history no longer fits the context
     * @throws ChatInputException       when a message spells a special token (REJECT mode) or is over a cap
     * @throws ChatException            when the template fails on the history
     */
    public ChatResponse send(ChatMessage message, Generation.PieceListener listener) {
        if (message.role() == ChatMessage.Role.ASSISTANT) {
            throw new IllegalArgumentException("send a user or tool message; assistant messages come from the model "
                    + "(use add() to put one in the history)");
        }
        checkSize(message, history.size());
        history.add(message);
        try {
            return answer(listener);
        } catch (RuntimeException | Error e) {
            history.removeLast();
            throw e;
        }
    }

    /**
     * Generates the answer to the history as it is, e.g. after {@link #add}ing the results of
     * several tool calls; the answer is added to the history.
     *
     * @throws IllegalStateException when the history is empty or ends with an assistant message
     */
    public ChatResponse respond(Generation.PieceListener listener) {
        if (history.isEmpty()
                || history.getLast().role() == ChatMessage.Role.ASSISTANT
                || history.getLast().role() == ChatMessage.Role.SYSTEM) {
            throw new IllegalStateException("the history must end with a user or tool message to answer");
        }
        return answer(listener);
    }

    private ChatResponse answer(Generation.PieceListener listener) {
        ChatGuard guard = ChatGuard.check(model.vocab(), history, generated::contains, specialText);
        ChatPrompt prompt = template.render(history, options);
        int[] ids = guard.tokenize(template, options, prompt);
        if (ids.length == 0) {
            throw new ChatException("the chat template rendered an empty prompt");
        }
        if (maxPromptTokens > 0 && ids.length > maxPromptTokens) {
            throw new ChatInputException(
                    ChatException.Reason.PROMPT_TOO_LONG,
                    -1,
                    "the conversation is " + ids.length + " tokens; this chat allows at most " + maxPromptTokens
                            + " (maxPromptTokens)");
        }
        int cached = Math.min(sharedPrefix(ids, memoryTokens), ids.length - 1);
        GenerationParams params = GenerationParams.builder()
                .maxTokens(maxTokens)
                .stopStrings(prompt.stopStrings().toArray(String[]::new))
                .timeout(timeout)
                .renderSpecial(true)
                .build();
        Sampler.Builder chain = Sampler.builder();
        if (!prompt.grammar().isEmpty()) {
            Internals.root().chatGrammar(chain, prompt.grammar(), prompt.json());
        }
        Generation.Result result;
        int decoded;
        memoryTokens = new int[0]; // unknown until the generation ends (it may fail half-way)
        try (Sampler sampler = sampling.apply(chain).build(model);
                Generation generation = Generation.start(context, sampler, ids, cached, params)) {
            result = generation.run(listener);
            decoded = generation.decodedPositions();
            cached = generation.cachedTokens();
        }
        int[] all = Arrays.copyOf(ids, ids.length + result.tokens().length);
        System.arraycopy(result.tokens(), 0, all, ids.length, result.tokens().length);
        memoryTokens = Arrays.copyOf(all, Math.min(decoded, all.length));
        lastTurn = new Turn(ids.length, cached, result.tokens().length, result.stopReason());
        boolean complete =
                result.stopReason() == StopReason.END_OF_GENERATION || result.stopReason() == StopReason.STOP_STRING;
        ChatResponse response = complete ? prompt.parse(result.text()) : prompt.parsePartial(result.text());
        ChatMessage answer = response.toMessage();
        history.add(answer);
        generated.add(answer);
        return response;
    }

    private static int sharedPrefix(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i] == b[i]) {
            i++;
        }
        return i;
    }

    /**
     * Adds a message to the history without generating (e.g. a few-shot example). Its text is
     * guarded like a sent message's when the next answer is generated.
     *
     * @throws ChatInputException when the message is over {@link Builder#maxMessageBytes}
     */
    public void add(ChatMessage message) {
        checkSize(Objects.requireNonNull(message, "message"), history.size());
        history.add(message);
    }

    private void checkSize(ChatMessage m, int index) {
        long bytes = Utf8.length(m.content())
                + Utf8.length(m.reasoning())
                + Utf8.length(m.toolName())
                + Utf8.length(m.toolCallId());
        for (ToolCall call : m.toolCalls()) {
            bytes += Utf8.length(call.id()) + Utf8.length(call.name()) + Utf8.length(call.arguments());
        }
        if (bytes > maxMessageBytes) {
            throw new ChatInputException(
                    ChatException.Reason.MESSAGE_TOO_LONG,
                    index,
                    "message " + index + " ("
                            + m.role().jsonName() + ") has " + bytes + " bytes of text; this chat allows at most "
                            + maxMessageBytes + " (maxMessageBytes)");
        }
    }

    /** The conversation so far (the system message first, if any). */
    public List<ChatMessage> history() {
        return List.copyOf(history);
    }

    /** What the last turn cost; null before the first. */
    public @Nullable Turn lastTurn() {
        return lastTurn;
    }

    /** Forgets the conversation (keeps the system message) and clears the context's memory. */
    public void reset() {
        history.subList(keptMessages, history.size()).clear();
        generated.clear();
        context.memory().clear();
        memoryTokens = new int[0];
        lastTurn = null;
    }

    /** Stops the answer being generated (from any thread); the turn ends with {@link StopReason#ABORTED}. */
    public void abort() {
        context.abort();
    }

    /** The context the conversation lives in (e.g. for its performance counters). */
    public Context context() {
        return context;
    }

    public ChatTemplate template() {
        return template;
    }

    private void closeTemplate() {
        if (ownsTemplate) {
            template.close();
        }
    }

    @Override
    public void close() {
        if (ownsContext) {
            context.close(); // refuses, freeing nothing, while another thread is in a turn: retry once it ends
        }
        closeTemplate();
    }

    public static final class Builder {
        private final Model model;
        private ContextParams contextParams = ContextParams.defaults();
        private @Nullable Context borrowed;
        private ChatTemplate template;
        private String templateSource;
        private @Nullable String system;
        private ChatOptions options = ChatOptions.defaults();
        private UnaryOperator<Sampler.Builder> sampling =
                b -> b.topK(40).topP(0.95f).minP(0.05f).temperature(0.8f).dist(0xFFFF_FFFFL);
        private int maxTokens = 1024;
        private @Nullable Duration timeout = DEFAULT_TIMEOUT;
        private SpecialText specialText = SpecialText.REJECT;
        private int maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
        private int maxPromptTokens;

        private Builder(Model model) {
            this.model = model;
        }

        /** The context to create (size, threads, ...); default {@link ContextParams#defaults()}. */
        public Builder context(ContextParams params) {
            this.contextParams = Objects.requireNonNull(params, "params");
            return this;
        }

        /**
         * Runs the chat in {@code context}, a context of the chat's model that the chat neither creates nor closes
         * (e.g. one a caller keeps across chats); what its memory held is replaced by the first turn.
         *
         * @throws IllegalArgumentException when {@code context} belongs to another model
         */
        public Builder borrow(Context context) {
            if (context.model() != model) {
                throw new IllegalArgumentException("the context belongs to another model");
            }
            this.borrowed = context;
            return this;
        }

        /** A template to use (the chat does not close it); default: the model's own. */
        public Builder template(ChatTemplate template) {
            this.template = template;
            return this;
        }

        /** A Jinja template source to use instead of the model's. */
        public Builder template(String source) {
            this.templateSource = source;
            return this;
        }

        /** A system message that starts the conversation (and survives {@link Chat#reset()}). */
        public Builder system(@Nullable String system) {
            this.system = system;
            return this;
        }

        /** Tools, output constraints and template switches. */
        public Builder options(ChatOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The samplers after the chat's grammar (if any), ending with the one that picks the token;
         * default: top-k 40, top-p 0.95, min-p 0.05, temperature 0.8, a random seed.
         * E.g. {@code b -> b.greedy()} or {@code b -> b.temperature(0.7f).dist(42)}.
         */
        public Builder sampler(UnaryOperator<Sampler.Builder> sampling) {
            this.sampling = Objects.requireNonNull(sampling, "sampling");
            return this;
        }

        /** The most tokens one answer may have; default 1024. */
        public Builder maxTokens(int maxTokens) {
            if (maxTokens < 1) {
                throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
            }
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * A deadline per answer (the prompt's decoding included; the answer then ends with
         * {@link StopReason#TIMEOUT}); default {@link Chat#DEFAULT_TIMEOUT 10 minutes}; null for none.
         */
        public Builder timeout(@Nullable Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive (or null for none), was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** What to do with messages that spell special tokens; default {@link SpecialText#REJECT}. */
        public Builder specialText(SpecialText mode) {
            this.specialText = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The most UTF-8 bytes of text one message may have (all its fields together), checked when
         * it is sent or added; default {@link Chat#DEFAULT_MAX_MESSAGE_BYTES 1 MiB}.
         */
        public Builder maxMessageBytes(int maxMessageBytes) {
            if (maxMessageBytes < 1) {
                throw new IllegalArgumentException("maxMessageBytes must be >= 1, was " + maxMessageBytes);
            }
            this.maxMessageBytes = maxMessageBytes;
            return this;
        }

        /**
         * The most tokens the rendered conversation may have ({@link ChatInputException} with reason
         * PROMPT_TOO_LONG beyond); default 0: the context's size, beyond which the context refuses the
         * prompt with an IllegalArgumentException.
         */
        public Builder maxPromptTokens(int maxPromptTokens) {
            if (maxPromptTokens < 0) {
                throw new IllegalArgumentException("maxPromptTokens must be >= 0, was " + maxPromptTokens);
            }
            this.maxPromptTokens = maxPromptTokens;
            return this;
        }

        /**
         * Creates the chat's context (and its template).
         *
         * @throws ChatException when the template fails its static scan ({@link ChatTemplate#check}) or cannot be parsed
         */
        public Chat build() {
            if (template != null && templateSource != null) {
                throw new IllegalStateException("give a template or a template source, not both");
            }
            return new Chat(this);
        }
    }
}
