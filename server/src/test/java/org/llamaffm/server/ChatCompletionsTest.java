package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llamaffm.Model;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.policy.Isolation;

/** A greedy chat answer over HTTP is the answer the library gives for the same conversation, in both modes. */
class ChatCompletionsTest {

    @TempDir
    static Path temp;

    private static TestServer.Models models;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void models() throws IOException {
        models = TestServer.Models.write(temp);
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void aGreedyAnswerIsTheLibrarysAnswer(Isolation isolation) throws Exception {
        ChatResponse expected;
        Chat.Turn turn;
        try (Model model = Model.load(models.chat());
                Chat chat = Chat.builder(model)
                        .context(TestServer.CHAT_CONTEXT)
                        .sampler(SamplingParams.greedy()::applyTo)
                        .maxTokens(12)
                        .build()) {
            chat.add(ChatMessage.system("You are a test."));
            chat.add(ChatMessage.user("Weather in Paris?"));
            expected = chat.respond(p -> true);
            turn = chat.lastTurn();
        }
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.isolation = isolation;
            s.models = java.util.Set.of("chat");
        })) {
            String body = """
                    {"model": "chat", "temperature": 0, "max_tokens": 12,
                     "messages": [{"role": "system", "content": "You are a test."},
                                  {"role": "user", "content": "Weather in Paris?"}]}
                    """;
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(server.uri("/v1/chat/completions"))
                            .header("Authorization", "Bearer sk-alice")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode json = JSON.readTree(response.body());
            assertThat(json.at("/choices/0/message/content").asText()).isEqualTo(expected.content());
            assertThat(json.at("/usage/prompt_tokens").asInt()).isEqualTo(turn.promptTokens());
            assertThat(json.at("/usage/completion_tokens").asInt()).isEqualTo(turn.generatedTokens());
            assertThat(json.at("/choices/0/finish_reason").asText()).isEqualTo("length");
            // the request's log line is written once its exchange has closed: after the client has its answer
            long deadline = System.nanoTime() + 10_000_000_000L;
            java.util.function.Predicate<String> line = l -> l.contains("\"event\":\"request\"")
                    && l.contains("\"tenant\":\"alice\"")
                    && l.contains("\"outcome\":\"ok\"");
            while (server.log().stream().noneMatch(line) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.log()).anyMatch(line);
            assertThat(server.log()).noneMatch(l -> l.contains("Weather in Paris")); // prompts are not logged
        }
    }
}
