package org.llamaffm.cli;

import java.security.SecureRandom;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import picocli.CommandLine.Option;

/** The sampling options of the commands that generate, as llama.cpp's tools name them. */
final class SamplingOptions {

    @Option(names = "--temp", defaultValue = "0.8", description = "temperature; 0 = greedy (default: ${DEFAULT-VALUE})")
    float temperature;

    @Option(names = "--top-k", defaultValue = "40", description = "top-k; 0 = off (default: ${DEFAULT-VALUE})")
    int topK;

    @Option(names = "--top-p", defaultValue = "0.95", description = "top-p; 1 = off (default: ${DEFAULT-VALUE})")
    float topP;

    @Option(names = "--min-p", defaultValue = "0.05", description = "min-p; 0 = off (default: ${DEFAULT-VALUE})")
    float minP;

    @Option(
            names = "--repeat-penalty",
            defaultValue = "1.0",
            description = "repetition penalty; 1 = off (default: ${DEFAULT-VALUE})")
    float repeatPenalty;

    @Option(
            names = "--repeat-last-n",
            defaultValue = "64",
            description = "tokens the repetition penalty looks back (default: ${DEFAULT-VALUE})")
    int repeatLastN;

    @Option(
            names = {"-s", "--seed"},
            paramLabel = "N",
            description = "random seed, 0..4294967295 (default: random)")
    Long seed;

    private long randomSeed = -1;

    /** The chosen sampling, as data (what a worker process gets). */
    SamplingParams params() {
        return new SamplingParams(temperature, topK, topP, minP, repeatPenalty, repeatLastN, seed());
    }

    /** Adds the chosen samplers to {@code chain}, ending with the one that picks the token. */
    Sampler.Builder apply(Sampler.Builder chain) {
        return params().applyTo(chain);
    }

    /** The seed given, or one random seed per command (so a chat's turns continue one random sequence). */
    private long seed() {
        if (seed != null) {
            return seed;
        }
        if (randomSeed < 0) {
            randomSeed = new SecureRandom().nextLong(0, 0x1_0000_0000L);
        }
        return randomSeed;
    }
}
