package org.llamaffm.policy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.llamaffm.GrammarException;
import org.llamaffm.Model;
import org.llamaffm.Sampler;

/**
 * The shape a tenant asks its answer to have: a GBNF grammar or a JSON Schema, both untrusted
 * text that {@link Session#generate(String, OutputConstraint, org.llamaffm.SamplingParams, int)}
 * checks before llama.cpp parses it.
 */
public final class OutputConstraint {

    private final String text;
    private final boolean schema;

    private OutputConstraint(String text, boolean schema) {
        this.text = Objects.requireNonNull(text, "text");
        this.schema = schema;
    }

    /** A GBNF grammar whose start rule is {@code root}. */
    public static OutputConstraint grammar(String gbnf) {
        return new OutputConstraint(gbnf, false);
    }

    /** A JSON Schema (JSON text), converted to GBNF by llama.cpp. */
    public static OutputConstraint jsonSchema(String schema) {
        return new OutputConstraint(schema, true);
    }

    /** The grammar or schema text, untrusted. */
    public String text() {
        return text;
    }

    /** True for a JSON Schema, false for a GBNF grammar. */
    public boolean isJsonSchema() {
        return schema;
    }

    /**
     * The sampler chain for {@code model}: this constraint first, then what {@code completion} adds,
     * if the constraint is within {@code maxBytes} and the library's caps and llama.cpp can parse it,
     * and the chain's settings are within {@code limits} (checked before anything native is made).
     *
     * @throws org.llamaffm.SamplerLimitException for a setting over {@code limits}
     */
    Sampler sampler(int maxBytes, UnaryOperator<Sampler.Builder> completion, Sampler.Limits limits, Model model) {
        checkBytes(maxBytes);
        try {
            Sampler.Builder chain = schema
                    ? Sampler.builder().jsonSchema(text)
                    : Sampler.builder().grammar(text, "root");
            Sampler.Builder complete = completion.apply(chain);
            limits.check(complete, model);
            return complete.build(model);
        } catch (GrammarException e) {
            throw new UntrustedTextException(UntrustedTextException.Reason.INVALID_GRAMMAR, e.getMessage());
        }
    }

    /**
     * The check that needs no model: at most {@code maxBytes} UTF-8 bytes (a worker parses the text itself).
     *
     * @throws UntrustedTextException {@code INVALID_GRAMMAR} when the text has more
     */
    void checkBytes(int maxBytes) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new UntrustedTextException(
                    UntrustedTextException.Reason.INVALID_GRAMMAR,
                    "the " + (schema ? "JSON Schema" : "grammar") + " has " + bytes + " bytes; the policy allows "
                            + maxBytes);
        }
    }

    @Override
    public String toString() {
        return (schema ? "JSON Schema" : "grammar") + " (" + text.length() + " chars)";
    }
}
