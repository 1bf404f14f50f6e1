package org.llamaffm.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ChatInputException;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.LlamaException;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SamplerLimitException;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Normalization;
import org.llamaffm.embed.Reranker;
import org.llamaffm.policy.worker.Worker;
import org.llamaffm.policy.worker.WorkerPool;

/**
 * One tenant's conversation with an admitted model, the same API wherever the model runs: in process, the
 * session has a context (KV cache) of its own, so no other tenant can read, continue or time its state; in a
 * worker, each request runs on a worker of the model's pool, whose context is cleared first. Requests go through
 * the sandbox's limits: concurrency with a fair queue, rate quotas, the untrusted-text guard, the sampling caps,
 * the output cap and the deadline. {@link #cancel()} ends the running request from any thread; {@link #close()}
 * clears and frees the state.
 *
 * {@snippet :
 * try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults());
 *         Session session = sandbox.openSession(new Tenant("acme"), model, ContextParams.defaults())) {
 *     Generation.Result result = session.generate("Hello", SamplingParams.greedy(), 32, piece -> {
 *         System.out.print(piece);
 *         return true;
 *     });
 * }
 * }
 */
public final class Session implements AutoCloseable {

    private final Sandbox sandbox;
    private final TenantQuotas tenant;
    private final AdmittedModel model;
    /** In process: the session's context; null in a worker. */
    private final @Nullable Context context;
    /** In a worker: the pool its requests lease a worker from; null in process. */
    private final @Nullable WorkerPool pool;

    private final ContextParams params;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Requests running now: close() frees nothing while there are any. */
    private final AtomicInteger running = new AtomicInteger();
    /** The worker of the request running now, for {@link #cancel()}. */
    private final AtomicReference<@Nullable Worker> serving = new AtomicReference<>();

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong promptTokens = new AtomicLong();
    private final AtomicLong generatedTokens = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    private final Runnable releaseMemory;
    /** In process: the session's embedder and reranker, opened by their first request; null until then. */
    private @Nullable Embedder embedder;

    private @Nullable Reranker reranker;
    /** Test hook: runs with the leased worker before each request in a worker (to break it). */
    Consumer<Worker> beforeWorkerRequest = worker -> {};

    Session(Sandbox sandbox, TenantQuotas tenant, AdmittedModel model, ContextParams params, Runnable releaseMemory) {
        this.sandbox = sandbox;
        this.tenant = tenant;
        this.model = model;
        this.params = params;
        this.context = model.model().map(m -> m.newContext(params)).orElse(null);
        this.pool = model.workers().map(w -> w.pool(params, tenant.tenant())).orElse(null);
        this.releaseMemory = releaseMemory;
    }

    public Tenant tenant() {
        return tenant.tenant();
    }

    /** The model the session runs on. */
    public AdmittedModel model() {
        return model;
    }

    /**
     * Generates a reply to an untrusted prompt.
     *
     * @param sampling  the sampler chain, as data
     * @param maxTokens the caller's wish; capped by the policy's maxOutputTokens
     * @throws BusyException            when the tenant's or the global slots and queue are full
     * @throws QuotaExceededException   when a rate quota would be exceeded
     * @throws UntrustedTextException   when the prompt is too long or spells a control token (REJECT mode)
     * @throws SamplerRejectedException when a setting of {@code sampling} is over the policy's
     *                                  {@link Policy.TenantLimits#sampling()} caps
     * @throws WorkerException          in a worker: when the worker died or missed the deadline (it is replaced)
     * @throws LeaseRefusedException    in a worker: when the model is quarantined, the tenant blocked, or no
     *                                  worker was free within the policy's maxWait
     */
    public Generation.Result generate(String prompt, SamplingParams sampling, int maxTokens) {
        return run(prompt, null, sampling, maxTokens, null);
    }

    /**
     * As {@link #generate(String, SamplingParams, int)}, each piece of text handed to {@code listener} as it is
     * generated; when the listener returns false the request ends (stop reason {@code LISTENER} in process,
     * {@code ABORTED} in a worker).
     */
    public Generation.Result generate(
            String prompt, SamplingParams sampling, int maxTokens, Generation.PieceListener listener) {
        return run(prompt, null, sampling, maxTokens, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Generates a reply to an untrusted prompt, its shape constrained by an untrusted GBNF grammar or JSON
     * Schema: checked against the policy's maxGrammarBytes and the library's nesting and repetition caps, then
     * put first in the chain {@code sampling} completes. In a worker, llama.cpp parses it there.
     *
     * @throws UntrustedTextException with {@link UntrustedTextException.Reason#INVALID_GRAMMAR} for a
     *                                constraint over a cap or invalid; as {@link #generate(String, SamplingParams, int)}
     */
    public Generation.Result generate(
            String prompt, OutputConstraint constraint, SamplingParams sampling, int maxTokens) {
        return run(prompt, Objects.requireNonNull(constraint, "constraint"), sampling, maxTokens, null);
    }

    /** As {@link #generate(String, OutputConstraint, SamplingParams, int)}, streaming to {@code listener}. */
    public Generation.Result generate(
            String prompt,
            OutputConstraint constraint,
            SamplingParams sampling,
            int maxTokens,
            Generation.PieceListener listener) {
        return run(
                prompt,
                Objects.requireNonNull(constraint, "constraint"),
                sampling,
                maxTokens,
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * One answer to an untrusted conversation, rendered with the model's chat template (in the worker, when the model
     * runs in one: a template that never ends ends only the worker, at the deadline), its messages guarded as the
     * policy says (special-token text, size), generated with {@code sampling} and parsed into content, reasoning and
     * tool calls as {@code options} ask.
     *
     * @param messages the conversation, ending with a user or tool message
     * @param options  tools, tool choice, reasoning, a JSON Schema or grammar (checked against maxGrammarBytes)
     * @throws UntrustedTextException a message over maxPromptBytes ({@code TOO_MANY_BYTES}), over maxPromptTokens
     *                                rendered ({@code TOO_MANY_TOKENS}, in process), spelling a special token
     *                                (REJECT mode), or a constraint over its cap; as
     *                                {@link #generate(String, SamplingParams, int)} otherwise
     */
    public ChatReply chat(List<ChatMessage> messages, ChatOptions options, SamplingParams sampling, int maxTokens) {
        return chat(messages, options, sampling, maxTokens, null);
    }

    /** As {@link #chat(List, ChatOptions, SamplingParams, int)}, the answer's text streamed to {@code listener}. */
    public ChatReply chat(
            List<ChatMessage> messages,
            ChatOptions options,
            SamplingParams sampling,
            int maxTokens,
            Generation.@Nullable PieceListener listener) {
        List<ChatMessage> conversation = List.copyOf(messages);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sampling, "sampling");
        return guarded(() -> {
            Policy.TenantLimits limits = tenant.limits();
            try (Slots.Slot slot = sandbox.acquire(tenant)) {
                tenant.consumeRequest();
                int cap = outputCap(maxTokens, limits);
                try {
                    for (ChatMessage message : conversation) {
                        UntrustedText.checkBytes(message.content(), limits.maxPromptBytes());
                    }
                    for (String constraint : Arrays.asList(options.jsonSchema(), options.grammar())) {
                        if (constraint != null) {
                            OutputConstraint.grammar(constraint).checkBytes(limits.maxGrammarBytes());
                        }
                    }
                    limits.sampling().check(sampling.applyTo(Sampler.builder()), model.trainedContextLength());
                } catch (UntrustedTextException e) {
                    throw denied(e);
                } catch (SamplerLimitException e) {
                    throw denied(e);
                }
                ChatReply reply = context != null
                        ? chatInProcess(context, conversation, options, sampling, cap, listener, limits)
                        : chatInWorker(Objects.requireNonNull(pool), conversation, options, sampling, cap, listener);
                tenant.consumePromptTokens(reply.turn().promptTokens());
                tenant.consumeGeneratedTokens(reply.turn().generatedTokens());
                requests.incrementAndGet();
                promptTokens.addAndGet(reply.turn().promptTokens());
                generatedTokens.addAndGet(reply.turn().generatedTokens());
                sandbox.event(
                        SandboxEvent.Type.REQUEST_DONE,
                        tenant.tenant(),
                        model.name(),
                        reply.turn().stopReason().name(),
                        "chat: " + reply.turn().promptTokens() + " prompt tokens, "
                                + reply.turn().generatedTokens() + " generated");
                return reply;
            }
        });
    }

    /**
     * A chat's answer and what its turn cost.
     *
     * @param response the answer: content, reasoning, tool calls and the raw text
     * @param turn     prompt, cached and generated tokens, and why it stopped
     */
    public record ChatReply(ChatResponse response, Chat.Turn turn) {

        public ChatReply {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(turn, "turn");
        }
    }

    private ChatReply chatInProcess(
            Context context,
            List<ChatMessage> conversation,
            ChatOptions options,
            SamplingParams sampling,
            int cap,
            Generation.@Nullable PieceListener listener,
            Policy.TenantLimits limits) {
        Chat.Builder builder = Chat.builder(model.model().orElseThrow())
                .borrow(context)
                .options(options)
                .sampler(sampling::applyTo)
                .maxTokens(cap)
                .timeout(limits.deadline())
                .specialText(
                        limits.specialTokenText() == UntrustedText.Mode.REJECT
                                ? Chat.SpecialText.REJECT
                                : Chat.SpecialText.NEUTRALIZE)
                .maxMessageBytes(limits.maxPromptBytes())
                .maxPromptTokens(limits.maxPromptTokens());
        try (Chat chat = builder.build()) {
            conversation.forEach(chat::add);
            ChatResponse response = chat.respond(listener == null ? piece -> true : listener);
            return new ChatReply(response, Objects.requireNonNull(chat.lastTurn()));
        } catch (ChatInputException e) {
            throw denied(UntrustedTextException.of(e));
        } catch (LlamaException e) {
            throw failed(e);
        }
    }

    private ChatReply chatInWorker(
            WorkerPool pool,
            List<ChatMessage> conversation,
            ChatOptions options,
            SamplingParams sampling,
            int cap,
            Generation.@Nullable PieceListener listener) {
        Policy.TenantLimits limits = tenant.limits();
        Chat.SpecialText mode = limits.specialTokenText() == UntrustedText.Mode.REJECT
                ? Chat.SpecialText.REJECT
                : Chat.SpecialText.NEUTRALIZE;
        Worker.ChatResult result = onWorker(
                pool,
                (lease, pieces) ->
                        lease.chat(conversation, options, null, mode, cap, sampling, limits.deadline(), pieces),
                listener);
        return new ChatReply(result.response(), result.turn());
    }

    /**
     * The embeddings of untrusted texts, in order, normalized as {@code normalization} says, by the model's own
     * pooling: the same floats in process and in a worker.
     *
     * @throws UntrustedTextException a text over maxPromptBytes
     * @throws org.llamaffm.embed.EmbeddingException (in process) or {@link WorkerException} REQUEST_FAILED with
     *                                remote type {@code EmbeddingException} (in a worker) for a model without pooled
     *                                embeddings or a text that does not fit
     */
    public List<float[]> embed(List<String> texts, Normalization normalization) {
        List<String> inputs = List.copyOf(texts);
        Objects.requireNonNull(normalization, "normalization");
        return guarded(() -> embedding(inputs, () -> {
            if (context == null) {
                Worker.Embeddings e = onWorker(
                        Objects.requireNonNull(pool),
                        (lease, pieces) -> lease.embed(inputs, normalization, deadline()),
                        null);
                return new Counted<>(e.vectors(), e.promptTokens());
            }
            Embedder local = embedderInProcess();
            List<float[]> vectors = local.embed(inputs);
            vectors.forEach(normalization::applyInPlace);
            return new Counted<>(vectors, local.tokenCount(inputs));
        }));
    }

    /**
     * The relevance score of each of {@code documents} for {@code query}, by the model's classification head (a
     * reranker): the same floats in process and in a worker.
     *
     * @throws UntrustedTextException the query or a document over maxPromptBytes
     */
    public float[] rerank(String query, List<String> documents) {
        List<String> inputs = new ArrayList<>(documents);
        inputs.add(Objects.requireNonNull(query, "query"));
        List<String> docs = List.copyOf(documents);
        return guarded(() -> embedding(inputs, () -> {
            if (context == null) {
                Worker.Scores s = onWorker(
                        Objects.requireNonNull(pool), (lease, pieces) -> lease.rerank(query, docs, deadline()), null);
                return new Counted<>(s.values(), s.promptTokens());
            }
            Reranker local = rerankerInProcess();
            return new Counted<>(local.rerank(query, docs), local.tokenCount(query, docs));
        }));
    }

    /** A result and the prompt tokens it took. */
    private record Counted<T>(T value, int tokens) {}

    /**
     * An embedding or rerank request: a slot, the request quota, the size check of each input; its tokens are counted
     * and charged to the prompt-token quota when it is done.
     */
    private <T> T embedding(List<String> inputs, Supplier<Counted<T>> compute) {
        Policy.TenantLimits limits = tenant.limits();
        try (Slots.Slot slot = sandbox.acquire(tenant)) {
            tenant.consumeRequest();
            try {
                for (String input : inputs) {
                    UntrustedText.checkBytes(input, limits.maxPromptBytes());
                }
            } catch (UntrustedTextException e) {
                throw denied(e);
            }
            Counted<T> result;
            try {
                result = compute.get();
            } catch (LlamaException e) {
                throw failed(e);
            }
            tenant.consumePromptTokens(result.tokens());
            requests.incrementAndGet();
            promptTokens.addAndGet(result.tokens());
            sandbox.event(
                    SandboxEvent.Type.REQUEST_DONE,
                    tenant.tenant(),
                    model.name(),
                    "",
                    inputs.size() + " inputs embedded");
            return result.value();
        }
    }

    private Embedder embedderInProcess() {
        synchronized (this) {
            if (embedder == null) {
                embedder = Embedder.open(model.model().orElseThrow(), embeddingParams());
            }
            return embedder;
        }
    }

    private Reranker rerankerInProcess() {
        synchronized (this) {
            if (reranker == null) {
                reranker = Reranker.open(model.model().orElseThrow(), embeddingParams());
            }
            return reranker;
        }
    }

    /** As a worker computes embeddings: the model's pooling, not normalized (the request normalizes). */
    private EmbeddingParams embeddingParams() {
        return EmbeddingParams.builder()
                .normalization(Normalization.NONE)
                .threads(params.batchThreads())
                .build();
    }

    private Duration deadline() {
        return tenant.limits().deadline();
    }

    /**
     * Ends the request running now, from any thread: it returns with stop reason {@code ABORTED} and what it had
     * generated. Nothing happens when no request runs.
     */
    public void cancel() {
        if (running.get() == 0) {
            return;
        }
        cancelled.incrementAndGet();
        if (context != null) {
            context.abort();
        } else {
            Worker worker = serving.get();
            if (worker != null) {
                worker.cancel();
            }
        }
    }

    /**
     * This session's counters: {@code requests} (that ran), {@code promptTokens}, {@code generatedTokens},
     * {@code cancelled} and {@code failed} (refused by a limit, or failed in llama.cpp or its worker).
     */
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("requests", requests.get());
        counters.put("promptTokens", promptTokens.get());
        counters.put("generatedTokens", generatedTokens.get());
        counters.put("cancelled", cancelled.get());
        counters.put("failed", failed.get());
        return counters;
    }

    private Generation.Result run(
            String prompt,
            @Nullable OutputConstraint constraint,
            SamplingParams sampling,
            int maxTokens,
            Generation.@Nullable PieceListener listener) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sampling, "sampling");
        return guarded(() -> runOpen(prompt, constraint, sampling, maxTokens, listener));
    }

    /** Runs a request of the open session, counted as running (so close() waits) and, if it throws, as failed. */
    private <T> T guarded(Supplier<T> request) {
        running.incrementAndGet();
        try {
            if (closed.get()) {
                throw new IllegalStateException("the session is closed");
            }
            return request.get();
        } catch (RuntimeException | Error e) {
            failed.incrementAndGet();
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    /** The caller's wish, capped by the policy and what the tenant's generated-tokens quota has left. */
    private int outputCap(int maxTokens, Policy.TenantLimits limits) {
        int cap = (int) Math.min(Math.min(maxTokens, limits.maxOutputTokens()), tenant.generatedTokensAvailable());
        if (cap < 1) {
            throw tenant.quota(QuotaExceededException.Reason.GENERATED_TOKENS);
        }
        return cap;
    }

    private Generation.Result runOpen(
            String prompt,
            @Nullable OutputConstraint constraint,
            SamplingParams sampling,
            int maxTokens,
            Generation.@Nullable PieceListener listener) {
        Policy.TenantLimits limits = tenant.limits();
        try (Slots.Slot slot = sandbox.acquire(tenant)) {
            tenant.consumeRequest();
            int cap = outputCap(maxTokens, limits);
            Generation.Result result = context != null
                    ? inProcess(context, prompt, constraint, sampling, cap, listener, limits)
                    : inWorker(Objects.requireNonNull(pool), prompt, constraint, sampling, cap, listener, limits);
            requests.incrementAndGet();
            promptTokens.addAndGet(result.promptTokens());
            generatedTokens.addAndGet(result.tokens().length);
            tenant.consumeGeneratedTokens(result.tokens().length);
            if (result.stopReason() == StopReason.TIMEOUT) {
                sandbox.event(
                        SandboxEvent.Type.DEADLINE_ABORT,
                        tenant.tenant(),
                        model.name(),
                        "DEADLINE",
                        "stopped at the deadline of " + limits.deadline().toMillis() + " ms after "
                                + result.tokens().length + " tokens");
            }
            sandbox.event(
                    SandboxEvent.Type.REQUEST_DONE,
                    tenant.tenant(),
                    model.name(),
                    result.stopReason().name(),
                    result.promptTokens() + " prompt tokens, " + result.tokens().length + " generated");
            return result;
        }
    }

    /** The request in this process: the guard tokenizes, the session's context generates. */
    private Generation.Result inProcess(
            Context context,
            String prompt,
            @Nullable OutputConstraint constraint,
            SamplingParams sampling,
            int cap,
            Generation.@Nullable PieceListener listener,
            Policy.TenantLimits limits) {
        Model loaded = model.model().orElseThrow();
        int[] tokens;
        Sampler sampler;
        try {
            tokens = UntrustedText.tokenize(loaded.vocab(), prompt, true, rules(limits));
            sampler = constraint == null
                    ? checked(sampling, limits, loaded).build(loaded)
                    : constraint.sampler(limits.maxGrammarBytes(), sampling::applyTo, limits.sampling(), loaded);
        } catch (UntrustedTextException e) {
            throw denied(e);
        } catch (SamplerLimitException e) {
            throw denied(e);
        }
        tenant.consumePromptTokens(tokens.length);
        GenerationParams params = GenerationParams.builder()
                .maxTokens(cap)
                .timeout(limits.deadline())
                .build();
        try (sampler;
                Generation generation = Generation.start(context, sampler, tokens, params)) {
            return listener == null ? generation.result() : generation.run(listener);
        } catch (LlamaException e) {
            // llama.cpp failed inside the request (e.g. an ambiguous grammar past the sampler's parse-stack cap)
            throw failed(e);
        }
    }

    /**
     * The request in a worker: the host checks what it can without the model (sizes, sampling caps); the worker
     * tokenizes, parses the constraint and generates, and a crash or a missed deadline there is a typed failure.
     */
    private Generation.Result inWorker(
            WorkerPool pool,
            String prompt,
            @Nullable OutputConstraint constraint,
            SamplingParams sampling,
            int cap,
            Generation.@Nullable PieceListener listener,
            Policy.TenantLimits limits) {
        try {
            UntrustedText.checkBytes(prompt, limits.maxPromptBytes());
            if (constraint != null) {
                constraint.checkBytes(limits.maxGrammarBytes());
            }
            limits.sampling().check(sampling.applyTo(Sampler.builder()), model.trainedContextLength());
        } catch (UntrustedTextException e) {
            throw denied(e);
        } catch (SamplerLimitException e) {
            throw denied(e);
        }
        Worker.Result result = onWorker(
                pool,
                (lease, pieces) ->
                        lease.generate(prompt, constraint, rules(limits), cap, sampling, limits.deadline(), pieces),
                listener);
        tenant.consumePromptTokens(result.promptTokens());
        return new Generation.Result(result.text(), result.tokens(), result.promptTokens(), result.stopReason());
    }

    /** A request on a worker of the session's pool. */
    @FunctionalInterface
    private interface OnWorker<T> {
        T run(WorkerPool.Lease lease, @Nullable Consumer<String> pieces);
    }

    /**
     * Leases a worker for the tenant and runs {@code request} on it, the pieces it streams handed to
     * {@code listener} (a listener that returns false cancels the request); a refusal, a death or an engine error
     * there becomes the event and the typed exception a caller gets.
     */
    private <T> T onWorker(WorkerPool pool, OnWorker<T> request, Generation.@Nullable PieceListener listener) {
        try (WorkerPool.Lease lease = pool.lease(tenant.tenant().id())) {
            serving.set(lease.worker());
            beforeWorkerRequest.accept(lease.worker());
            AtomicBoolean stopped = new AtomicBoolean();
            Consumer<String> pieces = listener == null
                    ? null
                    : piece -> {
                        if (!stopped.get() && !listener.onPiece(piece)) {
                            stopped.set(true);
                            lease.worker().cancel();
                        }
                    };
            return request.run(lease, pieces);
        } catch (LeaseRefusedException e) {
            sandbox.event(
                    SandboxEvent.Type.REQUEST_DENIED,
                    tenant.tenant(),
                    model.name(),
                    e.reason().name(),
                    e.getMessage());
            throw e;
        } catch (WorkerException e) {
            UntrustedTextException refused = e.untrustedText();
            if (refused != null) {
                throw denied(refused); // the worker's guard refused the input
            }
            sandbox.event(
                    SandboxEvent.Type.REQUEST_FAILED,
                    tenant.tenant(),
                    model.name(),
                    e.reason().name(),
                    e.getMessage());
            throw e;
        } finally {
            serving.set(null);
        }
    }

    private static UntrustedText.Rules rules(Policy.TenantLimits limits) {
        return new UntrustedText.Rules(limits.maxPromptBytes(), limits.maxPromptTokens(), limits.specialTokenText());
    }

    private static Sampler.Builder checked(SamplingParams sampling, Policy.TenantLimits limits, Model model) {
        Sampler.Builder chain = sampling.applyTo(Sampler.builder());
        limits.sampling().check(chain, model);
        return chain;
    }

    /** Reports a request llama.cpp failed while it ran (the session goes on), and returns the exception. */
    private LlamaException failed(LlamaException e) {
        sandbox.event(
                SandboxEvent.Type.REQUEST_FAILED,
                tenant.tenant(),
                model.name(),
                e.getClass().getSimpleName(),
                e.getMessage());
        return e;
    }

    private UntrustedTextException denied(UntrustedTextException e) {
        sandbox.event(
                SandboxEvent.Type.REQUEST_DENIED,
                tenant.tenant(),
                model.name(),
                e.reason().name(),
                e.getMessage());
        return e;
    }

    private SamplerRejectedException denied(SamplerLimitException e) {
        SamplerRejectedException denied =
                new SamplerRejectedException(e.setting(), e.limit(), e.getMessage() + " by the policy");
        sandbox.event(
                SandboxEvent.Type.REQUEST_DENIED, tenant.tenant(), model.name(), "SAMPLER_LIMIT", denied.getMessage());
        return denied;
    }

    /**
     * Clears this tenant's state (KV cache), frees the context and releases the memory reservation.
     * Idempotent. While a request of the session runs on another thread, nothing is freed and this
     * throws {@link IllegalStateException}: close again once it has ended (the deadline ends it at the latest). A
     * request started on another thread while this runs may be refused as closed, even when this then throws.
     */
    @Override
    public void close() {
        // closed is set before running is read, as guarded() counts a request before it reads closed: one of the
        // two sees the other, so no request runs on a context being freed
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (running.get() > 0) {
            closed.set(false);
            throw new IllegalStateException(
                    "the session has a request running on another thread: close it once the request has ended");
        }
        synchronized (this) {
            if (embedder != null) {
                embedder.close();
            }
            if (reranker != null) {
                reranker.close();
            }
        }
        if (context != null) {
            try {
                context.memory().clear(); // zeroed before llama_free hands the memory back (to another tenant, perhaps)
                context.close();
            } catch (RuntimeException e) {
                closed.set(false); // still in use: nothing was freed
                throw e;
            }
        }
        releaseMemory.run();
        sandbox.event(SandboxEvent.Type.SESSION_CLOSED, tenant.tenant(), model.name(), "", "session closed");
    }
}
