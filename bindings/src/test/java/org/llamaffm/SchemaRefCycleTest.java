package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant's JSON Schema whose {@code allOf} holds a {@code $ref} that leads back to itself through
 * {@code $ref}s alone: llama.cpp's converter ({@code _visit_all_of}) follows it until the stack
 * overflows. The same converter reads chat tools' parameters.
 */
class SchemaRefCycleTest {

    /** 60 bytes: an allOf member refers to a definition that is only a $ref to itself. */
    static final String SELF_REF_ALL_OF = """
            {"allOf":[{"$ref":"#/$defs/a"}],"$defs":{"a":{"$ref":"#/$defs/a"}}}""";

    @TempDir
    Path folder;

    @Test
    void anAllOfRefCycleCrashedTheConverterAndIsNowAGrammarExceptionNamingTheRefs() throws Exception {
        Path schema = Files.writeString(folder.resolve("schema.json"), SELF_REF_ALL_OF);
        ChildJvm.Outcome raw = ChildJvm.run(UnguardedNativeCalls.class, Duration.ofSeconds(30), List.of(), "schema",
                schema.toString());
        assertThat(raw.crashed()).as(raw.toString()).isTrue();

        assertThatThrownBy(() -> JsonSchema.toGrammar(SELF_REF_ALL_OF)).isInstanceOf(GrammarException.class)
                .hasMessage("the JSON Schema's $refs #/$defs/a -> #/$defs/a form a cycle with no schema in it (at "
                        + "#/allOf/0); llama.cpp's converter would follow it forever");
        // a longer cycle through an anyOf inside the allOf, and the same schema as a tool's parameters
        String twoStep = """
                {"type":"object","allOf":[{"anyOf":[{"$ref":"#/$defs/b"}]}],
                 "$defs":{"b":{"$ref":"#/$defs/c"},"c":{"$ref":"#/$defs/b"}}}""";
        assertThatThrownBy(() -> Sampler.builder().jsonSchema(twoStep)).isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema's $refs #/$defs/b -> #/$defs/c -> #/$defs/b form a cycle");
        assertThatThrownBy(() -> new ChatTool("f", "d", SELF_REF_ALL_OF)).isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the parameters of tool 'f': the JSON Schema's $refs #/$defs/a -> #/$defs/a");
    }

    @Test
    void refsMustResolveAndChainsOfRefsAreCappedButRecursiveSchemasStillConvert() {
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"properties\":{\"p\":{\"$ref\":\"#/$defs/missing\"}}}"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the $ref #/$defs/missing at #/properties/p points to nothing: '$defs' is not in the document");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"$ref\":\"https://example.com/s.json\"}"))
                .isInstanceOf(GrammarException.class).hasMessage("the $ref at # is \"https://example.com/s.json\"; "
                        + "only references into the same document (#/...) are supported");
        // a chain of 200 definitions, each a $ref to the next: shallow JSON, deep native recursion
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            defs.append(i == 0 ? "" : ",").append("\"d").append(i).append("\":{\"$ref\":\"#/$defs/d").append(i + 1)
                    .append("\"}");
        }
        String chain = "{\"$ref\":\"#/$defs/d1\",\"$defs\":{" + defs + ",\"d200\":{\"type\":\"integer\"}}}";
        assertThatThrownBy(() -> JsonSchema.toGrammar(chain)).isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema nests up to ").hasMessageEndingWith(
                        " levels deep when its $refs are followed; at most 256 are allowed");
        String tree = """
                {"$defs":{"node":{"type":"object","properties":{"v":{"type":"integer","minimum":0,"maximum":9},
                   "kids":{"type":"array","maxItems":2,"items":{"$ref":"#/$defs/node"}}},"required":["v"]}},
                 "$ref":"#/$defs/node"}""";
        assertThat(JsonSchema.toGrammar(tree)).contains("root ::=", "kids");
    }
}
