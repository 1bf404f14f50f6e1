package org.llamaffm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Reranker;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.Session;
import org.llamaffm.policy.Tenant;

/** Embeddings and scores are the engine's floats, locally and through a session; a session's chat is a local one's. */
@ExtendWith(SuiteFixture.Resolver.class)
class LlamaEmbeddingAndScoringModelTest {

    private static TestModels models;
    private static final List<String> TEXTS = List.of("The sky is blue", "Das Meer ist blau", "a");
    private static final String QUERY = "what is a panda?";
    private static final List<String> DOCUMENTS = List.of("hi", "The giant panda is a bear.", "pandas eat bamboo");

    @BeforeAll
    static void models(SuiteFixture fixture) {
        models = fixture.files;
    }

    private static List<float[]> expectedEmbeddings() {
        try (Model m = Model.load(models.bert());
                Embedder embedder =
                        Embedder.open(m, EmbeddingParams.builder().threads(1).build())) {
            return embedder.embed(TEXTS);
        }
    }

    /** The prompt tokens of {@link #TEXTS}, as the engine's tokenizer counts them. */
    private static int expectedTokens() {
        try (Model m = Model.load(models.bert());
                Embedder embedder =
                        Embedder.open(m, EmbeddingParams.builder().threads(1).build())) {
            return embedder.tokenCount(TEXTS);
        }
    }

    private static float[] expectedScores() {
        try (Model m = Model.load(models.reranker());
                Reranker rr =
                        Reranker.open(m, EmbeddingParams.builder().threads(1).build())) {
            return rr.rerank(QUERY, DOCUMENTS);
        }
    }

    private static void assertEmbeddings(LlamaEmbeddingModel model, List<float[]> expected) {
        List<Embedding> embeddings =
                model.embedAll(TEXTS.stream().map(TextSegment::from).toList()).content();
        assertThat(embeddings).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(embeddings.get(i).vector()).containsExactly(expected.get(i));
        }
        assertThat(model.embed(TEXTS.get(1)).content().vector()).containsExactly(expected.get(1));
        assertThat(model.dimension()).isEqualTo(expected.getFirst().length);
    }

    private static void assertScores(LlamaScoringModel model, float[] expected) {
        List<Double> scores = model.scoreAll(
                        DOCUMENTS.stream().map(TextSegment::from).toList(), QUERY)
                .content();
        assertThat(scores).hasSize(DOCUMENTS.size());
        for (int i = 0; i < expected.length; i++) {
            assertThat(scores.get(i)).isEqualTo((double) expected[i]);
        }
    }

    @Test
    void aLocalModelGivesTheEnginesEmbeddingsScoresAndTokenCounts() {
        List<float[]> expected = expectedEmbeddings();
        try (LlamaEmbeddingModel model = LlamaEmbeddingModel.builder()
                .modelPath(models.bert())
                .threads(1)
                .build()) {
            assertEmbeddings(model, expected);
            assertThat(model.embedAll(TEXTS.stream().map(TextSegment::from).toList())
                            .tokenUsage()
                            .inputTokenCount())
                    .isEqualTo(expectedTokens());
        }
        try (LlamaScoringModel model = LlamaScoringModel.builder()
                .modelPath(models.reranker())
                .threads(1)
                .build()) {
            assertScores(model, expectedScores());
        }
    }

    @Test
    void aSessionGivesWhatTheLocalModelsGive() {
        List<float[]> expected = expectedEmbeddings();
        float[] scores = expectedScores();
        ContextParams chatContext =
                ContextParams.builder().contextSize(512).threads(1).build();
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from("Weather in Paris?"))
                .build();
        ChatResponse local;
        try (LlamaChatModel model = LlamaChatModel.builder()
                .modelPath(models.chat())
                .contextSize(512)
                .threads(1)
                .sampling(SamplingParams.greedy())
                .maxTokens(8)
                .build()) {
            local = model.chat(request);
        }
        ModelHasher hasher = new ModelHasher();
        Sandbox sandbox = Sandbox.create(new Policy(
                List.of(models.root()),
                Map.of(
                        hasher.sha256(models.chat()), "chat",
                        hasher.sha256(models.bert()), "bert",
                        hasher.sha256(models.reranker()), "rr"),
                Set.of(),
                false,
                Set.of(),
                null,
                Policy.Workers.DEFAULT.withIsolation(Isolation.IN_PROCESS)));
        ContextParams embedding =
                ContextParams.builder().contextSize(0).threads(1).build();
        try (AdmittedModel chat = sandbox.admit(models.chat(), ModelParams.defaults(), chatContext);
                AdmittedModel bert = sandbox.admit(models.bert(), ModelParams.defaults(), embedding);
                AdmittedModel rr = sandbox.admit(models.reranker(), ModelParams.defaults(), embedding);
                Session chatSession = sandbox.openSession(new Tenant("t"), chat, chatContext);
                Session bertSession = sandbox.openSession(new Tenant("t"), bert, embedding);
                Session rrSession = sandbox.openSession(new Tenant("t"), rr, embedding);
                LlamaChatModel model = LlamaChatModel.builder()
                        .session(chatSession)
                        .sampling(SamplingParams.greedy())
                        .maxTokens(8)
                        .build();
                LlamaEmbeddingModel embeddings =
                        LlamaEmbeddingModel.builder().session(bertSession).build();
                LlamaScoringModel scoring =
                        LlamaScoringModel.builder().session(rrSession).build()) {
            ChatResponse response = model.chat(request);
            assertThat(response.aiMessage()).isEqualTo(local.aiMessage());
            assertThat(response.tokenUsage()).isEqualTo(local.tokenUsage());
            assertThat(response.finishReason()).isEqualTo(local.finishReason());
            var embedded =
                    embeddings.embedAll(TEXTS.stream().map(TextSegment::from).toList());
            List<Embedding> vectors = embedded.content();
            // the session counts what it embedded: the usage is the engine's count, as a local model's
            assertThat(embedded.tokenUsage().inputTokenCount()).isEqualTo(expectedTokens());
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(vectors.get(i).vector()).containsExactly(expected.get(i));
            }
            assertScores(scoring, scores);
        }
    }
}
