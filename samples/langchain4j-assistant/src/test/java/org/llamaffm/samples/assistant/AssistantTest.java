package org.llamaffm.samples.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.RelevanceScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llamaffm.SamplingParams;
import org.llamaffm.langchain4j.LlamaChatModel;
import org.llamaffm.langchain4j.LlamaChatRequestParameters;
import org.llamaffm.langchain4j.LlamaEmbeddingModel;

/** The assistant's retrieval and tool loop on the sample's synthetic models (random weights, greedy). */
class AssistantTest {

    private static final Path MODELS = Path.of(System.getProperty("assistant.models", "target/demo-models"));
    private static LlamaEmbeddingModel embeddings;

    @BeforeAll
    static void open() {
        embeddings = LlamaEmbeddingModel.builder()
                .modelPath(MODELS.resolve("bert-mean.gguf"))
                .build();
    }

    @AfterAll
    static void close() {
        embeddings.close();
    }

    // Random weights put every text close to every other (scores near 0.95): what retrieval can show here is that
    // a document asked for in its own words comes first, and that every score is the embeddings' cosine.
    @Test
    void aDocumentAskedForInItsOwnWordsComesFirstAndScoresAreTheEmbeddingsCosines() {
        var retriever = Assistant.retriever(embeddings);
        for (String name : Assistant.DOCUMENTS) {
            String text = Assistant.document(name);
            List<Content> found = retriever.retrieve(Query.from(text));

            assertThat(found).hasSize(2);
            assertThat(file(found.get(0))).isEqualTo(name);
            assertThat(score(found.get(0))).isCloseTo(1.0, within(1e-4));
            Embedding question = embeddings.embed(text).content();
            Embedding second =
                    embeddings.embed(Assistant.document(file(found.get(1)))).content();
            assertThat(score(found.get(1)))
                    .isCloseTo(
                            RelevanceScore.fromCosineSimilarity(CosineSimilarity.between(question, second)),
                            within(1e-6))
                    .isLessThan(score(found.get(0)));
        }
    }

    @Test
    void theModelsToolCallRunsTheToolAndItsResultGoesBackForTheAnswer() throws Exception {
        List<ChatRequest> requests = new ArrayList<>();
        try (LlamaChatModel local = LlamaChatModel.builder()
                .modelPath(MODELS.resolve("chat-qwen2.gguf"))
                .contextSize(2048)
                .threads(2)
                .sampling(SamplingParams.greedy())
                .maxTokens(128)
                .build()) {
            ChatModel recording = new ChatModel() {
                // ChatModel.chat merges these with a request's: ours keep the grammar of LlamaChatRequestParameters
                @Override
                public ChatRequestParameters defaultRequestParameters() {
                    return local.defaultRequestParameters();
                }

                @Override
                public ChatResponse doChat(ChatRequest request) {
                    requests.add(request);
                    return local.chat(request);
                }
            };
            Result<String> result = Assistant.advisor(recording, Assistant.retriever(embeddings), new LoanTools())
                    .ask("What is the monthly payment of a 20000 EUR loan at 5% over 48 months?");

            assertThat(result.sources()).hasSize(2);
            assertThat(result.toolExecutions()).hasSize(1);
            ToolExecution execution = result.toolExecutions().getFirst();
            assertThat(execution.request().name()).isEqualTo("monthlyPayment");
            // the model's arguments, computed by the tool itself
            JsonNode arguments = new ObjectMapper().readTree(execution.request().arguments());
            String payment = new LoanTools()
                    .monthlyPayment(
                            arguments.get("principal").asDouble(),
                            arguments.get("yearlyRatePercent").asDouble(),
                            arguments.get("months").asInt());
            assertThat(execution.result()).isEqualTo(payment).matches("\\d+\\.\\d\\d");

            // step 1 must call the tool; step 2 gets its result and must answer
            assertThat(requests).hasSize(2);
            assertThat(requests.get(0).toolChoice()).isEqualTo(ToolChoice.REQUIRED);
            assertThat(((LlamaChatRequestParameters) requests.get(0).parameters()).grammar())
                    .isEqualTo(Assistant.CALL_THE_TOOL);
            assertThat(requests.get(1).toolChoice()).isEqualTo(ToolChoice.NONE);
            assertThat(((LlamaChatRequestParameters) requests.get(1).parameters()).grammar())
                    .isNull();
            assertThat(requests.get(1).messages().getLast())
                    .isInstanceOfSatisfying(
                            ToolExecutionResultMessage.class,
                            m -> assertThat(m.text()).isEqualTo(payment));
            // the answer is the model's reply to that second request
            assertThat(result.content())
                    .isNotNull()
                    .isEqualTo(local.chat(requests.get(1)).aiMessage().text());
        }
    }

    private static String file(Content content) {
        return content.textSegment().metadata().getString("file");
    }

    private static double score(Content content) {
        return (Double) content.metadata().get(ContentMetadata.SCORE);
    }
}
