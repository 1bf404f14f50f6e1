package org.llamaffm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sampler chain described as data, as llama.cpp's {@code common_params_sampling} describes it: a value
 * that can be kept, compared, logged and sent to another process, and that {@link #toSampler(Model)}
 * turns into the native chain in llama.cpp's common order (logit bias, penalties, DRY, top-k, top-p, min-p,
 * temperature, then the seeded pick; greedy when the temperature is 0 or less).
 *
 * <p>A 0 or neutral value leaves its sampler out: {@code topK} 0, {@code topP} 1, {@code minP} 0,
 * {@code repeatPenalty} 1 with no frequency or presence penalty, {@code dryMultiplier} 0, no logit bias.
 * {@link #defaults()} are llama.cpp's: temperature 0.8, top-k 40, top-p 0.95, min-p 0.05, no penalties
 * (over the last 64 tokens), DRY off (base 1.75, allowed length 2, the whole context, breakers
 * {@code \n : " *}).
 *
 * @param temperature      0 or less: greedy
 * @param topK             keep the k most likely tokens; 0 = off
 * @param topP             keep the most likely tokens whose probabilities add up to p; 1 = off
 * @param minP             drop tokens less likely than p times the most likely one; 0 = off
 * @param repeatPenalty    divide the logits of tokens seen in the last {@code repeatLastN} by this; 1 = off
 * @param repeatLastN      the tokens the penalties look back over; -1 = the whole context
 * @param seed             the seed of the random pick, 0..4294967295 (unused when greedy)
 * @param frequencyPenalty subtracted from a token's logit per time it was seen (OpenAI's frequency_penalty); 0 = off
 * @param presencePenalty  subtracted once from the logit of a token seen at all (presence_penalty); 0 = off
 * @param logitBias        token id -> added to its logit ({@code -Infinity} bans it); empty = off
 * @param dryMultiplier    DRY's strength; 0 = off
 * @param dryBase          DRY's growth per repeated token, >= 1
 * @param dryAllowedLength repeats up to this length are free
 * @param dryLastN         the tokens DRY looks back over; -1 = the whole context
 * @param dryBreakers      strings that end a repeated sequence
 */
public record SamplingParams(
        float temperature,
        int topK,
        float topP,
        float minP,
        float repeatPenalty,
        int repeatLastN,
        long seed,
        float frequencyPenalty,
        float presencePenalty,
        Map<Integer, Float> logitBias,
        float dryMultiplier,
        float dryBase,
        int dryAllowedLength,
        int dryLastN,
        List<String> dryBreakers) {

    /** llama.cpp's default seed value ({@code LLAMA_DEFAULT_SEED}): {@code dist} then picks a random one. */
    public static final long RANDOM_SEED = 0xFFFF_FFFFL;

    /** llama.cpp's default DRY sequence breakers. */
    public static final List<String> DEFAULT_DRY_BREAKERS = List.of("\n", ":", "\"", "*");

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
        check(
                Float.isFinite(frequencyPenalty) && Float.isFinite(presencePenalty),
                "frequencyPenalty and presencePenalty must be finite, were " + frequencyPenalty + " and "
                        + presencePenalty);
        logitBias = Map.copyOf(logitBias);
        logitBias.forEach((token, bias) -> check(
                token >= 0 && !Float.isNaN(bias) && bias != Float.POSITIVE_INFINITY,
                "logitBias: token " + token + " -> " + bias + " (tokens are >= 0, a bias a number or -Infinity)"));
        check(dryMultiplier >= 0 && Float.isFinite(dryMultiplier), "dryMultiplier must be >= 0, was " + dryMultiplier);
        check(dryBase >= 1 && Float.isFinite(dryBase), "dryBase must be >= 1, was " + dryBase);
        check(dryAllowedLength >= 0, "dryAllowedLength must be >= 0, was " + dryAllowedLength);
        check(dryLastN >= -1, "dryLastN must be >= -1 (-1 = the whole context), was " + dryLastN);
        dryBreakers = List.copyOf(dryBreakers);
    }

    /** The first seven settings; no frequency or presence penalty, logit bias or DRY. */
    public SamplingParams(
            float temperature, int topK, float topP, float minP, float repeatPenalty, int repeatLastN, long seed) {
        this(
                temperature,
                topK,
                topP,
                minP,
                repeatPenalty,
                repeatLastN,
                seed,
                0,
                0,
                Map.of(),
                0,
                1.75f,
                2,
                -1,
                DEFAULT_DRY_BREAKERS);
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
        return new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeatPenalty,
                repeatLastN,
                seed,
                frequencyPenalty,
                presencePenalty,
                logitBias,
                dryMultiplier,
                dryBase,
                dryAllowedLength,
                dryLastN,
                dryBreakers);
    }

    public SamplingParams withSeed(long seed) {
        return new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeatPenalty,
                repeatLastN,
                seed,
                frequencyPenalty,
                presencePenalty,
                logitBias,
                dryMultiplier,
                dryBase,
                dryAllowedLength,
                dryLastN,
                dryBreakers);
    }

    public SamplingParams withTopK(int topK) {
        return new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeatPenalty,
                repeatLastN,
                seed,
                frequencyPenalty,
                presencePenalty,
                logitBias,
                dryMultiplier,
                dryBase,
                dryAllowedLength,
                dryLastN,
                dryBreakers);
    }

    /** These settings with the penalties: {@code repeat} divides, {@code frequency} and {@code presence} subtract. */
    public SamplingParams withPenalties(int lastN, float repeat, float frequency, float presence) {
        return new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeat,
                lastN,
                seed,
                frequency,
                presence,
                logitBias,
                dryMultiplier,
                dryBase,
                dryAllowedLength,
                dryLastN,
                dryBreakers);
    }

    public SamplingParams withLogitBias(Map<Integer, Float> logitBias) {
        return new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeatPenalty,
                repeatLastN,
                seed,
                frequencyPenalty,
                presencePenalty,
                logitBias,
                dryMultiplier,
                dryBase,
                dryAllowedLength,
                dryLastN,
                dryBreakers);
    }

    public SamplingParams withDry(float multiplier, float base, int allowedLength, int lastN, List<String> breakers) {
        return new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeatPenalty,
                repeatLastN,
                seed,
                frequencyPenalty,
                presencePenalty,
                logitBias,
                multiplier,
                base,
                allowedLength,
                lastN,
                breakers);
    }

    /** Adds these samplers to {@code chain}, ending with the one that picks the token. */
    public Sampler.Builder applyTo(Sampler.Builder chain) {
        Objects.requireNonNull(chain, "chain");
        if (!logitBias.isEmpty()) {
            chain.logitBias(logitBias);
        }
        if (repeatPenalty != 1.0f || frequencyPenalty != 0 || presencePenalty != 0) {
            chain.penalties(repeatLastN, repeatPenalty, frequencyPenalty, presencePenalty);
        }
        if (dryMultiplier > 0) {
            chain.dry(dryMultiplier, dryBase, dryAllowedLength, dryLastN, dryBreakers);
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
