package org.llamaffm.benchmarks;

import java.util.concurrent.TimeUnit;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One generated token on a tiny model (~16M parameters, F16, 2 threads): decode only (what
 * llama-bench's tg measures), a full generation step with token ids only, and one with text.
 * The differences are the Java-side overhead per token; run with {@code -prof gc} for the bytes
 * allocated per token ({@code gc.alloc.rate.norm}).
 *
 * <p>Last run (2-core AMD EPYC with AVX-512, JDK 25.0.3, {@code -f 1 -wi 3 -i 5 -prof gc}; this
 * machine's speed drifts by 20% between trials, so compare within a run only): decodeOnly 843 /
 * 980 us (greedy / default trial), sampleOnly 36 / 38 us, generateToken 1049 / 1052 us,
 * generateText 1035 / 1073 us; allocated per token: decodeOnly ~5 B, sampleOnly ~0 B,
 * generateToken ~17 B (the restart every 1800 tokens), generateText ~100-120 B (the piece's String).
 * Benchmarks run one after the other and this host drifts between them: for the overhead of
 * generation over decoding, GenerationOverhead measures the variants interleaved.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GenerationBenchmark {

    /** Tokens per generation before it restarts (the restart's own allocations are spread over them). */
    private static final int WINDOW = 1800;

    /** greedy, or llama-ffm run's default chain (top-k 40, top-p 0.95, min-p 0.05, temperature 0.8, seeded). */
    @org.openjdk.jmh.annotations.Param({"greedy", "default"})
    public String sampler;

    private Model model;
    private Context context;
    private Sampler greedy;
    private Batch batch;
    private int position;
    private Generation tokens;
    private Generation text;
    private final GenerationParams tokenParams =
            GenerationParams.builder().maxTokens(WINDOW).text(false).build();
    private final GenerationParams textParams =
            GenerationParams.builder().maxTokens(WINDOW).build();

    @Setup(Level.Trial)
    public void load() {
        model = Model.load(Fixtures.tinyModel());
        context = model.newContext(
                ContextParams.builder().contextSize(2048).threads(2).build());
        greedy = sampler.equals("greedy")
                ? Sampler.greedy(model)
                : Sampler.builder()
                        .topK(40)
                        .topP(0.95f)
                        .minP(0.05f)
                        .temperature(0.8f)
                        .dist(1)
                        .build(model);
        batch = new Batch(1);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (tokens != null) {
            tokens.close();
        }
        if (text != null) {
            text.close();
        }
        batch.close();
        greedy.close();
        context.close();
        model.close();
    }

    /** llama-bench's tg step: decode one token, synchronize. */
    @Benchmark
    public void decodeOnly() {
        if (position == WINDOW) {
            context.memory().clear();
            position = 0;
        }
        batch.clear().add(1000 + position, position, true, 0);
        context.decode(batch);
        context.synchronize();
        position++;
    }

    /** decodeOnly, then the sampler chain over the logits it made: a generation step without the Generation class. */
    @Benchmark
    public int decodeAndSample() {
        decodeOnly();
        return greedy.sample(context, -1);
    }

    /** Sampling alone: the native sampler chain over the last logits (llama_sampler_sample). */
    @Benchmark
    public int sampleOnly() {
        if (position == 0) {
            batch.clear().add(1000, 0, true, 0);
            context.decode(batch);
            position = WINDOW; // decodeOnly's next call starts over
        }
        return greedy.sample(context, -1);
    }

    /** A generation step: sample, check end-of-generation, decode; token ids only. */
    @Benchmark
    public int generateToken() {
        if (tokens == null || tokens.stopReason().isPresent()) {
            if (tokens != null) {
                tokens.close();
            }
            tokens = Generation.start(context, greedy, "Once", tokenParams);
        }
        return tokens.nextToken();
    }

    /** A generation step with the text piece assembled (UTF-8 safe) as the pull API returns it. */
    @Benchmark
    public int generateText() {
        if (text == null || text.stopReason().isPresent()) {
            if (text != null) {
                text.close();
            }
            text = Generation.start(context, greedy, "Once", textParams);
        }
        return text.nextToken();
    }
}
