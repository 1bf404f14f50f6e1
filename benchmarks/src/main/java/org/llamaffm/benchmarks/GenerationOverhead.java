package org.llamaffm.benchmarks;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;

/**
 * What generation costs on top of pure decoding, measured interleaved: this host's speed drifts
 * by 10-20% between minutes, more than the differences asked about, so the variants take turns
 * in short rounds (the order rotating) and each one's median over the rounds is compared.
 * Every variant makes the same number of tokens from position 0 on the tiny model, 2 threads.
 * <ul>
 *   <li>decode: one token per decode and synchronize (llama-bench's tg);</li>
 *   <li>decode+sample: plus llama.cpp's greedy sampler over the logits (llama_sampler_sample);</li>
 *   <li>generation (ids): {@link Generation} with {@code text(false)}, token ids only;</li>
 *   <li>generation: {@link Generation} with text, as {@code llama-ffm run} runs it, each piece
 *       printed to a (null) stream and flushed.</li>
 * </ul>
 * {@code mvn -B -q -pl benchmarks exec:exec@overhead [-Doverhead.args="ROUNDS TOKENS"]}
 */
public final class GenerationOverhead {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int tokens = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        try (Model model = Model.load(Fixtures.tinyModel());
                Context context = model.newContext(
                        ContextParams.builder().contextSize(2048).threads(2).build());
                Sampler greedy = Sampler.greedy(model);
                Batch batch = new Batch(1)) {
            PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            GenerationParams params =
                    GenerationParams.builder().maxTokens(tokens + 1).build();
            GenerationParams idsOnly =
                    GenerationParams.builder().maxTokens(tokens + 1).text(false).build();
            Runnable[] variants = {
                () -> decode(context, batch, tokens, null),
                () -> decode(context, batch, tokens, greedy),
                () -> {
                    try (Generation generation = Generation.start(context, greedy, "Once", idsOnly)) {
                        while (generation.nextToken() >= 0) {
                            // token ids only
                        }
                    }
                },
                () -> {
                    Generation.Result result = Generation.run(context, greedy, "Once", params, piece -> {
                        out.print(piece);
                        out.flush();
                        return true;
                    });
                    if (result.tokens().length != tokens + 1) {
                        throw new IllegalStateException("the generation stopped early: " + result.stopReason());
                    }
                }
            };
            String[] names = {"decode", "decode+sample", "generation (ids)", "generation (run)"};
            double[][] microsPerToken = new double[variants.length][rounds];
            for (int warmup = 0; warmup < 3; warmup++) {
                for (Runnable variant : variants) {
                    variant.run();
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < variants.length; k++) {
                    int v = (round + k) % variants.length;
                    long start = System.nanoTime();
                    variants[v].run();
                    microsPerToken[v][round] = (System.nanoTime() - start) / 1e3 / tokens;
                }
            }
            double base = median(microsPerToken[0]);
            System.out.printf(
                    "%d rounds x %d tokens, interleaved; median us per token (tokens/s, vs decode):%n", rounds, tokens);
            for (int v = 0; v < variants.length; v++) {
                double m = median(microsPerToken[v]);
                System.out.printf("  %-18s %8.1f us  (%7.1f t/s, %.3fx)%n", names[v], m, 1e6 / m, base / m);
            }
        }
    }

    /** {@code tokens} single-token decodes from position 0 (the first one: a fresh memory), each optionally sampled. */
    private static void decode(Context context, Batch batch, int tokens, Sampler sampler) {
        context.memory().clear();
        int token = 1000;
        for (int position = 0; position <= tokens; position++) {
            batch.clear().add(token, position, true, 0);
            context.decode(batch);
            context.synchronize();
            if (sampler != null) {
                token = sampler.sample(context, -1);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
