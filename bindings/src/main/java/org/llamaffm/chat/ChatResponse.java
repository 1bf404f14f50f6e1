package org.llamaffm.chat;

import java.util.List;

/**
 * An assistant's answer, parsed by llama.cpp's parser for the model's chat format.
 *
 * @param content   the answer's text, without reasoning and tool-call markup
 * @param reasoning the reasoning ("thinking") part, where the format separates it; else empty
 * @param toolCalls the tools the model called, in order
 * @param text      what the model generated, unparsed
 */
public record ChatResponse(String content, String reasoning, List<ToolCall> toolCalls, String text) {

    public ChatResponse {
        toolCalls = List.copyOf(toolCalls);
    }

    /** The answer as an assistant message, to append to a conversation's history. */
    public ChatMessage toMessage() {
        return new ChatMessage(ChatMessage.Role.ASSISTANT, content, reasoning, toolCalls, "", "");
    }
}
