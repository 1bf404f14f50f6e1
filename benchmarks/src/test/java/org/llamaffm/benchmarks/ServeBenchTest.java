package org.llamaffm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load client against a server in this JVM that streams events at known times, as llama-server's look. */
class ServeBenchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FIRST_DELAY_MILLIS = 60;
    private static final long TOKEN_DELAY_MILLIS = 25;

    private HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", exchange -> stream(exchange, true));
        server.createContext("/v1/completions", exchange -> stream(exchange, false));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A role event, five content events (one of them empty), the finish, the usage, [DONE]. */
    private void stream(HttpExchange exchange, boolean chat) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        bodies.add(JSON.readTree(exchange.getRequestBody()));
        if (status != 200) {
            byte[] body = "{\"error\": {\"message\": \"invalid key\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (chat) {
                send(out, "{\"choices\": [{\"index\": 0, \"delta\": {\"role\": \"assistant\", \"content\": null}}]}");
            }
            sleep(FIRST_DELAY_MILLIS);
            for (String piece : new String[] {"Once", " upon", "", " a", " time"}) {
                send(
                        out,
                        chat
                                ? "{\"choices\": [{\"index\": 0, \"delta\": {\"content\": \"" + piece + "\"}}]}"
                                : "{\"choices\": [{\"index\": 0, \"text\": \"" + piece + "\"}]}");
                sleep(TOKEN_DELAY_MILLIS);
            }
            send(out, "{\"choices\": [{\"index\": 0, \"delta\": {}, \"finish_reason\": \"length\"}]}");
            send(
                    out,
                    "{\"choices\": [], \"usage\": {\"prompt_tokens\": 12, \"completion_tokens\": 5},"
                            + " \"timings\": {\"prompt_ms\": 3.5}}");
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(OutputStream out, String event) throws IOException {
        out.write(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ServeBench client(String... extra) throws IOException {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        String[] args = new String[extra.length + 2];
        args[0] = "--url";
        args[1] = url;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new ServeBench(ServeBench.Options.parse(args));
    }

    @Test
    void aChatRequestIsTimedFromItsFirstContentToItsLast() throws Exception {
        ServeBench.Sample sample = client("--key", "k-123", "--max-tokens", "5").request();

        // the role event (null content) and the empty piece are not content; usage gives the tokens
        assertThat(sample.contentEvents()).isEqualTo(4);
        assertThat(sample.tokens()).isEqualTo(5);
        assertThat(sample.promptTokens()).isEqualTo(12);
        assertThat(sample.serverPromptMs()).isEqualTo(3.5);
        assertThat(sample.ttftMs()).isGreaterThanOrEqualTo(FIRST_DELAY_MILLIS);
        // "Once" to " time": four gaps of TOKEN_DELAY_MILLIS, the empty piece's included
        assertThat(sample.lastMs() - sample.ttftMs()).isGreaterThanOrEqualTo(4 * TOKEN_DELAY_MILLIS);
        assertThat(sample.totalMs()).isGreaterThanOrEqualTo(sample.lastMs());
        assertThat(sample.tokensPerSecond())
                .isCloseTo(4 * 1000.0 / (sample.lastMs() - sample.ttftMs()), within(1e-9))
                .isLessThanOrEqualTo(1000.0 / TOKEN_DELAY_MILLIS);

        assertThat(authorizations).containsExactly("Bearer k-123");
        JsonNode body = bodies.getFirst();
        assertThat(body.path("model").asText()).isEqualTo("demo");
        assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(5);
        assertThat(body.path("temperature").asInt()).isZero();
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean())
                .isTrue();
    }

    @Test
    void aCompletionRequestReadsTextAndSendsTheExtraFieldsWithoutAKey() throws Exception {
        ServeBench.Sample sample = client("--endpoint", "completions", "--prompt", "Hi", "--extra", "{\"seed\": 7}")
                .request();

        assertThat(sample.contentEvents()).isEqualTo(4);
        assertThat(sample.tokens()).isEqualTo(5);
        assertThat(authorizations).containsExactly("null");
        assertThat(bodies.getFirst().path("prompt").asText()).isEqualTo("Hi");
        assertThat(bodies.getFirst().path("seed").asInt()).isEqualTo(7);
        assertThat(bodies.getFirst().has("messages")).isFalse();
    }

    @Test
    void theSummaryCountsEveryClientsRequestsButNotTheWarmUp() throws Exception {
        String line = client("--clients", "3", "--requests", "2", "--warmup", "1", "--label", "fake")
                .run();

        assertThat(bodies).hasSize(1 + 3 * 2);
        assertThat(line).startsWith("serve-bench label=fake clients=3 requests=6 prompt_tokens=12 tokens=5 ttft_ms=");
        assertThat(line).contains(" server_prompt_ms=3.50 first_ttft_ms=");
        // the warm-up's first event came FIRST_DELAY_MILLIS after the request at the earliest
        double firstTtft = Double.parseDouble(line.replaceAll(".* first_ttft_ms=([0-9.]+) .*", "$1"));
        assertThat(firstTtft).isGreaterThanOrEqualTo(FIRST_DELAY_MILLIS);
        // each client's two requests one after the other, each at least its delays long
        double wall = Double.parseDouble(line.replaceAll(".* wall_ms=([0-9.]+).*", "$1"));
        assertThat(wall).isGreaterThanOrEqualTo(2 * (FIRST_DELAY_MILLIS + 4 * TOKEN_DELAY_MILLIS));
        assertThat(line).containsPattern(" client_cpu_ms=[0-9]+ ");
    }

    @Test
    void aRefusedRequestEndsTheRunWithTheServersWords() throws IOException {
        status = 401;
        ServeBench bench = client("--key", "wrong");

        assertThatThrownBy(bench::request)
                .isInstanceOf(ServeBench.ServerError.class)
                .hasMessage("HTTP 401: {\"error\": {\"message\": \"invalid key\"}}");
    }

    @Test
    void percentilesAreByNearestRankOverTheKnownValues() {
        List<ServeBench.Sample> samples = List.of(
                new ServeBench.Sample(40, 0, 0, 0, 1, -1, Double.NaN),
                new ServeBench.Sample(10, 0, 0, 0, 1, 30, Double.NaN),
                new ServeBench.Sample(30, 0, 0, 0, 1, -1, Double.NaN),
                new ServeBench.Sample(20, 0, 0, 0, 1, -1, Double.NaN));

        assertThat(ServeBench.percentile(samples, ServeBench.Sample::ttftMs, 0.5))
                .isEqualTo(20);
        assertThat(ServeBench.percentile(samples, ServeBench.Sample::ttftMs, 0.9))
                .isEqualTo(40);
        // unknown prompt token counts (-1) and server timings (NaN) are left out
        assertThat(ServeBench.percentile(samples, ServeBench.Sample::promptTokens, 0.5))
                .isEqualTo(30);
        assertThat(ServeBench.percentile(samples, ServeBench.Sample::serverPromptMs, 0.5))
                .isNaN();
        // one token has no rate
        assertThat(samples.getFirst().tokensPerSecond()).isNaN();
    }
}
