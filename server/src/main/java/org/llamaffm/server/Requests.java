package org.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.llamaffm.LlamaException;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.chat.ToolCall;

/**
 * OpenAI's request bodies, checked field by field and turned into the sandbox's values. A field of the wrong type or
 * out of range is a 400 that names it; fields OpenAI defines that change nothing here ({@code user},
 * {@code metadata}, {@code store}...) and unknown fields are ignored, as OpenAI ignores them; fields whose meaning
 * the server cannot honour ({@code logprobs}, {@code n} > 1, {@code echo}, image parts...) are refused rather than
 * silently dropped.
 */
final class Requests {

    /** OpenAI's caps: 4 stop sequences, 128 tools, 2048 embedding inputs. */
    static final int MAX_STOP = 4;

    static final int MAX_TOOLS = 128;
    /**
     * The longest stop sequence: a stream holds back up to that many characters and compares each piece against
     * every sequence, so an unbounded one (a body may carry megabytes) would cost its square on every token.
     */
    static final int MAX_STOP_LENGTH = 256;

    static final int MAX_INPUTS = 2048;

    private Requests() {}

    /** What every generating request shares: sampling, the output cap, stop strings, streaming. */
    record Generating(
            SamplingParams sampling, int maxTokens, List<String> stop, boolean stream, boolean includeUsage) {}

    /** POST /v1/chat/completions. */
    record ChatCall(String model, List<ChatMessage> messages, ChatOptions options, Generating gen, boolean tools) {}

    /** POST /v1/completions. */
    record CompletionCall(String model, String prompt, Generating gen) {}

    /** POST /v1/embeddings. */
    record EmbeddingCall(
            String model,
            List<String> inputs,
            boolean base64,
            @Nullable Integer dimensions) {}

    /** POST /v1/rerank. */
    record RerankCall(String model, String query, List<String> documents, int topN, boolean returnDocuments) {}

    static String model(JsonNode body) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isEmpty()) {
            throw ApiError.invalid("model", "model: a model name is needed (GET /v1/models lists yours)");
        }
        return model.asText();
    }

    static ChatCall chat(JsonNode body, int maxMessages) {
        String model = model(body);
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw ApiError.invalid("messages", "messages: a non-empty array of messages is needed");
        }
        if (messages.size() > maxMessages) {
            throw ApiError.invalid(
                    "messages", "messages: at most " + maxMessages + " messages, got " + messages.size());
        }
        List<ChatMessage> conversation = new ArrayList<>(messages.size());
        Map<String, String> toolNames = new HashMap<>(); // tool call id -> the function it called
        for (int i = 0; i < messages.size(); i++) {
            conversation.add(message(messages.get(i), "messages[" + i + "]", toolNames));
        }
        ChatOptions.Builder options = ChatOptions.builder();
        boolean tools = tools(body, options);
        JsonNode format = body.get("response_format");
        if (format != null && !format.isNull()) {
            String type = text(format, "type", "response_format.type", true);
            switch (type) {
                case "text" -> {}
                case "json_object" -> options.jsonSchema("{\"type\":\"object\"}");
                case "json_schema" -> {
                    JsonNode spec = format.get("json_schema");
                    JsonNode schema = spec == null ? null : spec.get("schema");
                    if (schema == null || !schema.isObject()) {
                        throw ApiError.invalid(
                                "response_format.json_schema.schema",
                                "response_format.json_schema.schema: a JSON Schema object is needed");
                    }
                    options.jsonSchema(schema.toString());
                }
                default ->
                    throw ApiError.invalid(
                            "response_format.type",
                            "response_format.type: 'text', 'json_object' or 'json_schema', was '" + type + "'");
            }
        }
        if (body.hasNonNull("grammar")) {
            // llama-server's extension; the chat engine of this llama.cpp drops a grammar given with the messages
            // (ChatTemplate passes it, the rendered prompt comes back without it), so it is refused, not ignored
            throw ApiError.invalid("grammar", "grammar is not supported in chat; use response_format json_schema");
        }
        Generating gen = generating(body, max(body, "max_completion_tokens", "max_tokens", Integer.MAX_VALUE));
        if (gen.stream() && !tools) {
            // streamed text is the model's text as it comes: no reasoning is split off it at the end either
            options.reasoning(ChatOptions.ReasoningFormat.NONE);
        }
        try {
            return new ChatCall(model, conversation, options.build(), gen, tools);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(null, e.getMessage());
        }
    }

    private static ChatMessage message(JsonNode m, String at, Map<String, String> toolNames) {
        if (!m.isObject()) {
            throw ApiError.invalid(at, at + ": a message is an object");
        }
        String role = text(m, "role", at + ".role", true);
        String content = content(m.get("content"), at + ".content");
        return switch (role) {
            case "system", "developer" -> ChatMessage.system(content);
            case "user" -> ChatMessage.user(content);
            case "assistant" -> {
                JsonNode calls = m.get("tool_calls");
                if (calls == null || calls.isNull() || calls.isEmpty()) {
                    yield ChatMessage.assistant(content);
                }
                if (!calls.isArray()) {
                    throw ApiError.invalid(at + ".tool_calls", at + ".tool_calls: an array is needed");
                }
                List<ToolCall> toolCalls = new ArrayList<>();
                for (int j = 0; j < calls.size(); j++) {
                    String c = at + ".tool_calls[" + j + "]";
                    JsonNode call = calls.get(j);
                    JsonNode function = call.get("function");
                    if (function == null || !function.isObject()) {
                        throw ApiError.invalid(c + ".function", c + ".function: an object is needed");
                    }
                    String id = call.hasNonNull("id") ? text(call, "id", c + ".id", true) : "";
                    String name = text(function, "name", c + ".function.name", true);
                    String arguments = function.hasNonNull("arguments")
                            ? text(function, "arguments", c + ".function.arguments", true)
                            : "{}";
                    toolNames.put(id, name);
                    toolCalls.add(new ToolCall(id, name, arguments));
                }
                yield ChatMessage.assistant(content, toolCalls);
            }
            case "tool" -> {
                String id = m.hasNonNull("tool_call_id") ? text(m, "tool_call_id", at + ".tool_call_id", true) : "";
                yield ChatMessage.tool(toolNames.getOrDefault(id, ""), id, content);
            }
            default ->
                throw ApiError.invalid(
                        at + ".role", at + ".role: system, developer, user, assistant or tool, was '" + role + "'");
        };
    }

    /** A message's content: a string, null (an assistant's tool calls), or text parts. */
    private static String content(@Nullable JsonNode content, String at) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            throw ApiError.invalid(at, at + ": a string or an array of content parts is needed");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < content.size(); i++) {
            JsonNode part = content.get(i);
            String type = part.path("type").asText("");
            if (!type.equals("text")) {
                throw ApiError.invalid(
                        at + "[" + i + "].type",
                        at + "[" + i + "].type: only text parts are supported, was '" + type + "'");
            }
            text.append(text(part, "text", at + "[" + i + "].text", true));
        }
        return text.toString();
    }

    /** tools, tool_choice and parallel_tool_calls; whether the model is offered tools. */
    private static boolean tools(JsonNode body, ChatOptions.Builder options) {
        JsonNode tools = body.get("tools");
        List<ChatTool> offered = new ArrayList<>();
        if (tools != null && !tools.isNull()) {
            if (!tools.isArray()) {
                throw ApiError.invalid("tools", "tools: an array is needed");
            }
            if (tools.size() > MAX_TOOLS) {
                throw ApiError.invalid("tools", "tools: at most " + MAX_TOOLS + ", got " + tools.size());
            }
            for (int i = 0; i < tools.size(); i++) {
                String at = "tools[" + i + "]";
                JsonNode tool = tools.get(i);
                if (!"function".equals(tool.path("type").asText())) {
                    throw ApiError.invalid(at + ".type", at + ".type: only 'function' tools are supported");
                }
                JsonNode function = tool.get("function");
                if (function == null || !function.isObject()) {
                    throw ApiError.invalid(at + ".function", at + ".function: an object is needed");
                }
                String name = text(function, "name", at + ".function.name", true);
                String description = function.hasNonNull("description")
                        ? text(function, "description", at + ".function.description", true)
                        : "";
                JsonNode parameters = function.get("parameters");
                String schema = parameters == null || parameters.isNull()
                        ? "{\"type\":\"object\",\"properties\":{}}"
                        : parameters.toString();
                try {
                    offered.add(new ChatTool(name, description, schema));
                } catch (IllegalArgumentException | LlamaException e) {
                    throw ApiError.invalid(at + ".function", at + ".function: " + e.getMessage());
                }
            }
        }
        ChatOptions.ToolChoice choice = ChatOptions.ToolChoice.AUTO;
        JsonNode toolChoice = body.get("tool_choice");
        if (toolChoice != null && !toolChoice.isNull()) {
            if (toolChoice.isTextual()) {
                choice = switch (toolChoice.asText()) {
                    case "auto" -> ChatOptions.ToolChoice.AUTO;
                    case "required" -> ChatOptions.ToolChoice.REQUIRED;
                    case "none" -> ChatOptions.ToolChoice.NONE;
                    default ->
                        throw ApiError.invalid(
                                "tool_choice",
                                "tool_choice: 'auto', 'required', 'none' or a function, was '" + toolChoice.asText()
                                        + "'");
                };
            } else {
                // {"type": "function", "function": {"name": ...}}: that tool is the only one offered, and required
                String name = text(toolChoice.path("function"), "name", "tool_choice.function.name", true);
                List<ChatTool> named =
                        offered.stream().filter(t -> t.name().equals(name)).toList();
                if (named.isEmpty()) {
                    throw ApiError.invalid("tool_choice", "tool_choice: no tool named '" + name + "' is in tools");
                }
                offered = named;
                choice = ChatOptions.ToolChoice.REQUIRED;
            }
        }
        if (choice != ChatOptions.ToolChoice.NONE && offered.isEmpty() && toolChoice != null && !toolChoice.isNull()) {
            if (choice == ChatOptions.ToolChoice.REQUIRED) {
                throw ApiError.invalid("tool_choice", "tool_choice: 'required' needs tools");
            }
        }
        JsonNode parallel = body.get("parallel_tool_calls");
        if (parallel != null && !parallel.isNull()) {
            options.parallelToolCalls(bool(body, "parallel_tool_calls"));
        }
        options.tools(offered).toolChoice(choice);
        return !offered.isEmpty() && choice != ChatOptions.ToolChoice.NONE;
    }

    static CompletionCall completion(JsonNode body) {
        String model = model(body);
        JsonNode prompt = body.get("prompt");
        String text;
        if (prompt != null && prompt.isTextual()) {
            text = prompt.asText();
        } else if (prompt != null
                && prompt.isArray()
                && prompt.size() == 1
                && prompt.get(0).isTextual()) {
            text = prompt.get(0).asText();
        } else {
            throw ApiError.invalid("prompt", "prompt: a string (or an array of one string) is needed");
        }
        for (String refused : List.of("suffix", "best_of")) {
            if (body.hasNonNull(refused)) {
                throw ApiError.invalid(refused, refused + " is not supported");
            }
        }
        if (body.path("echo").asBoolean(false)) {
            throw ApiError.invalid("echo", "echo is not supported");
        }
        return new CompletionCall(model, text, generating(body, max(body, "max_tokens", null, 16)));
    }

    static EmbeddingCall embedding(JsonNode body) {
        String model = model(body);
        JsonNode input = body.get("input");
        List<String> inputs = new ArrayList<>();
        if (input != null && input.isTextual()) {
            inputs.add(input.asText());
        } else if (input != null && input.isArray() && !input.isEmpty()) {
            if (input.size() > MAX_INPUTS) {
                throw ApiError.invalid("input", "input: at most " + MAX_INPUTS + " texts, got " + input.size());
            }
            for (int i = 0; i < input.size(); i++) {
                if (!input.get(i).isTextual()) {
                    throw ApiError.invalid(
                            "input", "input[" + i + "]: a string is needed (token arrays are not supported)");
                }
                inputs.add(input.get(i).asText());
            }
        } else {
            throw ApiError.invalid("input", "input: a string or a non-empty array of strings is needed");
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).isEmpty()) {
                throw ApiError.invalid("input", "input[" + i + "]: an empty string has no embedding");
            }
        }
        String format = optionalText(body, "encoding_format");
        if (format != null && !format.equals("float") && !format.equals("base64")) {
            throw ApiError.invalid("encoding_format", "encoding_format: 'float' or 'base64', was '" + format + "'");
        }
        Integer dimensions = body.hasNonNull("dimensions") ? integer(body, "dimensions", 1, 1 << 20) : null;
        return new EmbeddingCall(model, inputs, "base64".equals(format), dimensions);
    }

    static RerankCall rerank(JsonNode body) {
        String model = model(body);
        String query = text(body, "query", "query", true);
        JsonNode documents = body.get("documents");
        if (documents == null || !documents.isArray() || documents.isEmpty()) {
            throw ApiError.invalid("documents", "documents: a non-empty array is needed");
        }
        if (documents.size() > MAX_INPUTS) {
            throw ApiError.invalid("documents", "documents: at most " + MAX_INPUTS + ", got " + documents.size());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            JsonNode d = documents.get(i);
            if (d.isTextual()) {
                texts.add(d.asText());
            } else if (d.isObject() && d.path("text").isTextual()) {
                texts.add(d.get("text").asText());
            } else {
                throw ApiError.invalid("documents", "documents[" + i + "]: a string or {\"text\": ...} is needed");
            }
        }
        int topN = body.hasNonNull("top_n") ? integer(body, "top_n", 1, Integer.MAX_VALUE) : texts.size();
        boolean returnDocuments = body.hasNonNull("return_documents") && bool(body, "return_documents");
        return new RerankCall(model, query, texts, Math.min(topN, texts.size()), returnDocuments);
    }

    /**
     * Sampling as llama-server reads it: llama.cpp's defaults for what the request leaves out (temperature 0.8,
     * top-k 40, top-p 0.95, min-p 0.05), OpenAI's ranges for what it gives.
     */
    private static Generating generating(JsonNode body, int maxTokens) {
        if (body.hasNonNull("n") && integer(body, "n", 1, Integer.MAX_VALUE) != 1) {
            throw ApiError.invalid("n", "n: only 1 choice per request is supported");
        }
        for (String refused : List.of("logprobs", "top_logprobs")) {
            JsonNode value = body.get(refused);
            if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                throw ApiError.invalid(refused, refused + " is not supported");
            }
        }
        SamplingParams d = SamplingParams.defaults();
        float temperature = body.hasNonNull("temperature") ? number(body, "temperature", 0, 2) : d.temperature();
        float topP = body.hasNonNull("top_p") ? number(body, "top_p", 0, 1) : d.topP();
        if (topP == 0) {
            topP = Float.MIN_VALUE; // "only the most likely": what p -> 0 means
        }
        int topK = body.hasNonNull("top_k") ? integer(body, "top_k", 0, Integer.MAX_VALUE) : d.topK();
        float minP = body.hasNonNull("min_p") ? number(body, "min_p", 0, 1) : d.minP();
        long seed = body.hasNonNull("seed") ? seed(body) : SamplingParams.RANDOM_SEED;
        float frequency = body.hasNonNull("frequency_penalty") ? number(body, "frequency_penalty", -2, 2) : 0;
        float presence = body.hasNonNull("presence_penalty") ? number(body, "presence_penalty", -2, 2) : 0;
        float repeat = body.hasNonNull("repeat_penalty") ? number(body, "repeat_penalty", 0.0001, 10) : 1;
        Map<Integer, Float> bias = logitBias(body);
        SamplingParams sampling = new SamplingParams(
                temperature,
                topK,
                topP,
                minP,
                repeat,
                d.repeatLastN(),
                seed,
                frequency,
                presence,
                bias,
                0,
                d.dryBase(),
                d.dryAllowedLength(),
                d.dryLastN(),
                d.dryBreakers());
        List<String> stop = new ArrayList<>();
        JsonNode s = body.get("stop");
        if (s != null && s.isTextual()) {
            stop.add(s.asText());
        } else if (s != null && s.isArray()) {
            if (s.size() > MAX_STOP) {
                throw ApiError.invalid("stop", "stop: at most " + MAX_STOP + " sequences, got " + s.size());
            }
            for (JsonNode each : s) {
                if (!each.isTextual()) {
                    throw ApiError.invalid("stop", "stop: strings are needed");
                }
                stop.add(each.asText());
            }
        } else if (s != null && !s.isNull()) {
            throw ApiError.invalid("stop", "stop: a string or an array of strings is needed");
        }
        if (stop.stream().anyMatch(String::isEmpty)) {
            throw ApiError.invalid("stop", "stop: a stop sequence cannot be empty");
        }
        if (stop.stream().anyMatch(each -> each.length() > MAX_STOP_LENGTH)) {
            throw ApiError.invalid("stop", "stop: a stop sequence is at most " + MAX_STOP_LENGTH + " characters");
        }
        boolean stream = body.hasNonNull("stream") && bool(body, "stream");
        JsonNode options = body.get("stream_options");
        boolean includeUsage = options != null
                && options.isObject()
                && options.path("include_usage").asBoolean(false);
        return new Generating(sampling, maxTokens, List.copyOf(stop), stream, includeUsage);
    }

    /** The output cap the caller asks for (the policy caps it further); {@code fallback} when it asks for none. */
    private static int max(JsonNode body, String field, @Nullable String alias, int fallback) {
        String given = body.hasNonNull(field) ? field : alias != null && body.hasNonNull(alias) ? alias : null;
        if (given == null) {
            return fallback;
        }
        JsonNode value = body.get(given);
        if (!value.isIntegralNumber()) {
            throw ApiError.invalid(given, given + ": an integer is needed");
        }
        if (value.asLong() < 1) {
            throw ApiError.invalid(given, given + ": must be at least 1, was " + value.asText());
        }
        return value.canConvertToInt() ? value.asInt() : Integer.MAX_VALUE; // huge: the policy's cap applies
    }

    private static long seed(JsonNode body) {
        JsonNode seed = body.get("seed");
        if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
            throw ApiError.invalid("seed", "seed: an integer is needed");
        }
        long value = seed.asLong();
        if (value < 0 || value > 0xFFFF_FFFEL) {
            throw ApiError.invalid("seed", "seed: must be in [0, 4294967294], was " + value);
        }
        return value;
    }

    private static Map<Integer, Float> logitBias(JsonNode body) {
        JsonNode bias = body.get("logit_bias");
        if (bias == null || bias.isNull()) {
            return Map.of();
        }
        if (!bias.isObject()) {
            throw ApiError.invalid("logit_bias", "logit_bias: an object of token id -> bias is needed");
        }
        Map<Integer, Float> out = new LinkedHashMap<>();
        for (var entry : bias.properties()) {
            int token;
            try {
                token = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                throw ApiError.invalid("logit_bias", "logit_bias: '" + entry.getKey() + "' is not a token id");
            }
            if (token < 0) {
                throw ApiError.invalid("logit_bias", "logit_bias: token ids are >= 0, was " + token);
            }
            JsonNode value = entry.getValue();
            if (!value.isNumber() || value.asDouble() < -100 || value.asDouble() > 100) {
                throw ApiError.invalid(
                        "logit_bias", "logit_bias: the bias of token " + token + " must be a number in [-100, 100]");
            }
            // OpenAI: -100 bans the token, 100 makes it the only choice in practice
            out.put(token, value.asDouble() <= -100 ? Float.NEGATIVE_INFINITY : (float) value.asDouble());
        }
        return out;
    }

    private static String text(JsonNode node, String field, String at, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.invalid(at, at + ": a string is needed");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw ApiError.invalid(at, at + ": a string is needed, was " + kind(value));
        }
        return value.asText();
    }

    private static @Nullable String optionalText(JsonNode body, String field) {
        return body.hasNonNull(field) ? text(body, field, field, true) : null;
    }

    private static float number(JsonNode body, String field, double min, double max) {
        JsonNode value = body.get(field);
        if (!value.isNumber()) {
            throw ApiError.invalid(field, field + ": a number is needed, was " + kind(value));
        }
        double v = value.asDouble();
        if (!(v >= min && v <= max)) {
            throw ApiError.invalid(field, field + ": must be in [" + fmt(min) + ", " + fmt(max) + "], was " + value);
        }
        return (float) v;
    }

    private static int integer(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (!value.isIntegralNumber()) {
            throw ApiError.invalid(field, field + ": an integer is needed, was " + kind(value));
        }
        long v = value.asLong();
        if (!value.canConvertToLong() || v < min || v > max) {
            throw ApiError.invalid(field, field + ": must be in [" + min + ", " + max + "], was " + value);
        }
        return (int) v;
    }

    private static boolean bool(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (!value.isBoolean()) {
            throw ApiError.invalid(field, field + ": true or false is needed, was " + kind(value));
        }
        return value.asBoolean();
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
