package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP calls the server's tests make with the JDK's client: JSON posts with a tenant's key ({@code "sk-" + name}),
 * SSE streams split into events, OpenAI's error shape checked, and Prometheus scrapes read back by name and labels.
 * Every call has a timeout, so a server that leaves a connection hanging fails the test instead of stalling it.
 */
final class ServerCalls {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The longest any one call may take: far above what a tiny request needs, far below a stuck connection. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /*
     * No connect timeout of its own: on loopback the kernel connects at once, but with hundreds of requests in flight
     * on this 2-core machine the client has been seen to notice a connection it had (no SYN retried, no listen
     * queue overflow) only after more than 10 s. The request's timeout bounds the whole exchange anyway.
     */
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestServer server;

    ServerCalls(TestServer server) {
        this.server = server;
    }

    /** A request to {@code path} with {@code tenant}'s key (none when null). */
    HttpRequest.Builder request(@Nullable String tenant, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(TIMEOUT);
        if (tenant != null) {
            b.header("Authorization", "Bearer sk-" + tenant);
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(@Nullable String tenant, String path, String body) {
        return post(tenant, path, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(@Nullable String tenant, String path, byte[] body) {
        return send(request(tenant, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    HttpResponse<String> get(@Nullable String tenant, String path) {
        return send(request(tenant, path).GET().build());
    }

    /** POST /v1/chat/completions. */
    HttpResponse<String> chat(String tenant, String body) {
        return post(tenant, "/v1/chat/completions", body);
    }

    /** A streamed chat's events as they arrive, one line at a time (blank lines between events included). */
    HttpResponse<java.util.stream.Stream<String>> chatLines(String tenant, String body) {
        try {
            return http.send(
                    request(tenant, "/v1/chat/completions")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A greedy chat request: one user message, {@code maxTokens}, streamed with usage or not. */
    static String chatBody(String model, String content, long maxTokens, boolean stream) {
        ObjectNode body = JSON.createObjectNode().put("model", model).put("temperature", 0);
        body.put("max_tokens", maxTokens);
        ((ArrayNode) body.putArray("messages")).addObject().put("role", "user").put("content", content);
        if (stream) {
            body.put("stream", true).putObject("stream_options").put("include_usage", true);
        }
        return body.toString();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /**
     * The {@code error} object of an error response, checked to be OpenAI's shape: exactly message, type, param and
     * code, with the status and type asked for, a JSON content type, and the code asked for.
     */
    static JsonNode error(HttpResponse<String> response, int status, String type, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = json(response.body());
        assertThat(body.size()).as(response.body()).isEqualTo(1);
        JsonNode error = body.get("error");
        assertThat(error).as(response.body()).isNotNull();
        List<String> fields = new ArrayList<>();
        error.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(response.body()).containsExactly("message", "type", "param", "code");
        assertThat(error.get("message").isTextual()).isTrue();
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("type").asText()).as(response.body()).isEqualTo(type);
        assertThat(error.get("code").asText()).as(response.body()).isEqualTo(code);
        assertThat(error.get("param").isNull() || error.get("param").isTextual())
                .isTrue();
        return error;
    }

    /** A whole SSE body: its {@code data:} payloads in order ({@code [DONE]} as the text node "[DONE]"). */
    static List<JsonNode> events(String body) {
        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: ")) {
                String data = line.substring("data: ".length());
                events.add(data.equals("[DONE]") ? JSON.getNodeFactory().textNode("[DONE]") : json(data));
            }
        }
        return events;
    }

    /** The text of a streamed chat: its content deltas joined. */
    static String streamedContent(List<JsonNode> events) {
        StringBuilder text = new StringBuilder();
        for (JsonNode e : events) {
            JsonNode content = e.at("/choices/0/delta/content");
            if (content.isTextual()) {
                text.append(content.asText());
            }
        }
        return text.toString();
    }

    /** A scrape of {@code /metrics} from the server's metrics port. */
    String metrics() {
        int port = server.server.metricsPort().orElseThrow();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(TIMEOUT)
                .GET()
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /**
     * A scrape once {@code ready} holds of it, or the last one after 10 s: a request is counted just after its answer
     * is sent, so a scrape right after a client has its answer may miss it.
     */
    String metricsOnce(java.util.function.Predicate<String> ready) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String scrape = metrics();
        while (!ready.test(scrape) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            scrape = metrics();
        }
        return scrape;
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The sum of the samples of {@code name} in {@code scrape} whose labels include every one of {@code labels}. */
    static double metric(String scrape, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> got = new java.util.HashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    got.put(l.group(1), l.group(2));
                }
            }
            if (got.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(m.group(4));
            }
        }
        return sum;
    }

    /**
     * The content of the next event of a streamed chat that has some, read from {@code lines} (as
     * {@link #chatLines} gives them); fails when the stream ends first.
     */
    static String nextContent(java.util.Iterator<String> lines) {
        List<String> seen = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            seen.add(line);
            if (line.startsWith("data: {")) {
                JsonNode content = json(line.substring("data: ".length())).at("/choices/0/delta/content");
                if (content.isTextual() && !content.asText().isEmpty()) {
                    return content.asText();
                }
            }
        }
        throw new AssertionError("the stream ended with no content: " + seen);
    }
}
