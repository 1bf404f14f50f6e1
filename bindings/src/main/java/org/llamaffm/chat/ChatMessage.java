package org.llamaffm.chat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * <pre>{@code
 * List<ChatMessage> messages = List.of(
 *         ChatMessage.system("You are terse."),
 *         ChatMessage.user("What is the capital of France?"));
 * }</pre>
 *
 * @param role       who wrote it
 * @param content    its text (may be empty, e.g. for an assistant message that only calls tools)
 * @param reasoning  an assistant's reasoning ("thinking"), where the model's format separates it; else empty
 * @param toolCalls  the tools an assistant called
 * @param toolName   for a {@link Role#TOOL} message, the tool whose result this is (may be empty)
 * @param toolCallId for a {@link Role#TOOL} message, the id of the call it answers (may be empty)
 */
public record ChatMessage(
        Role role, String content, String reasoning, List<ToolCall> toolCalls, String toolName, String toolCallId) {

    /** The roles of chat templates. */
    public enum Role {
        SYSTEM,
        USER,
        ASSISTANT,
        TOOL;

        /** The name templates use: "system", "user", "assistant", "tool". */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reasoning, "reasoning");
        toolCalls = List.copyOf(toolCalls);
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolCallId, "toolCallId");
        if (!toolCalls.isEmpty() && role != Role.ASSISTANT) {
            throw new IllegalArgumentException("only assistant messages call tools");
        }
    }

    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content, "", List.of(), "", "");
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content, "", List.of(), "", "");
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content, "", List.of(), "", "");
    }

    /** An assistant message that calls tools (its content may be empty). */
    public static ChatMessage assistant(String content, List<ToolCall> toolCalls) {
        return new ChatMessage(Role.ASSISTANT, content, "", toolCalls, "", "");
    }

    /** A tool's result, answering the call {@code toolCallId} (may be empty) of tool {@code toolName}. */
    public static ChatMessage tool(String toolName, String toolCallId, String content) {
        return new ChatMessage(Role.TOOL, content, "", List.of(), toolName, toolCallId);
    }
}
