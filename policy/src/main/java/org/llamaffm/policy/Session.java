package org.llamaffm.policy;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.LlamaException;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SamplerLimitException;
import org.llamaffm.StopReason;

/**
 * One tenant's conversation with a model: its own context (KV cache), so no other tenant can
 * read, continue or time its state. Requests go through the sandbox's limits: concurrency with a
 * fair queue, rate quotas, the untrusted-text guard, the output cap and the deadline.
 * {@link #close()} clears and frees the state.
 */
public final class Session implements AutoCloseable {

    private final Sandbox sandbox;
    private final TenantQuotas tenant;
    private final Model model;
    private final Context context;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Requests running now: close() frees nothing while there are any. */
    private final AtomicInteger running = new AtomicInteger();

    private final Runnable releaseMemory;

    Session(Sandbox sandbox, TenantQuotas tenant, Model model, ContextParams params, Runnable releaseMemory) {
        this.sandbox = sandbox;
        this.tenant = tenant;
        this.model = model;
        this.context = model.newContext(params);
        this.releaseMemory = releaseMemory;
    }

    public Tenant tenant() {
        return tenant.tenant();
    }

    /**
     * Generates a reply to an untrusted prompt with {@code sampler}.
     *
     * @param maxTokens the caller's wish; capped by the policy's maxOutputTokens
     * @throws BusyException           when the tenant's or the global slots and queue are full
     * @throws QuotaExceededException  when a rate quota would be exceeded
     * @throws UntrustedTextException  when the prompt is too long or spells a control token (REJECT mode)
     * @throws SamplerRejectedException when a setting of {@code sampler} is over the policy's
     *                                 {@link Policy.TenantLimits#sampling()} caps
     */
    public Generation.Result generate(String prompt, Sampler sampler, int maxTokens) {
        return run(prompt, sampler, null, null, maxTokens);
    }

    /**
     * Generates a reply to an untrusted prompt, its shape constrained by an untrusted GBNF grammar
     * or JSON Schema: checked against the policy's maxGrammarBytes and the library's nesting and
     * repetition caps before llama.cpp sees it, then put first in the chain {@code sampling} completes.
     *
     * @param sampling completes the chain after the constraint, e.g. {@code b -> b.greedy()}
     * @throws UntrustedTextException with {@link UntrustedTextException.Reason#INVALID_GRAMMAR} for a
     *                                constraint over a cap or invalid; as {@link #generate(String, Sampler, int)}
     * @throws SamplerRejectedException when a setting {@code sampling} makes is over the policy's
     *                                 {@link Policy.TenantLimits#sampling()} caps, before the chain is built
     */
    public Generation.Result generate(
            String prompt, OutputConstraint constraint, UnaryOperator<Sampler.Builder> sampling, int maxTokens) {
        return run(
                prompt,
                null,
                Objects.requireNonNull(constraint, "constraint"),
                Objects.requireNonNull(sampling, "sampling"),
                maxTokens);
    }

    /** One request, with the caller's sampler or one built here from a constraint and {@code sampling}. */
    private Generation.Result run(
            String prompt,
            Sampler given,
            OutputConstraint constraint,
            UnaryOperator<Sampler.Builder> sampling,
            int maxTokens) {
        running.incrementAndGet();
        try {
            if (closed.get()) {
                throw new IllegalStateException("the session is closed");
            }
            return runOpen(prompt, given, constraint, sampling, maxTokens);
        } finally {
            running.decrementAndGet();
        }
    }

    private Generation.Result runOpen(
            String prompt,
            Sampler given,
            OutputConstraint constraint,
            UnaryOperator<Sampler.Builder> sampling,
            int maxTokens) {
        Policy.TenantLimits limits = sandbox.policy().limits().tenant();
        try (Slots.Slot slot = sandbox.acquire(tenant)) {
            tenant.consumeRequest();
            int[] tokens;
            Sampler sampler;
            try {
                tokens = UntrustedText.tokenize(
                        model.vocab(),
                        prompt,
                        true,
                        new UntrustedText.Rules(
                                limits.maxPromptBytes(), limits.maxPromptTokens(), limits.specialTokenText()));
                if (given != null) {
                    limits.sampling().check(given);
                    sampler = given;
                } else {
                    sampler = constraint.sampler(limits.maxGrammarBytes(), sampling, limits.sampling(), model);
                }
            } catch (UntrustedTextException e) {
                sandbox.event(
                        SandboxEvent.Type.REQUEST_DENIED,
                        tenant.tenant(),
                        e.reason().name(),
                        e.getMessage());
                throw e;
            } catch (SamplerLimitException e) {
                SamplerRejectedException denied =
                        new SamplerRejectedException(e.setting(), e.limit(), e.getMessage() + " by the policy");
                sandbox.event(SandboxEvent.Type.REQUEST_DENIED, tenant.tenant(), "SAMPLER_LIMIT", denied.getMessage());
                throw denied;
            }
            tenant.consumePromptTokens(tokens.length);
            int cap = (int) Math.min(Math.min(maxTokens, limits.maxOutputTokens()), tenant.generatedTokensAvailable());
            if (cap < 1) {
                throw tenant.quota(QuotaExceededException.Reason.GENERATED_TOKENS);
            }
            GenerationParams params = GenerationParams.builder()
                    .maxTokens(cap)
                    .timeout(limits.deadline())
                    .build();
            Generation.Result result;
            try (Generation generation = Generation.start(context, sampler, tokens, params)) {
                result = generation.result();
            } catch (LlamaException e) {
                // llama.cpp failed inside the request (e.g. an ambiguous grammar past the sampler's parse-stack cap)
                sandbox.event(
                        SandboxEvent.Type.REQUEST_FAILED,
                        tenant.tenant(),
                        e.getClass().getSimpleName(),
                        e.getMessage());
                throw e;
            } finally {
                if (given == null) {
                    sampler.close(); // built here for this request
                }
            }
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
                    tokens.length + " prompt tokens, " + result.tokens().length + " generated");
            return result;
        }
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
        try {
            context.memory().clear(); // zeroed before llama_free hands the memory back (to another tenant, perhaps)
            context.close();
        } catch (RuntimeException e) {
            closed.set(false); // still in use: nothing was freed
            throw e;
        }
        releaseMemory.run();
        sandbox.event(SandboxEvent.Type.SESSION_CLOSED, tenant.tenant(), "", "session closed");
    }
}
