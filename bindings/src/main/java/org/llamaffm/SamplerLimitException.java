package org.llamaffm;

/**
 * A sampler setting over a cap of {@link Sampler.Limits}: what it would make llama.cpp allocate or
 * compute is more than the caller allows.
 */
public final class SamplerLimitException extends LlamaException {

    private final Sampler.Setting setting;
    private final int limit;

    SamplerLimitException(Sampler.Setting setting, int limit) {
        super(setting.sampler() + " " + setting.parameter() + " is " + setting.value() + "; at most " + limit
                + " is allowed");
        this.setting = setting;
        this.limit = limit;
    }

    /** The setting, e.g. {@code penalties lastN = 1073741824}. */
    public Sampler.Setting setting() {
        return setting;
    }

    /** The cap it is over. */
    public int limit() {
        return limit;
    }
}
