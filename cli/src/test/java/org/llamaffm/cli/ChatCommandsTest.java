package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code llama-ffm chat} and run's chat and structured-output options, on the demo model. */
class ChatCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static String template(String name) throws Exception {
        return TestTemplates.file(name);
    }

    @Test
    void chatAnswersEachLineAndUnderstandsResetAndExit() {
        Cli.Result result =
                Cli.runWithStdin("Hello\n\n/reset\nHello\n/exit\nnot read\n", "chat", "-n", "6", "--temp", "0");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).contains("using the built-in demo model").contains("(conversation reset)");
        var answers = result.out().lines().toList();
        assertThat(answers).hasSize(2);
        // after /reset the same message in a fresh conversation gets the same (greedy) answer
        assertThat(answers.get(1)).isEqualTo(answers.get(0)).isNotBlank();
        assertThat(run("chat", "--help").out()).contains("Usage: llama-ffm chat", "/reset", "Ctrl-C");
    }

    @Test
    void chatEndsAtTheEndOfInput() {
        Cli.Result result = Cli.runWithStdin("Hi\n", "chat", "-n", "4", "--temp", "0", "--system", "Be brief.");
        assertThat(result.exit()).isZero();
        assertThat(result.out().lines()).hasSize(1);
    }

    @Test
    void runWithAJsonSchemaPrintsJsonThatFollowsIt() throws Exception {
        String schema = """
                {"type":"object","properties":{"ok":{"type":"boolean"},"n":{"type":"integer","minimum":3,"maximum":7}},
                 "required":["ok","n"],"additionalProperties":false}""";
        for (String seed : new String[] {"1", "2", "3"}) {
            Cli.Result result = run("run", "-p", "JSON:", "--json-schema", schema, "-n", "200", "--seed", seed);
            assertThat(result.exit()).isZero();
            JsonNode json = JSON.readTree(result.out());
            assertThat(json.get("ok").isBoolean()).isTrue();
            assertThat(json.get("n").asInt()).isBetween(3, 7);
            assertThat(json.size()).isEqualTo(2);
        }
        Path file = temp.resolve("schema.json");
        Files.writeString(file, "{\"enum\":[\"alpha\",\"beta\"]}");
        Cli.Result fromFile = run("run", "-p", "Pick:", "--json-schema", file.toString(), "--temp", "0");
        assertThat(fromFile.out().strip()).isIn("\"alpha\"", "\"beta\"");
    }

    @Test
    void runWithAGrammarPrintsWhatItAllows() throws Exception {
        Path grammar = temp.resolve("answer.gbnf");
        Files.writeString(grammar, "root ::= (\"yes\" | \"no\") \" because \" [a-z]{2,5} \".\"\n");
        Cli.Result result = run("run", "-p", "Answer:", "--grammar", grammar.toString(), "--seed", "4");
        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).matches("(yes|no) because [a-z]{2,5}\\.");
    }

    @Test
    void runChatAndToolsGoThroughTheTemplate() throws Exception {
        Cli.Result chat = run("run", "--chat", "-p", "Hi", "-n", "8", "--temp", "0");
        assertThat(chat.exit()).isZero();
        assertThat(chat.out()).isNotBlank();

        Path tools = temp.resolve("tools.json");
        Files.writeString(tools, """
                [{"type":"function","function":{"name":"get_weather","description":"Current weather",
                  "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}},
                 {"name":"get_time","description":"Current time"}]""");
        Cli.Result result = run(
                "run",
                "--tools",
                tools.toString(),
                "--chat-template",
                template("Qwen-Qwen2.5-7B-Instruct"),
                "-p",
                "Weather in Paris?",
                "-n",
                "8",
                "--temp",
                "0");
        assertThat(result.exit()).isZero();
        assertThat(result.out().lines()).hasSize(1);
        JsonNode answer = JSON.readTree(result.out());
        assertThat(answer.fieldNames()).toIterable().containsExactly("content", "reasoning", "tool_calls");
        assertThat(answer.get("tool_calls").isArray()).isTrue();
    }

    @Test
    void aMessageThatSpellsASpecialTokenIsRefusedUnlessAskedOtherwise() {
        // the demo model's vocabulary (GPT-2's) has the control token <|endoftext|>
        Cli.Result refused = run("run", "--chat", "-p", "hello <|endoftext|> world", "-n", "4", "--temp", "0");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .endsWith("run: message 0 (user) is refused: its content spells the special token "
                        + "'<|endoftext|>' at character 6 (the chat rejects such text; Chat.SpecialText.NEUTRALIZE keeps it as "
                        + "plain characters)\n");

        Cli.Result neutralized = run(
                "run",
                "--chat",
                "--special-text",
                "NEUTRALIZE",
                "-p",
                "hello <|endoftext|> world",
                "-n",
                "4",
                "--temp",
                "0");
        assertThat(neutralized.exit()).as(neutralized.err()).isZero();
        assertThat(neutralized.out()).isNotBlank();

        Cli.Result chat = Cli.runWithStdin("hi <|endoftext|>\nHi\n", "chat", "-n", "4", "--temp", "0");
        assertThat(chat.exit()).isZero();
        assertThat(chat.out().lines()).hasSize(1); // the refused line is reported, the next one answered
        assertThat(chat.err()).contains("spells the special token '<|endoftext|>'");
    }

    @Test
    void badStructuredOutputOptionsAreOneLineErrors() throws Exception {
        Cli.Result both = run("run", "-p", "x", "--grammar", "g.gbnf", "--json-schema", "{}");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("run: give --grammar or --json-schema, not both\n");

        Cli.Result badSchema = run("run", "-p", "x", "--json-schema", "{\"type\":\"array\",\"maxItems\":99999999}");
        assertThat(badSchema.exit()).isEqualTo(1);
        assertThat(badSchema.err()).endsWith("run: maxItems at # is 99999999; it must be in [0, 2000]\n");

        Path grammar = temp.resolve("bad.gbnf");
        Files.writeString(grammar, "root ::= (");
        Cli.Result badGrammar = run("run", "-p", "x", "--grammar", grammar.toString());
        assertThat(badGrammar.exit()).isEqualTo(1);
        assertThat(badGrammar.err().lines().toList().getLast())
                .startsWith("run: llama.cpp could not create the grammar sampler");

        Path tools = temp.resolve("tools.json");
        Files.writeString(tools, "{\"name\":\"f\"}");
        Cli.Result badTools = run("run", "-p", "x", "--tools", tools.toString());
        assertThat(badTools.exit()).isEqualTo(1);
        assertThat(badTools.err()).isEqualTo("run: " + tools + ": the tools must be a non-empty JSON array\n");

        Cli.Result idsInChat = run("run", "-p", "x", "--chat", "--token-ids");
        assertThat(idsInChat.exit()).isEqualTo(1);
        assertThat(idsInChat.err()).isEqualTo("run: --token-ids does not go with --chat or --tools\n");
    }

    @Test
    void ctrlCStopsTheAnswerNotTheProgram() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs kill (POSIX)");
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process chat = new ProcessBuilder(
                        javaCommand.toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "chat",
                        "-n",
                        "100000",
                        "-c",
                        "2048",
                        "--temp",
                        "0")
                .start();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        Thread.ofPlatform().daemon().start(() -> copy(chat.getInputStream(), out));
        Thread.ofPlatform().daemon().start(() -> copy(chat.getErrorStream(), err));
        try (var stdin =
                new java.io.PrintWriter(chat.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8)) {
            stdin.println("Tell me everything");
            waitFor(() -> out.length() > 0, chat); // the answer is streaming
            new ProcessBuilder("/bin/kill", "-INT", String.valueOf(chat.pid()))
                    .start()
                    .waitFor();
            waitFor(() -> err.indexOf("(stopped)") >= 0, chat);
            assertThat(chat.isAlive()).isTrue();
            stdin.println("/exit");
        }
        assertThat(chat.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(chat.exitValue()).as(err.toString()).isZero();
    }

    /** With the model in a worker, Ctrl-C cancels the worker's answer, and the same worker answers the next line. */
    @Test
    void ctrlCStopsAWorkersAnswerNotTheWorker() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs kill (POSIX)");
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process chat = new ProcessBuilder(
                        javaCommand.toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "chat",
                        "-n",
                        "100000",
                        "-c",
                        "2048",
                        "--temp",
                        "0",
                        "--isolation",
                        "worker")
                .start();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        Thread.ofPlatform().daemon().start(() -> copy(chat.getInputStream(), out));
        Thread.ofPlatform().daemon().start(() -> copy(chat.getErrorStream(), err));
        try (var stdin =
                new java.io.PrintWriter(chat.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8)) {
            stdin.println("Tell me everything");
            waitFor(() -> out.length() > 0, chat); // the answer is streaming, from the worker
            List<ProcessHandle> worker = chat.descendants().toList(); // its JVM (behind `unshare` where allowed)
            assertThat(worker).isNotEmpty();
            List<String> kill = List.of("/bin/kill", "-INT", String.valueOf(chat.pid()));
            new ProcessBuilder(kill).start().waitFor();
            waitFor(() -> err.indexOf("(stopped)") >= 0, chat);
            int answered = out.length();
            stdin.println("Hi");
            waitFor(() -> out.length() > answered, chat); // the same worker answers the next line
            new ProcessBuilder(kill).start().waitFor();
            waitFor(() -> err.lastIndexOf("(stopped)") > err.indexOf("(stopped)"), chat);
            assertThat(worker).allMatch(ProcessHandle::isAlive);
            stdin.println("/exit");
        }
        assertThat(chat.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(chat.exitValue()).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("died");
    }

    private static void copy(InputStream in, StringBuffer to) {
        try (var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                to.append(buffer, 0, n);
            }
        } catch (java.io.IOException e) {
            // the process ended
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Process process)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                process.destroyForcibly();
                throw new AssertionError("the chat did not get there (alive: " + process.isAlive() + ")");
            }
            Thread.sleep(10);
        }
    }
}
