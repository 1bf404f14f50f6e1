package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llamaffm.server.ServerCalls.chatBody;
import static org.llamaffm.server.ServerCalls.error;
import static org.llamaffm.server.ServerCalls.events;
import static org.llamaffm.server.ServerCalls.json;
import static org.llamaffm.server.ServerCalls.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.SandboxEvent;
import org.llamaffm.policy.Tenant;

/**
 * Every bad request gets a 4xx in OpenAI's error shape ({@code {"error": {"message", "type", "param", "code"}}}),
 * costs the tenant nothing (no request of its quota, no token, no memory), is never a 500 and never leaves a
 * connection hanging, and a normal request is served right after it; the policy's refusals (quota, busy, deadline)
 * are 429 and 504 that touch no other tenant; slow clients are cut off at the request timeout while others are
 * served, and requests are read and answered while every core generates; {@code /health} and {@code /metrics}.
 *
 * <p>The JDK server reads its request timeout ({@code sun.net.httpserver.maxReqTime}) once per JVM, when the first
 * server starts, and Surefire forks a JVM per test class here: the first server of this class sets it to 2 s.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpErrorsTest {

    static {
        // Virtual threads get as many carriers as cores and no more (none added while one blocks): were the server to
        // run its exchanges on virtual threads, generations on every core would be seen to stop all the others
        // (requestsAreReadAndAnsweredWhileEveryCoreGenerates). Set before any virtual thread exists in this JVM.
        System.setProperty(
                "jdk.virtualThreadScheduler.maxPoolSize",
                String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    @TempDir
    static Path temp;

    /** Under the 10,000-message history below (about 320 KB), so that it reaches the check of the messages. */
    private static final int MAX_BODY = 512 * 1024;

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private static TestServer.Models models;
    /** In process, chat and bert. */
    private static TestServer server;

    private static ServerCalls calls;

    @BeforeAll
    static void start() throws IOException {
        models = TestServer.Models.write(temp);
        server = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat", "bert");
            s.tenants = new LinkedHashMap<>();
            s.tenants.put("alice", List.of("chat", "bert"));
            s.tenants.put("bob", List.of("chat"));
            for (String t : List.of("quota", "tight", "capped", "slow")) {
                s.tenants.put(t, List.of("chat"));
            }
            s.tenantLimits.put("quota", "{\"requestsPerMinute\": 1}");
            s.tenantLimits.put("tight", "{\"maxGrammarBytes\": 64}");
            s.tenantLimits.put("capped", "{\"maxOutputTokens\": 5}");
            s.tenantLimits.put("slow", "{\"deadlineMillis\": 50}");
            // the first server of this JVM: its request timeout is the JVM's
            s.builder = b ->
                    b.requestTimeout(REQUEST_TIMEOUT).maxBodyBytes(MAX_BODY).metricsPort(0);
        });
        calls = new ServerCalls(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static final String HELLO = chatBody("chat", "Hello", 2, false);

    /** A normal request of {@code tenant} is served: the server and its connections are fine. */
    private static void stillServes(String tenant) {
        stillServes(calls, tenant);
    }

    private static void stillServes(ServerCalls calls, String tenant) {
        HttpResponse<String> ok = calls.chat(tenant, HELLO);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok.body()).at("/usage/completion_tokens").asInt()).isEqualTo(2);
    }

    /** The sandbox's counters of {@code tenant}: requests, prompt and generated tokens, denials, reserved memory. */
    private static Map<String, Long> counters(String tenant) {
        return server.sandbox.counters(new Tenant(tenant));
    }

    /**
     * Sends {@code call} as alice (after one normal request, so that her counters exist), checks that it cost her
     * nothing the sandbox counts, and that a normal request is served right after; returns the error object.
     */
    private static JsonNode refused(
            java.util.function.Supplier<HttpResponse<String>> call, int status, String type, String code) {
        stillServes("alice");
        Map<String, Long> before = counters("alice");
        JsonNode error = error(call.get(), status, type, code);
        assertThat(counters("alice")).as("alice's counters after: " + error).isEqualTo(before);
        stillServes("alice");
        return error;
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        JsonNode e = refused(
                () -> calls.chat("alice", "{\"model\": \"chat\", \"messages\": ["),
                400,
                "invalid_request_error",
                "invalid_request");
        assertThat(e.get("message").asText())
                .startsWith("the request body is not valid JSON: ")
                .contains("(line 1, column 32)");
        assertThat(e.get("param").isNull()).isTrue();
        e = refused(() -> calls.chat("alice", "[1, 2]"), 400, "invalid_request_error", "invalid_request");
        assertThat(e.get("message").asText()).isEqualTo("the request body must be a JSON object");
        e = refused(() -> calls.chat("alice", ""), 400, "invalid_request_error", "invalid_request");
        assertThat(e.get("message").asText()).isEqualTo("the request body must be a JSON object");
        // two values for one field: which one the server took would be a guess
        e = refused(
                () -> calls.chat("alice", "{\"model\": \"chat\", \"model\": \"bert\", \"messages\": []}"),
                400,
                "invalid_request_error",
                "invalid_request");
        assertThat(e.get("message").asText()).contains("Duplicate field 'model'");
    }

    @Test
    void invalidUtf8Is400() {
        byte[] body = ("{\"model\": \"chat\", \"messages\": [{\"role\": \"user\", \"content\": \"caf\u00ff\"}]}")
                .getBytes(StandardCharsets.ISO_8859_1); // 0xff is never UTF-8
        JsonNode e = refused(
                () -> calls.post("alice", "/v1/chat/completions", body),
                400,
                "invalid_request_error",
                "invalid_request");
        assertThat(e.get("message").asText()).isEqualTo("the request body is not valid UTF-8");
    }

    @Test
    void unknownFieldsAreIgnored() {
        ObjectNode body = (ObjectNode) json(HELLO);
        body.put("user", "someone");
        body.putObject("metadata").put("k", "v");
        body.put("no_such_field", 42);
        body.putObject("nested_unknown").putArray("x").add(1);
        HttpResponse<String> r = calls.chat("alice", body.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r.body()).at("/choices/0/message/content").asText())
                .isEqualTo(json(calls.chat("alice", HELLO).body())
                        .at("/choices/0/message/content")
                        .asText());
    }

    @Test
    void maxTokensBelowOneIs400AndAHugeOneIsCappedByThePolicy() {
        for (String value : List.of("-5", "0")) {
            JsonNode e = refused(
                    () -> calls.chat("alice", HELLO.replace("\"max_tokens\":2", "\"max_tokens\":" + value)),
                    400,
                    "invalid_request_error",
                    "invalid_request");
            assertThat(e.get("param").asText()).isEqualTo("max_tokens");
            assertThat(e.get("message").asText()).isEqualTo("max_tokens: must be at least 1, was " + value);
        }
        JsonNode e = refused(
                () -> calls.chat("alice", HELLO.replace("\"max_tokens\":2", "\"max_tokens\":\"ten\"")),
                400,
                "invalid_request_error",
                "invalid_request");
        assertThat(e.get("message").asText()).isEqualTo("max_tokens: an integer is needed");
        // over any int: the tenant's maxOutputTokens (5) caps it
        HttpResponse<String> r = calls.chat("capped", chatBody("chat", "Hello", 1_000_000_000_000L, false));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode reply = json(r.body());
        assertThat(reply.at("/usage/completion_tokens").asInt()).isEqualTo(5);
        assertThat(reply.at("/choices/0/finish_reason").asText()).isEqualTo("length");
    }

    @Test
    void aBodyOverTheCapIs413WithContentLengthAndChunked() {
        byte[] big = bodyOf(MAX_BODY + 64 * 1024);
        JsonNode e = refused(
                () -> calls.post("alice", "/v1/chat/completions", big),
                413,
                "invalid_request_error",
                "request_too_large");
        assertThat(e.get("message").asText()).isEqualTo("the request body is over " + MAX_BODY + " bytes");
        // no Content-Length: the JDK client sends a body of unknown length chunked
        e = refused(
                () -> calls.send(calls.request("alice", "/v1/chat/completions")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build()),
                413,
                "invalid_request_error",
                "request_too_large");
        assertThat(e.get("message").asText()).isEqualTo("the request body is over " + MAX_BODY + " bytes");
    }

    /** A valid chat request of {@code size} bytes (the padding in an ignored field). */
    private static byte[] bodyOf(int size) {
        String head =
                "{\"model\": \"chat\", \"max_tokens\": 1, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}],"
                        + " \"padding\": \"";
        String tail = "\"}";
        return (head + "p".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownModelAndAModelTheTenantMayNotUseAreTheSame404() {
        JsonNode unknown = refused(
                () -> calls.chat("alice", chatBody("no-such-model", "Hello", 2, false)),
                404,
                "invalid_request_error",
                "model_not_found");
        // bert is served, to alice; bob may not use it. He gets the very answer a model that does not exist gets, so
        // a tenant learns nothing of what other tenants may use (OpenAI answers so too).
        stillServes("bob");
        Map<String, Long> before = counters("bob");
        JsonNode forbidden = error(
                calls.chat("bob", chatBody("bert", "Hello", 2, false)),
                404,
                "invalid_request_error",
                "model_not_found");
        assertThat(counters("bob")).isEqualTo(before);
        stillServes("bob");
        assertThat(forbidden.get("message").asText().replace("'bert'", "'M'"))
                .isEqualTo(unknown.get("message").asText().replace("'no-such-model'", "'M'"))
                .isEqualTo("the model 'M' does not exist or you do not have access to it");
        assertThat(forbidden.get("param").asText())
                .isEqualTo("model")
                .isEqualTo(unknown.get("param").asText());
        // and the model's own page, and the list, say the same
        JsonNode page = error(calls.get("bob", "/v1/models/bert"), 404, "invalid_request_error", "model_not_found");
        assertThat(page.get("message").asText())
                .isEqualTo(forbidden.get("message").asText());
        HttpResponse<String> list = calls.get("bob", "/v1/models");
        assertThat(json(list.body()).findValuesAsText("id")).containsExactly("chat");
    }

    @Test
    void tenThousandMessagesAre400NamingMessages() {
        ObjectNode body = (ObjectNode) json(HELLO);
        ArrayNode messages = body.putArray("messages");
        for (int i = 0; i < 10_000; i++) {
            messages.addObject().put("role", i % 2 == 0 ? "user" : "assistant").put("content", "hi");
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThan(MAX_BODY);
        JsonNode e = refused(
                () -> calls.post("alice", "/v1/chat/completions", bytes),
                400,
                "invalid_request_error",
                "invalid_request");
        assertThat(e.get("param").asText()).isEqualTo("messages");
        assertThat(e.get("message").asText()).isEqualTo("messages: at most 1024 messages, got 10000");
    }

    @Test
    void aJsonSchemaOverThePolicysCapIs400InvalidGrammar() {
        ObjectNode body = (ObjectNode) json(HELLO);
        ObjectNode schema = body.putObject("response_format")
                .put("type", "json_schema")
                .putObject("json_schema")
                .put("name", "answer")
                .putObject("schema");
        schema.put("type", "object")
                .putObject("properties")
                .putObject("a_rather_long_property_name")
                .put("type", "string");
        assertThat(schema.toString().length()).isGreaterThan(64);
        stillServes("tight");
        Map<String, Long> before = counters("tight");
        JsonNode e = error(calls.chat("tight", body.toString()), 400, "invalid_request_error", "invalid_grammar");
        assertThat(e.get("message").asText()).contains("64");
        // the model never ran: no token was spent (the sandbox counts the refusal, as it counts every request it
        // admitted to a slot: the cap is checked there)
        Map<String, Long> after = counters("tight");
        assertThat(after.get("promptTokens")).isEqualTo(before.get("promptTokens"));
        assertThat(after.get("generatedTokens")).isEqualTo(before.get("generatedTokens"));
        assertThat(after.get("denials")).isEqualTo(before.get("denials") + 1);
        stillServes("tight");
        // within the cap, the same tenant's schema is served
        ((ObjectNode) body.get("response_format").get("json_schema")).set("schema", json("{\"type\":\"object\"}"));
        HttpResponse<String> ok = calls.chat("tight", body.toString().replace("\"max_tokens\":2", "\"max_tokens\":4"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void aMissingOrWrongKeyIs401WithWwwAuthenticate() {
        List<HttpRequest> requests = List.of(
                calls.request(null, "/v1/chat/completions")
                        .POST(HttpRequest.BodyPublishers.ofString(HELLO))
                        .build(),
                calls.request("mallory", "/v1/chat/completions")
                        .POST(HttpRequest.BodyPublishers.ofString(HELLO))
                        .build(),
                calls.request(null, "/v1/chat/completions")
                        .header("Authorization", "Basic c2stYWxpY2U6")
                        .POST(HttpRequest.BodyPublishers.ofString(HELLO))
                        .build(),
                calls.request(null, "/v1/models")
                        .header("Authorization", "Bearer sk-alic")
                        .GET()
                        .build());
        for (HttpRequest request : requests) {
            HttpResponse<String> r = calls.send(request);
            JsonNode e = error(r, 401, "authentication_error", "invalid_api_key");
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(e.get("message").asText())
                    .isEqualTo("a valid API key is needed: send it as 'Authorization: Bearer <key>'");
            stillServes("alice");
        }
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        record Case(String method, String path, String allow) {}
        for (Case c : List.of(
                new Case("GET", "/v1/chat/completions", "POST"),
                new Case("PUT", "/v1/chat/completions", "POST"),
                new Case("DELETE", "/v1/embeddings", "POST"),
                new Case("POST", "/v1/models", "GET"),
                new Case("POST", "/health", "GET"))) {
            HttpResponse<String> r = calls.send(calls.request("alice", c.path())
                    .method(c.method(), HttpRequest.BodyPublishers.ofString(HELLO))
                    .build());
            JsonNode e = error(r, 405, "invalid_request_error", "method_not_allowed");
            assertThat(r.headers().firstValue("Allow")).as(c.toString()).hasValue(c.allow());
            assertThat(e.get("message").asText()).isEqualTo(c.method() + " " + c.path() + " is not served");
            stillServes("alice");
        }
    }

    @Test
    void anUnknownPathIs404() {
        for (String path : List.of("/v2/chat/completions", "/v1/chat", "/")) {
            JsonNode e = refused(() -> calls.post("alice", path, HELLO), 404, "invalid_request_error", "not_found");
            assertThat(e.get("message").asText()).isEqualTo("no endpoint " + path);
        }
    }

    @Test
    void slowClientsAreCutOffAtTheRequestTimeoutWhileOthersAreServed() throws Exception {
        stillServes("alice");
        int port = server.server.port();
        // half a request line; then the headers and half the body the headers announce
        Socket line = new Socket("127.0.0.1", port);
        Socket body = new Socket("127.0.0.1", port);
        try (line;
                body) {
            line.setSoTimeout(15_000);
            body.setSoTimeout(15_000);
            long sent = System.nanoTime();
            write(line, "POST /v1/chat/compl");
            String half = HELLO.substring(0, HELLO.length() / 2);
            write(
                    body,
                    "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk-bob\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + HELLO.length() + "\r\n\r\n"
                            + half);
            CompletableFuture<Long> lineClosed = CompletableFuture.supplyAsync(() -> millisToEof(line, sent));
            CompletableFuture<Long> bodyClosed = CompletableFuture.supplyAsync(() -> millisToEof(body, sent));
            // meanwhile the server serves others, at once
            for (int i = 0; i < 3; i++) {
                long began = System.nanoTime();
                stillServes("alice");
                assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(1500));
            }
            assertThat(lineClosed).isNotDone();
            assertThat(bodyClosed).isNotDone();
            // closed at the request timeout (2 s), give or take the JDK server's 1 s timer and a busy machine
            assertThat(lineClosed.get(15, TimeUnit.SECONDS)).isBetween(1900L, 6000L);
            assertThat(bodyClosed.get(15, TimeUnit.SECONDS)).isBetween(1900L, 6000L);
        }
        // the handler that waited for the body saw its client go (once its read failed, just after the close); nothing
        // was left running
        java.util.function.Predicate<String> gone =
                l -> l.contains("\"tenant\":\"bob\"") && l.contains("\"outcome\":\"client_gone\"");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((server.log().stream().noneMatch(gone) || server.server.inFlight() > 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.log()).anyMatch(gone);
        assertThat(server.server.inFlight()).isZero();
        stillServes("bob");
    }

    @Test
    void aStreamWhoseClientHangsUpStopsGeneratingAndFreesItsSlot() throws Exception {
        String body = chatBody("chat", "Once upon a time", 400, true);
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(15_000);
            write(
                    socket,
                    "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk-bob\r\n"
                            + "Content-Type: application/json\r\nContent-Length: "
                            + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line = in.readLine();
            assertThat(line).isEqualTo("HTTP/1.1 200 OK");
            while (line != null && !line.startsWith("data: ")) {
                line = in.readLine();
            }
            assertThat(line).startsWith("data: {");
        } // hung up after the first event: the stream's next sends fail
        java.util.function.Predicate<String> gone = l -> l.contains("\"tenant\":\"bob\"")
                && l.contains("\"endpoint\":\"chat.completions\"")
                && l.contains("\"outcome\":\"client_gone\"");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((server.log().stream().noneMatch(gone) || server.server.inFlight() > 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        String logged = server.log().stream().filter(gone).reduce((a, b) -> b).orElseThrow();
        // the generation stopped soon after the hang-up, not at its 400 tokens
        assertThat(json(logged).get("completion_tokens").asInt()).isBetween(1, 399);
        assertThat(server.server.inFlight()).isZero();
        stillServes("bob");
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Milliseconds from {@code sentNanos} until the server closed {@code socket}, having sent nothing on it. */
    private static long millisToEof(Socket socket, long sentNanos) {
        try {
            InputStream in = socket.getInputStream();
            byte[] got = in.readAllBytes(); // to EOF; a socket timeout fails the test
            assertThat(new String(got, StandardCharsets.ISO_8859_1)).isEmpty();
            return (System.nanoTime() - sentNanos) / 1_000_000;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void overTheRequestQuotaIs429WithRetryAfterAndOthersAreServed() {
        // refused requests spend nothing of the one request a minute the tenant has
        error(calls.chat("quota", "{"), 400, "invalid_request_error", "invalid_request");
        error(
                calls.chat("quota", chatBody("bert", "Hello", 2, false)),
                404,
                "invalid_request_error",
                "model_not_found");
        error(
                calls.chat("quota", HELLO.replace("\"max_tokens\":2", "\"max_tokens\":-1")),
                400,
                "invalid_request_error",
                "invalid_request");
        assertThat(calls.get("quota", "/v1/models").statusCode()).isEqualTo(200);
        HttpResponse<String> first = calls.chat("quota", HELLO);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        for (boolean stream : new boolean[] {false, true}) {
            HttpResponse<String> r = calls.chat("quota", chatBody("chat", "Hello", 2, stream));
            JsonNode e = error(r, 429, "rate_limit_error", "rate_limited");
            assertThat(e.get("message").asText()).contains("quota");
            // a minute's bucket refills one request in at most 60 s
            assertThat(r.headers().firstValue("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
            stillServes("bob");
        }
    }

    @Test
    void pastTheTenantsDeadlineIs504InProcess() {
        // 50 ms: a prompt and a few of the up to ~480 tokens the 512-token context leaves room for
        JsonNode e = error(
                calls.chat("slow", chatBody("chat", "Hello", 1000, false)), 504, "server_error", "deadline_exceeded");
        assertThat(e.get("message").asText()).isEqualTo("the request ran past its deadline of 50 ms");
        stillServes("bob");
        // streamed: the stream has begun, so the error is its last event, and no [DONE] follows
        HttpResponse<String> r = calls.chat("slow", chatBody("chat", "Hello", 1000, true));
        assertThat(r.statusCode()).isEqualTo(200);
        List<JsonNode> events = events(r.body());
        assertThat(events.getLast().at("/error/code").asText()).as(r.body()).isEqualTo("deadline_exceeded");
        assertThat(events).noneMatch(n -> n.isTextual() && n.asText().equals("[DONE]"));
        stillServes("bob");
    }

    @Test
    void metricsAreServedOnTheirOwnPort() throws InterruptedException {
        stillServes("alice");
        String scrape =
                calls.metricsOnce(m -> metric(m, "llamaffm_generated_tokens_total", Map.of("tenant", "alice")) >= 2);
        assertThat(metric(
                        scrape,
                        "llamaffm_requests_total",
                        Map.of("tenant", "alice", "model", "chat", "endpoint", "chat.completions", "outcome", "ok")))
                .isGreaterThanOrEqualTo(1);
        assertThat(metric(scrape, "llamaffm_generated_tokens_total", Map.of("tenant", "alice", "model", "chat")))
                .isGreaterThanOrEqualTo(2);
        // not on the API port, which says where it is
        JsonNode e = error(calls.get("alice", "/metrics"), 404, "invalid_request_error", "not_found");
        assertThat(e.get("message").asText())
                .isEqualTo("/metrics is served on port "
                        + server.server.metricsPort().orElseThrow());
    }

    @Test
    void healthIs200AndThen503WhileTheServerDrains() throws Exception {
        try (TestServer own = TestServer.start(models, temp, s -> s.models = Set.of("chat"))) {
            ServerCalls c = new ServerCalls(own);
            HttpResponse<String> ok = c.get(null, "/health");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(json(ok.body()).get("status").asText()).isEqualTo("ok");
            assertThat(json(ok.body()).at("/models/0/name").asText()).isEqualTo("chat");
            assertThat(json(ok.body()).at("/models/0/ready").asBoolean()).isTrue();
            // a long request in flight keeps the server draining
            CompletableFuture<HttpResponse<String>> running =
                    CompletableFuture.supplyAsync(() -> c.chat("alice", chatBody("chat", "Hello", 1000, true)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (own.server.inFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            CompletableFuture<Void> stopped =
                    CompletableFuture.runAsync(() -> own.server.shutdown(Duration.ofSeconds(30)));
            HttpResponse<String> draining = c.get(null, "/health");
            while (draining.statusCode() == 200 && System.nanoTime() < deadline) {
                draining = c.get(null, "/health");
            }
            assertThat(draining.statusCode()).as(draining.body()).isEqualTo(503);
            assertThat(json(draining.body()).get("status").asText()).isEqualTo("draining");
            assertThat(json(draining.body()).get("reason").asText()).isEqualTo("the server is shutting down");
            JsonNode refused = error(c.chat("bob", HELLO), 503, "server_error", "shutting_down");
            assertThat(refused.get("message").asText()).isEqualTo("the server is shutting down");
            // the request in flight finishes whole
            HttpResponse<String> finished = running.get(60, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(events(finished.body()).getLast().asText()).isEqualTo("[DONE]");
            stopped.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void requestsAreReadAndAnsweredWhileEveryCoreGenerates() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        try (TestServer busy = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat");
            s.tenants = new LinkedHashMap<>(Map.of("alice", List.of("chat")));
            s.tenantLimits.put("alice", "{\"maxConcurrentRequests\": " + cores + ", \"requestsPerMinute\": 1000}");
            s.limits = new Policy.Limits(cores, 16, Policy.TenantLimits.DEFAULT, 0);
        })) {
            ServerCalls c = new ServerCalls(busy);
            // as many long generations as cores, two more waiting for a slot; the clients on threads of their own
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newCachedThreadPool();
            try {
                List<CompletableFuture<Long>> longs = new java.util.ArrayList<>();
                for (int i = 0; i < cores + 2; i++) {
                    longs.add(CompletableFuture.supplyAsync(
                            () -> {
                                HttpResponse<String> r = c.chat("alice", chatBody("chat", "Hello", 1000, false));
                                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                                return System.nanoTime();
                            },
                            clients));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (busy.sandbox.runningRequests() < cores && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                assertThat(busy.sandbox.runningRequests()).isEqualTo(cores);
                // /health is answered while they generate, not once one of them has ended
                long asked = System.nanoTime();
                HttpResponse<String> health = c.get(null, "/health");
                long answered = System.nanoTime();
                System.out.println("DBG health in " + (answered - asked) / 1_000_000 + " ms, running "
                        + busy.sandbox.runningRequests());
                assertThat(health.statusCode()).isEqualTo(200);
                // and every request, the waiting ones too, is answered
                long firstDone = Long.MAX_VALUE;
                for (CompletableFuture<Long> l : longs) {
                    firstDone = Math.min(firstDone, l.get(120, TimeUnit.SECONDS));
                }
                // on threads that wait for a generation to yield, /health came with the first answer (887 ms both)
                assertThat(Duration.ofNanos(answered - asked))
                        .as(
                                "/health's wait; the first long request ended %d ms after it was sent",
                                (firstDone - asked) / 1_000_000)
                        .isLessThan(Duration.ofNanos((firstDone - asked) / 2));
            } finally {
                clients.shutdown();
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // In workers, one request at a time and none waiting

    @Test
    void inWorkersBusyIs429AndPastTheDeadlineIs504() throws Exception {
        List<SandboxEvent> workerEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TestServer workers = TestServer.start(models, temp, s -> {
            s.isolation = Isolation.WORKER;
            s.models = Set.of("chat");
            s.tenants = new LinkedHashMap<>();
            for (String t : List.of("alice", "bob", "carol", "slow")) {
                s.tenants.put(t, List.of("chat"));
            }
            s.tenantLimits.put("slow", "{\"deadlineMillis\": 100}");
            s.limits = new Policy.Limits(1, 0, Policy.TenantLimits.DEFAULT, 0);
        })) {
            workers.sandbox.addListener(e -> {
                if (e.type() == SandboxEvent.Type.WORKER_CRASHED || e.type() == SandboxEvent.Type.WORKER_STARTED) {
                    workerEvents.add(e);
                }
            });
            ServerCalls c = new ServerCalls(workers);
            HttpResponse<Stream<String>> long1 = c.chatLines("alice", chatBody("chat", "Hello", 1000, true));
            assertThat(long1.statusCode()).isEqualTo(200);
            Iterator<String> lines = long1.body().iterator();
            // alice's request holds the one slot once its first piece has come
            assertThat(ServerCalls.nextContent(lines)).isNotEmpty();
            for (boolean stream : new boolean[] {false, true}) {
                HttpResponse<String> busy = c.chat("carol", chatBody("chat", "Hello", 1000, stream));
                JsonNode e = error(busy, 429, "rate_limit_error", "busy");
                assertThat(e.get("message").asText())
                        .isEqualTo("busy: 1 requests running and 0 waiting; try again later");
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
            }
            String last = "";
            while (lines.hasNext()) {
                String l = lines.next();
                last = l.isEmpty() ? last : l;
            }
            assertThat(last).isEqualTo("data: [DONE]");
            stillServes(c, "bob");
            stillServes(c, "carol");

            // past the tenant's deadline (100 ms) the worker stops generating by itself and answers TIMEOUT: a 504, as
            // in process. The worker is killed only when it has not stopped a grace (2 s) after the deadline, which a
            // request to this model cannot bring about: it lives and serves on
            HttpResponse<String> slow = c.chat("slow", chatBody("chat", "Hello", 1000, false));
            JsonNode e = error(slow, 504, "server_error", "deadline_exceeded");
            assertThat(e.get("message").asText()).isEqualTo("the request ran past its deadline of 100 ms");
            assertThat(workerEvents).isEmpty();
            // and no one else notices
            stillServes(c, "bob");
            stillServes(c, "alice");
        }
    }
}
