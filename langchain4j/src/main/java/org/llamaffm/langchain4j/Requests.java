package org.llamaffm.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.chat.ToolCall;
import org.llamaffm.policy.Session;

/** LangChain4j's requests to ours and our answers to LangChain4j's. */
final class Requests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";
    // JSON mode (a JSON response format without a schema) asks for an object, as OpenAI's json_object does
    private static final String ANY_OBJECT = "{\"type\":\"object\"}";

    private Requests() {}

    static List<ChatMessage> messages(List<dev.langchain4j.data.message.ChatMessage> messages) {
        List<ChatMessage> ours = new ArrayList<>(messages.size());
        for (var message : messages) {
            ours.add(
                    switch (message) {
                        case SystemMessage s -> ChatMessage.system(s.text());
                        case UserMessage u -> ChatMessage.user(text(u));
                        case AiMessage a ->
                            ChatMessage.assistant(
                                    a.text() == null ? "" : a.text(),
                                    a.hasToolExecutionRequests()
                                            ? a.toolExecutionRequests().stream()
                                                    .map(r -> new ToolCall(
                                                            r.id() == null ? "" : r.id(),
                                                            r.name(),
                                                            r.arguments() == null ? "{}" : r.arguments()))
                                                    .toList()
                                            : List.of());
                        case ToolExecutionResultMessage t ->
                            ChatMessage.tool(
                                    t.toolName() == null ? "" : t.toolName(), t.id() == null ? "" : t.id(), t.text());
                        default ->
                            throw new UnsupportedFeatureException(
                                    "llama-ffm takes system, user, AI and tool result messages, not " + message.type());
                    });
        }
        return ours;
    }

    private static String text(UserMessage message) {
        if (message.hasSingleText()) {
            return message.singleText();
        }
        StringBuilder text = new StringBuilder();
        for (Content content : message.contents()) {
            if (!(content instanceof TextContent t)) {
                throw new UnsupportedFeatureException("llama-ffm's LangChain4j chat models do not support "
                        + content.type().name().toLowerCase(Locale.ROOT) + " content: a user message takes text only");
            }
            text.append(t.text());
        }
        return text.toString();
    }

    /**
     * Refuses what a request may ask for but this model cannot do, before anything runs: a model by name (the model
     * is the one the chat model was built over).
     */
    static void check(ChatRequestParameters parameters, String modelName) {
        if (parameters.modelName() != null && !parameters.modelName().equals(modelName)) {
            throw new UnsupportedFeatureException("llama-ffm does not support choosing a model by modelName ("
                    + parameters.modelName() + "): this chat model runs " + modelName);
        }
    }

    static ChatOptions options(ChatRequestParameters parameters) {
        ChatOptions.Builder options = ChatOptions.builder();
        List<ToolSpecification> tools = parameters.toolSpecifications();
        if (tools != null && !tools.isEmpty()) {
            options.tools(tools.stream().map(Requests::tool).toList());
            if (parameters.toolChoice() != null) {
                options.toolChoice(
                        ChatOptions.ToolChoice.valueOf(parameters.toolChoice().name()));
            }
        }
        ResponseFormat format = parameters.responseFormat();
        if (format != null && format.type() == ResponseFormatType.JSON) {
            options.jsonSchema(
                    format.jsonSchema() == null || format.jsonSchema().rootElement() == null
                            ? ANY_OBJECT
                            : json(JsonSchemaElementJsonUtils.toMap(
                                    format.jsonSchema().rootElement())));
        }
        return options.build();
    }

    private static ChatTool tool(ToolSpecification tool) {
        return new ChatTool(
                tool.name(),
                tool.description() == null ? "" : tool.description(),
                tool.parameters() == null ? NO_PARAMETERS : json(JsonSchemaElementJsonUtils.toMap(tool.parameters())));
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a JSON Schema LangChain4j gave cannot be written as JSON", e);
        }
    }

    /** {@code base} with what {@code parameters} set. */
    static SamplingParams sampling(SamplingParams base, ChatRequestParameters parameters) {
        Double minP = parameters instanceof LlamaChatRequestParameters l ? l.minP() : null;
        Long seed = parameters instanceof LlamaChatRequestParameters l ? l.seed() : null;
        return new SamplingParams(
                parameters.temperature() != null ? parameters.temperature().floatValue() : base.temperature(),
                parameters.topK() != null ? parameters.topK() : base.topK(),
                parameters.topP() != null ? parameters.topP().floatValue() : base.topP(),
                minP != null ? minP.floatValue() : base.minP(),
                base.repeatPenalty(),
                base.repeatLastN(),
                seed != null ? seed : base.seed(),
                parameters.frequencyPenalty() != null
                        ? parameters.frequencyPenalty().floatValue()
                        : base.frequencyPenalty(),
                parameters.presencePenalty() != null
                        ? parameters.presencePenalty().floatValue()
                        : base.presencePenalty(),
                base.logitBias(),
                base.dryMultiplier(),
                base.dryBase(),
                base.dryAllowedLength(),
                base.dryLastN(),
                base.dryBreakers());
    }

    /** The GBNF grammar of our extras, or null. */
    static @Nullable String grammar(ChatRequestParameters parameters) {
        return parameters instanceof LlamaChatRequestParameters llama ? llama.grammar() : null;
    }

    static int maxTokens(int base, ChatRequestParameters parameters) {
        return parameters.maxOutputTokens() != null ? parameters.maxOutputTokens() : base;
    }

    static List<String> stops(ChatRequestParameters parameters) {
        return parameters.stopSequences() == null ? List.of() : parameters.stopSequences();
    }

    /** LangChain4j's response to {@code reply}, its content cut at the first stop sequence. */
    static ChatResponse response(Session.ChatReply reply, StopSequences stops, String modelName) {
        var ours = reply.response();
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (int i = 0; i < ours.toolCalls().size(); i++) {
            ToolCall call = ours.toolCalls().get(i);
            calls.add(ToolExecutionRequest.builder()
                    // LangChain4j matches results to calls by id; formats without ids (Qwen's) get one per call
                    .id(call.id().isEmpty() ? "call_" + i : call.id())
                    .name(call.name())
                    .arguments(call.arguments())
                    .build());
        }
        String content = stops.cut(ours.content());
        AiMessage.Builder message = AiMessage.builder()
                .text(content.isEmpty() && !calls.isEmpty() ? null : content)
                .toolExecutionRequests(calls);
        if (!ours.reasoning().isEmpty()) {
            message.thinking(ours.reasoning());
        }
        var turn = reply.turn();
        return ChatResponse.builder()
                .aiMessage(message.build())
                .metadata(ChatResponseMetadata.builder()
                        .id("chatcmpl-" + UUID.randomUUID())
                        .modelName(modelName)
                        .tokenUsage(new TokenUsage(turn.promptTokens(), turn.generatedTokens()))
                        .finishReason(finishReason(turn.stopReason(), !calls.isEmpty(), stops.hit()))
                        .build())
                .build();
    }

    static FinishReason finishReason(StopReason reason, boolean calledTools, boolean stopSequence) {
        if (calledTools) {
            return FinishReason.TOOL_EXECUTION;
        }
        if (stopSequence) {
            return FinishReason.STOP;
        }
        return switch (reason) {
            case END_OF_GENERATION, STOP_STRING -> FinishReason.STOP;
            case MAX_TOKENS, CONTEXT_FULL -> FinishReason.LENGTH;
            case ABORTED, TIMEOUT, LISTENER -> FinishReason.OTHER;
        };
    }
}
