package org.llamaffm.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.ChatException;
import org.llamaffm.Model;
import org.llamaffm.RawChatTemplate;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.internal.Json;
import org.llamaffm.testkit.ChildJvm;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** Chat templates through llama.cpp's Jinja engine and chat parsers (common/chat), on its own template files. */
class ChatTemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ChatTool WEATHER = new ChatTool("get_weather", "Gets the current weather in a city", """
            {"type":"object","properties":{"city":{"type":"string","description":"The city"}},"required":["city"]}""");
    private static final List<ChatMessage> TWO_TURNS = List.of(
            ChatMessage.system("You are a helpful assistant."),
            ChatMessage.user("Hello!"),
            ChatMessage.assistant("Hi! How can I help?"),
            ChatMessage.user("What is 2+2?"));

    static Stream<Path> shippedTemplates() throws IOException {
        try (Stream<Path> files = Files.list(LlamaCppSource.dir().resolve("models/templates"))) {
            return files.filter(p -> p.toString().endsWith(".jinja")).sorted().toList().stream();
        }
    }

    private static ChatTemplate shipped(String name) throws IOException {
        Path file = LlamaCppSource.dir().resolve("models/templates/" + name + ".jinja");
        return ChatTemplate.fromSource(Files.readString(file), "<s>", "</s>");
    }

    private static ChatOptions options() {
        return ChatOptions.builder().now(NOW).build();
    }

    @Test
    void llamaCppShipsTheTemplatesThisTestCovers() throws IOException {
        assertThat(shippedTemplates().count()).isGreaterThanOrEqualTo(70);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedTemplates")
    void everyShippedTemplateRendersTwoTurnsAndTools(Path file) throws IOException {
        String source = Files.readString(file);
        try (ChatTemplate template = ChatTemplate.fromSource(source, "<s>", "</s>")) {
            ChatPrompt prompt = template.render(TWO_TURNS, options());
            assertThat(prompt.text()).contains("Hello!", "Hi! How can I help?", "What is 2+2?");
            assertThat(prompt.text().indexOf("Hello!")).isLessThan(prompt.text().indexOf("What is 2+2?"));

            ChatPrompt withTools = template.render(
                    TWO_TURNS, options().toBuilder().tools(List.of(WEATHER)).build());
            assertThat(withTools.text()).contains("What is 2+2?");
            if (source.contains("tools")) {
                // the template reads the tools: their definition reaches the prompt (or the grammar that forces calls)
                assertThat(withTools.text() + withTools.grammar()).contains("get_weather");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedTemplates")
    void everyShippedTemplatePassesTheStaticScanWithHeadroom(Path file) throws IOException {
        TemplateScan.Limits caps = TemplateScan.Limits.DEFAULT;
        TemplateScan.Stats stats = TemplateScan.check(file.getFileName().toString(), Files.readString(file));
        // at most half of each cap: the defaults refuse none of llama.cpp's own templates, with room to spare
        assertThat(stats.bytes()).isLessThanOrEqualTo(caps.maxBytes() / 2);
        assertThat(stats.depth()).isLessThanOrEqualTo(caps.maxDepth() / 2);
        assertThat(stats.tagTokens()).isLessThanOrEqualTo(caps.maxTagTokens() / 2);
    }

    /**
     * llama.cpp's Jinja engine has no limits and runs a template as soon as it is made: a deep one
     * overflows the stack, a self-recursive macro too, nested loops run for hours. The static scan
     * refuses them before llama.cpp sees them, for a source, a model's own templates and a Chat.
     */
    @Test
    void templatesThatCrashOrHangLlamaCppAreRefusedBeforeItParsesThem(@TempDir Path dir) throws Exception {
        String deep = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
        String recursion = "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}";
        String endless = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}";

        // the old failure: the same sources straight to the shim, in a JVM of their own
        ChildJvm.Outcome crashed = raw(dir, deep, Duration.ofSeconds(60));
        assertThat(crashed.crashed()).as(crashed.toString()).isTrue();
        ChildJvm.Outcome recursed = raw(dir, recursion, Duration.ofSeconds(60));
        assertThat(recursed.crashed()).as(recursed.toString()).isTrue();
        ChildJvm.Outcome hung = raw(dir, endless, Duration.ofSeconds(5));
        assertThat(hung.timedOut()).as(hung.toString()).isTrue();

        // now: a typed error naming the cap, before any native call
        refused(
                () -> ChatTemplate.fromSource(deep, "<s>", "</s>"),
                ChatException.Reason.TEMPLATE_TOO_DEEP,
                "the chat template given as source is refused before llama.cpp runs it: nesting 65 deep (blocks and "
                        + "brackets), over the cap of 64 (line 1)");
        refused(
                () -> ChatTemplate.fromSource(recursion, "<s>", "</s>"),
                ChatException.Reason.MACRO_RECURSION,
                "the macro f recurses without descending into its arguments (f -> f), which never ends (line 1)");
        refused(
                () -> ChatTemplate.fromSource(endless, "<s>", "</s>"),
                ChatException.Reason.UNBOUNDED_LOOP,
                "a literal range of 100000 items, over the cap of 1000 (line 1)");
        // llama.cpp's engine takes ~60 us an iteration: loops, and ranges and repetitions inside loops, multiply
        refused(
                () -> ChatTemplate.fromSource(
                        "{% for i in range(100) %}{% for j in range(200) %}{% endfor %}{% endfor %}", "", ""),
                ChatException.Reason.UNBOUNDED_LOOP,
                "a literal range of 200 items in loops of 100 iterations, over the cap of 1000 (line 1)");
        refused(
                () -> ChatTemplate.fromSource(
                        "{% for i in range(16) %}{{ range(1965)|list|length }}{% endfor %}", "", ""),
                ChatException.Reason.UNBOUNDED_LOOP,
                "a literal range of 1965 items in loops of 16 iterations, over the cap of 1000 (line 1)");
        refused(
                () -> ChatTemplate.fromSource("{{ ('x' * 1000 * 1000) * 2 }}", "", ""), // 25 s in llama.cpp's engine
                ChatException.Reason.UNBOUNDED_LOOP,
                "a repetition by 1000000 in all, over the cap of 100000 (line 1)");
        refused(
                () -> ChatTemplate.fromSource("{% for i in range(100) %}{{ 'ab' * 5000 }}{% endfor %}", "", ""),
                ChatException.Reason.UNBOUNDED_LOOP,
                "a repetition by 5000 in loops of 100 iterations, over the cap of 100000 (line 1)");
        refused(
                () -> ChatTemplate.fromSource("{{ 'a' * 1000000000 }}", "<s>", "</s>"),
                ChatException.Reason.UNBOUNDED_LOOP,
                "a repetition by 1000000000, over the cap of 100000");
        refused(
                () -> ChatTemplate.fromSource("x".repeat(200_000), "<s>", "</s>"),
                ChatException.Reason.TEMPLATE_TOO_LARGE,
                "the chat template given as source has 200000 bytes, over the cap of 131072");
        // llama.cpp parses and runs each elif as an if nested in the one before (3000 of them overflow the stack)
        refused(
                () -> ChatTemplate.fromSource(
                        "{% if false %}" + "{% elif false %}".repeat(3000) + "{% endif %}", "", ""),
                ChatException.Reason.TEMPLATE_TOO_DEEP,
                "blocks nested 65 deep, over the cap of 64");
        refused(
                () -> ChatTemplate.fromSource(
                        "{% macro f(n) %}{{ g(n) }}{% endmacro %}{% macro g(n) %}{{ f(n) }}"
                                + "{% endmacro %}{{ f(1) }}",
                        "", ""),
                ChatException.Reason.MACRO_RECURSION,
                "(f -> g -> f)");
        refused(
                () -> ChatTemplate.fromSource("{% macro f(x) %}{{ x(x) }}{% endmacro %}{{ f(f) }}", "", ""),
                ChatException.Reason.MACRO_RECURSION,
                "the macro f is used as a value (aliased or passed)");
        // a recursion that descends into its data ends with the data, as JSON-Schema renderers do: allowed
        try (ChatTemplate tree = ChatTemplate.fromSource(
                "{% macro walk(node) %}{{ node.name }}{% for c in node.children %}"
                        + "({{ walk(c) }}){% endfor %}{% endmacro %}{{ walk({'name': 'a', 'children': [{'name': 'b', 'children': "
                        + "[{'name': 'c', 'children': []}]}]}) }}",
                "", "")) {
            assertThat(tree.render(TWO_TURNS).text()).isEqualTo("a(b(c))");
        }

        // a model's own template (here its tool-use one), read from its metadata: named by its key
        Path file = dir.resolve("recursive-template.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .metadata("tokenizer.chat_template.tool_use", GgufValue.ofString(recursion))
                .write(file);
        try (Model model = Model.load(file)) {
            String named = "the chat template tokenizer.chat_template.tool_use is refused before llama.cpp runs it";
            refused(() -> ChatTemplate.of(model), ChatException.Reason.MACRO_RECURSION, named);
            refused(() -> Chat.builder(model).build(), ChatException.Reason.MACRO_RECURSION, named);
        }
    }

    private static ChildJvm.Outcome raw(Path dir, String source, Duration limit) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "template", ".jinja"), source);
        return ChildJvm.run(RawChatTemplate.class, limit, List.of(), file.toString());
    }

    private static void refused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ChatException.Reason reason, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ChatException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason))
                .hasMessageContaining(message);
    }

    @Test
    void llama31RendersByteForByte() throws IOException {
        try (ChatTemplate template = shipped("meta-llama-Llama-3.1-8B-Instruct")) {
            assertThat(template.render(TWO_TURNS, options()).text()).isEqualTo("""
                    <s><|start_header_id|>system<|end_header_id|>

                    Cutting Knowledge Date: December 2023
                    Today Date: 25 Nov 2026

                    You are a helpful assistant.<|eot_id|><|start_header_id|>user<|end_header_id|>

                    Hello!<|eot_id|><|start_header_id|>assistant<|end_header_id|>

                    Hi! How can I help?<|eot_id|><|start_header_id|>user<|end_header_id|>

                    What is 2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>

                    """);
        }
    }

    @Test
    void theFixedDateReachesTemplatesUnlessTheyGetTheirOwn() throws IOException {
        // common hands templates the date as date_string (and datetime) from the clock; now() replaces it
        try (ChatTemplate template = shipped("meta-llama-Llama-3.1-8B-Instruct")) {
            ChatOptions lastYear = ChatOptions.builder()
                    .now(Instant.parse("2025-01-02T12:00:00Z"))
                    .build();
            assertThat(template.render(TWO_TURNS, lastYear).text()).contains("Today Date: 02 Jan 2025\n");
            ChatOptions own = lastYear.toBuilder()
                    .templateVariable("date_string", "\"1 April\"")
                    .build();
            assertThat(template.render(TWO_TURNS, own).text()).contains("Today Date: 1 April\n");
        }
    }

    @Test
    void qwen25RendersByteForByte() throws IOException {
        try (ChatTemplate template = shipped("Qwen-Qwen2.5-7B-Instruct")) {
            assertThat(template.render(TWO_TURNS, options()).text()).isEqualTo("""
                    <|im_start|>system
                    You are a helpful assistant.<|im_end|>
                    <|im_start|>user
                    Hello!<|im_end|>
                    <|im_start|>assistant
                    Hi! How can I help?<|im_end|>
                    <|im_start|>user
                    What is 2+2?<|im_end|>
                    <|im_start|>assistant
                    """);
        }
    }

    @Test
    void mistralNemoRendersByteForByte() throws IOException {
        // Mistral's template puts the system message into the last user turn
        try (ChatTemplate template = shipped("mistralai-Mistral-Nemo-Instruct-2407")) {
            assertThat(template.render(TWO_TURNS, options()).text())
                    .isEqualTo("<s>[INST]Hello![/INST]Hi! How can I help?</s>[INST]You are a helpful assistant.\n\n"
                            + "What is 2+2?[/INST]");
        }
    }

    @Test
    void gemma2RendersByteForByte() throws IOException {
        // Gemma has no system role: its template prepends the system text to the first user turn
        try (ChatTemplate template = shipped("google-gemma-2-2b-it")) {
            assertThat(template.render(TWO_TURNS, options()).text()).isEqualTo("""
                    <s><start_of_turn>user
                    You are a helpful assistant.
                    Hello!<end_of_turn>
                    <start_of_turn>model
                    Hi! How can I help?<end_of_turn>
                    <start_of_turn>user
                    What is 2+2?<end_of_turn>
                    <start_of_turn>model
                    """);
        }
    }

    @Test
    void deepSeekR1RendersByteForByte() throws IOException {
        // llama.cpp opens the thinking block for R1 (its template does so too)
        try (ChatTemplate template = shipped("deepseek-ai-DeepSeek-R1-Distill-Llama-8B")) {
            assertThat(template.render(TWO_TURNS, options()).text())
                    .isEqualTo(
                            "<s>You are a helpful assistant.<｜User｜>Hello!<｜Assistant｜>Hi! How can I help?<｜end▁of▁sentence｜>"
                                    + "<｜User｜>What is 2+2?<｜Assistant｜><think>\n");
        }
    }

    @Test
    void phi35RendersByteForByte() throws IOException {
        try (ChatTemplate template = shipped("microsoft-Phi-3.5-mini-instruct")) {
            assertThat(template.render(TWO_TURNS, options()).text()).isEqualTo("""
                    <|system|>
                    You are a helpful assistant.<|end|>
                    <|user|>
                    Hello!<|end|>
                    <|assistant|>
                    Hi! How can I help?<|end|>
                    <|user|>
                    What is 2+2?<|end|>
                    <|assistant|>
                    """);
        }
    }

    @Test
    void withoutGenerationPromptTheAssistantTurnIsNotOpened() throws IOException {
        try (ChatTemplate template = shipped("Qwen-Qwen2.5-7B-Instruct")) {
            String text = template.render(
                            TWO_TURNS,
                            options().toBuilder().addGenerationPrompt(false).build())
                    .text();
            assertThat(text).endsWith("What is 2+2?<|im_end|>\n");
        }
    }

    /** What a model of each family writes to call get_weather(city="Paris"). */
    static Stream<org.junit.jupiter.params.provider.Arguments> toolCallOutputs() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "Qwen-Qwen2.5-7B-Instruct",
                        "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>",
                        ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "NousResearch-Hermes-2-Pro-Llama-3-8B-tool_use",
                        "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>",
                        ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "meta-llama-Llama-3.1-8B-Instruct",
                        "{\"name\": \"get_weather\", \"parameters\": {\"city\": \"Paris\"}}",
                        ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "mistralai-Mistral-Nemo-Instruct-2407",
                        "[TOOL_CALLS][{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}, \"id\": \"abc123def\"}]",
                        "abc123def"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "google-gemma-4-31B-it",
                        "<|tool_call>call:get_weather{city:<|\"|>Paris<|\"|>}<tool_call|>",
                        ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Qwen3-Coder",
                        "<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n</function>\n</tool_call>",
                        ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "openai-gpt-oss-120b",
                        "<|channel|>analysis<|message|>Need the weather.<|end|><|start|>assistant<|channel|>commentary "
                                + "to=functions.get_weather <|constrain|>json<|message|>{\"city\":\"Paris\"}",
                        ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "deepseek-ai-DeepSeek-V3.1",
                        "Checking.</think><｜tool▁calls▁begin｜><｜tool▁call▁begin｜>get_weather<｜tool▁sep｜>{\"city\": \"Paris\"}"
                                + "<｜tool▁call▁end｜><｜tool▁calls▁end｜>",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toolCallOutputs")
    void toolCallsParseIntoNameAndArguments(String family, String output, String id) throws Exception {
        try (ChatTemplate template = shipped(family)) {
            ChatPrompt prompt = template.render(
                    List.of(ChatMessage.user("What is the weather in Paris?")),
                    options().toBuilder().tools(List.of(WEATHER)).build());
            ChatResponse response = prompt.parse(output);
            assertThat(response.toolCalls()).hasSize(1);
            ToolCall call = response.toolCalls().getFirst();
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(Json.MAPPER.readTree(call.arguments())).isEqualTo(Json.MAPPER.readTree("{\"city\":\"Paris\"}"));
            assertThat(call.id()).isEqualTo(id);
            assertThat(response.content()).isEmpty();
        }
    }

    @Test
    void plainAnswersHaveNoToolCalls() throws IOException {
        try (ChatTemplate template = shipped("Qwen-Qwen2.5-7B-Instruct")) {
            ChatPrompt prompt = template.render(
                    List.of(ChatMessage.user("Hi")),
                    options().toBuilder().tools(List.of(WEATHER)).build());
            assertThat(prompt.grammarLazy()).isTrue();
            assertThat(prompt.preservedTokens()).contains("<tool_call>", "</tool_call>");
            ChatResponse response = prompt.parse("Hello there.");
            assertThat(response.content()).isEqualTo("Hello there.");
            assertThat(response.toolCalls()).isEmpty();
        }
    }

    @Test
    void reasoningIsSeparatedFromTheContent() throws IOException {
        try (ChatTemplate template = shipped("deepseek-ai-DeepSeek-R1-Distill-Llama-8B")) {
            ChatPrompt prompt = template.render(List.of(ChatMessage.user("What is 2+2?")), options());
            ChatResponse response = prompt.parse("Two plus two makes four.</think>The answer is 4.");
            assertThat(response.reasoning().strip()).isEqualTo("Two plus two makes four.");
            assertThat(response.content()).isEqualTo("The answer is 4.");

            ChatPrompt inline = template.render(
                    List.of(ChatMessage.user("What is 2+2?")),
                    options().toBuilder()
                            .reasoning(ChatOptions.ReasoningFormat.NONE)
                            .build());
            assertThat(inline.parse("Hmm.</think>4").reasoning()).isEmpty();
        }
    }

    @Test
    void toolResultsRenderInTheFamilysFormat() throws IOException {
        try (ChatTemplate template = shipped("Qwen-Qwen2.5-7B-Instruct")) {
            List<ChatMessage> messages = List.of(
                    ChatMessage.user("Weather in Paris?"),
                    ChatMessage.assistant("", List.of(ToolCall.of("get_weather", "{\"city\":\"Paris\"}"))),
                    ChatMessage.tool("get_weather", "", "{\"celsius\":21}"));
            String text = template.render(
                            messages,
                            options().toBuilder().tools(List.of(WEATHER)).build())
                    .text();
            assertThat(text)
                    .contains(
                            "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>",
                            "<tool_response>\n{\"celsius\":21}\n</tool_response>");
        }
    }

    @Test
    void aJsonSchemaBecomesTheAnswersGrammar() throws IOException {
        try (ChatTemplate template = shipped("Qwen-Qwen2.5-7B-Instruct")) {
            ChatPrompt prompt = template.render(
                    List.of(ChatMessage.user("Name a city.")),
                    options().toBuilder()
                            .jsonSchema(
                                    "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}")
                            .build());
            assertThat(prompt.grammar()).contains("root ::=").contains("city");
            assertThat(prompt.grammarLazy()).isFalse();
        }
    }

    @Test
    void templateErrorsAreTypedWithLlamaCppsMessage() throws IOException {
        assertThatThrownBy(() -> ChatTemplate.fromSource("{% for m in messages %}{{ m.content }", "", ""))
                .isInstanceOf(ChatException.class)
                .hasMessageStartingWith("llama.cpp cannot use the chat template: ");
        try (ChatTemplate template = ChatTemplate.fromSource(
                "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}",
                "",
                "")) {
            assertThatThrownBy(() -> template.render(List.of(ChatMessage.user("hi"))))
                    .isInstanceOf(ChatException.class)
                    .hasMessageContaining("Conversation roles must alternate user/assistant/user/assistant/...");
        }
        try (ChatTemplate template = shipped("Qwen-Qwen2.5-7B-Instruct")) {
            assertThatThrownBy(() -> template.render(List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a chat needs at least one message");
        }
        assertThatThrownBy(() -> ChatTemplate.fromSource(" ", "", "")).isInstanceOf(IllegalArgumentException.class);
        ChatTemplate closed = shipped("Qwen-Qwen2.5-7B-Instruct");
        closed.close();
        assertThatThrownBy(() -> closed.render(TWO_TURNS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the chat template is closed");
    }

    @Test
    void toolDefinitionsAreChecked() {
        assertThatThrownBy(() -> new ChatTool("get weather", "", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a tool name is 1 to 64 of [A-Za-z0-9_.-], was 'get weather'");
        assertThatThrownBy(() -> new ChatTool("f", "", "[1]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the parameters of tool 'f' must be a JSON Schema object");
        assertThatThrownBy(() -> new ChatTool("f", "", "{"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the parameters of tool 'f' are not JSON");
    }
}
