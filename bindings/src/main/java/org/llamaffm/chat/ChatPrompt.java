package org.llamaffm.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.llamaffm.ChatException;
import org.llamaffm.internal.Json;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * A rendered conversation: the prompt text, what constrains and stops the answer, and the
 * parser for the model's output format. Made by {@link ChatTemplate#render}.
 */
public final class ChatPrompt {

    /** What wakes a lazy grammar up (llama.cpp's grammar triggers). */
    public record GrammarTrigger(Kind kind, String value, int token) {
        public enum Kind {
            TOKEN,
            WORD,
            PATTERN,
            PATTERN_FULL
        }
    }

    private final String json;
    private final JsonNode result;
    private final ChatOptions.ReasoningFormat reasoning;

    private ChatPrompt(String json, JsonNode result, ChatOptions.ReasoningFormat reasoning) {
        this.json = json;
        this.result = result;
        this.reasoning = reasoning;
    }

    static ChatPrompt fromJson(String json, ChatOptions.ReasoningFormat reasoning) {
        try {
            return new ChatPrompt(json, Json.MAPPER.readTree(json), reasoning);
        } catch (JsonProcessingException e) {
            throw new ChatException("llama.cpp's chat result is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The prompt to tokenize (with special tokens parsed) and generate from. */
    public String text() {
        return result.path("prompt").asText();
    }

    /** llama.cpp's name of the output format, e.g. "peg-native" or "Content-only". */
    public String format() {
        return result.path("format_name").asText();
    }

    /** The grammar that constrains the answer (tools, a JSON Schema or your grammar), or empty. */
    public String grammar() {
        return result.path("grammar").asText();
    }

    /** Whether the grammar only applies once a trigger appears (tool calls in free text). */
    public boolean grammarLazy() {
        return result.path("grammar_lazy").asBoolean();
    }

    public List<GrammarTrigger> grammarTriggers() {
        List<GrammarTrigger> triggers = new ArrayList<>();
        GrammarTrigger.Kind[] kinds = GrammarTrigger.Kind.values();
        for (JsonNode t : result.path("grammar_triggers")) {
            int kind = t.path("type").asInt(-1);
            if (kind < 0 || kind >= kinds.length) {
                throw new ChatException("llama.cpp's chat result has a grammar trigger of unknown type " + kind);
            }
            triggers.add(new GrammarTrigger(
                    kinds[kind], t.path("value").asText(), t.path("token").asInt()));
        }
        return List.copyOf(triggers);
    }

    /** Special tokens the answer's parser needs to see as text (e.g. {@code <tool_call>}). */
    public List<String> preservedTokens() {
        return strings("preserved_tokens");
    }

    /** Strings that end the answer besides the model's end-of-generation tokens. */
    public List<String> stopStrings() {
        return strings("additional_stops");
    }

    /** The end of the prompt that opens the answer (e.g. {@code <|im_start|>assistant\n}). */
    public String generationPrompt() {
        return result.path("generation_prompt").asText();
    }

    /** Whether the template can switch the model's thinking on and off. */
    public boolean supportsThinking() {
        return result.path("supports_thinking").asBoolean();
    }

    private List<String> strings(String field) {
        List<String> values = new ArrayList<>();
        result.path(field).forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    /** llama_ffm_chat_apply's result, for the grammar sampler. */
    String json() {
        return json;
    }

    /**
     * Parses a complete answer (the text generated after this prompt) into content, reasoning and
     * tool calls.
     *
     * @throws ChatException when the parser fails on the text
     */
    public ChatResponse parse(String output) {
        return parse(output, false);
    }

    /** Parses an answer still being generated (a prefix of it): what is complete so far. */
    public ChatResponse parsePartial(String output) {
        return parse(output, true);
    }

    private ChatResponse parse(String output, boolean partial) {
        ObjectNode params = Json.MAPPER.createObjectNode();
        params.put("format", result.path("format").asInt());
        params.put("parser", result.path("parser").asText());
        params.put("generation_prompt", generationPrompt());
        params.put("reasoning_format", reasoning.nativeName);
        String message;
        try (NativeLog.Capture log = NativeLog.capture()) {
            message = ShimCall.string(
                    (arena, error) -> llama_ffm_shim_h.llama_ffm_chat_parse(
                            arena.allocateFrom(output), partial, arena.allocateFrom(params.toString()), error),
                    m -> new ChatException("cannot parse the answer: " + m));
        }
        JsonNode m;
        try {
            m = Json.MAPPER.readTree(message);
        } catch (JsonProcessingException e) {
            throw new ChatException("llama.cpp's parsed answer is not JSON: " + e.getOriginalMessage());
        }
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : m.path("tool_calls")) {
            JsonNode function = call.path("function");
            calls.add(new ToolCall(
                    call.path("id").asText(""),
                    function.path("name").asText(),
                    function.path("arguments").asText()));
        }
        return new ChatResponse(
                m.path("content").asText(""), m.path("reasoning_content").asText(""), calls, output);
    }

    @Override
    public String toString() {
        return "ChatPrompt[format=" + format() + ", " + text().length() + " chars]";
    }
}
