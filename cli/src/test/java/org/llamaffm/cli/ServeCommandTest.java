package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.server.ApiKeys;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** {@code llama-ffm serve} as a program: its key hashing, its start-up errors, and SIGTERM's drain. */
class ServeCommandTest {

    @TempDir
    static Path temp;

    private static Path policy;
    private static Path keys;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Greedy, with the end of generation (token 2 of llama's SPM vocabulary) banned: it runs to its cap. */
    private static final String ENDLESS = """
            {"model": "tiny", "prompt": "Hello", "max_tokens": %d, "temperature": 0, "stream": true,
             "logit_bias": {"2": -100}}""";

    @BeforeAll
    static void files() throws IOException {
        Path root = Files.createDirectories(temp.resolve("models"));
        Path model = root.resolve("tiny.gguf");
        // a trained context of 8192, so that a long request outlasts a drain of 1 s on any machine
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .contextLength(8192)
                .seed(9)
                .write(model);
        policy = Files.writeString(temp.resolve("policy.json"), """
                {"modelRoots": ["%s"], "models": [{"sha256": "%s", "name": "tiny", "isolation": "in-process"}]}
                """.formatted(root, new ModelHasher().sha256(model)));
        keys = Files.writeString(temp.resolve("keys.json"), """
                {"tenants": [{"name": "alice", "keySha256": "%s", "models": ["tiny"],
                              "limits": {"maxOutputTokens": 100000}}]}
                """.formatted(ApiKeys.hash("sk-alice")));
    }

    @Test
    void hashKeyPrintsTheHashOfTheKeyOnStandardInput() {
        Cli.Result result = Cli.runWithStdin("sk-alice\n", "serve", "--hash-key");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(ApiKeys.hash("sk-alice"));
        assertThat(ApiKeys.hash("sk-alice"))
                .isEqualTo(ApiKeys.hash("sk-alice\n"))
                .hasSize(64);

        Cli.Result empty = Cli.runWithStdin("\n", "serve", "--hash-key");
        assertThat(empty.exit()).isEqualTo(2);
    }

    @Test
    void aModelThatIsInNoRootIsAStartUpError() throws IOException {
        Path elsewhere = Files.writeString(temp.resolve("elsewhere.json"), """
                {"modelRoots": ["%s"], "models": [{"sha256": "%s", "name": "ghost"}]}
                """.formatted(
                        Files.createDirectories(temp.resolve("empty")), "c".repeat(64)));
        Path ghostKeys = Files.writeString(temp.resolve("ghost-keys.json"), """
                {"tenants": [{"name": "alice", "keySha256": "%s", "models": ["ghost"]}]}
                """.formatted(ApiKeys.hash("sk-alice")));
        Cli.Result result = Cli.run("serve", "--policy", elsewhere.toString(), "--keys", ghostKeys.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("has the SHA-256 of [ghost (" + "c".repeat(64) + ")]");

        Path badKeys = Files.writeString(temp.resolve("bad-keys.json"), """
                {"tenants": [{"name": "alice", "keySha256": "sk-alice", "models": ["tiny"]}]}
                """);
        Cli.Result bad = Cli.run("serve", "--policy", policy.toString(), "--keys", badKeys.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("bad-keys.json:1:").contains("keySha256").doesNotContain("sk-alice\"");
    }

    /** SIGTERM: the stream in flight runs to its end, new connections are refused, then the process ends. */
    @Test
    void sigtermDrainsTheRequestsInFlight() throws Exception {
        Server server = Server.start("--drain", "60");
        try {
            CompletableFuture<HttpResponse<String>> stream =
                    HTTP.sendAsync(server.post(ENDLESS.formatted(120)), HttpResponse.BodyHandlers.ofString());
            server.waitFor(server::inFlightSeen, "a request");
            server.terminate();
            server.waitFor(() -> server.err.indexOf("\"event\":\"draining\"") >= 0, "the drain");
            HttpResponse<String> response = stream.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"finish_reason\":\"length\"").endsWith("data: [DONE]\n\n");
            assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            server.waitFor(() -> server.err.indexOf("\"event\":\"stopped\"") >= 0, "the stop");
            assertThat(server.err.toString()).contains("\"event\":\"stopped\"").contains("\"drained\":1");
            assertThat(server.err.toString()).contains("\"cancelled\":0");
            try {
                HTTP.send(server.post(ENDLESS.formatted(1)), HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("the stopped server answered");
            } catch (ConnectException expected) {
                // nothing listens any more
            }
        } finally {
            server.process.destroyForcibly();
        }
    }

    /**
     * Past --drain, what is still running is cancelled: the stream ends with an error event (no [DONE]), the process
     * ends.
     */
    @Test
    void pastTheDrainDeadlineRequestsAreCancelled() throws Exception {
        Server server = Server.start("--drain", "1");
        try {
            CompletableFuture<HttpResponse<String>> stream =
                    HTTP.sendAsync(server.post(ENDLESS.formatted(100_000)), HttpResponse.BodyHandlers.ofString());
            server.waitFor(server::inFlightSeen, "a request");
            long start = System.nanoTime();
            server.terminate();
            assertThat(server.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            server.waitFor(() -> server.err.indexOf("\"event\":\"stopped\"") >= 0, "the stop");
            assertThat(server.err.toString()).contains("\"cancelled\":1");
            try {
                HttpResponse<String> response = stream.get(30, TimeUnit.SECONDS);
                assertThat(response.body())
                        .contains("\"code\":\"shutting_down\"")
                        .doesNotContain("[DONE]");
            } catch (java.util.concurrent.ExecutionException closed) {
                assertThat(closed.getCause()).isInstanceOf(IOException.class);
            }
        } finally {
            server.process.destroyForcibly();
        }
    }

    @Test
    void anAddressBeyondLoopbackWithoutTlsIsAWarning() throws Exception {
        Server server = Server.start("--host", "0.0.0.0");
        try {
            assertThat(server.err.toString())
                    .contains("\"event\":\"no_tls\"")
                    .contains("listening on 0.0.0.0 without TLS");
            server.terminate();
            assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.process.destroyForcibly();
        }
    }

    /** A {@code llama-ffm serve} process on a free port. */
    private record Server(Process process, StringBuffer err, int port) {

        static Server start(String... extra) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "serve",
                    "--policy",
                    policy.toString(),
                    "--keys",
                    keys.toString(),
                    "--port",
                    "0",
                    "-c",
                    "4096",
                    "-t",
                    "1"));
            command.addAll(List.of(extra));
            Process process = new ProcessBuilder(command).start();
            StringBuffer err = new StringBuffer();
            Thread.ofPlatform().daemon().start(() -> copy(process.getErrorStream(), err));
            Thread.ofPlatform().daemon().start(() -> copy(process.getInputStream(), new StringBuffer()));
            Pattern started = Pattern.compile("\"event\":\"started\".*\"address\":\"[^\"]*:(\\d+)\"");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Matcher m = started.matcher(err);
                if (m.find()) {
                    return new Server(process, err, Integer.parseInt(m.group(1)));
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(20);
            }
            process.destroyForcibly();
            throw new AssertionError("serve did not start: " + err);
        }

        /** SIGTERM, with kill(1): Process.destroy() would also close the pipes of the log this test reads. */
        void terminate() throws IOException, InterruptedException {
            new ProcessBuilder("/bin/kill", "-TERM", String.valueOf(process.pid()))
                    .start()
                    .waitFor();
        }

        HttpRequest post(String body) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/completions"))
                    .header("Authorization", "Bearer sk-alice")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }

        /** Whether the server is serving a request now (its health check counts it). */
        boolean inFlightSeen() {
            try {
                HttpResponse<String> metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return metrics.body().contains("\"in_flight\":1");
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + what + " within 60 s (alive: " + process.isAlive() + "): " + err);
                }
                Thread.sleep(20);
            }
        }
    }

    private static void copy(InputStream in, StringBuffer to) {
        try (var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                to.append(buffer, 0, n);
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
