package org.llamaffm;

import java.util.Objects;

/**
 * A sampler chain described as data, as llama.cpp's {@code common_params_sampling} describes it: a value
 * that can be kept, compared, logged and sent to another process, and that {@link #toSampler(Model)}
 * turns into the native chain in llama.cpp's common order (penalties, top-k, top-p, min-p,
 * temperature, then the seeded pick; greedy when the temperature is 0 or less).
 *
 * <p>A 0 or neutral value leaves its sampler out: {@code topK} 0, {@code topP} 1, {@code minP} 0,
 * {@code repeatPenalty} 1. {@link #defaults()} are llama.cpp's: temperature 0.8, top-k 40, top-p 0.95,
 * min-p 0.05, no repetition penalty over the last 64 tokens.
 *
 * @param temperature   0 or less: greedy
 * @param topK          keep the k most likely tokens; 0 = off
 * @param topP          keep the most likely tokens whose probabilities add up to p; 1 = off
 * @param minP          drop tokens less likely than p times the most likely one; 0 = off
 * @param repeatPenalty divide the logits of tokens seen in the last {@code repeatLastN} by this; 1 = off
 * @param repeatLastN   the tokens the penalty looks back over; -1 = the whole context
 * @param seed          the seed of the random pick, 0..4294967295 (unused when greedy)
 */
public record SamplingParams(
        float temperature, int topK, float topP, float minP, float repeatPenalty, int repeatLastN, long seed) {

    /** llama.cpp's default seed value ({@code LLAMA_DEFAULT_SEED}): {@code dist} then picks a random one. */
    public static final long RANDOM_SEED = 0xFFFF_FFFFL;

    public SamplingParams {
        check(Float.isFinite(temperature), "temperature must be finite, was " + temperature);
        check(topK >= 0, "topK must be >= 0 (0 = off), was " + topK);
        check(topP > 0 && topP <= 1, "topP must be in (0, 1] (1 = off), was " + topP);
        check(minP >= 0 && minP <= 1, "minP must be in [0, 1] (0 = off), was " + minP);
        check(
                repeatPenalty > 0 && Float.isFinite(repeatPenalty),
                "repeatPenalty must be > 0 (1 = off), was " + repeatPenalty);
        check(repeatLastN >= -1, "repeatLastN must be >= -1 (-1 = the whole context), was " + repeatLastN);
        check(seed >= 0 && seed <= 0xFFFF_FFFFL, "seed must be in [0, 4294967295], was " + seed);
    }

    /** llama.cpp's defaults, with a random seed. */
    public static SamplingParams defaults() {
        return new SamplingParams(0.8f, 40, 0.95f, 0.05f, 1.0f, 64, RANDOM_SEED);
    }

    /** Always the most likely token. */
    public static SamplingParams greedy() {
        return new SamplingParams(0, 0, 1, 0, 1.0f, 64, RANDOM_SEED);
    }

    public SamplingParams withTemperature(float temperature) {
        return new SamplingParams(temperature, topK, topP, minP, repeatPenalty, repeatLastN, seed);
    }

    public SamplingParams withSeed(long seed) {
        return new SamplingParams(temperature, topK, topP, minP, repeatPenalty, repeatLastN, seed);
    }

    /** Adds these samplers to {@code chain}, ending with the one that picks the token. */
    public Sampler.Builder applyTo(Sampler.Builder chain) {
        Objects.requireNonNull(chain, "chain");
        if (repeatPenalty != 1.0f) {
            chain.penalties(repeatLastN, repeatPenalty, 0, 0);
        }
        if (temperature <= 0) {
            return chain.greedy();
        }
        if (topK > 0) {
            chain.topK(topK);
        }
        if (topP < 1) {
            chain.topP(topP);
        }
        if (minP > 0) {
            chain.minP(minP);
        }
        return chain.temperature(temperature).dist(seed);
    }

    /** The native chain for {@code model}. */
    public Sampler toSampler(Model model) {
        return applyTo(Sampler.builder()).build(model);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
