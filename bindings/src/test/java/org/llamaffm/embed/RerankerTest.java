package org.llamaffm.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams.Pooling;
import org.llamaffm.EmbeddingException;
import org.llamaffm.EmbeddingException.Reason;
import org.llamaffm.Model;
import org.llamaffm.Vocab;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/** The reranking and classification API's behaviour: the pair format, scores, labels and its errors. */
class RerankerTest {

    @TempDir
    static Path temp;

    private static Model llama;
    private static Model bert;
    private static Model reranker;
    private static Model classifier;

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
        file = temp.resolve("classifier.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .classifier(List.of("negative", "positive"))
                .seed(24)
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

    @Test
    void rerankingNeedsAClassificationHead() {
        assertThatThrownBy(() -> Reranker.open(llama))
                .isInstanceOf(EmbeddingException.class)
                .hasFieldOrPropertyWithValue("reason", Reason.NOT_A_RERANKER)
                .hasMessage("model llama.gguf (llama) has no classification head (no cls or cls.output tensor): it "
                        + "cannot rerank or classify; use a reranking model (e.g. bge-reranker, jina-reranker, "
                        + "Qwen3-Reranker), or an Embedder (pooling MEAN, CLS or LAST) for embeddings");
        assertThatThrownBy(() -> Reranker.open(
                        bert, EmbeddingParams.builder().pooling(Pooling.RANK).build()))
                .isInstanceOf(EmbeddingException.class)
                .hasMessageStartingWith("model bert.gguf (bert) has no classification head");
    }

    @Test
    void aRerankersPoolingIsRank() {
        // what an Embedder computes is refused as a reranker's pooling (rerank() on an Embedder does not compile)
        assertThatThrownBy(() -> Reranker.open(
                        reranker,
                        EmbeddingParams.builder().pooling(Pooling.MEAN).build()))
                .isInstanceOf(EmbeddingException.class)
                .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING)
                .hasMessage("a reranker's pooling is RANK (the classification head's outputs), not MEAN: leave "
                        + "EmbeddingParams.pooling UNSPECIFIED, or open an Embedder for pooling MEAN");
        assertThatThrownBy(() -> Reranker.open(
                        reranker,
                        EmbeddingParams.builder().pooling(Pooling.NONE).build()))
                .isInstanceOf(EmbeddingException.class)
                .hasFieldOrPropertyWithValue("reason", Reason.WRONG_POOLING);
        try (Reranker rank = Reranker.open(
                        reranker,
                        EmbeddingParams.builder()
                                .pooling(Pooling.RANK)
                                .threads(2)
                                .build());
                Reranker unspecified = Reranker.open(
                        reranker, EmbeddingParams.builder().threads(2).build())) {
            assertThat(rank.classify("same text"))
                    .containsExactly(unspecified.classify("same text"), Offset.offset(0f));
        }
    }

    @Test
    void rerankScoresEachDocumentAgainstTheQuery() {
        String query = "what is a panda?";
        List<String> documents = List.of("hi", "it's a bear", "The giant panda is a bear species endemic to China.");
        try (Reranker ranker =
                Reranker.open(reranker, EmbeddingParams.builder().threads(2).build())) {
            assertThat(ranker.dimensions()).isEqualTo(1);
            assertThat(ranker.classifierLabels()).containsExactly("0");
            // BERT style, as llama-embedding joins a pair: [CLS] query [SEP] document [SEP]
            Vocab vocab = reranker.vocab();
            int[] expected = vocab.tokenize(query + "[SEP]" + documents.get(1), true, true);
            assertThat(ranker.rerankInput(query, documents.get(1))).containsExactly(expected);
            assertThat(expected[0]).isEqualTo(vocab.bos().getAsInt());
            assertThat(expected[expected.length - 1]).isEqualTo(vocab.sep().getAsInt());

            float[] scores = ranker.rerank(query, documents);
            assertThat(scores).hasSize(3);
            for (int i = 0; i < documents.size(); i++) {
                assertThat(ranker.rerank(query, List.of(documents.get(i)))[0]).isCloseTo(scores[i], within(1e-6f));
                assertThat(ranker.outputs(List.of(ranker.rerankInput(query, documents.get(i))))
                                .getFirst())
                        .containsExactly(new float[] {scores[i]}, Offset.offset(1e-6f));
            }
            assertThat(ranker.rerank(query, List.of())).isEmpty();

            assertThatThrownBy(() -> ranker.rerank(query, List.of("fine", "")))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.EMPTY_INPUT)
                    .hasMessage("document 1 is empty");
            assertThatThrownBy(() -> ranker.rerank("", documents))
                    .isInstanceOf(EmbeddingException.class)
                    .hasMessage("the query is empty");
            assertThatThrownBy(() -> ranker.rerank("what [SEP] is this", documents))
                    .isInstanceOf(EmbeddingException.class)
                    .hasFieldOrPropertyWithValue("reason", Reason.SPECIAL_TOKEN_TEXT)
                    .hasMessage("the query spells the special token [SEP], which reranking would read as a control "
                            + "token; remove it, or allow it with EmbeddingParams.parseSpecial(true)");
        }
        try (Reranker trusting = Reranker.open(
                reranker, EmbeddingParams.builder().parseSpecial(true).build())) {
            assertThat(trusting.rerank("what [SEP] is this", documents)).hasSize(3);
        }
    }

    @Test
    void aRerankTemplateFramesThePair() throws Exception {
        Path file = temp.resolve("templated.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .classifier(List.of())
                .rerankTemplate("query: {query}[SEP]document: {document}")
                .seed(25)
                .write(file);
        try (Model model = Model.load(file);
                Reranker ranker = Reranker.open(model)) {
            Vocab vocab = model.vocab();
            assertThat(ranker.rerankInput("what?", "that"))
                    .containsExactly(vocab.tokenize("query: what?[SEP]document: that", true, true));
            // one pass: a placeholder in the caller's text stays text (llama.cpp would put the document there)
            assertThat(ranker.rerankInput("a {document} b", "that"))
                    .containsExactly(vocab.tokenize("query: a {document} b[SEP]document: that", true, true));
            assertThat(ranker.rerank("what?", List.of("that", "this"))).hasSize(2);
        }
    }

    @Test
    void classifyGivesEveryLabelsOutput() {
        try (Reranker ranker = Reranker.open(classifier)) {
            assertThat(ranker.classifierLabels()).containsExactly("negative", "positive");
            assertThat(ranker.dimensions()).isEqualTo(2);
            List<float[]> outputs = ranker.classify(List.of("I love it", "I hate it"));
            assertThat(outputs).hasSize(2).allSatisfy(o -> assertThat(o).hasSize(2));
            assertThat(ranker.classify("I love it")).containsExactly(outputs.getFirst(), Offset.offset(1e-6f));
            assertThat(outputs.get(0)).isNotEqualTo(outputs.get(1));
        }
    }

    @Test
    void aClosedRerankerRefusesWork() {
        Reranker ranker =
                Reranker.open(reranker, EmbeddingParams.builder().threads(2).build());
        assertThat(ranker.rerank("q", List.of("d"))).hasSize(1);
        ranker.close();
        ranker.close();
        assertThat(ranker.isClosed()).isTrue();
        assertThatThrownBy(() -> ranker.rerank("q", List.of("d")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the reranker is closed");
    }
}
