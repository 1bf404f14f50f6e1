package org.llamaffm.policy;

import org.llamaffm.Sampler;

/**
 * A request's sampler setting is over the policy's cap ({@link Policy.TenantLimits#sampling()}):
 * llama.cpp would allocate or compute in proportion to it. Not an {@link UntrustedTextException}:
 * the setting is a number, and {@link #setting()} names it for the caller's error response.
 */
public final class SamplerRejectedException extends PolicyException {

    private final Sampler.Setting setting;
    private final int limit;

    SamplerRejectedException(Sampler.Setting setting, int limit, String message) {
        super(message, null);
        this.setting = setting;
        this.limit = limit;
    }

    /** The setting over its cap, e.g. {@code penalties lastN = 1073741824}. */
    public Sampler.Setting setting() {
        return setting;
    }

    /** The policy's cap. */
    public int limit() {
        return limit;
    }
}
