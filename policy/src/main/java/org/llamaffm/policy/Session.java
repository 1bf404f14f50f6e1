package org.llamaffm.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
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
    /** Test hook: runs with the leased worker before each request in a worker (to break it). */
    java.util.function.Consumer<Worker> beforeWorkerRequest = worker -> {};

    Session(Sandbox sandbox, TenantQuotas tenant, AdmittedModel model, ContextParams params, Runnable releaseMemory) {
        this.sandbox = sandbox;
        this.tenant = tenant;
        this.model = model;
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
        running.incrementAndGet();
        try {
            if (closed.get()) {
                throw new IllegalStateException("the session is closed");
            }
            return runOpen(prompt, constraint, sampling, maxTokens, listener);
        } catch (RuntimeException | Error e) {
            failed.incrementAndGet();
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    private Generation.Result runOpen(
            String prompt,
            @Nullable OutputConstraint constraint,
            SamplingParams sampling,
            int maxTokens,
            Generation.@Nullable PieceListener listener) {
        Policy.TenantLimits limits = sandbox.policy().limits().tenant();
        try (Slots.Slot slot = sandbox.acquire(tenant)) {
            tenant.consumeRequest();
            int cap = (int) Math.min(Math.min(maxTokens, limits.maxOutputTokens()), tenant.generatedTokensAvailable());
            if (cap < 1) {
                throw tenant.quota(QuotaExceededException.Reason.GENERATED_TOKENS);
            }
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
                        "DEADLINE",
                        "stopped at the deadline of " + limits.deadline().toMillis() + " ms after "
                                + result.tokens().length + " tokens");
            }
            sandbox.event(
                    SandboxEvent.Type.REQUEST_DONE,
                    tenant.tenant(),
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
            sandbox.event(
                    SandboxEvent.Type.REQUEST_FAILED,
                    tenant.tenant(),
                    e.getClass().getSimpleName(),
                    e.getMessage());
            throw e;
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
        try (WorkerPool.Lease lease = pool.lease(tenant.tenant().id())) {
            serving.set(lease.worker());
            beforeWorkerRequest.accept(lease.worker());
            AtomicBoolean stopped = new AtomicBoolean();
            java.util.function.Consumer<String> pieces = listener == null
                    ? null
                    : piece -> {
                        if (!stopped.get() && !listener.onPiece(piece)) {
                            stopped.set(true);
                            lease.worker().cancel();
                        }
                    };
            Worker.Result result =
                    lease.generate(prompt, constraint, rules(limits), cap, sampling, limits.deadline(), pieces);
            tenant.consumePromptTokens(result.promptTokens());
            return new Generation.Result(result.text(), result.tokens(), result.promptTokens(), result.stopReason());
        } catch (LeaseRefusedException e) {
            sandbox.event(
                    SandboxEvent.Type.REQUEST_DENIED,
                    tenant.tenant(),
                    e.reason().name(),
                    e.getMessage());
            throw e;
        } catch (WorkerException e) {
            UntrustedTextException refused = e.untrustedText();
            if (refused != null) {
                throw denied(refused); // the worker's guard refused the prompt
            }
            sandbox.event(
                    SandboxEvent.Type.REQUEST_FAILED,
                    tenant.tenant(),
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

    private UntrustedTextException denied(UntrustedTextException e) {
        sandbox.event(
                SandboxEvent.Type.REQUEST_DENIED, tenant.tenant(), e.reason().name(), e.getMessage());
        return e;
    }

    private SamplerRejectedException denied(SamplerLimitException e) {
        SamplerRejectedException denied =
                new SamplerRejectedException(e.setting(), e.limit(), e.getMessage() + " by the policy");
        sandbox.event(SandboxEvent.Type.REQUEST_DENIED, tenant.tenant(), "SAMPLER_LIMIT", denied.getMessage());
        return denied;
    }

    /**
     * Clears this tenant's state (KV cache), frees the context and releases the memory reservation.
     * Idempotent. While a request of the session runs on another thread, nothing is freed and this
     * throws {@link IllegalStateException}: close again once it has ended (the deadline ends it at the latest).
     */
    @Override
    public void close() {
        if (closed.get()) {
            return;
        }
        if (running.get() > 0) {
            throw new IllegalStateException(
                    "the session has a request running on another thread: close it once the request has ended");
        }
        if (!closed.compareAndSet(false, true)) {
            return;
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
        sandbox.event(SandboxEvent.Type.SESSION_CLOSED, tenant.tenant(), "", "session closed");
    }
}
