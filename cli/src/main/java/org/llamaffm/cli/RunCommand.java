package org.llamaffm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.llamaffm.Context;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.chat.ChatResponse;
import org.llamaffm.chat.ChatTool;
import org.llamaffm.chat.ToolCall;
import org.llamaffm.policy.OutputConstraint;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.policy.worker.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code llama-ffm run}: generates text from a prompt and streams it to stdout. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        defaultValueProvider = ContextOptions.GenerationDefaults.class,
        description = {
            "Generates text from a prompt and streams it to stdout.",
            "The context holds -c tokens, at most the model's trained length.",
            "Without --model it uses the built-in demo model (random weights)."
        })
final class RunCommand implements Callable<Integer> {

    /**
     * Jackson, made on first use: picocli creates every subcommand to build the command line, and an eager
     * mapper loaded ~380 classes into every start (--help included) that only --tools needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-p", "--prompt"},
            paramLabel = "TEXT",
            description = "the prompt (else -f, else stdin)")
    String prompt;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "read the prompt from a file")
    Path promptFile;

    @Option(
            names = {"-n", "--n-predict"},
            paramLabel = "N",
            defaultValue = "128",
            description = "tokens to generate at most (default: ${DEFAULT-VALUE})")
    int maxTokens;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ContextOptions contextOptions;

    @Mixin
    ChatGuardOptions guard;

    @Mixin
    SamplingOptions sampling;

    @Option(names = "--chat", description = "send the prompt as a user message through the model's chat template")
    boolean chat;

    @Option(
            names = "--chat-template",
            paramLabel = "FILE",
            description = "with --chat/--tools: a Jinja chat template instead of the model's")
    Path chatTemplate;

    @Option(
            names = "--grammar",
            paramLabel = "FILE",
            description = "constrain the output to a GBNF grammar (root rule: root)")
    Path grammar;

    @Option(
            names = "--json-schema",
            paramLabel = "FILE|JSON",
            description = "constrain the output to JSON valid against this JSON Schema (a file, or the schema itself)")
    String jsonSchema;

    @Option(
            names = "--tools",
            paramLabel = "FILE",
            description = {
                "tools the model may call (a JSON array, OpenAI style or {name, description, parameters});",
                "implies --chat; prints the parsed answer as one JSON line: content, reasoning, tool_calls"
            })
    Path tools;

    @Option(
            names = "--tool-choice",
            paramLabel = "CHOICE",
            defaultValue = "AUTO",
            description =
                    "with --tools: AUTO (the model decides), REQUIRED (it must call one), NONE (default: ${DEFAULT-VALUE})")
    ChatOptions.ToolChoice toolChoice;

    @Mixin
    IsolationOptions isolation;

    @Option(
            names = "--token-ids",
            description = "print the generated token ids (space-separated, one line) instead of text")
    boolean tokenIds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (grammar != null && jsonSchema != null) {
            throw new IllegalArgumentException("give --grammar or --json-schema, not both");
        }
        boolean asChat = chat || tools != null || chatTemplate != null;
        if (asChat && tokenIds) {
            throw new IllegalArgumentException("--token-ids does not go with --chat or --tools");
        }
        Duration timeout = isolation.timeout(spec);
        String text = promptText();
        String gbnf = grammar == null ? null : Files.readString(grammar, StandardCharsets.UTF_8);
        String schema = jsonSchema == null ? null : readSchema(jsonSchema);
        List<ChatTool> toolList = tools == null ? List.of() : readTools(tools);
        if (isolation.inWorker()) {
            return inWorker(text, asChat, gbnf, schema, toolList, timeout, out, err);
        }
        try (Model m = modelOptions.load(err)) {
            if (asChat) {
                return chat(m, text, gbnf, schema, toolList, timeout, out, err);
            }
            return complete(m, text, gbnf, schema, timeout, out, err);
        }
    }

    /** The model in a worker process: what it prints is the same; its death is the worker's alone. */
    private int inWorker(
            String text,
            boolean asChat,
            String gbnf,
            String schema,
            List<ChatTool> toolList,
            Duration timeout,
            PrintWriter out,
            PrintWriter err)
            throws IOException {
        String template = chatTemplate == null ? null : Files.readString(chatTemplate, StandardCharsets.UTF_8);
        // 0: the worker caps the size at the trained length
        try (Worker worker = IsolationOptions.start(modelOptions, contextOptions.params(0), err)) {
            if (asChat) {
                ChatOptions options = chatOptions(toolList, gbnf, schema);
                Worker.ChatResult result = worker.chat(
                        List.of(ChatMessage.user(text)),
                        options,
                        template,
                        guard.specialText,
                        maxTokens,
                        sampling.params(),
                        timeout,
                        toolList.isEmpty() ? piece -> print(out, piece) : null);
                if (toolList.isEmpty()) {
                    out.println();
                } else {
                    out.println(Json.MAPPER.writeValueAsString(toJson(result.response())));
                }
                return finished(result.stopReason(), err);
            }
            OutputConstraint constraint = gbnf != null
                    ? OutputConstraint.grammar(gbnf)
                    : schema != null ? OutputConstraint.jsonSchema(schema) : null;
            Consumer<String> pieces = tokenIds ? null : piece -> print(out, piece);
            Worker.Result result = constraint != null
                    ? worker.generate(text, constraint, maxTokens, sampling.params(), timeout, pieces)
                    : worker.generate(text, maxTokens, sampling.params(), timeout, pieces);
            if (tokenIds) {
                out.println(
                        Arrays.stream(result.tokens()).mapToObj(String::valueOf).collect(Collectors.joining(" ")));
            } else {
                out.println();
            }
            return finished(result.stopReason(), err);
        } catch (WorkerException e) {
            throw IsolationOptions.asInProcess(e);
        }
    }

    /** 0, or 4 with a note when the generation stopped at the deadline. */
    private int finished(StopReason reason, PrintWriter err) {
        if (reason == StopReason.TIMEOUT) {
            err.println("run: the generation reached its deadline (" + isolation.deadline()
                    + "); the text above is what came before it");
            return Main.EXIT_DEADLINE;
        }
        return 0;
    }

    /** What a chat (and --tools) is built with: the same in process and in a worker. */
    private ChatOptions chatOptions(List<ChatTool> toolList, String gbnf, String schema) {
        return ChatOptions.builder()
                .tools(toolList)
                .toolChoice(toolChoice)
                .grammar(gbnf)
                .jsonSchema(schema)
                .build();
    }

    private int complete(
            Model m, String text, String gbnf, String schema, Duration timeout, PrintWriter out, PrintWriter err) {
        Sampler.Builder chain = Sampler.builder();
        if (gbnf != null) {
            chain.grammar(gbnf, "root");
        } else if (schema != null) {
            chain.jsonSchema(schema);
        }
        GenerationParams generation =
                GenerationParams.builder().maxTokens(maxTokens).timeout(timeout).build();
        int[] prompt = m.vocab().tokenize(text, generation.addSpecial(), generation.parseSpecial());
        // the prompt and the answer are all this context ever holds
        try (Context context = m.newContext(contextOptions.params(m, (long) prompt.length + maxTokens));
                Sampler sampler = sampling.apply(chain).build(m);
                Generation running = Generation.start(context, sampler, prompt, generation)) {
            Generation.Result result = running.run(tokenIds ? piece -> true : piece -> print(out, piece));
            if (tokenIds) {
                out.println(
                        Arrays.stream(result.tokens()).mapToObj(String::valueOf).collect(Collectors.joining(" ")));
            } else {
                out.println();
            }
            return finished(result.stopReason(), err);
        }
    }

    private int chat(
            Model m,
            String text,
            String gbnf,
            String schema,
            List<ChatTool> toolList,
            Duration timeout,
            PrintWriter out,
            PrintWriter err)
            throws IOException {
        ChatOptions options = chatOptions(toolList, gbnf, schema);
        Chat.Builder builder = Chat.builder(m)
                .context(contextOptions.params(m))
                .options(options)
                .sampler(sampling::apply)
                .maxTokens(maxTokens)
                .specialText(guard.specialText);
        if (chatTemplate != null) {
            builder.template(Files.readString(chatTemplate, StandardCharsets.UTF_8));
        }
        if (timeout != null) {
            builder.timeout(timeout);
        }
        try (Chat session = builder.build()) {
            if (toolList.isEmpty()) {
                session.send(text, piece -> print(out, piece));
                out.println();
            } else {
                out.println(Json.MAPPER.writeValueAsString(toJson(session.send(text))));
            }
            return finished(Objects.requireNonNull(session.lastTurn()).stopReason(), err);
        }
    }

    private static boolean print(PrintWriter out, String piece) {
        out.print(piece);
        out.flush();
        return true;
    }

    /** An answer as JSON: content, reasoning, and tool calls with their arguments as JSON where they parse. */
    static ObjectNode toJson(ChatResponse response) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("content", response.content());
        json.put("reasoning", response.reasoning());
        ArrayNode calls = json.putArray("tool_calls");
        for (ToolCall call : response.toolCalls()) {
            ObjectNode c = calls.addObject();
            c.put("name", call.name());
            try {
                c.set("arguments", Json.MAPPER.readTree(call.arguments()));
            } catch (IOException e) {
                c.put("arguments", call.arguments());
            }
            if (!call.id().isEmpty()) {
                c.put("id", call.id());
            }
        }
        return json;
    }

    private String promptText() throws IOException {
        if (prompt != null && promptFile != null) {
            throw new IllegalArgumentException("give the prompt with -p or -f, not both");
        }
        if (prompt != null) {
            return prompt;
        }
        if (promptFile != null) {
            try {
                return Files.readString(promptFile, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IllegalArgumentException(promptFile + ": the prompt is not UTF-8 text");
            }
        }
        if (System.console() != null && System.console().isTerminal()) {
            throw new IllegalArgumentException("no prompt: give one with -p TEXT, -f FILE or on stdin");
        }
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A JSON Schema given inline (starts with '{') or as a file. */
    private static String readSchema(String schemaOrFile) throws IOException {
        return schemaOrFile.strip().startsWith("{")
                ? schemaOrFile
                : Files.readString(Path.of(schemaOrFile), StandardCharsets.UTF_8);
    }

    /** Tools from a JSON array: OpenAI's {"type":"function","function":{...}} or plain {name, description, parameters}. */
    static List<ChatTool> readTools(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new IllegalArgumentException(file + ": the tools must be a non-empty JSON array");
        }
        List<ChatTool> list = new ArrayList<>();
        for (JsonNode tool : root) {
            JsonNode function = tool.has("function") ? tool.get("function") : tool;
            JsonNode parameters = function.path("parameters");
            list.add(new ChatTool(
                    function.path("name").asText(""),
                    function.path("description").asText(""),
                    parameters.isMissingNode() ? "{\"type\":\"object\",\"properties\":{}}" : parameters.toString()));
        }
        return list;
    }
}
