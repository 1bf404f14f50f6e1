package org.llamaffm.chat;

import java.util.Objects;

/**
 * A call of a tool, as a model wrote it (in an assistant's answer) or as a conversation's
 * history records it.
 *
 * @param id        the call's id, where the model's format has one (else empty)
 * @param name      the tool's name
 * @param arguments the arguments, as JSON text (normally an object)
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** A call without an id. */
    public static ToolCall of(String name, String arguments) {
        return new ToolCall("", name, arguments);
    }
}
