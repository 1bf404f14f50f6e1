package org.llamaffm.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.llamaffm.GrammarException;
import org.llamaffm.JsonSchema;
import org.llamaffm.internal.Json;

/**
 * A function the model may call: its name, what it does, and its parameters as a JSON Schema
 * (an object schema, e.g. {@code {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}).
 *
 * @param name        the function's name ({@code [A-Za-z0-9_.-]+})
 * @param description what it does, for the model
 * @param parameters  the JSON Schema of its arguments, as JSON text
 */
public record ChatTool(String name, String description, String parameters) {

    /**
     * @throws IllegalArgumentException for a malformed name, or parameters that are not a JSON object
     * @throws GrammarException         for parameters over {@link JsonSchema}'s caps (llama.cpp's chat code converts
     *                                  them to a grammar: they are checked as any other schema)
     */
    public ChatTool {
        Objects.requireNonNull(description, "description");
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("a tool name is 1 to 64 of [A-Za-z0-9_.-], was '" + name + "'");
        }
        JsonNode schema;
        try {
            schema = Json.MAPPER.readTree(Objects.requireNonNull(parameters, "parameters"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the parameters of tool '" + name + "' are not JSON: " + e.getOriginalMessage());
        }
        if (schema == null || !schema.isObject()) {
            throw new IllegalArgumentException("the parameters of tool '" + name + "' must be a JSON Schema object");
        }
        try {
            JsonSchema.check(parameters);
        } catch (GrammarException e) {
            throw new GrammarException("the parameters of tool '" + name + "': " + e.getMessage());
        }
    }
}
