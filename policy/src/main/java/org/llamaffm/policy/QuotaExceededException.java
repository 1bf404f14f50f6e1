package org.llamaffm.policy;

/** A tenant's quota would be exceeded; retry after {@link #retryAfterMillis()}. */
public final class QuotaExceededException extends PolicyException {

    /** Which quota. */
    public enum Quota {
        REQUESTS, PROMPT_TOKENS, GENERATED_TOKENS
    }

    private final Quota quota;
    private final long retryAfterMillis;

    QuotaExceededException(Tenant tenant, Quota quota, long retryAfterMillis) {
        super("tenant " + tenant.id() + ": " + quota.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " quota exceeded; retry in " + retryAfterMillis + " ms", null);
        this.quota = quota;
        this.retryAfterMillis = retryAfterMillis;
    }

    public Quota quota() {
        return quota;
    }

    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
