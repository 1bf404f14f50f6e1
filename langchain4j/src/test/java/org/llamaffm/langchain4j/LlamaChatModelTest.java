package org.llamaffm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;

/** The chat models over a local model: the library's answers, streamed and cancelled, tools, JSON, stops, usage. */
class LlamaChatModelTest {

    @TempDir
    static Path temp;

    private static TestModels models;
    private static LlamaChatModel chat;
    private static LlamaStreamingChatModel streaming;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void models() throws IOException {
        models = TestModels.write(temp);
        chat = LlamaChatModel.builder()
                .modelPath(models.chat())
                .contextSize(512)
                .threads(1)
                .sampling(SamplingParams.greedy())
                .maxTokens(12)
                .build();
        streaming = LlamaStreamingChatModel.builder()
                .modelPath(models.chat())
                .contextSize(512)
                .threads(1)
                .sampling(SamplingParams.greedy())
                .maxTokens(12)
                .build();
    }

    @AfterAll
    static void close() {
        chat.close();
        streaming.close();
    }

    private static ChatRequest.Builder request() {
        return ChatRequest.builder()
                .messages(SystemMessage.from("You are a test."), UserMessage.from("Weather in Paris?"));
    }

    /** The answer of the library's own Chat, greedy, with {@code maxTokens}. */
    private static org.llamaffm.chat.ChatResponse expected(int maxTokens, AtomicReference<Chat.Turn> turn) {
        try (Model m = Model.load(models.chat());
                Chat c = Chat.builder(m)
                        .context(ContextParams.builder()
                                .contextSize(512)
                                .threads(1)
                                .build())
                        .sampler(SamplingParams.greedy()::applyTo)
                        .maxTokens(maxTokens)
                        .build()) {
            c.add(ChatMessage.system("You are a test."));
            c.add(ChatMessage.user("Weather in Paris?"));
            var response = c.respond(p -> true);
            turn.set(c.lastTurn());
            return response;
        }
    }

    @Test
    void aGreedyAnswerIsTheLibrarysWithItsUsageAndFinishReason() {
        AtomicReference<Chat.Turn> turn = new AtomicReference<>();
        var expected = expected(12, turn);

        ChatResponse response = chat.chat(request().build());

        assertThat(response.aiMessage().text()).isEqualTo(expected.content());
        assertThat(response.tokenUsage())
                .isEqualTo(new TokenUsage(turn.get().promptTokens(), turn.get().generatedTokens()));
        assertThat(response.finishReason())
                .isEqualTo(turn.get().stopReason() == StopReason.MAX_TOKENS ? FinishReason.LENGTH : FinishReason.STOP);
        assertThat(response.modelName()).isEqualTo("llama-ffm");
        // a request's maxOutputTokens wins over the builder's
        ChatResponse shorter = chat.chat(request()
                .parameters(ChatRequestParameters.builder().maxOutputTokens(3).build())
                .build());
        assertThat(shorter.tokenUsage().outputTokenCount()).isEqualTo(3);
        assertThat(shorter.finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void aStreamedAnswerIsTheSameTextInPiecesAndCancellingStopsIt() {
        ChatResponse whole = chat.chat(request().build());
        List<String> pieces = new ArrayList<>();
        AtomicReference<ChatResponse> done = new AtomicReference<>();
        streaming.chat(request().build(), handler(pieces, done, Integer.MAX_VALUE));
        assertThat(String.join("", pieces)).isEqualTo(whole.aiMessage().text());
        assertThat(done.get().aiMessage().text()).isEqualTo(whole.aiMessage().text());
        assertThat(done.get().tokenUsage()).isEqualTo(whole.tokenUsage());

        List<String> cancelled = new ArrayList<>();
        AtomicReference<ChatResponse> never = new AtomicReference<>();
        streaming.chat(request().build(), handler(cancelled, never, 2));
        assertThat(cancelled).hasSize(2);
        assertThat(never.get()).isNull();
        // the model serves the next request as before
        List<String> again = new ArrayList<>();
        streaming.chat(request().build(), handler(again, new AtomicReference<>(), Integer.MAX_VALUE));
        assertThat(again).isEqualTo(pieces);
    }

    private static StreamingChatResponseHandler handler(
            List<String> pieces, AtomicReference<ChatResponse> done, int cancelAfter) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                pieces.add(partial.text());
                if (pieces.size() == cancelAfter) {
                    context.streamingHandle().cancel();
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.set(response);
            }

            @Override
            public void onError(Throwable error) {
                throw new AssertionError(error);
            }
        };
    }

    // Random weights never write a tool call of their own, and ToolChoice.REQUIRED does not constrain the answer
    // here (the library's chat grammar for Qwen's format leaves it free: reported); so a grammar of our extras forces
    // Qwen's tool-call format, and the test proves the parse into ToolExecutionRequests and the finish reason.
    @Test
    void aToolCallForcedByAGrammarIsAToolExecutionRequest() throws IOException {
        ToolSpecification weather = ToolSpecification.builder()
                .name("get_weather")
                .description("The weather in a city")
                .parameters(JsonObjectSchema.builder()
                        .addEnumProperty("city", List.of("Paris", "Rome"))
                        .required("city")
                        .build())
                .build();
        String toolCall = "root ::= \"<tool_call>\\n{\\\"name\\\": \\\"get_weather\\\", \\\"arguments\\\": "
                + "{\\\"city\\\": \\\"\" (\"Paris\" | \"Rome\") \"\\\"}}\\n</tool_call>\"";
        ChatResponse response = chat.chat(request()
                .parameters(LlamaChatRequestParameters.builder()
                        .toolSpecifications(weather)
                        .toolChoice(ToolChoice.REQUIRED)
                        .grammar(toolCall)
                        .maxOutputTokens(64)
                        .build())
                .build());

        assertThat(response.aiMessage().hasToolExecutionRequests())
                .as("%s", response)
                .isTrue();
        ToolExecutionRequest call = response.aiMessage().toolExecutionRequests().getFirst();
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(call.id()).isEqualTo("call_0");
        assertThat(JSON.readTree(call.arguments()).get("city").asText()).isIn("Paris", "Rome");
        assertThat(response.aiMessage().text()).isNull();
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    }

    @Test
    void aJsonSchemaResponseFormatGivesJsonOfTheSchema() throws IOException {
        ResponseFormat format = ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("colour")
                        .rootElement(JsonObjectSchema.builder()
                                .addEnumProperty("colour", List.of("red", "green"))
                                .required("colour")
                                .build())
                        .build())
                .build();
        ChatResponse response = chat.chat(request()
                .parameters(ChatRequestParameters.builder()
                        .responseFormat(format)
                        .maxOutputTokens(64)
                        .build())
                .build());

        JsonNode answer = JSON.readTree(response.aiMessage().text());
        assertThat(answer.get("colour").asText()).isIn("red", "green");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void aGrammarOfOurParametersConstrainsTheAnswer() {
        ChatResponse response = chat.chat(request()
                .parameters(LlamaChatRequestParameters.builder()
                        .grammar("root ::= \"yes\" | \"no\"")
                        .build())
                .build());
        assertThat(response.aiMessage().text()).isIn("yes", "no");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void aStopSequenceEndsTheAnswerBeforeIt() {
        String whole = chat.chat(request().build()).aiMessage().text();
        assertThat(whole).hasSizeGreaterThan(6);
        String stop = whole.substring(4, 6);
        String before = whole.substring(0, whole.indexOf(stop));
        ChatRequest stopped = request()
                .parameters(ChatRequestParameters.builder().stopSequences(stop).build())
                .build();

        ChatResponse response = chat.chat(stopped);
        assertThat(response.aiMessage().text()).isEqualTo(before);
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);

        List<String> pieces = new ArrayList<>();
        AtomicReference<ChatResponse> done = new AtomicReference<>();
        streaming.chat(stopped, handler(pieces, done, Integer.MAX_VALUE));
        assertThat(String.join("", pieces)).isEqualTo(before);
        assertThat(done.get().aiMessage().text()).isEqualTo(before);
    }

    @Test
    void ourExtrasSurviveTheMergeWithTheModelsDefaults() {
        var defaults = LlamaChatRequestParameters.builder()
                .minP(0.1)
                .seed(7L)
                .temperature(0.5)
                .build();
        var merged = defaults.overrideWith(
                ChatRequestParameters.builder().temperature(0.2).build());
        assertThat(merged).isInstanceOfSatisfying(LlamaChatRequestParameters.class, p -> {
            assertThat(p.minP()).isEqualTo(0.1);
            assertThat(p.seed()).isEqualTo(7L);
            assertThat(p.temperature()).isEqualTo(0.2);
        });
        SamplingParams sampling = Requests.sampling(SamplingParams.defaults(), merged);
        assertThat(sampling.minP()).isEqualTo(0.1f);
        assertThat(sampling.seed()).isEqualTo(7L);
        assertThat(sampling.temperature()).isEqualTo(0.2f);
        assertThat(sampling.topK()).isEqualTo(40);
    }
}
