package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.internal.Json;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Structured output: JSON Schema -> GBNF (llama.cpp's converter) -> grammar sampler. On a
 * random-weight model the grammar alone forces the shape, so every answer must be JSON that the
 * schema accepts (checked with an independent validator).
 */
class JsonSchemaTest {

    @TempDir
    static Path folder;

    private static Model model;
    private static Context context;
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @BeforeAll
    static void loadModel() throws Exception {
        Path file = folder.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(5)
                .write(file);
        model = Model.load(file);
        context = model.newContext(ContextParams.builder().contextSize(2048).build());
    }

    @AfterAll
    static void close() {
        context.close();
        model.close();
    }

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("boolean", """
                        {"type":"boolean"}"""),
                Arguments.of("bounded integer", """
                        {"type":"integer","minimum":-20,"maximum":345}"""),
                Arguments.of("bounded string", """
                        {"type":"string","minLength":2,"maxLength":12}"""),
                Arguments.of("enum", """
                        {"enum":["red","green","blue",42,null]}"""),
                Arguments.of("const", """
                        {"const":{"version":3}}"""),
                Arguments.of("object, required and optional", """
                        {"type":"object","properties":{
                           "name":{"type":"string","maxLength":10},
                           "age":{"type":"integer","minimum":0,"maximum":130},
                           "nickname":{"type":"string","maxLength":6}},
                         "required":["name","age"],"additionalProperties":false}"""),
                Arguments.of("array with bounds", """
                        {"type":"array","items":{"type":"integer","minimum":1,"maximum":9},"minItems":2,"maxItems":4}"""),
                Arguments.of("nested objects", """
                        {"type":"object","properties":{
                           "user":{"type":"object","properties":{
                              "id":{"type":"integer","minimum":1,"maximum":99999},
                              "address":{"type":"object","properties":{
                                 "city":{"type":"string","maxLength":8},
                                 "zip":{"type":"string","pattern":"^[0-9]{5}$"}},
                               "required":["city","zip"],"additionalProperties":false}},
                            "required":["id","address"],"additionalProperties":false}},
                         "required":["user"],"additionalProperties":false}"""),
                Arguments.of("array of objects", """
                        {"type":"array","maxItems":3,"items":{"type":"object","properties":{
                           "sku":{"type":"string","maxLength":5},
                           "qty":{"type":"integer","minimum":1,"maximum":10}},
                         "required":["sku","qty"],"additionalProperties":false}}"""),
                Arguments.of("anyOf", """
                        {"anyOf":[{"type":"integer","minimum":0,"maximum":9},{"type":"string","maxLength":3}]}"""),
                Arguments.of("tuple (prefixItems)", """
                        {"type":"array","prefixItems":[{"type":"string","maxLength":4},{"type":"boolean"}]}"""),
                Arguments.of("formats", """
                        {"type":"object","properties":{"day":{"type":"string","format":"date"},
                           "id":{"type":"string","format":"uuid"}},
                         "required":["day","id"],"additionalProperties":false}"""),
                Arguments.of("local $ref", """
                        {"$defs":{"point":{"type":"object","properties":{"x":{"type":"integer","minimum":0,"maximum":9},
                            "y":{"type":"integer","minimum":0,"maximum":9}},"required":["x","y"],"additionalProperties":false}},
                         "type":"object","properties":{"from":{"$ref":"#/$defs/point"},"to":{"$ref":"#/$defs/point"}},
                         "required":["from","to"],"additionalProperties":false}"""),
                Arguments.of("integers with exclusive and negative bounds", """
                        {"type":"object","properties":{"score":{"type":"integer","exclusiveMinimum":0,"exclusiveMaximum":100},
                           "delta":{"type":"integer","minimum":-1000,"maximum":-5}},
                         "required":["score","delta"],"additionalProperties":false}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void constrainedGenerationValidates(String name, String schemaJson) throws Exception {
        Schema validator = REGISTRY.getSchema(schemaJson, InputFormat.JSON);
        for (long seed : new long[] {1, 2, 3}) {
            try (Sampler sampler = Sampler.builder()
                    .jsonSchema(schemaJson)
                    .temperature(1.5f)
                    .dist(seed)
                    .build(model)) {
                Generation.Result result = Generation.run(
                        context,
                        sampler,
                        "JSON:",
                        GenerationParams.builder().maxTokens(600).build());
                assertThat(result.stopReason()).as(result.text()).isEqualTo(StopReason.END_OF_GENERATION);
                Json.MAPPER.readTree(result.text()); // parses
                assertThat(validator.validate(result.text(), InputFormat.JSON))
                        .as(result.text())
                        .isEmpty();
            }
        }
    }

    @Test
    void invalidSchemasAreTypedErrors() {
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"type\":"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema is not valid JSON");
        assertThatThrownBy(() -> JsonSchema.toGrammar("[1,2]"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("a JSON Schema is an object (or true/false)");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"$ref\":\"https://example.com/schema.json\"}"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the $ref at # is ");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"$ref\":\"#/$defs/missing\"}"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the $ref #/$defs/missing at # points to nothing");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"type\":\"strin\"}"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("invalid JSON Schema: ");
        assertThatThrownBy(() -> Sampler.builder().jsonSchema(""))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the JSON Schema is empty");
    }

    @Test
    void pathologicalSchemasAreRefusedBeforeTheConverter() {
        String deep = "{\"type\":\"array\",\"items\":".repeat(40) + "{\"type\":\"integer\"}" + "}".repeat(40);
        assertThatThrownBy(() -> JsonSchema.toGrammar(deep))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema nests more than 32 levels deep");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"type\":\"array\",\"minItems\":1000000}"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("minItems at # is 1000000; it must be in [0, 2000]");
        assertThatThrownBy(() -> JsonSchema.toGrammar("{\"type\":\"string\",\"maxLength\":1e12}"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("maxLength at # is ");
        String huge = "{\"enum\":[" + "\"x\",".repeat(20_000) + "\"y\"]}";
        assertThatThrownBy(() -> JsonSchema.toGrammar(huge))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the JSON Schema has ");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void recursiveSchemasConvertWithoutHanging() {
        String tree = """
                {"$defs":{"node":{"type":"object","properties":{"v":{"type":"integer","minimum":0,"maximum":9},
                   "kids":{"type":"array","maxItems":2,"items":{"$ref":"#/$defs/node"}}},"required":["v"]}},
                 "$ref":"#/$defs/node"}""";
        assertThat(JsonSchema.toGrammar(tree)).contains("root ::=");
    }

    @Test
    void grammarsOverTheCapsOrMalformedAreTypedErrors() {
        assertThatThrownBy(() ->
                        Sampler.builder().grammar("root ::= (", "root").greedy().build(model))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("llama.cpp could not create the grammar sampler");
        // llama.cpp expands x{m,n} into rules and caps only m: n is capped before it sees the grammar
        assertThatThrownBy(() -> Sampler.builder().grammar("root ::= \"a\"{0,100000}", "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the grammar repeats something {0,100000} times; at most 2000 repetitions are allowed");
        assertThatThrownBy(() -> Sampler.builder().grammar("root ::= [a-z]{99999999999}", "root"))
                .isInstanceOf(GrammarException.class);
        try (Sampler ok = Sampler.builder()
                .grammar("root ::= [{}] \"{5}\" [a-z]{1,2000}", "root")
                .greedy()
                .build(model)) {
            assertThat(ok).isNotNull();
        }
    }
}
