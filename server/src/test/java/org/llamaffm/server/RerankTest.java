package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llamaffm.Model;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Reranker;
import org.llamaffm.policy.Isolation;

/**
 * {@code /v1/rerank} in llama-server's and Jina's shape: the library's scores, most relevant first, {@code top_n} and
 * {@code return_documents}, and the tokens it decoded in {@code usage}; in both modes.
 */
class RerankTest {

    private static final String QUERY = "what is a panda?";
    private static final List<String> DOCUMENTS = List.of("hi", "The giant panda is a bear.", "pandas eat bamboo");

    @TempDir
    static Path temp;

    private static TestServer.Models models;
    private static float[] scores;
    private static int tokens;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void models() throws IOException {
        models = TestServer.Models.write(temp);
        try (Model model = Model.load(models.reranker());
                Reranker reranker = Reranker.open(
                        model,
                        EmbeddingParams.builder()
                                .threads(TestServer.EMBEDDING_CONTEXT.batchThreads())
                                .build())) {
            scores = reranker.rerank(QUERY, DOCUMENTS);
            tokens = reranker.tokenCount(QUERY, DOCUMENTS);
        }
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void scoresAreTheLibrarysMostRelevantFirst(Isolation isolation) throws Exception {
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.isolation = isolation;
            s.models = Set.of("rr");
            s.tenants = new LinkedHashMap<>(Map.of("alice", List.of("rr")));
        })) {
            JsonNode all = rerank(
                    server,
                    "/v1/rerank",
                    "{\"model\": \"rr\", \"query\": \"" + QUERY + "\", \"documents\": "
                            + JSON.writeValueAsString(DOCUMENTS) + "}");
            JsonNode results = all.get("results");
            assertThat(results).hasSize(DOCUMENTS.size());
            float previous = Float.POSITIVE_INFINITY;
            for (JsonNode r : results) {
                int index = r.get("index").asInt();
                float score = r.get("relevance_score").floatValue();
                assertThat(score).as("document " + index).isEqualTo(scores[index]);
                assertThat(score).isLessThanOrEqualTo(previous);
                assertThat(r.has("document")).isFalse();
                previous = score;
            }
            assertThat(all.at("/usage/prompt_tokens").asInt()).isEqualTo(tokens).isGreaterThan(2 * DOCUMENTS.size());
            assertThat(all.at("/usage/total_tokens").asInt()).isEqualTo(tokens);

            // llama-server's alias, documents as objects, the best one only, with its text
            JsonNode best = rerank(
                    server,
                    "/v1/reranking",
                    "{\"model\": \"rr\", \"query\": \"" + QUERY
                            + "\", \"top_n\": 1, \"return_documents\": true, \"documents\": [{\"text\": \"hi\"}, "
                            + "{\"text\": \"The giant panda is a bear.\"}, {\"text\": \"pandas eat bamboo\"}]}");
            assertThat(best.get("results")).singleElement().satisfies(r -> {
                assertThat(r.get("index").asInt())
                        .isEqualTo(results.get(0).get("index").asInt());
                assertThat(r.at("/document/text").asText())
                        .isEqualTo(DOCUMENTS.get(r.get("index").asInt()));
            });
        }
    }

    private JsonNode rerank(TestServer server, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(server.uri(path))
                        .header("Authorization", "Bearer sk-alice")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
