package org.llamaffm.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.EmbeddingException;
import org.llamaffm.EmbeddingException.Reason;
import org.llamaffm.Model;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/** The embedding API's behaviour: batching, pooling, normalization and its errors (reranking: RerankerTest). */
class EmbedderTest {

    private static final List<String> TEXTS = List.of(
            "The sky is blue.",
            "Das Meer ist blau.",
            "x",
            "A much longer sentence, with punctuation, numbers (42) and more words than the others.",
            "Hello",
            "🙂 emoji");

    @TempDir
    static Path temp;

    private static Model llama;
    private static Model bert;
    private static Model reranker;

    @BeforeAll
    static void models() throws Exception {
        Path file = temp.resolve("llama.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(21)
                .write(file);
        llama = Model.load(file);
        file = temp.resolve("bert.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .contextLength(64)
                .seed(22)
                .write(file);
        bert = Model.load(file);
        file = temp.resolve("reranker.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .classifier(List.of())
                .seed(23)
                .write(file);
        reranker = Model.load(file);
    }

    @AfterAll
    static void close() {
        llama.close();
        bert.close();
        reranker.close();
    }

    private static Embedder open(Model model, Pooling pooling, Normalization normalization) {
        return Embedder.open(
                model,
                EmbeddingParams.builder()
                        .pooling(pooling)
                        .normalization(normalization)
                        .threads(2)
                        .build());
    }

    @Test
    void aBatchOfInputsEqualsEmbeddingThemOneByOne() {
        try (Embedder embedder = open(llama, Pooling.MEAN, Normalization.EUCLIDEAN)) {
            List<float[]> batch = embedder.embed(TEXTS);
            assertThat(batch).hasSize(TEXTS.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(batch.get(i))
                        .as(TEXTS.get(i))
                        .hasSize(64)
                        .containsExactly(embedder.embed(TEXTS.get(i)), Offset.offset(1e-6f));
                assertThat(embedder.embed(embedder.tokenize(TEXTS.get(i))))
                        .containsExactly(batch.get(i), Offset.offset(1e-6f));
            }
            // several decodes: at most 2 inputs, or 24 tokens, per decode
            for (EmbeddingParams params : List.of(
                    EmbeddingParams.builder().pooling(Pooling.MEAN).sequences(2).build(),
                    EmbeddingParams.builder()
                            .pooling(Pooling.MEAN)
                            .batchSize(24)
                            .build())) {
                try (Embedder small = Embedder.open(llama, params)) {
                    List<float[]> split = small.embed(TEXTS);
                    for (int i = 0; i < TEXTS.size(); i++) {
                        assertThat(split.get(i))
                                .as(params + ": " + TEXTS.get(i))
                                .containsExactly(batch.get(i), Offset.offset(1e-6f));
                    }
                }
            }
        }
    }

    @Test
    void perTokenRowsAreWhatTheOtherPoolingsPool() {
        String text = "The quick brown fox jumps over the lazy dog";
        float[][] rows;
        try (Embedder perToken = open(llama, Pooling.NONE, Normalization.NONE)) {
            assertThat(perToken.pooling()).isEqualTo(Pooling.NONE);
            rows = perToken.embedTokens(text);
            assertThat(rows).hasNumberOfRows(perToken.tokenize(text).length);
            assertThat(perToken.embedTokens(List.of(text, "x")).getFirst()).isDeepEqualTo(rows);
        }
        float[] mean = new float[rows[0].length];
        for (float[] row : rows) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / rows.length;
            }
        }
        try (Embedder last = open(llama, Pooling.LAST, Normalization.NONE);
                Embedder cls = open(llama, Pooling.CLS, Normalization.NONE);
                Embedder average = open(llama, Pooling.MEAN, Normalization.NONE)) {
            assertThat(last.embed(text)).containsExactly(rows[rows.length - 1], Offset.offset(1e-5f));
            assertThat(cls.embed(text)).containsExactly(rows[0], Offset.offset(1e-5f));
            assertThat(average.embed(text)).containsExactly(mean, Offset.offset(1e-5f));
        }
    }

    @Test
    void normalizationsFollowLlamaCppsCodes() {
        String text = "Normalize me";
        float[] raw;
        try (Embedder none = open(bert, Pooling.CLS, Normalization.NONE)) {
            raw = none.embed(text);
        }
        for (int p : new int[] {0, 1, 2, 3, 5}) {
            try (Embedder embedder = open(bert, Pooling.CLS, Normalization.of(p))) {
                float[] v = embedder.embed(text);
                assertThat(v).containsExactly(Normalization.of(p).apply(raw), Offset.offset(1e-6f));
                double norm = 0;
                double max = 0;
                for (float x : v) {
                    norm += Math.pow(Math.abs(x), Math.max(p, 1));
                    max = Math.max(max, Math.abs(x));
                }
                if (p == 0) {
                    assertThat(max).as("max |x|").isCloseTo(32760, within(0.01));
                } else {
                    assertThat(Math.pow(norm, 1.0 / p)).as("%d-norm", p).isCloseTo(1.0, within(1e-5));
                }
            }
        }
        assertThat(Normalization.of(2)).isSameAs(Normalization.EUCLIDEAN);
        assertThat(Normalization.of(7)).hasToString("P_NORM(7)");
        assertThat(Normalization.EUCLIDEAN.apply(new float[3])).containsExactly(0, 0, 0);
        assertThatThrownBy(() -> Normalization.of(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("normalization must be -1 (none)");
    }

    @Test
    void cosineSimilarityIsLlamaCpps() {
        try (Embedder embedder = open(bert, Pooling.CLS, Normalization.EUCLIDEAN)) {
            List<float[]> v = embedder.embed(List.of("first text", "second text"));
            double dot = 0;
            for (int i = 0; i < v.get(0).length; i++) {
                dot += v.get(0)[i] * v.get(1)[i];
            }
            assertThat(Embedder.cosineSimilarity(v.get(0), v.get(1))).isCloseTo((float) dot, within(1e-6f));
            assertThat(Embedder.cosineSimilarity(v.get(0), v.get(0))).isCloseTo(1f, within(1e-6f));
        }
        assertThat(Embedder.cosineSimilarity(new float[2], new float[2])).isEqualTo(1f);
        assertThat(Embedder.cosineSimilarity(new float[] {1, 0}, new float[2])).isEqualTo(0f);
        assertThatThrownBy(() -> Embedder.cosineSimilarity(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelsOwnPoolingIsTheDefault() {
        try (Embedder embedder = Embedder.open(bert)) {
            assertThat(embedder.pooling()).isEqualTo(Pooling.CLS);
            assertThat(embedder.dimensions()).isEqualTo(64);
            assertThat(embedder.params().normalization()).isEqualTo(Normalization.EUCLIDEAN);
        }
        try (Embedder embedder = Embedder.open(llama)) {
            assertThat(embedder.pooling()).as("llama declares none").isEqualTo(Pooling.NONE);
            assertThatThrownBy(() -> embedder.embed("text"))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                    .hasMessage(
                            "embed() gives one vector per input, but this embedder's pooling is NONE (one vector per "
                                    + "token): use embedTokens(), or open the embedder with pooling MEAN, CLS or LAST");
        }
    }

    @Test
    void inputsAreCheckedBeforeAnythingIsComputed() {
        try (Embedder embedder = Embedder.open(
                llama,
                EmbeddingParams.builder().pooling(Pooling.MEAN).batchSize(16).build())) {
            assertThat(embedder.maxInputTokens()).isEqualTo(16);
            assertThatThrownBy(() -> embedder.embed(List.of("fine", "")))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.EMPTY_INPUT)
                    .hasMessage("text 1 is empty");
            assertThatThrownBy(() -> embedder.outputs(List.of(new int[] {1, 2}, new int[0])))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessage("input 1 has no tokens");
            String longText = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
            int tokens = embedder.tokenize(longText).length;
            assertThatThrownBy(() -> embedder.embed(List.of("short", longText)))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.INPUT_TOO_LONG)
                    .hasMessage("text 1 has " + tokens + " tokens, more than the 16 one decode takes (raise "
                            + "EmbeddingParams.batchSize): shorten or split it");
            assertThatThrownBy(() -> embedder.outputs(List.of(new int[] {1, 32000})))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input 0 token 1 is 32000, out of the vocabulary's range [0, 32000)");
            assertThat(embedder.embed("still works")).hasSize(64);
        }
        try (Embedder encoder =
                Embedder.open(bert, EmbeddingParams.builder().batchSize(128).build())) {
            assertThat(encoder.maxInputTokens())
                    .as("learned positions end at the trained context")
                    .isEqualTo(64);
            String longText = "word ".repeat(100);
            assertThatThrownBy(() -> encoder.embed(longText))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessage("text 0 has 102 tokens, more than the model's trained context of 64 tokens: shorten or "
                            + "split it");
        }
        try (Embedder encoder = Embedder.open(bert)) {
            assertThat(encoder.maxInputTokens())
                    .as("default batch: the trained context")
                    .isEqualTo(64);
        }
    }

    @Test
    void eachCallNeedsItsPooling() {
        try (Embedder mean = open(llama, Pooling.MEAN, Normalization.EUCLIDEAN);
                Embedder none = open(llama, Pooling.NONE, Normalization.EUCLIDEAN)) {
            assertThatThrownBy(() -> mean.embedTokens("text"))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                    .hasMessage(
                            "embedTokens() gives one vector per token, but this embedder pools them (MEAN): open it "
                                    + "with pooling NONE");
            assertThatThrownBy(() -> none.embed("text"))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING);
            // rerank() and classify() are a Reranker's: on an Embedder they do not compile (RerankerTest)
        }
    }

    @Test
    void rankPoolingIsARerankersAndRefusedAtOpen() throws Exception {
        assertThatThrownBy(() -> Embedder.open(reranker))
                .isInstanceOf(EmbeddingException.class)
                .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                .hasMessage("model reranker.gguf's own pooling is RANK (classifier scores), not embeddings: open the "
                        + "model as a Reranker (Reranker.open) to rerank() or classify(), or the embedder with pooling "
                        + "MEAN, CLS, LAST or NONE");
        assertThatThrownBy(() -> Embedder.open(
                        llama, EmbeddingParams.builder().pooling(Pooling.RANK).build()))
                .isInstanceOf(EmbeddingException.class)
                .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                .hasMessageStartingWith("the pooling asked for is RANK (classifier scores), not embeddings: open the "
                        + "model as a Reranker");
        // the refused open frees the context it made: the model is freed with its close
        Model own = Model.load(reranker.file());
        AtomicBoolean freed = new AtomicBoolean();
        own.onFree(() -> freed.set(true));
        assertThatThrownBy(() -> Embedder.open(own)).isInstanceOf(EmbeddingException.class);
        own.close();
        assertThat(freed).as("no context left holding the model").isTrue();
        try (Embedder cls = Embedder.open(
                reranker, EmbeddingParams.builder().pooling(Pooling.CLS).build())) {
            assertThat(cls.embed("a reranker's hidden state"))
                    .as("other poolings are embeddings")
                    .hasSize(64);
        }
    }

    @Test
    void aContextSaysWhatItCannotGive() {
        try (Context plain =
                llama.newContext(ContextParams.builder().contextSize(64).build())) {
            assertThatThrownBy(() -> plain.tokenEmbedding(0))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.EMBEDDINGS_DISABLED)
                    .hasMessage("the context was not created with embeddings(true): it computes logits only");
        }
        try (Context pooled = llama.newContext(ContextParams.builder()
                        .contextSize(64)
                        .embeddings(true)
                        .pooling(Pooling.MEAN)
                        .build());
                Batch batch = new Batch(8)) {
            assertThat(pooled.pooling()).isEqualTo(Pooling.MEAN);
            batch.add(1, 0, true, 0).add(450, 1, true, 0);
            pooled.decode(batch);
            assertThat(pooled.sequenceEmbedding(0)).hasSize(64);
            assertThatThrownBy(() -> pooled.tokenEmbedding(0))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING);
        }
        assertThatThrownBy(() -> llama.newContext(ContextParams.builder()
                        .contextSize(64)
                        .batchSize(16)
                        .sequences(32)
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sequences (32) must be <= the batch size (16): llama.cpp reserves one output per sequence "
                        + "in a batch");
    }

    @Test
    void aClosedEmbedderRefusesWorkAndKeepsTheModelUntilThen() {
        Embedder embedder = open(bert, Pooling.MEAN, Normalization.EUCLIDEAN);
        List<float[]> before = new ArrayList<>(embedder.embed(List.of("a", "b")));
        assertThat(before).hasSize(2);
        embedder.close();
        embedder.close();
        assertThat(embedder.isClosed()).isTrue();
        assertThatThrownBy(() -> embedder.embed("a"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the embedder is closed");
    }
}
