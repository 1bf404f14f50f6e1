package org.llamaffm.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ChatException;
import org.llamaffm.GrammarException;
import org.llamaffm.JsonSchema;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.internal.GbnfCheck;
import org.llamaffm.internal.Internals;
import org.llamaffm.internal.Json;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * A model's chat template, run by llama.cpp's own Jinja engine and chat handlers (common/chat):
 * renders a conversation (with tools, if any) into the prompt the model was trained on, and
 * hands back what {@link ChatPrompt#parse} needs to read the answer (content, reasoning, tool
 * calls) in the model's format.
 *
 * <pre>{@code
 * try (ChatTemplate template = ChatTemplate.of(model)) {
 *     ChatPrompt prompt = template.render(List.of(ChatMessage.user("Hi")), ChatOptions.defaults());
 *     // generate from prompt.text(), then:
 *     ChatResponse response = prompt.parse(generatedText);
 * }
 * }</pre>
 *
 * <p>Thread-safe; close it to free the native template.
 */
public final class ChatTemplate implements AutoCloseable {

    /** The model's default template's metadata key; named ones add {@code .<name>} (llama_model_chat_template). */
    private static final String DEFAULT_KEY = "tokenizer.chat_template";

    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;

    private ChatTemplate(MemorySegment handle) {
        this.handle = handle.reinterpret(arena, llama_ffm_shim_h::llama_ffm_chat_templates_free);
    }

    /**
     * The model's own template (its {@code tokenizer.chat_template}, and its tool-use variant
     * {@code tokenizer.chat_template.tool_use} if it has one); ChatML for a model without one.
     *
     * @throws ChatException when a template fails the {@linkplain #check static scan} (the message
     *                       names its metadata key), or llama.cpp cannot parse it
     */
    public static ChatTemplate of(Model model) {
        // the keys common_chat_templates_init reads (common/chat.cpp), as llama.cpp's metadata strings
        for (String key : List.of(DEFAULT_KEY, DEFAULT_KEY + ".tool_use")) {
            model.metadata(key).ifPresent(source -> TemplateScan.check(key, source));
        }
        return open(model, null, null, null);
    }

    /**
     * Checks a Jinja template's source without running it, as every ChatTemplate does before llama.cpp
     * parses it: llama.cpp's Jinja engine has no limit on loops, recursion, output or memory, and runs
     * the template as soon as it is made. The scan refuses a source over 128 KiB, blocks, brackets and
     * macro calls nested over 64 deep, a tag of over 512 tokens, a macro recursion that does not
     * descend into its arguments (and a macro used as a value), and literal loop ranges (nested ones
     * multiplied) or string repetitions over 100,000. What it cannot see (counts computed at run
     * time, growth by doubling, recursion as deep as the data) only a separate process can contain.
     *
     * @param name what the template is, for the message (e.g. a metadata key)
     * @throws ChatException with the {@link ChatException.Reason} and the cap it exceeded
     */
    public static void check(String name, String source) {
        TemplateScan.check(name, source);
    }

    /**
     * A Jinja template of your own for {@code model} (its vocab gives bos_token and eos_token).
     *
     * @throws ChatException when the template fails the {@linkplain #check static scan}, or llama.cpp
     *                       cannot parse it
     */
    public static ChatTemplate of(Model model, String source) {
        requireSource(source);
        TemplateScan.check("given as source", source);
        return open(model, source, null, null);
    }

    /**
     * A Jinja template without a model (e.g. to check how a template renders);
     * {@code bosToken}/{@code eosToken} are what it sees as bos_token and eos_token.
     *
     * @throws ChatException when the template fails the {@linkplain #check static scan}, or llama.cpp
     *                       cannot parse it
     */
    public static ChatTemplate fromSource(String source, String bosToken, String eosToken) {
        requireSource(source);
        TemplateScan.check("given as source", source);
        return open(null, source, bosToken, eosToken);
    }

    private static void requireSource(@Nullable String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the template source is empty");
        }
    }

    private static ChatTemplate open(
            @Nullable Model model, @Nullable String source, @Nullable String bos, @Nullable String eos) {
        MemorySegment handle;
        try (NativeLog.Capture log = NativeLog.capture()) {
            handle = ShimCall.pointer(
                    (arena, error) -> llama_ffm_shim_h.llama_ffm_chat_templates_init(
                            model == null
                                    ? MemorySegment.NULL
                                    : Internals.root().handle(model),
                            cString(arena, source),
                            cString(arena, bos),
                            cString(arena, eos),
                            error),
                    message -> new ChatException("llama.cpp cannot use the chat template: " + message));
        }
        return new ChatTemplate(handle);
    }

    private static MemorySegment cString(Arena arena, String text) {
        return text == null ? MemorySegment.NULL : arena.allocateFrom(text);
    }

    /** The Jinja source in use (the model's, yours, or the ChatML default). */
    public String source() {
        return call(() -> ShimCall.string(
                (arena, error) -> llama_ffm_shim_h.llama_ffm_chat_templates_source(handle, MemorySegment.NULL, error),
                ChatException::new));
    }

    /** Renders {@code messages} with the default options (a generation prompt at the end, no tools). */
    public ChatPrompt render(List<ChatMessage> messages) {
        return render(messages, ChatOptions.defaults());
    }

    /**
     * Renders a conversation into a prompt.
     *
     * @throws IllegalArgumentException for no messages, or an invalid JSON Schema in the options
     * @throws GrammarException         for a JSON Schema or grammar in the options over {@link JsonSchema}'s or
     *                                  {@link Sampler}'s caps
     * @throws ChatException            when the template fails on these messages (llama.cpp's message)
     */
    public ChatPrompt render(List<ChatMessage> messages, ChatOptions options) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat needs at least one message");
        }
        String request = request(messages, options);
        String result = call(() -> {
            try (NativeLog.Capture log = NativeLog.capture()) {
                return ShimCall.string(
                        (arena, error) ->
                                llama_ffm_shim_h.llama_ffm_chat_apply(handle, arena.allocateFrom(request), error),
                        message -> new ChatException("the chat template failed: " + message));
            }
        });
        return ChatPrompt.fromJson(result, options.reasoning());
    }

    /** The request JSON of llama_ffm_chat_apply (OpenAI-style messages and tools). */
    private static String request(List<ChatMessage> messages, ChatOptions options) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        ArrayNode list = request.putArray("messages");
        for (ChatMessage message : messages) {
            ObjectNode m = list.addObject();
            m.put("role", message.role().jsonName());
            m.put("content", message.content());
            if (!message.reasoning().isEmpty()) {
                m.put("reasoning_content", message.reasoning());
            }
            if (!message.toolName().isEmpty()) {
                m.put("name", message.toolName());
            }
            if (!message.toolCallId().isEmpty()) {
                m.put("tool_call_id", message.toolCallId());
            }
            if (!message.toolCalls().isEmpty()) {
                ArrayNode calls = m.putArray("tool_calls");
                for (ToolCall call : message.toolCalls()) {
                    ObjectNode c = calls.addObject();
                    c.put("type", "function");
                    if (!call.id().isEmpty()) {
                        c.put("id", call.id());
                    }
                    ObjectNode function = c.putObject("function");
                    function.put("name", call.name());
                    function.put("arguments", call.arguments());
                }
            }
        }
        if (!options.tools().isEmpty()) {
            ArrayNode tools = request.putArray("tools");
            for (ChatTool tool : options.tools()) {
                ObjectNode function = tools.addObject().put("type", "function").putObject("function");
                function.put("name", tool.name());
                function.put("description", tool.description());
                function.set("parameters", readJson(tool.parameters(), "tool parameters"));
            }
        }
        request.put("tool_choice", options.toolChoice().name().toLowerCase(java.util.Locale.ROOT));
        request.put("parallel_tool_calls", options.parallelToolCalls());
        request.put("add_generation_prompt", options.addGenerationPrompt());
        request.put("enable_thinking", options.enableThinking());
        request.put("reasoning_format", options.reasoning().nativeName);
        if (options.jsonSchema() != null) {
            JsonSchema.check(options.jsonSchema());
            request.set("json_schema", readJson(options.jsonSchema(), "JSON Schema"));
        }
        if (options.grammar() != null) {
            GbnfCheck.check(options.grammar());
            request.put("grammar", options.grammar());
        }
        request.put("now", (options.now() == null ? Instant.now() : options.now()).getEpochSecond());
        if (!options.templateVariables().isEmpty()) {
            ObjectNode variables = request.putObject("chat_template_kwargs");
            for (Map.Entry<String, String> e : options.templateVariables().entrySet()) {
                variables.set(e.getKey(), readJson(e.getValue(), "template variable " + e.getKey()));
            }
        }
        return request.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String text, String what) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private synchronized <T> T call(java.util.function.Supplier<T> body) {
        if (!arena.scope().isAlive()) {
            throw new IllegalStateException("the chat template is closed");
        }
        return body.get();
    }

    @Override
    public synchronized void close() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
