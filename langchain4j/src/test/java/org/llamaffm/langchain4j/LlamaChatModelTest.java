package org.llamaffm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ToolCall;

/** The chat models over a local model: the library's answers, streamed and cancelled, tools, JSON, stops, usage. */
@ExtendWith(SuiteFixture.Resolver.class)
class LlamaChatModelTest {

    private static TestModels models;
    private static LlamaChatModel chat;
    private static LlamaStreamingChatModel streaming;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void models(SuiteFixture fixture) {
        models = fixture.files;
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
    void aStreamedAnswerIsTheSameTextInPiecesOnItsOwnThreadAndCancellingStopsIt() throws InterruptedException {
        ChatResponse whole = chat.chat(request().build());
        Streamed streamed = stream(streaming, request().build());
        assertThat(String.join("", streamed.pieces()))
                .isEqualTo(whole.aiMessage().text());
        assertThat(streamed.response().aiMessage().text())
                .isEqualTo(whole.aiMessage().text());
        assertThat(streamed.response().tokenUsage()).isEqualTo(whole.tokenUsage());
        assertThat(streamed.response().finishReason()).isEqualTo(whole.finishReason());
        assertThat(streamed.threads()).hasSize(1).doesNotContain(Thread.currentThread());
        assertThat(streamed.threads().iterator().next().getName()).startsWith("llama-ffm-stream-");
        assertThat(streamed.events()).endsWith("complete").containsOnlyOnce("complete");

        List<String> cancelled = new CopyOnWriteArrayList<>();
        AtomicReference<Object> heard = new AtomicReference<>();
        CountDownLatch cancelling = new CountDownLatch(1);
        streaming.chat(request().build(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                cancelled.add(partial.text());
                if (cancelled.size() == 2) {
                    context.streamingHandle().cancel();
                    cancelling.countDown();
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                heard.set(response);
            }

            @Override
            public void onError(Throwable error) {
                heard.set(error);
            }
        });
        assertThat(cancelling.await(60, TimeUnit.SECONDS)).isTrue();
        // requests take turns on the model: when the next one is done, the cancelled one has ended
        Streamed again = stream(streaming, request().build());
        assertThat(cancelled).containsExactlyElementsOf(streamed.pieces().subList(0, 2));
        assertThat(heard.get()).isNull();
        assertThat(again.pieces()).isEqualTo(streamed.pieces());
    }

    @Test
    void aStreamRunsOnTheBuildersExecutor() {
        List<Runnable> tasks = new ArrayList<>();
        try (LlamaStreamingChatModel model = LlamaStreamingChatModel.builder()
                .modelPath(models.chat())
                .contextSize(512)
                .threads(1)
                .sampling(SamplingParams.greedy())
                .maxTokens(12)
                .executor(tasks::add)
                .build()) {
            AtomicReference<ChatResponse> done = new AtomicReference<>();
            model.chat(request().build(), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {}

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.set(response);
                }

                @Override
                public void onError(Throwable error) {
                    throw new AssertionError(error);
                }
            });
            assertThat(tasks).hasSize(1);
            assertThat(done.get()).isNull();
            tasks.getFirst().run();
            assertThat(done.get().aiMessage().text())
                    .isEqualTo(chat.chat(request().build()).aiMessage().text());
        }
    }

    /** What a stream gave: its pieces, complete tool calls, threads, the order of the callbacks, the response. */
    record Streamed(
            List<String> pieces,
            List<CompleteToolCall> toolCalls,
            Set<Thread> threads,
            List<String> events,
            ChatResponse response) {}

    static Streamed stream(StreamingChatModel model, ChatRequest request) {
        List<String> pieces = new CopyOnWriteArrayList<>();
        List<CompleteToolCall> calls = new CopyOnWriteArrayList<>();
        Set<Thread> threads = new CopyOnWriteArraySet<>();
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                pieces.add(partial.text());
                threads.add(Thread.currentThread());
                events.add("partial");
            }

            @Override
            public void onCompleteToolCall(CompleteToolCall call) {
                calls.add(call);
                threads.add(Thread.currentThread());
                events.add("tool");
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                threads.add(Thread.currentThread());
                events.add("complete");
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return new Streamed(pieces, calls, threads, events, done.get(60, TimeUnit.SECONDS));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static final ToolSpecification WEATHER = ToolSpecification.builder()
            .name("get_weather")
            .description("The weather in a city")
            .parameters(JsonObjectSchema.builder()
                    .addEnumProperty("city", List.of("Paris", "Rome"))
                    .required("city")
                    .build())
            .build();
    private static final ToolSpecification TIME =
            ToolSpecification.builder().name("get_time").build();

    // Random weights never write a tool call of their own, and ToolChoice.REQUIRED does not constrain the answer
    // here (the library's chat grammar for Qwen's format leaves it free: reported); so a grammar of our extras forces
    // Qwen's tool-call format, and the test proves the parse into ToolExecutionRequests and the finish reason.
    @Test
    void aToolCallForcedByAGrammarIsAToolExecutionRequest() throws IOException {
        String toolCall = "root ::= \"<tool_call>\\n{\\\"name\\\": \\\"get_weather\\\", \\\"arguments\\\": "
                + "{\\\"city\\\": \\\"\" (\"Paris\" | \"Rome\") \"\\\"}}\\n</tool_call>\"";
        ChatResponse response = chat.chat(request()
                .parameters(LlamaChatRequestParameters.builder()
                        .toolSpecifications(WEATHER)
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

    /** A GBNF rule for one call in Qwen's (Hermes) tool-call format, with its arguments' JSON. */
    private static String call(String name, String arguments) {
        return "\"<tool_call>\\n{\\\"name\\\": \\\"" + name + "\\\", \\\"arguments\\\": \" " + arguments
                + " \"}\\n</tool_call>\"";
    }

    // As above: a grammar makes random weights write two calls, each parsed into its own request with its own id.
    @Test
    void twoToolCallsForcedByAGrammarAreTwoRequestsWithTheirOwnIds() {
        String grammar = "root ::= " + call("get_weather", "\"{\\\"city\\\": \\\"Rome\\\"}\"") + " \"\\n\" "
                + call("get_time", "\"{}\"");
        ChatResponse response = chat.chat(request()
                .parameters(LlamaChatRequestParameters.builder()
                        .toolSpecifications(WEATHER, TIME)
                        .grammar(grammar)
                        .maxOutputTokens(96)
                        .build())
                .build());

        List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
        assertThat(calls).as("%s", response).hasSize(2);
        assertThat(calls.get(0).name()).isEqualTo("get_weather");
        assertThat(calls.get(0).arguments()).isEqualToIgnoringWhitespace("{\"city\":\"Rome\"}");
        assertThat(calls.get(1).name()).isEqualTo("get_time");
        assertThat(calls.get(1).arguments()).isEqualToIgnoringWhitespace("{}");
        assertThat(calls.get(0).id()).isNotBlank().isNotEqualTo(calls.get(1).id());
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    }

    // Streamed, the same forced call is an onCompleteToolCall (index 0, the response's request), before the response;
    // its text is not streamed as partial responses.
    @Test
    void aStreamedToolCallIsACompleteToolCallBeforeTheResponse() {
        String grammar = "root ::= " + call("get_weather", "\"{\\\"city\\\": \\\"Paris\\\"}\"");
        Streamed streamed = stream(
                streaming,
                request()
                        .parameters(LlamaChatRequestParameters.builder()
                                .toolSpecifications(WEATHER)
                                .grammar(grammar)
                                .maxOutputTokens(64)
                                .build())
                        .build());

        ToolExecutionRequest call =
                streamed.response().aiMessage().toolExecutionRequests().getFirst();
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(call.arguments()).isEqualToIgnoringWhitespace("{\"city\":\"Paris\"}");
        assertThat(streamed.toolCalls()).hasSize(1);
        assertThat(streamed.toolCalls().getFirst().index()).isZero();
        assertThat(streamed.toolCalls().getFirst().toolExecutionRequest()).isEqualTo(call);
        assertThat(streamed.pieces()).isEmpty();
        assertThat(streamed.events()).containsExactly("tool", "complete");
        assertThat(streamed.threads()).doesNotContain(Thread.currentThread());
        assertThat(streamed.response().finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    }

    // A conversation with an answer and a tool result reaches the prompt as the library's own conversation: the
    // same greedy answer and prompt tokens as the library's Chat given the same messages.
    @Test
    void aConversationWithAnAnswerIsTheLibrarysConversation() {
        var langchain = List.of(
                UserMessage.from("Hi, my favourite colour is green"),
                AiMessage.from("Hi, nice to meet you"),
                UserMessage.from("What is my favourite colour?"));
        var ours = List.of(
                ChatMessage.user("Hi, my favourite colour is green"),
                ChatMessage.assistant("Hi, nice to meet you", List.of()),
                ChatMessage.user("What is my favourite colour?"));
        assertSameAsLibrary(langchain, ours);
    }

    @Test
    void aToolResultIsRenderedIntoTheNextTurn() {
        ToolExecutionRequest weather = ToolExecutionRequest.builder()
                .id("call_0")
                .name("get_weather")
                .arguments("{\"city\":\"Paris\"}")
                .build();
        var langchain = List.of(
                UserMessage.from("Weather in Paris?"),
                AiMessage.from(weather),
                ToolExecutionResultMessage.from(weather, "sunny"));
        var ours = List.of(
                ChatMessage.user("Weather in Paris?"),
                ChatMessage.assistant("", List.of(new ToolCall("call_0", "get_weather", "{\"city\":\"Paris\"}"))),
                ChatMessage.tool("get_weather", "call_0", "sunny"));
        assertSameAsLibrary(langchain, ours);
    }

    private static void assertSameAsLibrary(
            List<dev.langchain4j.data.message.ChatMessage> langchain, List<ChatMessage> ours) {
        org.llamaffm.chat.ChatResponse expected;
        Chat.Turn turn;
        try (Model m = Model.load(models.chat());
                Chat c = Chat.builder(m)
                        .context(ContextParams.builder()
                                .contextSize(512)
                                .threads(1)
                                .build())
                        .sampler(SamplingParams.greedy()::applyTo)
                        .maxTokens(12)
                        .build()) {
            ours.forEach(c::add);
            expected = c.respond(p -> true);
            turn = c.lastTurn();
        }
        ChatResponse response =
                chat.chat(ChatRequest.builder().messages(langchain).build());
        assertThat(response.aiMessage().text()).isEqualTo(expected.content());
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(turn.promptTokens());
    }

    @Test
    void eachResponseHasItsOwnIdAndTheModelsName() {
        ChatResponse first = chat.chat(request().build());
        ChatResponse second = chat.chat(request().build());
        assertThat(first.id()).startsWith("chatcmpl-").isNotEqualTo(second.id());
        assertThat(first.modelName()).isEqualTo("llama-ffm");
        assertThat(first.metadata().tokenUsage().totalTokenCount())
                .isEqualTo(first.tokenUsage().inputTokenCount()
                        + first.tokenUsage().outputTokenCount());
    }

    // JSON mode (a JSON response format without a schema) asks for an object: random weights write one.
    @Test
    void jsonModeGivesAJsonObject() throws IOException {
        ChatResponse response = chat.chat(request()
                .parameters(ChatRequestParameters.builder()
                        .responseFormat(ResponseFormat.JSON)
                        .maxOutputTokens(64)
                        .build())
                .build());
        assertThat(response.finishReason()).as("%s", response).isEqualTo(FinishReason.STOP);
        assertThat(JSON.readTree(response.aiMessage().text()).isObject()).isTrue();
    }

    @Test
    void aRawJsonSchemaResponseFormatGivesJsonOfTheSchema() throws IOException {
        String raw = """
                {"type": "object", "properties": {"city": {"enum": ["Berlin", "Bonn"]}},
                 "required": ["city"], "additionalProperties": false}""";
        ChatResponse response = chat.chat(request()
                .parameters(ChatRequestParameters.builder()
                        .responseFormat(ResponseFormat.builder()
                                .type(ResponseFormatType.JSON)
                                .jsonSchema(JsonSchema.builder()
                                        .name("city")
                                        .rootElement(JsonRawSchema.from(raw))
                                        .build())
                                .build())
                        .maxOutputTokens(64)
                        .build())
                .build());
        JsonNode answer = JSON.readTree(response.aiMessage().text());
        assertThat(answer.get("city").asText()).isIn("Berlin", "Bonn");
        assertThat(answer.size()).isEqualTo(1);
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

        Streamed streamed = stream(streaming, stopped);
        assertThat(String.join("", streamed.pieces())).isEqualTo(before);
        assertThat(streamed.response().aiMessage().text()).isEqualTo(before);

        // the same stop sequence in a model's default parameters applies to every request
        try (LlamaChatModel stopping = LlamaChatModel.builder()
                .modelPath(models.chat())
                .contextSize(512)
                .threads(1)
                .sampling(SamplingParams.greedy())
                .maxTokens(12)
                .defaultRequestParameters(
                        ChatRequestParameters.builder().stopSequences(stop).build())
                .build()) {
            ChatResponse byDefault = stopping.chat(request().build());
            assertThat(byDefault.aiMessage().text()).isEqualTo(before);
            assertThat(byDefault.finishReason()).isEqualTo(FinishReason.STOP);
        }
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
