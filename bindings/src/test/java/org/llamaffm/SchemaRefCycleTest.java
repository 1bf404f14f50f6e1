package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.testkit.ChildJvm;

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
        ChildJvm.Outcome raw = ChildJvm.run(
                UnguardedNativeCalls.class, Duration.ofSeconds(30), List.of(), "schema", schema.toString());
        assertThat(raw.crashed()).as(raw.toString()).isTrue();

        assertThatThrownBy(() -> JsonSchema.toGrammar(SELF_REF_ALL_OF))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the JSON Schema's $refs #/$defs/a -> #/$defs/a form a cycle with no schema in it (at "
                        + "#/allOf/0); llama.cpp's converter would follow it forever");
        // a longer cycle through an anyOf inside the allOf, and the same schema as a tool's parameters
        String twoStep = """
                {"type":"object","allOf":[{"anyOf":[{"$ref":"#/$defs/b"}]}],
                 "$defs":{"b":{"$ref":"#/$defs/c"},"c":{"$ref":"#/$defs/b"}}}""";
        assertThatThrownBy(() -> Sampler.builder().jsonSchema(twoStep))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema's $refs #/$defs/b -> #/$defs/c -> #/$defs/b form a cycle");
        assertThatThrownBy(() -> new ChatTool("f", "d", SELF_REF_ALL_OF))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the parameters of tool 'f': the JSON Schema's $refs #/$defs/a -> #/$defs/a");
    }

    @Test
    void refsMustResolveAndChainsOfRefsAreCappedButRecursiveSchemasStillConvert() {
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"properties\":{\"p\":{\"$ref\":\"#/$defs/missing\"}}}"))
                .isInstanceOf(GrammarException.class)
                .hasMessage(
                        "the $ref #/$defs/missing at #/properties/p points to nothing: '$defs' is not in the document");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"$ref\":\"https://example.com/s.json\"}"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the $ref at # is \"https://example.com/s.json\"; "
                        + "only references into the same document (#/...) are supported");
        // a chain of 200 definitions, each a $ref to the next: shallow JSON, deep native recursion
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            defs.append(i == 0 ? "" : ",")
                    .append("\"d")
                    .append(i)
                    .append("\":{\"$ref\":\"#/$defs/d")
                    .append(i + 1)
                    .append("\"}");
        }
        String chain = "{\"$ref\":\"#/$defs/d1\",\"$defs\":{" + defs + ",\"d200\":{\"type\":\"integer\"}}}";
        assertThatThrownBy(() -> JsonSchema.toGrammar(chain))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema nests up to ")
                .hasMessageEndingWith(" levels deep when its $refs are followed; at most 256 are allowed");
        String tree = """
                {"$defs":{"node":{"type":"object","properties":{"v":{"type":"integer","minimum":0,"maximum":9},
                   "kids":{"type":"array","maxItems":2,"items":{"$ref":"#/$defs/node"}}},"required":["v"]}},
                 "$ref":"#/$defs/node"}""";
        assertThat(JsonSchema.toGrammar(tree)).contains("root ::=", "kids");
    }

    /** c's property x holds an array whose items inline c again through an allOf: no $ref is ever converted. */
    static final String INLINED_THROUGH_PROPERTIES = """
            {"$defs":{"c":{"type":"object","properties":{"x":{"type":"array","items":{"allOf":[{"$ref":"#/$defs/c"}]}}}}},
             "$ref":"#/$defs/c"}""";

    /** 30 levels of two properties, each inlining the next level through an allOf: 2^30 conversions. */
    static String doublingInlines() {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String next = i < 29 ? "{\"allOf\":[{\"$ref\":\"#/$defs/a" + (i + 1) + "\"}]}" : "{\"type\":\"string\"}";
            defs.append(i == 0 ? "" : ",")
                    .append("\"a")
                    .append(i)
                    .append("\":{\"type\":\"object\",\"properties\":{\"p\":")
                    .append(next)
                    .append(",\"q\":")
                    .append(next)
                    .append("}}");
        }
        return "{\"$defs\":{" + defs + "},\"allOf\":[{\"$ref\":\"#/$defs/a0\"}]}";
    }

    /** 2400 optional properties: the converter recurses once per property (and works with their cube). */
    static String manyProperties(int n) {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < n; i++) {
            properties.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{}");
        }
        return "{\"type\":\"object\",\"properties\":{" + properties + "}}";
    }

    private ChildJvm.Outcome unguarded(String schema, int seconds) throws Exception {
        Path file = Files.writeString(Files.createTempFile(folder, "schema", ".json"), schema);
        return ChildJvm.run(
                UnguardedNativeCalls.class, Duration.ofSeconds(seconds), List.of(), "schema", file.toString());
    }

    @Test
    void inliningThatCrashedOrStalledTheConverterIsRefusedBeforeIt() throws Exception {
        ChildJvm.Outcome cycle = unguarded(INLINED_THROUGH_PROPERTIES, 30);
        assertThat(cycle.crashed()).as(cycle.toString()).isTrue();
        assertThatThrownBy(() -> JsonSchema.toGrammar(INLINED_THROUGH_PROPERTIES))
                .isInstanceOf(GrammarException.class)
                .hasMessage(
                        "the JSON Schema's allOf inlines $refs that inline themselves again: #/$defs/c -> #/$defs/c "
                                + "(at #/$defs/c/properties/x/items/allOf/0); llama.cpp's converter would follow it forever");

        ChildJvm.Outcome doubling = unguarded(doublingInlines(), 10);
        assertThat(doubling.timedOut()).as(doubling.toString()).isTrue();
        assertThatThrownBy(() -> JsonSchema.toGrammar(doublingInlines()))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema's allOf inlines $refs into ")
                .hasMessageEndingWith(" schemas to convert; at most 100000 are allowed");

        ChildJvm.Outcome wide = unguarded(manyProperties(2400), 30);
        assertThat(wide.crashed()).as(wide.toString()).isTrue();
        assertThatThrownBy(() -> JsonSchema.toGrammar(manyProperties(2400)))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the object at # has 2400 properties; at most 256 are allowed");
        assertThat(JsonSchema.toGrammar(manyProperties(256))).contains("p255");

        // the objects an allOf merges count together; an allOf of plain definitions still converts
        String merged = """
                {"$defs":{"a":{"type":"object","properties":{"x":{"type":"integer"}}},
                          "b":{"type":"object","properties":{"y":{"type":"string"}}}},
                 "allOf":[{"$ref":"#/$defs/a"},{"$ref":"#/$defs/b"}]}""";
        assertThat(JsonSchema.toGrammar(merged)).contains("x", "y");
    }
}
