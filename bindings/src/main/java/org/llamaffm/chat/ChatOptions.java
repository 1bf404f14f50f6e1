package org.llamaffm.chat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.llamaffm.JsonSchema;

/**
 * How a conversation is rendered into a prompt and how the answer is parsed.
 *
 * @param tools               the functions the model may call
 * @param toolChoice          whether it may, must, or must not call them
 * @param parallelToolCalls   whether one answer may call several tools
 * @param addGenerationPrompt end the prompt with the start of an assistant message (true to generate an answer)
 * @param enableThinking      let reasoning models think (templates that support switching it off read this)
 * @param reasoning           how reasoning is separated from the content in answers
 * @param jsonSchema          a JSON Schema the answer must follow (JSON text), or null
 * @param grammar             a GBNF grammar the answer must follow, or null (not with a schema)
 * @param now                 the date templates see as {@code date_string} and {@code datetime} (e.g. Llama 3.1's
 *                            "Today Date", in the local time zone), or null for the current time; templates that
 *                            call {@code strftime_now()} read the clock
 * @param templateVariables   extra template variables, name to JSON text (e.g. {@code "reasoning_effort" -> "\"low\""})
 */
public record ChatOptions(
        List<ChatTool> tools,
        ToolChoice toolChoice,
        boolean parallelToolCalls,
        boolean addGenerationPrompt,
        boolean enableThinking,
        ReasoningFormat reasoning,
        @Nullable String jsonSchema,
        @Nullable String grammar,
        @Nullable Instant now,
        Map<String, String> templateVariables) {

    /** Whether the model may call tools. */
    public enum ToolChoice {
        AUTO,
        REQUIRED,
        NONE
    }

    /** How reasoning ("thinking") is told apart from the content (llama.cpp's reasoning formats). */
    public enum ReasoningFormat {
        /** Reasoning stays in the content. */
        NONE("none"),
        /** Reasoning goes to {@link ChatResponse#reasoning()} where the format has it. */
        AUTO("auto"),
        DEEPSEEK("deepseek"),
        DEEPSEEK_LEGACY("deepseek-legacy");

        final String nativeName;

        ReasoningFormat(String nativeName) {
            this.nativeName = nativeName;
        }
    }

    public ChatOptions {
        tools = List.copyOf(tools);
        Objects.requireNonNull(toolChoice, "toolChoice");
        Objects.requireNonNull(reasoning, "reasoning");
        templateVariables = Map.copyOf(templateVariables);
        if (jsonSchema != null && grammar != null) {
            throw new IllegalArgumentException("give a JSON Schema or a grammar, not both");
        }
    }

    /** No tools, a generation prompt, thinking on, reasoning parsed out ({@link ReasoningFormat#AUTO}). */
    public static ChatOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.tools = tools;
        b.toolChoice = toolChoice;
        b.parallelToolCalls = parallelToolCalls;
        b.addGenerationPrompt = addGenerationPrompt;
        b.enableThinking = enableThinking;
        b.reasoning = reasoning;
        b.jsonSchema = jsonSchema;
        b.grammar = grammar;
        b.now = now;
        b.templateVariables = new LinkedHashMap<>(templateVariables);
        return b;
    }

    public static final class Builder {
        private List<ChatTool> tools = List.of();
        private ToolChoice toolChoice = ToolChoice.AUTO;
        private boolean parallelToolCalls;
        private boolean addGenerationPrompt = true;
        private boolean enableThinking = true;
        private ReasoningFormat reasoning = ReasoningFormat.AUTO;
        private @Nullable String jsonSchema;
        private @Nullable String grammar;
        private @Nullable Instant now;
        private Map<String, String> templateVariables = new LinkedHashMap<>();

        private Builder() {}

        public Builder tools(List<ChatTool> tools) {
            this.tools = tools;
            return this;
        }

        public Builder toolChoice(ToolChoice toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        public Builder parallelToolCalls(boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
            return this;
        }

        public Builder addGenerationPrompt(boolean addGenerationPrompt) {
            this.addGenerationPrompt = addGenerationPrompt;
            return this;
        }

        public Builder enableThinking(boolean enableThinking) {
            this.enableThinking = enableThinking;
            return this;
        }

        public Builder reasoning(ReasoningFormat reasoning) {
            this.reasoning = reasoning;
            return this;
        }

        /** The answer must be JSON valid against {@code schema} (JSON text); see {@link JsonSchema}. */
        public Builder jsonSchema(@Nullable String schema) {
            this.jsonSchema = schema;
            return this;
        }

        /** The answer must match this GBNF grammar (start rule {@code root}). */
        public Builder grammar(@Nullable String gbnf) {
            this.grammar = gbnf;
            return this;
        }

        public Builder now(@Nullable Instant now) {
            this.now = now;
            return this;
        }

        /** Sets a template variable to a JSON value, e.g. {@code templateVariable("reasoning_effort", "\"low\"")}. */
        public Builder templateVariable(String name, String jsonValue) {
            templateVariables.put(name, jsonValue);
            return this;
        }

        public ChatOptions build() {
            return new ChatOptions(
                    tools,
                    toolChoice,
                    parallelToolCalls,
                    addGenerationPrompt,
                    enableThinking,
                    reasoning,
                    jsonSchema,
                    grammar,
                    now,
                    templateVariables);
        }
    }
}
