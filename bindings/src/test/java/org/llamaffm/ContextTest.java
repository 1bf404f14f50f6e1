package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

class ContextTest {

    @TempDir
    static Path temp;

    private static Model model;
    private static Model big;

    @BeforeAll
    static void load() throws IOException {
        Path tiny = temp.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(1)
                .write(tiny);
        model = Model.load(tiny);
        // big enough that decoding 2048 tokens takes seconds on a laptop: for abort and threading tests
        Path slow = temp.resolve("slow.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(8)
                .embedding(512)
                .feedForward(1536)
                .heads(8, 8)
                .contextLength(4096)
                .weightType(GgmlType.F16)
                .seed(2)
                .write(slow);
        big = Model.load(slow);
    }

    @AfterAll
    static void close() {
        model.close();
        big.close();
    }

    private static Batch prompt(int[] tokens, int sequence) {
        Batch batch = new Batch(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            batch.add(tokens[i], i, i == tokens.length - 1, sequence);
        }
        return batch;
    }

    @Test
    void decodesAndExposesLogits() {
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(256).build());
                Batch batch = prompt(model.vocab().tokenize("Hello world"), 0)) {
            assertThat(context.contextSize()).isEqualTo(256);
            context.decode(batch);
            float[] logits = context.logits(-1);
            assertThat(logits).hasSize(32000);
            assertThat(context.logits(batch.size() - 1)).containsExactly(logits);
            assertThatThrownBy(() -> context.logits(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("batch index 0 has no output in the last decode");
            assertThat(context.memory().maxPosition(0)).isEqualTo(batch.size() - 1);
        }
    }

    @Test
    void oneBatchDecodesSeveralSequencesAsIfEachWereAlone() {
        int[] a = model.vocab().tokenize("The cat sat on the mat");
        int[] b = model.vocab().tokenize("Bonjour");
        float[] aloneA;
        float[] aloneB;
        try (Context context =
                model.newContext(ContextParams.builder().contextSize(256).build())) {
            try (Batch batch = prompt(a, 0)) {
                context.decode(batch);
                aloneA = context.logits(-1);
            }
            context.memory().clear();
            try (Batch batch = prompt(b, 0)) {
                context.decode(batch);
                aloneB = context.logits(-1);
            }
        }
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(256).sequences(2).build());
                Batch batch = new Batch(a.length + b.length)) {
            for (int i = 0; i < a.length; i++) {
                batch.add(a[i], i, i == a.length - 1, 0);
            }
            for (int i = 0; i < b.length; i++) {
                batch.add(b[i], i, i == b.length - 1, 1);
            }
            context.decode(batch);
            assertThat(context.logits(a.length - 1))
                    .containsExactly(aloneA, org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(context.logits(a.length + b.length - 1))
                    .containsExactly(aloneB, org.assertj.core.data.Offset.offset(1e-3f));
            assertThat(context.memory().maxPosition(0)).isEqualTo(a.length - 1);
            assertThat(context.memory().maxPosition(1)).isEqualTo(b.length - 1);
        }
    }

    @Test
    void embeddingsModeGivesOnePooledVectorPerSequence() {
        try (Context context = model.newContext(ContextParams.builder()
                        .contextSize(256)
                        .sequences(2)
                        .embeddings(true)
                        .pooling(ContextParams.Pooling.MEAN)
                        .build());
                Batch batch = new Batch(16)) {
            int[] a = model.vocab().tokenize("first text");
            int[] b = model.vocab().tokenize("second, different text");
            for (int i = 0; i < a.length; i++) {
                batch.add(a[i], i, true, 0);
            }
            for (int i = 0; i < b.length; i++) {
                batch.add(b[i], i, true, 1);
            }
            context.decode(batch);
            float[] first = context.sequenceEmbedding(0);
            float[] second = context.sequenceEmbedding(1);
            assertThat(first).hasSize(64);
            assertThat(second).hasSize(64).isNotEqualTo(first);
        }
        try (Context plain =
                model.newContext(ContextParams.builder().contextSize(64).build())) {
            assertThatThrownBy(() -> plain.sequenceEmbedding(0))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessage("the context was not created with embeddings(true): it computes logits only");
        }
    }

    @Test
    void memoryOperationsOnSequences() {
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(256).sequences(3).build());
                Batch batch = prompt(model.vocab().tokenize("The quick brown fox"), 0)) {
            context.decode(batch);
            int last = batch.size() - 1;
            context.memory().copy(0, 1, -1, -1);
            assertThat(context.memory().minPosition(1)).isZero();
            assertThat(context.memory().maxPosition(1)).isEqualTo(last);
            assertThat(context.memory().remove(1, 2, -1)).isTrue();
            assertThat(context.memory().maxPosition(1)).isEqualTo(1);
            context.memory().shift(1, 0, -1, 10);
            assertThat(context.memory().minPosition(1)).isEqualTo(10);
            assertThat(context.memory().maxPosition(1)).isEqualTo(11);
            context.memory().keepOnly(1);
            assertThat(context.memory().maxPosition(1)).isEqualTo(11);
            context.memory().clear();
            assertThat(context.memory().maxPosition(1)).isEqualTo(-1);
            assertThatThrownBy(() -> context.memory().keepOnly(3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sequence 3 is out of range [0, 3)");
        }
    }

    @Test
    void theMemoryAndStateViewsAreGuardedAsTheContextIs() {
        Context context =
                model.newContext(ContextParams.builder().contextSize(64).build());
        Context.Memory memory = context.memory();
        Context.State state = context.state();
        assertThat(context.memory()).isSameAs(memory);
        assertThat(context.state()).isSameAs(state);
        context.close();
        Path file = temp.resolve("closed-state.bin");
        List<ThrowingCallable> calls = List.of(
                memory::clear,
                () -> memory.remove(0, 0, -1),
                () -> memory.copy(0, 0, 0, -1),
                () -> memory.keepOnly(0),
                () -> memory.shift(0, 0, -1, 1),
                () -> memory.minPosition(0),
                () -> memory.maxPosition(0),
                state::save,
                () -> state.load(new byte[1]),
                () -> state.save(file, new int[] {1}),
                () -> state.load(file));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalStateException.class).hasMessage("the context is closed");
        }
    }

    @Test
    void stateSavedAndRestoredContinuesExactlyAsTheOriginal() {
        int[] tokens = model.vocab().tokenize("Once upon a time");
        ContextParams params = ContextParams.builder().contextSize(128).build();
        try (Context first = model.newContext(params);
                Context second = model.newContext(params);
                Context third = model.newContext(params);
                Sampler greedy = Sampler.greedy(model);
                Batch batch = prompt(tokens, 0);
                Batch next = new Batch(1)) {
            first.decode(batch);
            byte[] state = first.state().save();
            Path file = temp.resolve("state.bin");
            first.state().save(file, tokens);
            int token = greedy.sample(first, -1);
            next.add(token, tokens.length, true, 0);
            first.decode(next);

            second.state().load(state);
            assertThat(second.memory().maxPosition(0)).isEqualTo(tokens.length - 1);
            second.decode(next);
            assertThat(second.logits(-1)).containsExactly(first.logits(-1));

            assertThat(third.state().load(file)).containsExactly(tokens);
            third.decode(next);
            assertThat(third.logits(-1)).containsExactly(first.logits(-1));

            assertThatThrownBy(() -> second.state().load(new byte[] {1, 2, 3}))
                    .isInstanceOf(ContextException.class)
                    .hasMessageStartingWith("llama.cpp rejected the state (3 bytes)");
        }
    }

    @Test
    void performanceCounters() {
        try (Context context = model.newContext(ContextParams.builder()
                        .contextSize(128)
                        .performance(true)
                        .build());
                Batch batch = prompt(model.vocab().tokenize("one two three four"), 0)) {
            context.decode(batch);
            PerformanceCounters perf = context.performance();
            assertThat(perf.promptTokens()).isEqualTo(batch.size());
            assertThat(perf.promptMillis()).isPositive();
            assertThat(perf.promptTokensPerSecond()).isPositive();
        }
    }

    @Test
    void invalidParamsAndBatchesAreRefusedBeforeNativeCode() {
        assertThatThrownBy(() -> ContextParams.builder().microBatchSize(4096).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("microBatchSize must be in [1, batchSize=2048], was 4096");
        assertThatThrownBy(() -> ContextParams.builder().sequences(0).build())
                .hasMessage("sequences must be in [1, 256], was 0");
        assertThatThrownBy(() -> ContextParams.builder().keyType(GgmlType.Q6_K).build())
                .hasMessageContaining("keyType must be one of");
        assertThatThrownBy(() -> model.newContext(
                        ContextParams.builder().contextSize(100_000).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contextSize must be in [1, 2048] (4x the model's trained context of 512), was 100000");
        try (Context context = model.newContext(ContextParams.builder()
                        .contextSize(64)
                        .batchSize(8)
                        .microBatchSize(8)
                        .build());
                Batch batch = new Batch(16)) {
            assertThatThrownBy(() -> context.decode(batch))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the batch is empty");
            for (int i = 0; i < 9; i++) {
                batch.add(1, i, false, 0);
            }
            assertThatThrownBy(() -> context.decode(batch))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the batch has 9 tokens, more than the context's batch size 8");
            batch.clear().add(32000, 0, true, 0);
            assertThatThrownBy(() -> context.decode(batch))
                    .hasMessage("batch token 0 is 32000, out of the vocabulary's range [0, 32000)");
            batch.clear().add(1, 0, true, 1);
            assertThatThrownBy(() -> context.decode(batch))
                    .hasMessage("batch token 0 is in sequence 1, but the context has sequences 0..0");
            assertThatThrownBy(() -> batch.add(1, -1, true, 0)).hasMessage("position must be >= 0, was -1");
        }
    }

    @Test
    void batchesLlamaCppRejectsAreReportedAsInvalid() {
        try (Context context = model.newContext(
                        ContextParams.builder().contextSize(256).build());
                Batch batch = new Batch(4)) {
            batch.add(1, 0, false, 0).add(15043, 1, true, 0);
            context.decode(batch);
            batch.clear().add(3186, 7, true, 0); // position 7 after 1: a gap in sequence 0
            assertThatThrownBy(() -> context.decode(batch))
                    .isInstanceOfSatisfying(DecodeException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_BATCH);
                        assertThat(e.code()).isEqualTo(-1);
                    })
                    .hasMessageStartingWith("llama.cpp rejected the batch: ");
            batch.clear().add(3186, 2, true, 0);
            context.decode(batch); // still usable
        }
    }

    @Test
    void aContextLlamaCppRefusesToCreateIsAContextException() {
        // a quantized V cache needs flash attention
        assertThatThrownBy(() -> model.newContext(ContextParams.builder()
                        .contextSize(256)
                        .flashAttention(ContextParams.FlashAttention.OFF)
                        .valueType(GgmlType.Q8_0)
                        .build()))
                .isInstanceOf(ContextException.class)
                .hasMessageStartingWith("llama.cpp could not create a context");
        try (Context context =
                model.newContext(ContextParams.builder().contextSize(64).build())) {
            assertThat(context.model()).isSameAs(model); // the failed attempt released its hold on the model
        }
    }

    @Test
    void aFullContextReportsNoKvSlot() {
        try (Context context = model.newContext(
                ContextParams.builder().contextSize(256).batchSize(256).build())) {
            int n = context.contextSize();
            try (Batch batch = new Batch(n)) {
                for (int i = 0; i < n; i++) {
                    batch.add(100 + i, i, i == n - 1, 0);
                }
                context.decode(batch);
                batch.clear().add(5, n, true, 0);
                assertThatThrownBy(() -> context.decode(batch))
                        .isInstanceOfSatisfying(DecodeException.class, e -> {
                            assertThat(e.reason()).isEqualTo(DecodeException.Reason.NO_KV_SLOT);
                            assertThat(e.code()).isEqualTo(1);
                        })
                        .hasMessageStartingWith("no room in the KV cache for the batch (context size " + n + ")");
            }
        }
    }

    private static Batch longBatch(int n) {
        Batch batch = new Batch(n);
        for (int i = 0; i < n; i++) {
            batch.add(100 + i % 1000, i, i == n - 1, 0);
        }
        return batch;
    }

    @Test
    void abortFromAnotherThreadStopsALongDecodeAndTheContextStaysUsable() throws Exception {
        // 4096 tokens through the 8-layer model: seconds of work, aborted after 200 ms
        try (Context context = big.newContext(ContextParams.builder()
                        .contextSize(4096)
                        .batchSize(4096)
                        .microBatchSize(256)
                        .build());
                Batch batch = longBatch(4096)) {
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Throwable> decode = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                try {
                    context.decode(batch);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            started.await();
            Thread.sleep(200);
            long abortedAt = System.nanoTime();
            context.abort();
            Throwable failure = decode.get(30, TimeUnit.SECONDS);
            long stopMillis = (System.nanoTime() - abortedAt) / 1_000_000;
            assertThat(failure)
                    .isInstanceOfSatisfying(
                            DecodeException.class,
                            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.ABORTED));
            assertThat(stopMillis).as("ms from abort() to the decode's end").isLessThan(2000);

            context.memory().clear();
            try (Batch small = prompt(big.vocab().tokenize("still usable"), 0)) {
                context.decode(small);
                assertThat(context.logits(-1)).hasSize(32000);
            }
        }
    }

    /** Waits until another thread is inside a call of {@code context}: a sleep only makes that likely. */
    private static void awaitInUse(Context context) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!context.inUse()) {
            assertThat(System.nanoTime()).as("the other thread's call began").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void aSecondThreadGetsAClearErrorWhileTheFirstDecodes() throws Exception {
        try (Context context = big.newContext(ContextParams.builder()
                        .contextSize(2048)
                        .batchSize(2048)
                        .microBatchSize(256)
                        .build());
                Batch batch = longBatch(2048)) {
            CompletableFuture<Void> decode = CompletableFuture.runAsync(() -> {
                try {
                    context.decode(batch);
                } catch (DecodeException expected) {
                    // aborted below
                }
            });
            awaitInUse(context);
            assertThatThrownBy(() -> context.memory().maxPosition(0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the context is in use by another thread");
            assertThatThrownBy(() -> context.state().save())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the context is in use by another thread");
            assertThatThrownBy(context::close).isInstanceOf(IllegalStateException.class);
            context.abort();
            decode.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aContextKeepsItsModelAliveAndCloseIsIdempotent() throws IOException {
        Model own = Model.load(model.file());
        Context context = own.newContext(ContextParams.builder().contextSize(64).build());
        own.close();
        assertThat(own.isClosed()).isTrue();
        try (Batch batch = prompt(own.vocab().tokenize("still here"), 0)) {
            context.decode(batch); // the model is freed only with its last context
        }
        context.close();
        context.close();
        assertThatThrownBy(() -> own.vocab().tokenize("gone")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> context.memory().maxPosition(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the context is closed");
        assertThatThrownBy(() -> own.newContext(ContextParams.defaults())).isInstanceOf(IllegalStateException.class);
    }
}
