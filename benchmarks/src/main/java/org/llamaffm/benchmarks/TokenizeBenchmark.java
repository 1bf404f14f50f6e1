package org.llamaffm.benchmarks;

import java.util.concurrent.TimeUnit;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tokenization throughput on real vocabularies: one op tokenizes a ~1000-token English text;
 * tokens/s = ops/s x the token count printed at setup.
 *
 * <p>Last run (2-core AMD EPYC with AVX-512, JDK 25.0.3, {@code -f 1 -wi 3 -i 5 -prof gc}):
 * llama-bpe 4410 ops/s x 1001 tokens = 4.41 M tokens/s; llama-spm 920 x 1076 = 0.99 M tokens/s;
 * gpt-2 1130 x 1001 = 1.13 M tokens/s; ~9 KB allocated per op (the int[] result and the UTF-8 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizeBenchmark {

    @Param({"llama-bpe", "llama-spm", "gpt-2"})
    public String vocab;

    private Model model;
    private String text;

    @Setup(Level.Trial)
    public void load() {
        model = Model.load(
                Fixtures.vocab(vocab), ModelParams.builder().vocabOnly(true).build());
        text = ("The quick brown fox jumps over the lazy dog. Tokenizers split text into pieces; a fast one keeps up "
                        + "with a model that generates hundreds of tokens per second, and with prompts of many thousands. ")
                .repeat(25);
        System.out.println("\n" + vocab + ": " + model.vocab().tokenize(text, false, false).length + " tokens per op");
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    @Benchmark
    public int[] tokenize() {
        return model.vocab().tokenize(text, false, false);
    }
}
