package org.llamaffm.embed;

import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.EmbeddingException;
import org.llamaffm.Model;
import org.llamaffm.Vocab;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Normalization;
import org.llamaffm.testkit.LlamaCppSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.EmbeddingException.Reason;

/** The embedding API's behaviour: batching, pooling, normalization, reranking and its errors. */
class EmbedderTest {

    private static final List<String> TEXTS = List.of("The sky is blue.", "Das Meer ist blau.", "x",
            "A much longer sentence, with punctuation, numbers (42) and more words than the others.", "Hello", "🙂 emoji");

    @TempDir
    static Path temp;
    private static Model llama;
    private static Model bert;
    private static Model reranker;
    private static Model classifier;

    @BeforeAll
    static void models() throws Exception {
        Path file = temp.resolve("llama.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).layers(2).seed(21).write(file);
        llama = Model.load(file);
        file = temp.resolve("bert.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge")).contextLength(64).seed(22).write(file);
        bert = Model.load(file);
        file = temp.resolve("reranker.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge")).classifier(List.of()).seed(23).write(file);
        reranker = Model.load(file);
        file = temp.resolve("classifier.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge")).classifier(List.of("negative", "positive")).seed(24)
                .write(file);
        classifier = Model.load(file);
    }

    @AfterAll
    static void close() {
        llama.close();
        bert.close();
        reranker.close();
        classifier.close();
    }

    private static Embedder open(Model model, Pooling pooling, Normalization normalization) {
        return Embedder.open(model, EmbeddingParams.builder().pooling(pooling).normalization(normalization).threads(2)
                .build());
    }

    @Test
    void aBatchOfInputsEqualsEmbeddingThemOneByOne() {
        try (Embedder embedder = open(llama, Pooling.MEAN, Normalization.EUCLIDEAN)) {
            List<float[]> batch = embedder.embed(TEXTS);
            assertThat(batch).hasSize(TEXTS.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(batch.get(i)).as(TEXTS.get(i)).hasSize(64)
                        .containsExactly(embedder.embed(TEXTS.get(i)), Offset.offset(1e-6f));
                assertThat(embedder.embed(embedder.tokenize(TEXTS.get(i)))).containsExactly(batch.get(i),
                        Offset.offset(1e-6f));
            }
            // several decodes: at most 2 inputs, or 24 tokens, per decode
            for (EmbeddingParams params : List.of(EmbeddingParams.builder().pooling(Pooling.MEAN).sequences(2).build(),
                    EmbeddingParams.builder().pooling(Pooling.MEAN).batchSize(24).build())) {
                try (Embedder small = Embedder.open(llama, params)) {
                    List<float[]> split = small.embed(TEXTS);
                    for (int i = 0; i < TEXTS.size(); i++) {
                        assertThat(split.get(i)).as(params + ": " + TEXTS.get(i)).containsExactly(batch.get(i),
                                Offset.offset(1e-6f));
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
        assertThatThrownBy(() -> Normalization.of(-2)).isInstanceOf(IllegalArgumentException.class)
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
            assertThatThrownBy(() -> embedder.embed("text")).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                    .hasMessage("embed() gives one vector per input, but this embedder's pooling is NONE (one vector per "
                            + "token): use embedTokens(), or open the embedder with pooling MEAN, CLS or LAST");
        }
    }

    @Test
    void inputsAreCheckedBeforeAnythingIsComputed() {
        try (Embedder embedder = Embedder.open(llama, EmbeddingParams.builder().pooling(Pooling.MEAN).batchSize(16)
                .build())) {
            assertThat(embedder.maxInputTokens()).isEqualTo(16);
            assertThatThrownBy(() -> embedder.embed(List.of("fine", ""))).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.EMPTY_INPUT).hasMessage("text 1 is empty");
            assertThatThrownBy(() -> embedder.outputs(List.of(new int[] {1, 2}, new int[0])))
                    .isInstanceOf(EmbeddingException.class).hasMessage("input 1 has no tokens");
            String longText = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
            int tokens = embedder.tokenize(longText).length;
            assertThatThrownBy(() -> embedder.embed(List.of("short", longText))).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.INPUT_TOO_LONG)
                    .hasMessage("text 1 has " + tokens + " tokens, more than the 16 one decode takes (raise "
                            + "EmbeddingParams.batchSize): shorten or split it");
            assertThatThrownBy(() -> embedder.outputs(List.of(new int[] {1, 32000})))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input 0 token 1 is 32000, out of the vocabulary's range [0, 32000)");
            assertThat(embedder.embed("still works")).hasSize(64);
        }
        try (Embedder encoder = Embedder.open(bert, EmbeddingParams.builder().batchSize(128).build())) {
            assertThat(encoder.maxInputTokens()).as("learned positions end at the trained context").isEqualTo(64);
            String longText = "word ".repeat(100);
            assertThatThrownBy(() -> encoder.embed(longText)).isInstanceOf(EmbeddingException.class)
                    .hasMessage("text 0 has 102 tokens, more than the model's trained context of 64 tokens: shorten or "
                            + "split it");
        }
        try (Embedder encoder = Embedder.open(bert)) {
            assertThat(encoder.maxInputTokens()).as("default batch: the trained context").isEqualTo(64);
        }
    }

    @Test
    void eachCallNeedsItsPooling() {
        try (Embedder mean = open(llama, Pooling.MEAN, Normalization.EUCLIDEAN);
                Embedder none = open(llama, Pooling.NONE, Normalization.EUCLIDEAN)) {
            assertThatThrownBy(() -> mean.embedTokens("text")).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                    .hasMessage("embedTokens() gives one vector per token, but this embedder pools them (MEAN): open it "
                            + "with pooling NONE");
            assertThatThrownBy(() -> mean.rerank("query", List.of("doc"))).isInstanceOf(EmbeddingException.class)
                    .hasMessage("rerank() needs pooling RANK (a reranking or classification model), but this embedder's "
                            + "pooling is MEAN: open it with EmbeddingParams.builder().pooling(Pooling.RANK)");
            assertThatThrownBy(() -> none.classify("text")).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING);
        }
        try (Embedder rank = Embedder.open(reranker)) {
            assertThatThrownBy(() -> rank.embed("text")).isInstanceOf(EmbeddingException.class)
                    .hasMessageContaining("this embedder's pooling is RANK (classifier scores): use rerank() or classify()");
        }
    }

    @Test
    void rerankingNeedsAClassificationHead() {
        assertThatThrownBy(() -> Embedder.open(llama, EmbeddingParams.builder().pooling(Pooling.RANK).build()))
                .isInstanceOf(EmbeddingException.class).hasFieldOrPropertyWithValue("reason", Reason.NOT_A_RERANKER)
                .hasMessage("model llama.gguf (llama) has no classification head (no cls or cls.output tensor): it "
                        + "cannot rerank or classify; use a reranking model (e.g. bge-reranker, jina-reranker, "
                        + "Qwen3-Reranker), or pooling MEAN, CLS or LAST for embeddings");
        assertThatThrownBy(() -> Embedder.open(bert, EmbeddingParams.builder().pooling(Pooling.RANK).build()))
                .isInstanceOf(EmbeddingException.class).hasMessageStartingWith("model bert.gguf (bert) has no "
                        + "classification head");
    }

    @Test
    void rerankScoresEachDocumentAgainstTheQuery() {
        String query = "what is a panda?";
        List<String> documents = List.of("hi", "it's a bear", "The giant panda is a bear species endemic to China.");
        try (Embedder embedder = Embedder.open(reranker, EmbeddingParams.builder().threads(2).build())) {
            assertThat(embedder.pooling()).isEqualTo(Pooling.RANK);
            assertThat(embedder.dimensions()).isEqualTo(1);
            assertThat(embedder.classifierLabels()).containsExactly("0");
            // BERT style, as llama-embedding joins a pair: [CLS] query [SEP] document [SEP]
            Vocab vocab = reranker.vocab();
            int[] expected = vocab.tokenize(query + "[SEP]" + documents.get(1), true, true);
            assertThat(embedder.rerankInput(query, documents.get(1))).containsExactly(expected);
            assertThat(expected[0]).isEqualTo(vocab.bos().getAsInt());
            assertThat(expected[expected.length - 1]).isEqualTo(vocab.sep().getAsInt());

            float[] scores = embedder.rerank(query, documents);
            assertThat(scores).hasSize(3);
            for (int i = 0; i < documents.size(); i++) {
                assertThat(embedder.rerank(query, List.of(documents.get(i)))[0]).isCloseTo(scores[i], within(1e-6f));
                assertThat(embedder.outputs(List.of(embedder.rerankInput(query, documents.get(i)))).getFirst()[0])
                        .containsExactly(new float[] {scores[i]}, Offset.offset(1e-6f));
            }
            assertThat(embedder.rerank(query, List.of())).isEmpty();

            assertThatThrownBy(() -> embedder.rerank(query, List.of("fine", ""))).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.EMPTY_INPUT).hasMessage("document 1 is empty");
            assertThatThrownBy(() -> embedder.rerank("", documents)).isInstanceOf(EmbeddingException.class)
                    .hasMessage("the query is empty");
            assertThatThrownBy(() -> embedder.rerank("what [SEP] is this", documents))
                    .isInstanceOf(EmbeddingException.class).hasFieldOrPropertyWithValue("reason", Reason.SPECIAL_TOKEN_TEXT)
                    .hasMessage("the query spells the special token [SEP], which reranking would read as a control "
                            + "token; remove it, or allow it with EmbeddingParams.parseSpecial(true)");
        }
        try (Embedder trusting = Embedder.open(reranker, EmbeddingParams.builder().parseSpecial(true).build())) {
            assertThat(trusting.rerank("what [SEP] is this", documents)).hasSize(3);
        }
    }

    @Test
    void aRerankTemplateFramesThePair() throws Exception {
        Path file = temp.resolve("templated.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge")).classifier(List.of())
                .rerankTemplate("query: {query}[SEP]document: {document}").seed(25).write(file);
        try (Model model = Model.load(file); Embedder embedder = Embedder.open(model)) {
            Vocab vocab = model.vocab();
            assertThat(embedder.rerankInput("what?", "that")).containsExactly(
                    vocab.tokenize("query: what?[SEP]document: that", true, true));
            // one pass: a placeholder in the caller's text stays text (llama.cpp would put the document there)
            assertThat(embedder.rerankInput("a {document} b", "that")).containsExactly(
                    vocab.tokenize("query: a {document} b[SEP]document: that", true, true));
            assertThat(embedder.rerank("what?", List.of("that", "this"))).hasSize(2);
        }
    }

    @Test
    void classifyGivesEveryLabelsOutput() {
        try (Embedder embedder = Embedder.open(classifier)) {
            assertThat(embedder.classifierLabels()).containsExactly("negative", "positive");
            assertThat(embedder.dimensions()).isEqualTo(2);
            List<float[]> outputs = embedder.classify(List.of("I love it", "I hate it"));
            assertThat(outputs).hasSize(2).allSatisfy(o -> assertThat(o).hasSize(2));
            assertThat(embedder.classify("I love it")).containsExactly(outputs.getFirst(), Offset.offset(1e-6f));
            assertThat(outputs.get(0)).isNotEqualTo(outputs.get(1));
        }
    }

    @Test
    void aContextSaysWhatItCannotGive() {
        try (Context plain = llama.newContext(ContextParams.builder().contextSize(64).build())) {
            assertThatThrownBy(() -> plain.tokenEmbedding(0)).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.EMBEDDINGS_DISABLED)
                    .hasMessage("the context was not created with embeddings(true): it computes logits only");
        }
        try (Context pooled = llama.newContext(ContextParams.builder().contextSize(64).embeddings(true)
                .pooling(Pooling.MEAN).build()); Batch batch = new Batch(8)) {
            assertThat(pooled.pooling()).isEqualTo(Pooling.MEAN);
            batch.add(1, 0, true, 0).add(450, 1, true, 0);
            pooled.decode(batch);
            assertThat(pooled.sequenceEmbedding(0)).hasSize(64);
            assertThatThrownBy(() -> pooled.tokenEmbedding(0)).isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING);
        }
        assertThatThrownBy(() -> llama.newContext(ContextParams.builder().contextSize(64).batchSize(16).sequences(32)
                .build())).isInstanceOf(IllegalArgumentException.class)
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
        assertThatThrownBy(() -> embedder.embed("a")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the embedder is closed");
    }
}
