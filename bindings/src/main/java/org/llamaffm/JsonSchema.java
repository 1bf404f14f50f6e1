package org.llamaffm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * JSON Schema to GBNF, with llama.cpp's own converter (common/json-schema-to-grammar): the
 * grammar accepts exactly the JSON documents the schema describes (within what the converter
 * supports: types, properties, required, additionalProperties, items, prefixItems, min/maxItems,
 * enum, const, anyOf/oneOf/allOf, local $ref, string formats, patterns, min/maxLength, integer
 * bounds).
 *
 * <pre>{@code
 * String gbnf = JsonSchema.toGrammar("""
 *         {"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}""");
 * Sampler sampler = Sampler.builder().grammar(gbnf, "root").greedy().build(model);
 * }</pre>
 *
 * <p>Schemas are checked before the converter sees them: at most {@link #MAX_CHARS} characters,
 * {@link #MAX_DEPTH} levels of nesting, repetition counts up to {@link #MAX_REPETITION}.
 */
public final class JsonSchema {

    /** The longest schema accepted, in characters. */
    public static final int MAX_CHARS = 64 * 1024;
    /** The deepest nesting of JSON objects and arrays accepted in a schema. */
    public static final int MAX_DEPTH = 32;
    /** The largest minItems/maxItems/minLength/maxLength/minProperties/maxProperties accepted. */
    public static final int MAX_REPETITION = Sampler.MAX_REPETITION;

    private static final Set<String> REPETITION_KEYWORDS = Set.of("minItems", "maxItems", "minLength", "maxLength",
            "minProperties", "maxProperties");

    private JsonSchema() {
    }

    /**
     * The GBNF grammar (start rule {@code root}) for a JSON Schema given as JSON text.
     *
     * @throws GrammarException for text that is not a JSON object, a schema over the caps, or one the
     *                          converter rejects (e.g. a remote {@code $ref}); the message says why
     */
    public static String toGrammar(String schema) {
        check(schema);
        String grammar = ShimCall.string((arena, error) -> llama_ffm_shim_h.llama_ffm_json_schema_to_grammar(
                arena.allocateFrom(schema), error), message -> new GrammarException("invalid JSON Schema: " + message));
        if (grammar == null || grammar.isBlank()) {
            throw new GrammarException("llama.cpp's converter made no grammar of the JSON Schema");
        }
        return grammar;
    }

    /**
     * Checks a schema against the caps without converting it.
     *
     * @throws GrammarException when it is not a JSON object or is over a cap
     */
    public static void check(String schema) {
        if (schema == null || schema.isBlank()) {
            throw new GrammarException("the JSON Schema is empty");
        }
        if (schema.length() > MAX_CHARS) {
            throw new GrammarException("the JSON Schema has " + schema.length() + " characters; at most " + MAX_CHARS
                    + " are allowed");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(schema);
        } catch (JsonProcessingException e) {
            throw new GrammarException("the JSON Schema is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !(root.isObject() || root.isBoolean())) {
            throw new GrammarException("a JSON Schema is an object (or true/false)");
        }
        walk(root, "#", 1);
    }

    private static void walk(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GrammarException("the JSON Schema nests more than " + MAX_DEPTH + " levels deep (at " + path + ")");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, depth + 1);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (REPETITION_KEYWORDS.contains(field.getKey()) && value.isNumber()
                        && (value.asDouble() > MAX_REPETITION || value.asDouble() < 0)) {
                    throw new GrammarException(field.getKey() + " at " + path + " is " + value.asText()
                            + "; it must be in [0, " + MAX_REPETITION + "]");
                }
                walk(value, path + "/" + field.getKey(), depth + 1);
            }
        }
    }
}
