package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.errors.UnauthorizedException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionNamedToolChoice;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionChoice;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.Embedding;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.chat.ToolCall;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.Isolation;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * The server through OpenAI's own Java SDK, the client users point at it: every response passes the SDK's own
 * validation, greedy answers (plain, streamed, tool calls, JSON Schema) are the library's answers for the same
 * conversation in both isolation modes, embeddings are the library's floats in either encoding, and each refusal is
 * the SDK exception its status means, with the server's code and message.
 *
 * <p>Tool calls are forced on a model of their own: with Qwen2.5's template llama.cpp's grammar for
 * {@code tool_choice: required} lets free text run until {@code <tool_call>}, which the fixture's qwen2 vocabulary
 * spells in four tokens, so random weights never reach a call. Llama 3.1's template calls a tool with bare JSON:
 * its free text ends at the first <code>{</code>, one token, which a logit bias makes the first one generated;
 * from there the grammar writes the call.
 */
class OpenAiSdkTest {

    @TempDir
    static Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final String SYSTEM = "You are a test.";
    private static final String USER = "Weather in Paris?";
    private static final int MAX_TOKENS = 12;

    /** Short output forced by the grammar: an enum and a bounded integer, nothing else. */
    private static final String WEATHER_PARAMETERS = """
            {"type": "object",
             "properties": {"city": {"type": "string", "enum": ["Paris", "Oslo", "Lima"]},
                            "days": {"type": "integer", "minimum": 1, "maximum": 7}},
             "required": ["city", "days"], "additionalProperties": false}""";

    private static final String TIME_PARAMETERS = """
            {"type": "object",
             "properties": {"zone": {"type": "string", "enum": ["UTC", "CET"]}},
             "required": ["zone"], "additionalProperties": false}""";

    private static final String ANSWER_SCHEMA = """
            {"type": "object",
             "properties": {"color": {"type": "string", "enum": ["red", "green", "blue"]},
                            "count": {"type": "integer", "minimum": 0, "maximum": 99}},
             "required": ["color", "count"], "additionalProperties": false}""";

    /** A call the tests send back, with its result. */
    private static final ToolCall SENT_CALL =
            new ToolCall("call_7", "get_weather", "{\"city\": \"Paris\", \"days\": 2}");

    private static final String TOOL_RESULT = "{\"forecast\": \"sunny, 24 C\"}";
    private static final int CONSTRAINED_MAX_TOKENS = 200;
    private static final List<String> TEXTS = List.of("The sky is blue", "Das Meer ist blau", "a");

    private static TestServer.Models models;
    /** The same chat model with Llama 3.1's template (and no embedding models served). */
    private static TestServer.Models toolModels;

    private static final Map<Isolation, TestServer> servers = new EnumMap<>(Isolation.class);
    private static final Map<Isolation, TestServer> toolServers = new EnumMap<>(Isolation.class);

    private final List<OpenAIClient> clients = new ArrayList<>();

    private static ChatResponse greedy;
    private static Chat.Turn greedyTurn;
    private static ChatResponse afterToolResult;
    private static Chat.Turn afterToolResultTurn;
    private static ChatResponse schemaAnswer;
    private static ChatResponse objectAnswer;
    /** The token <code>{</code>, biased so that the Llama template's tool call starts at once. */
    private static int openBrace;

    private static ChatResponse forcedCall;
    private static ChatResponse namedCall;
    private static List<float[]> vectors;
    private static int textTokens;

    @BeforeAll
    static void expectations() throws IOException {
        models = TestServer.Models.write(temp);
        Path toolRoot = java.nio.file.Files.createDirectories(temp.resolve("tools"));
        Path toolChat = toolRoot.resolve("chat.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("qwen2"))
                .layers(2)
                .weightType(GgmlType.F16)
                .contextLength(4096)
                .seed(21)
                .metadata(
                        "tokenizer.chat_template",
                        GgufValue.ofString(java.nio.file.Files.readString(LlamaCppSource.dir()
                                .resolve("models/templates/meta-llama-Llama-3.1-8B-Instruct.jinja"))))
                .write(toolChat);
        toolModels = new TestServer.Models(toolRoot, toolChat, models.bert(), models.reranker());

        SamplingParams greedySampling = SamplingParams.greedy();
        try (org.llamaffm.Model model = org.llamaffm.Model.load(models.chat())) {
            try (Chat chat = libraryChat(model, ChatOptions.defaults(), greedySampling, MAX_TOKENS)) {
                greedy = chat.respond(p -> true);
                greedyTurn = chat.lastTurn();
            }
            ChatOptions offered = ChatOptions.builder()
                    .tools(List.of(weatherTool(), timeTool()))
                    .build();
            try (Chat chat = libraryChat(model, offered, greedySampling, MAX_TOKENS)) {
                chat.add(ChatMessage.assistant("", List.of(SENT_CALL)));
                chat.add(ChatMessage.tool(SENT_CALL.name(), SENT_CALL.id(), TOOL_RESULT));
                afterToolResult = chat.respond(p -> true);
                afterToolResultTurn = chat.lastTurn();
            }
            ChatOptions schema = ChatOptions.builder().jsonSchema(ANSWER_SCHEMA).build();
            try (Chat chat = libraryChat(model, schema, greedySampling, CONSTRAINED_MAX_TOKENS)) {
                schemaAnswer = chat.respond(p -> true);
            }
            // response_format json_object is the schema of any object
            ChatOptions object =
                    ChatOptions.builder().jsonSchema("{\"type\":\"object\"}").build();
            try (Chat chat = libraryChat(model, object, greedySampling, CONSTRAINED_MAX_TOKENS)) {
                objectAnswer = chat.respond(p -> true);
            }
        }
        try (org.llamaffm.Model model = org.llamaffm.Model.load(toolModels.chat())) {
            openBrace = model.vocab().tokenize("{", false, true)[0];
            SamplingParams biased = greedySampling.withLogitBias(Map.of(openBrace, 100f));
            ChatOptions required = ChatOptions.builder()
                    .tools(List.of(weatherTool(), timeTool()))
                    .toolChoice(ChatOptions.ToolChoice.REQUIRED)
                    .parallelToolCalls(false)
                    .build();
            try (Chat chat = libraryChat(model, required, biased, CONSTRAINED_MAX_TOKENS)) {
                forcedCall = chat.respond(p -> true);
            }
            // a named tool_choice offers that tool alone, and requires it
            ChatOptions named = required.toBuilder().tools(List.of(timeTool())).build();
            try (Chat chat = libraryChat(model, named, biased, CONSTRAINED_MAX_TOKENS)) {
                namedCall = chat.respond(p -> true);
            }
        }
        assertThat(forcedCall.toolCalls()).as(forcedCall.text()).hasSize(1);
        assertThat(namedCall.toolCalls()).as(namedCall.text()).hasSize(1);
        try (org.llamaffm.Model bert = org.llamaffm.Model.load(models.bert());
                Embedder embedder = Embedder.open(
                        bert,
                        EmbeddingParams.builder()
                                .threads(TestServer.EMBEDDING_CONTEXT.batchThreads())
                                .build())) {
            vectors = embedder.embed(TEXTS);
            textTokens = embedder.tokenCount(TEXTS);
        }
    }

    private static Chat libraryChat(
            org.llamaffm.Model model, ChatOptions options, SamplingParams sampling, int maxTokens) {
        Chat chat = Chat.builder(model)
                .context(TestServer.CHAT_CONTEXT)
                .options(options)
                .sampler(sampling::applyTo)
                .maxTokens(maxTokens)
                .build();
        chat.add(ChatMessage.system(SYSTEM));
        chat.add(ChatMessage.user(USER));
        return chat;
    }

    private static ChatTool weatherTool() {
        return new ChatTool("get_weather", "The weather forecast of a city", WEATHER_PARAMETERS);
    }

    private static ChatTool timeTool() {
        return new ChatTool("get_time", "The time in a zone", TIME_PARAMETERS);
    }

    @AfterAll
    static void stop() {
        servers.values().forEach(TestServer::close);
        toolServers.values().forEach(TestServer::close);
    }

    /** The server of a mode, shared by the class's tests (each tenant's quota is far above what they send). */
    private static TestServer server(Isolation isolation) {
        return servers.computeIfAbsent(isolation, mode -> start(models, s -> s.isolation = mode));
    }

    /** The server of the Llama-templated chat model alone, in a mode. */
    private static TestServer toolServer(Isolation isolation) {
        return toolServers.computeIfAbsent(
                isolation,
                mode -> start(toolModels, s -> {
                    s.isolation = mode;
                    s.models = Set.of("chat");
                }));
    }

    private static TestServer start(TestServer.Models served, Consumer<TestServer.Setup> setup) {
        try {
            return TestServer.start(served, temp, setup);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The SDK as a user sets it up, checking every response against OpenAI's shapes, and never retrying. */
    private OpenAIClient client(TestServer server, String key) {
        return client(server, key, true);
    }

    private OpenAIClient client(TestServer server, String key, boolean validate) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey(key)
                .maxRetries(0)
                .responseValidation(validate)
                .build();
        clients.add(client);
        return client;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(OpenAIClient::close);
    }

    private static ChatCompletionCreateParams.Builder conversation(int maxTokens) {
        return ChatCompletionCreateParams.builder()
                .model("chat")
                .addSystemMessage(SYSTEM)
                .addUserMessage(USER)
                .temperature(0.0)
                .maxCompletionTokens(maxTokens);
    }

    /** Both tools, a call required, one at most, and the bias that starts it. */
    private static ChatCompletionCreateParams.Builder forcedCallRequest() {
        return conversation(CONSTRAINED_MAX_TOKENS)
                .addTool(tool(weatherTool()))
                .addTool(tool(timeTool()))
                .toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED)
                .parallelToolCalls(false)
                .logitBias(ChatCompletionCreateParams.LogitBias.builder()
                        .putAdditionalProperty(String.valueOf(openBrace), JsonValue.from(100))
                        .build());
    }

    private static ChatCompletionFunctionTool tool(ChatTool tool) {
        return ChatCompletionFunctionTool.builder()
                .function(FunctionDefinition.builder()
                        .name(tool.name())
                        .description(tool.description())
                        .parameters(FunctionParameters.builder()
                                .additionalProperties(jsonValues(tool.parameters()))
                                .build())
                        .build())
                .build();
    }

    private static Map<String, JsonValue> jsonValues(String json) {
        try {
            Map<String, Object> map = JSON.readValue(json, new TypeReference<>() {});
            Map<String, JsonValue> values = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> values.put(k, JsonValue.from(v)));
            return values;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertValid(String schema, String json) throws IOException {
        JsonNode parsed = JSON.readTree(json); // parses
        assertThat(parsed.isObject()).as(json).isTrue();
        Schema validator = SCHEMAS.getSchema(schema, InputFormat.JSON);
        assertThat(validator.validate(json, InputFormat.JSON)).as(json).isEmpty();
    }

    private static String parametersOf(String tool) {
        return tool.equals("get_weather") ? WEATHER_PARAMETERS : TIME_PARAMETERS;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Chat

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void aGreedyAnswerIsTheLibrarysAnswer(Isolation isolation) {
        OpenAIClient client = client(server(isolation), "sk-alice");
        ChatCompletion completion =
                client.chat().completions().create(conversation(MAX_TOKENS).build());

        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.model()).isEqualTo("chat");
        assertThat(completion.choices()).hasSize(1);
        ChatCompletion.Choice choice = completion.choices().getFirst();
        assertThat(choice.message().content()).contains(greedy.content());
        assertThat(choice.message().toolCalls()).isEmpty();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.LENGTH);
        CompletionUsage usage = completion.usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(greedyTurn.promptTokens());
        assertThat(usage.completionTokens()).isEqualTo(greedyTurn.generatedTokens());
        assertThat(usage.totalTokens()).isEqualTo(greedyTurn.promptTokens() + greedyTurn.generatedTokens());
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void streamedDeltasAreTheSameAnswerAndTheLastChunkCarriesUsage(Isolation isolation) {
        ChatCompletionCreateParams params = conversation(MAX_TOKENS)
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();
        List<ChatCompletionChunk> chunks;
        OpenAIClient client = client(server(isolation), "sk-alice");
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(params)) {
            chunks = stream.stream().toList();
        }

        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(chunks)
                .extracting(ChatCompletionChunk::id)
                .containsOnly(chunks.getFirst().id());
        assertThat(chunks.getFirst().choices().getFirst().delta().role())
                .contains(ChatCompletionChunk.Choice.Delta.Role.ASSISTANT);
        StringBuilder content = new StringBuilder();
        List<ChatCompletionChunk.Choice.FinishReason> finishes = new ArrayList<>();
        for (ChatCompletionChunk chunk : chunks) {
            for (ChatCompletionChunk.Choice choice : chunk.choices()) {
                choice.delta().content().ifPresent(content::append);
                choice.finishReason().ifPresent(finishes::add);
            }
        }
        assertThat(content.toString()).isEqualTo(greedy.content());
        assertThat(finishes).containsExactly(ChatCompletionChunk.Choice.FinishReason.LENGTH);
        // include_usage: a last chunk of no choices, the usage of the whole answer; no other chunk has one
        ChatCompletionChunk last = chunks.getLast();
        assertThat(last.choices()).isEmpty();
        CompletionUsage usage = last.usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(greedyTurn.promptTokens());
        assertThat(usage.completionTokens()).isEqualTo(greedyTurn.generatedTokens());
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(c -> assertThat(c.usage()).isEmpty());
        // the SDK's own accumulator rebuilds the non-streamed answer from the chunks
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        chunks.forEach(accumulator::accumulate);
        ChatCompletion rebuilt = accumulator.chatCompletion();
        assertThat(rebuilt.choices().getFirst().message().content()).contains(greedy.content());
        assertThat(rebuilt.choices().getFirst().finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.LENGTH);
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void aRequiredToolCallIsTheLibrarysAndValidAgainstItsSchema(Isolation isolation) throws IOException {
        ToolCall expected = forcedCall.toolCalls().getFirst();
        OpenAIClient client = client(toolServer(isolation), "sk-alice");
        ChatCompletion completion =
                client.chat().completions().create(forcedCallRequest().build());

        ChatCompletion.Choice choice = completion.choices().getFirst();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessage message = choice.message();
        assertThat(message.content()).isEmpty();
        assertThat(message.toolCalls().orElseThrow()).hasSize(1);
        ChatCompletionMessageFunctionToolCall call =
                message.toolCalls().orElseThrow().getFirst().asFunction();
        assertThat(call.id()).isNotEmpty();
        assertThat(call.function().name()).isEqualTo(expected.name());
        assertThat(call.function().arguments()).isEqualTo(expected.arguments());
        assertValid(parametersOf(call.function().name()), call.function().arguments());

        // the SDK's way back: the answer's own message, then the tool's result for its call id
        ChatCompletion answer = client.chat()
                .completions()
                .create(conversation(4)
                        .addTool(tool(weatherTool()))
                        .addTool(tool(timeTool()))
                        .toolChoice(ChatCompletionToolChoiceOption.Auto.NONE)
                        .addMessage(message)
                        .addMessage(ChatCompletionToolMessageParam.builder()
                                .toolCallId(call.id())
                                .content(TOOL_RESULT)
                                .build())
                        .build());

        ChatCompletion.Choice reply = answer.choices().getFirst();
        assertThat(reply.message().toolCalls()).isEmpty();
        assertThat(reply.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.LENGTH);
        // the prompt now holds the call and its result after the question
        assertThat(answer.usage().orElseThrow().promptTokens())
                .isGreaterThan(completion.usage().orElseThrow().promptTokens());
    }

    @Test
    void aToolResultSentBackIsAnsweredAsTheLibraryAnswersIt() {
        OpenAIClient client = client(server(Isolation.IN_PROCESS), "sk-alice");
        ChatCompletion answer = client.chat()
                .completions()
                .create(conversation(MAX_TOKENS)
                        .addTool(tool(weatherTool()))
                        .addTool(tool(timeTool()))
                        .addMessage(ChatCompletionAssistantMessageParam.builder()
                                .addToolCall(ChatCompletionMessageFunctionToolCall.builder()
                                        .id(SENT_CALL.id())
                                        .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                                                .name(SENT_CALL.name())
                                                .arguments(SENT_CALL.arguments())
                                                .build())
                                        .build())
                                .build())
                        .addMessage(ChatCompletionToolMessageParam.builder()
                                .toolCallId(SENT_CALL.id())
                                .content(TOOL_RESULT)
                                .build())
                        .build());

        ChatCompletion.Choice choice = answer.choices().getFirst();
        assertThat(choice.message().content()).contains(afterToolResult.content());
        assertThat(choice.message().toolCalls()).isEmpty();
        CompletionUsage usage = answer.usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(afterToolResultTurn.promptTokens());
        assertThat(usage.completionTokens()).isEqualTo(afterToolResultTurn.generatedTokens());
    }

    @Test
    void aNamedToolChoiceCallsThatTool() throws IOException {
        OpenAIClient client = client(toolServer(Isolation.IN_PROCESS), "sk-alice");
        ChatCompletionCreateParams params = forcedCallRequest()
                .toolChoice(ChatCompletionNamedToolChoice.builder()
                        .function(ChatCompletionNamedToolChoice.Function.builder()
                                .name("get_time")
                                .build())
                        .build())
                .build();
        ChatCompletion completion = client.chat().completions().create(params);

        ChatCompletion.Choice choice = completion.choices().getFirst();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call =
                choice.message().toolCalls().orElseThrow().getFirst().asFunction();
        assertThat(call.function().name()).isEqualTo("get_time");
        assertThat(call.function().arguments())
                .isEqualTo(namedCall.toolCalls().getFirst().arguments());
        assertValid(TIME_PARAMETERS, call.function().arguments());
    }

    @Test
    void aStreamedToolCallIsTheSameCall() {
        ToolCall expected = forcedCall.toolCalls().getFirst();
        List<ChatCompletionChunk> chunks;
        OpenAIClient client = client(toolServer(Isolation.IN_PROCESS), "sk-alice");
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(forcedCallRequest().build())) {
            chunks = stream.stream().toList();
        }

        List<ChatCompletionChunk.Choice.Delta.ToolCall> deltas = chunks.stream()
                .flatMap(c -> c.choices().stream())
                .flatMap(c -> c.delta().toolCalls().stream().flatMap(List::stream))
                .toList();
        assertThat(deltas).hasSize(1);
        assertThat(deltas.getFirst().index()).isZero();
        assertThat(deltas.getFirst().id()).isPresent();
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        chunks.forEach(accumulator::accumulate);
        ChatCompletion.Choice choice = accumulator.chatCompletion().choices().getFirst();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call =
                choice.message().toolCalls().orElseThrow().getFirst().asFunction();
        assertThat(call.function().name()).isEqualTo(expected.name());
        assertThat(call.function().arguments()).isEqualTo(expected.arguments());
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void jsonSchemaOutputIsTheLibrarysAndValidates(Isolation isolation) throws IOException {
        OpenAIClient client = client(server(isolation), "sk-alice");
        ChatCompletionCreateParams params = conversation(CONSTRAINED_MAX_TOKENS)
                .responseFormat(ResponseFormatJsonSchema.builder()
                        .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                                .name("answer")
                                .strict(true)
                                .schema(ResponseFormatJsonSchema.JsonSchema.Schema.builder()
                                        .additionalProperties(jsonValues(ANSWER_SCHEMA))
                                        .build())
                                .build())
                        .build())
                .build();
        ChatCompletion completion = client.chat().completions().create(params);

        ChatCompletion.Choice choice = completion.choices().getFirst();
        String content = choice.message().content().orElseThrow();
        assertThat(choice.finishReason()).as(content).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(content).isEqualTo(schemaAnswer.content());
        assertValid(ANSWER_SCHEMA, content);
    }

    @Test
    void jsonObjectOutputIsAnObject() throws IOException {
        OpenAIClient client = client(server(Isolation.IN_PROCESS), "sk-alice");
        ChatCompletionCreateParams params = conversation(CONSTRAINED_MAX_TOKENS)
                .responseFormat(ResponseFormatJsonObject.builder().build())
                .build();
        ChatCompletion completion = client.chat().completions().create(params);

        ChatCompletion.Choice choice = completion.choices().getFirst();
        String content = choice.message().content().orElseThrow();
        assertThat(choice.finishReason()).as(content).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(content).isEqualTo(objectAnswer.content());
        assertValid("{\"type\": \"object\"}", content);
    }

    @Test
    void aStreamedCompletionIsTheSameText() {
        // not validated: the SDK's Completion requires a finish_reason, which OpenAI's own chunks leave null until
        // the last one
        OpenAIClient client = client(server(Isolation.IN_PROCESS), "sk-alice", false);
        CompletionCreateParams params = CompletionCreateParams.builder()
                .model("chat")
                .prompt("The weather in Paris is")
                .temperature(0.0)
                .maxTokens(8)
                .build();
        Completion completion = client.completions().create(params);
        List<Completion> chunks;
        try (StreamResponse<Completion> stream = client.completions().createStreaming(params)) {
            chunks = stream.stream().toList();
        }

        CompletionChoice choice = completion.choices().getFirst();
        assertThat(choice.text()).isNotEmpty();
        assertThat(choice.finishReason()).isEqualTo(CompletionChoice.FinishReason.LENGTH);
        assertThat(completion.usage().orElseThrow().completionTokens()).isEqualTo(8);
        String streamed = chunks.stream()
                .flatMap(c -> c.choices().stream())
                .map(CompletionChoice::text)
                .collect(java.util.stream.Collectors.joining());
        assertThat(streamed).isEqualTo(choice.text());
        assertThat(chunks.getLast().choices().getFirst().finishReason())
                .isEqualTo(CompletionChoice.FinishReason.LENGTH);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Embeddings and models

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void embeddingsAreTheLibrarysVectorsAsFloatsAndAsBase64(Isolation isolation) {
        OpenAIClient client = client(server(isolation), "sk-alice");
        EmbeddingCreateParams.Builder params =
                EmbeddingCreateParams.builder().model("bert").inputOfArrayOfStrings(TEXTS);
        CreateEmbeddingResponse floats = client.embeddings()
                .create(params.encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT)
                        .build());
        // the SDK asks for base64 unless told otherwise, and decodes it itself
        CreateEmbeddingResponse base64 = client.embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model("bert")
                        .inputOfArrayOfStrings(TEXTS)
                        .build());

        assertThat(floats.model()).isEqualTo("bert");
        assertThat(floats.usage().promptTokens()).isEqualTo(textTokens).isGreaterThan(TEXTS.size());
        assertThat(floats.usage().totalTokens()).isEqualTo(textTokens);
        assertThat(floats.data()).hasSize(TEXTS.size());
        assertThat(base64.data()).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            Embedding f = floats.data().get(i);
            Embedding b = base64.data().get(i);
            assertThat(f.index()).isEqualTo(i);
            assertThat(b.index()).isEqualTo(i);
            assertThat(f.embeddingValue().isFloats()).isTrue();
            assertThat(b.embeddingValue().isBase64()).isTrue();
            float[] expected = vectors.get(i);
            assertThat(toArray(f.embedding())).as(TEXTS.get(i)).containsExactly(expected);
            assertThat(toArray(b.embedding())).as(TEXTS.get(i)).containsExactly(expected);
            double norm = 0;
            for (float x : expected) {
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
        }
    }

    private static float[] toArray(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    @Test
    void modelsAreTheCallersOwn() {
        TestServer server = server(Isolation.IN_PROCESS);
        OpenAIClient alice = client(server, "sk-alice");
        OpenAIClient bob = client(server, "sk-bob");
        {
            assertThat(alice.models().list().data())
                    .extracting(Model::id)
                    .containsExactlyInAnyOrder("chat", "bert", "rr");
            List<Model> bobs = bob.models().list().data();
            assertThat(bobs).extracting(Model::id).containsExactly("chat");
            assertThat(bobs.getFirst().ownedBy()).isEqualTo("llama-ffm");

            Model chat = bob.models().retrieve("chat");
            assertThat(chat.id()).isEqualTo("chat");
            assertThat(chat.created()).isPositive();
            // another tenant's model and a model nobody serves are the same 404: bob learns nothing of alice's
            for (String name : List.of("bert", "nope")) {
                assertThatThrownBy(() -> bob.models().retrieve(name))
                        .isInstanceOfSatisfying(NotFoundException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(404);
                            assertThat(e.code()).contains("model_not_found");
                            assertThat(e.getMessage())
                                    .contains(
                                            "the model '" + name + "' does not exist or you do not have access to it");
                        });
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors as the SDK's exceptions

    @Test
    void aWrongKeyIsUnauthorized() {
        OpenAIClient client = client(server(Isolation.IN_PROCESS), "sk-mallory");
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(conversation(MAX_TOKENS).build()))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.code()).contains("invalid_api_key");
                    assertThat(e.type()).contains("authentication_error");
                    assertThat(e.headers().values("WWW-Authenticate")).containsExactly("Bearer");
                });
        assertThatThrownBy(() -> client.models().list()).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void anUnknownModelOrAnotherTenantsIsNotFound() {
        TestServer server = server(Isolation.IN_PROCESS);
        OpenAIClient alice = client(server, "sk-alice");
        OpenAIClient bob = client(server, "sk-bob");
        {
            assertThatThrownBy(() -> alice.chat()
                            .completions()
                            .create(conversation(MAX_TOKENS).model("gpt-4o").build()))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.code()).contains("model_not_found");
                        assertThat(e.param()).contains("model");
                        assertThat(e.getMessage()).contains("'gpt-4o' does not exist");
                    });
            assertThatThrownBy(() -> bob.embeddings()
                            .create(EmbeddingCreateParams.builder()
                                    .model("bert")
                                    .input("hello")
                                    .build()))
                    .isInstanceOfSatisfying(
                            NotFoundException.class, e -> assertThat(e.code()).contains("model_not_found"));
        }
    }

    @Test
    void aBadParameterIsABadRequestThatNamesIt() {
        OpenAIClient client = client(server(Isolation.IN_PROCESS), "sk-alice");
        ChatCompletionCreateParams hot =
                conversation(MAX_TOKENS).temperature(5.0).build();
        Consumer<BadRequestException> namesTemperature = e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.code()).contains("invalid_request");
            assertThat(e.param()).contains("temperature");
            assertThat(e.type()).contains("invalid_request_error");
            assertThat(e.getMessage()).contains("temperature: must be in [0, 2], was 5");
        };
        assertThatThrownBy(() -> client.chat().completions().create(hot))
                .isInstanceOfSatisfying(BadRequestException.class, namesTemperature);
        // streamed, the request is refused before any event: the same exception, not a stream error
        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream =
                            client.chat().completions().createStreaming(hot)) {
                        stream.stream().toList();
                    }
                })
                .isInstanceOfSatisfying(BadRequestException.class, namesTemperature);
        assertThatThrownBy(() -> client.embeddings()
                        .create(EmbeddingCreateParams.builder()
                                .model("bert")
                                .input("hello")
                                .dimensions(3)
                                .build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.param()).contains("dimensions");
                    assertThat(e.getMessage()).contains("dimensions: the model's embeddings have");
                });
    }

    @Test
    void aTenantOverItsQuotaIsRateLimitedStreamedOrNot() throws IOException {
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat");
            s.tenantLimits.put("bob", "{\"requestsPerMinute\": 1}");
        })) {
            OpenAIClient alice = client(server, "sk-alice");
            OpenAIClient bob = client(server, "sk-bob");
            ChatCompletionCreateParams params = conversation(2).build();
            assertThat(bob.chat().completions().create(params).choices()).hasSize(1);

            Consumer<RateLimitException> limited = e -> {
                assertThat(e.statusCode()).isEqualTo(429);
                assertThat(e.code()).contains("rate_limited");
                assertThat(e.type()).contains("rate_limit_error");
                assertThat(e.headers().values("Retry-After")).hasSize(1);
                assertThat(Long.parseLong(e.headers().values("Retry-After").getFirst()))
                        .isBetween(1L, 60L);
            };
            assertThatThrownBy(() -> bob.chat().completions().create(params))
                    .isInstanceOfSatisfying(RateLimitException.class, limited);
            // a stream the quota refuses is a 429 too, before any event, not a 200 with an error in it
            assertThatThrownBy(() -> {
                        try (StreamResponse<ChatCompletionChunk> stream =
                                bob.chat().completions().createStreaming(params)) {
                            stream.stream().toList();
                        }
                    })
                    .isInstanceOfSatisfying(RateLimitException.class, limited);
            assertThatThrownBy(() -> {
                        try (StreamResponse<Completion> stream = bob.completions()
                                .createStreaming(CompletionCreateParams.builder()
                                        .model("chat")
                                        .prompt("Hello")
                                        .maxTokens(2)
                                        .build())) {
                            stream.stream().toList();
                        }
                    })
                    .isInstanceOfSatisfying(RateLimitException.class, limited);
            // bob's quota is his own
            assertThat(alice.chat().completions().create(params).choices()).hasSize(1);
        }
    }

    @Test
    void aStreamThatFailsAfterItBeganEndsInTheSdksStreamError() throws Exception {
        // carol's requests may run 400 ms: a stream of 480 tokens begins (its first token comes in tens of ms), then
        // runs past it (480 tokens take 0.7 s and more here: at 1 s, a quiet machine finished some in time)
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat");
            s.tenants.put("carol", List.of("chat"));
            s.tenantLimits.put("carol", "{\"deadlineMillis\": 400}");
        })) {
            OpenAIClient carol = client(server, "sk-carol");
            StringBuilder content = new StringBuilder();
            Throwable thrown = catchThrowable(() -> {
                try (StreamResponse<ChatCompletionChunk> stream = carol.chat()
                        .completions()
                        .createStreaming(conversation(480).build())) {
                    stream.stream()
                            .flatMap(c -> c.choices().stream())
                            .forEach(c -> c.delta().content().ifPresent(content::append));
                }
            });
            assertThat(thrown)
                    .as("streamed %s; log %s", content, server.log())
                    .isInstanceOfSatisfying(SseException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(200);
                        assertThat(e.code()).contains("deadline_exceeded");
                        assertThat(e.type()).contains("server_error");
                        assertThat(e.getMessage()).contains("the request ran past its deadline of 400 ms");
                    });
            // the deltas before the error were the greedy answer's
            assertThat(content).isNotEmpty();
            String text = content.toString();
            assertThat(text.startsWith(greedy.content()) || greedy.content().startsWith(text))
                    .as(text)
                    .isTrue();
            // the request's log line comes once its exchange is closed, just after the client has read the end
            awaitLogLine(
                    server,
                    line -> line.contains("\"tenant\":\"carol\"")
                            && line.contains("\"outcome\":\"deadline_exceeded\""));
        }
    }

    private static void awaitLogLine(TestServer server, Predicate<String> line) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.log().stream().noneMatch(line) && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(server.log()).anyMatch(line);
    }
}
