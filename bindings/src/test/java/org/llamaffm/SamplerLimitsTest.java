package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.testkit.ChildJvm;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Sampler settings that make llama.cpp allocate in proportion to a value: penalties and DRY keep
 * a ring buffer of lastN tokens (-1: the model's trained context, from the file), DRY scans the
 * vocabulary per breaker. The library caps them; {@link Sampler.Limits} caps them for a caller.
 */
class SamplerLimitsTest {

    @TempDir
    Path folder;

    @Test
    void aHugeLastNAbortedUnderAMemoryLimitAndIsNowRefusedBeforeTheNativeCall() throws Exception {
        // 2^30 tokens of ring buffer (4 GiB) with 1 GiB of address space left, as under a container's limit
        ChildJvm.Outcome raw = ChildJvm.run(
                UnguardedNativeCalls.class,
                Duration.ofSeconds(30),
                List.of(),
                "penalties",
                String.valueOf(1 << 30),
                "1024");
        assertThat(raw.crashed()).as(raw.toString()).isTrue();
        assertThat(raw.stderr()).contains("bad_alloc");

        assertThatThrownBy(() -> Sampler.builder().penalties(1 << 30, 1.1f, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("penalty lastN must be in [-1, 1048576], was 1073741824");
        assertThatThrownBy(() -> Sampler.builder().dry(0.8f, 1.75f, 2, 1 << 30, List.of()))
                .hasMessage("dry lastN must be in [-1, 1048576], was 1073741824");
        assertThatThrownBy(() -> Sampler.builder().dry(0.8f, 1.75f, 2, 64, Collections.nCopies(65, "x")))
                .hasMessage("dry takes at most 64 sequence breakers, was 65");
        assertThatThrownBy(() -> Sampler.builder().dry(0.8f, 1.75f, 2, 64, List.of("é".repeat(21))))
                .hasMessageStartingWith("a dry sequence breaker is 1 to 40 UTF-8 bytes with no NUL");

        // -1 is the trained context of the file, here 2e9 tokens: capped at the library's maximum
        Path file = folder.resolve("long.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(1)
                .contextLength(2_000_000_000)
                .write(file);
        try (Model model = Model.load(file);
                Sampler sampler = Sampler.builder()
                        .penalties(-1, 1.1f, 0, 0)
                        .dry(0.8f, 1.75f, 2, -1, List.of("\n"))
                        .greedy()
                        .build(model)) {
            assertThat(sampler.settings())
                    .containsExactly(
                            new Sampler.Setting("penalties", "lastN", 1 << 20),
                            new Sampler.Setting("dry", "lastN", 1 << 20),
                            new Sampler.Setting("dry", "breakers", 1));
        }
    }

    @Test
    void limitsNameTheSettingOverItsCapBeforeTheChainIsBuilt() throws Exception {
        Path file = folder.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).layers(1).write(file);
        Sampler.Limits limits = new Sampler.Limits(64, 128, 2, 3, 100, 40);
        try (Model model = Model.load(file)) {
            Map<Integer, Float> bias = IntStream.range(10, 14).boxed().collect(Collectors.toMap(i -> i, i -> 1f));
            for (var over : List.of(
                    Map.entry(
                            Sampler.builder().penalties(-1, 1.1f, 0, 0).greedy(), // 512, the file's
                            new Sampler.Setting("penalties", "lastN", 512)),
                    Map.entry(
                            Sampler.builder().dry(1, 2, 2, 129, List.of()).greedy(),
                            new Sampler.Setting("dry", "lastN", 129)),
                    Map.entry(
                            Sampler.builder()
                                    .dry(1, 2, 2, 8, List.of("a", "b", "c"))
                                    .greedy(),
                            new Sampler.Setting("dry", "breakers", 3)),
                    Map.entry(
                            Sampler.builder().logitBias(bias).greedy(),
                            new Sampler.Setting("logit-bias", "entries", 4)),
                    Map.entry(Sampler.builder().mirostat(5, 0.1f, 101, 1), new Sampler.Setting("mirostat", "m", 101)),
                    Map.entry(Sampler.builder().topK(41).greedy(), new Sampler.Setting("top-k", "k", 41)))) {
                assertThatThrownBy(() -> limits.check(over.getKey(), model))
                        .as(over.getValue().toString())
                        .isInstanceOfSatisfying(SamplerLimitException.class, e -> {
                            assertThat(e.setting()).isEqualTo(over.getValue());
                            assertThat(e.getMessage())
                                    .isEqualTo(over.getValue().sampler() + " "
                                            + over.getValue().parameter() + " is "
                                            + over.getValue().value() + "; at most "
                                            + e.limit() + " is allowed");
                        });
            }
            Sampler.Builder within = Sampler.builder()
                    .penalties(64, 1.1f, 0, 0)
                    .dry(1, 2, 2, 128, List.of("\n"))
                    .topK(40)
                    .mirostat(5, 0.1f, 100, 1);
            limits.check(within, model);
            try (Sampler sampler = within.build(model)) {
                limits.check(sampler);
                assertThat(sampler.settings()).hasSize(5);
            }
        }
    }
}
