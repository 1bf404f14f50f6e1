package org.llamaffm.policy;

import java.util.Locale;

/** A tenant's quota would be exceeded; retry after {@link #retryAfterMillis()}. */
public final class QuotaExceededException extends PolicyException {

    /** Which quota. */
    public enum Reason {
        REQUESTS,
        PROMPT_TOKENS,
        GENERATED_TOKENS
    }

    private final Reason reason;
    private final long retryAfterMillis;

    QuotaExceededException(Tenant tenant, Reason reason, long retryAfterMillis) {
        super(
                "tenant " + tenant.id() + ": "
                        + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " quota exceeded; retry in "
                        + retryAfterMillis + " ms",
                null);
        this.reason = reason;
        this.retryAfterMillis = retryAfterMillis;
    }

    public Reason reason() {
        return reason;
    }

    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
