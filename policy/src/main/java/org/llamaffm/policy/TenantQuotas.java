package org.llamaffm.policy;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One tenant's share of the sandbox: its concurrency slots, its rate quotas (a Bucket4j token
 * bucket each for requests, prompt tokens and generated tokens, refilled per minute), its memory
 * budget and its counters.
 */
final class TenantQuotas {

    /** The counters of a tenant that has not opened a session yet. */
    static final Map<String, Long> NO_COUNTERS =
            Map.of("requests", 0L, "promptTokens", 0L, "generatedTokens", 0L, "denials", 0L, "reservedMemory", 0L);

    private final Tenant tenant;
    private final Policy.TenantLimits limits;
    private final EventSink events;
    private final Semaphore concurrency;
    private final Budget memory;
    private final Bucket requestBucket;
    private final Bucket promptBucket;
    private final Bucket generatedBucket;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong promptTokens = new AtomicLong();
    private final AtomicLong generatedTokens = new AtomicLong();
    private final AtomicLong denials = new AtomicLong();

    TenantQuotas(Tenant tenant, Policy.TenantLimits limits, EventSink events) {
        this.tenant = tenant;
        this.limits = limits;
        this.events = events;
        this.concurrency = new Semaphore(limits.maxConcurrentRequests(), true);
        this.memory = Budget.tenant(tenant, limits.maxMemoryBytes());
        this.requestBucket = perMinute(limits.requestsPerMinute());
        this.promptBucket = perMinute(limits.promptTokensPerMinute());
        this.generatedBucket = perMinute(limits.generatedTokensPerMinute());
    }

    private static Bucket perMinute(long amount) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(amount).refillGreedy(amount, Duration.ofMinutes(1)))
                .build();
    }

    Tenant tenant() {
        return tenant;
    }

    /** The tenant's limits: its own, or the policy's default. */
    Policy.TenantLimits limits() {
        return limits;
    }

    /** The tenant's concurrency slots ({@link Slots#acquire}). */
    Semaphore concurrency() {
        return concurrency;
    }

    /** The memory budget of the tenant's sessions. */
    Budget memory() {
        return memory;
    }

    /** Requests, prompt tokens, generated tokens, denials and reserved memory. */
    Map<String, Long> counters() {
        return Map.of(
                "requests",
                requests.get(),
                "promptTokens",
                promptTokens.get(),
                "generatedTokens",
                generatedTokens.get(),
                "denials",
                denials.get(),
                "reservedMemory",
                memory.reserved());
    }

    /** Counts a request the sandbox refused (denied, over a quota or busy). */
    void denied() {
        denials.incrementAndGet();
    }

    void consumeRequest() {
        consume(requestBucket, 1, QuotaExceededException.Reason.REQUESTS);
        requests.incrementAndGet();
    }

    void consumePromptTokens(long n) {
        consume(promptBucket, n, QuotaExceededException.Reason.PROMPT_TOKENS);
        promptTokens.addAndGet(n);
    }

    long generatedTokensAvailable() {
        return generatedBucket.getAvailableTokens();
    }

    void consumeGeneratedTokens(long n) {
        generatedBucket.tryConsume(Math.min(n, generatedBucket.getAvailableTokens()));
        generatedTokens.addAndGet(n);
    }

    private void consume(Bucket bucket, long n, QuotaExceededException.Reason reason) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(n);
        if (!probe.isConsumed()) {
            throw quota(reason, probe.getNanosToWaitForRefill() / 1_000_000);
        }
    }

    /** The exception (its event reported) for a quota that is used up, to retry in a minute. */
    QuotaExceededException quota(QuotaExceededException.Reason reason) {
        return quota(reason, 60_000);
    }

    private QuotaExceededException quota(QuotaExceededException.Reason reason, long retryMillis) {
        QuotaExceededException e = new QuotaExceededException(tenant, reason, retryMillis);
        events.event(SandboxEvent.Type.QUOTA_EXCEEDED, tenant, reason.name(), e.getMessage());
        return e;
    }
}
