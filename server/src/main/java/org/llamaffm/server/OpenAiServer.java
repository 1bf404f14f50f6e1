package org.llamaffm.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.StopReason;
import org.llamaffm.chat.ToolCall;
import org.llamaffm.embed.Normalization;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.ModelHealth;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.Session;
import org.llamaffm.policy.Tenant;

/**
 * An OpenAI-compatible HTTP server over a {@link Sandbox}: each API key of {@link ApiKeys} is a tenant, and each
 * request runs through a policy {@link Session} of that tenant, so the policy's quotas, deadlines, caps and the
 * isolation of each model hold over HTTP. Built on the JDK's own {@code com.sun.net.httpserver}, one platform thread
 * per exchange.
 *
 * {@snippet :
 * try (OpenAiServer server = OpenAiServer.builder(sandbox, ApiKeys.load(keysFile, limits))
 *         .model(admitted, context)
 *         .start()) {
 *     System.out.println("listening on " + server.port());
 *     server.awaitShutdown();
 * }
 * }
 *
 * <p>Endpoints: {@code POST /v1/chat/completions}, {@code /v1/completions}, {@code /v1/embeddings},
 * {@code /v1/rerank}; {@code GET /v1/models}, {@code /v1/models/{id}}; {@code GET /health} (no key);
 * {@code GET /metrics} (on a port of its own, or behind a metrics key).
 */
public final class OpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Sandbox sandbox;
    private final ApiKeys keys;
    private final Map<String, AdmittedModel> models;
    private final Map<String, ContextParams> contexts;
    private final Builder options;
    private final HttpServer http;
    private final @Nullable HttpServer metricsHttp;
    /*
     * Platform threads, not virtual ones: a generation in this process is native code that never yields its carrier,
     * so requests generating on as many virtual threads as there are cores (maxConcurrentRequests >= cores) would stop
     * every other exchange from being read, /health included, and the JDK server would close their connections
     * unanswered at the request timeout. The OS schedules platform threads around a generation.
     */
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("llama-ffm-http-", 0).factory());
    private final ServerMetrics metrics;
    private final ServerLog log;
    private final long createdSeconds = Instant.now().getEpochSecond();

    /**
     * The sessions of each (tenant, model): a request borrows one, so a context serves one request at a time, and at
     * most the tenant's maxConcurrentRequests exist at once (else every request waiting for the tenant's slot would
     * hold a context, its KV cache allocated, of its own).
     */
    private final Map<String, Sessions> sessions = new ConcurrentHashMap<>();

    /** A (tenant, model)'s idle sessions and the permits to use one. */
    private record Sessions(ConcurrentLinkedDeque<Session> idle, java.util.concurrent.Semaphore permits) {}
    /** Sessions serving a request now, to cancel them when the drain deadline passes. */
    private final Set<Session> busy = ConcurrentHashMap.newKeySet();

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Object stopLock = new Object();
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

    private OpenAiServer(Builder b) throws IOException {
        this.sandbox = b.sandbox;
        this.keys = b.keys;
        this.models = Map.copyOf(b.models);
        this.contexts = Map.copyOf(b.contexts);
        this.options = b;
        this.log = new ServerLog(b.log);
        this.metrics = new ServerMetrics(sandbox, Math.max(1, keys.entries().size()));
        for (AdmittedModel model : models.values()) {
            // the token capacity of the contexts that serve the model, for the KV-cache gauge
            int contexts = model.isolation() == Isolation.WORKER
                    ? sandbox.policy().workers().workersPerModel()
                    : sandbox.policy().limits().maxConcurrentRequests();
            metrics.capacity(
                    model.name(), (long) this.contexts.get(model.name()).contextSize() * contexts);
        }
        configureJdkServer(b);
        if (b.tls != null) {
            HttpsServer https = HttpsServer.create(b.address, 128);
            https.setHttpsConfigurator(TlsFiles.configurator(b.tls));
            this.http = https;
        } else {
            this.http = HttpServer.create(b.address, 128);
        }
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        if (b.metricsPort >= 0) {
            metricsHttp = HttpServer.create(new InetSocketAddress(b.address.getAddress(), b.metricsPort), 16);
            metricsHttp.setExecutor(executor);
            metricsHttp.createContext("/", exchange -> {
                try (exchange) {
                    if (exchange.getRequestURI().getPath().equals("/metrics")) {
                        sendMetrics(exchange);
                    } else {
                        sendError(exchange, ApiError.notFound("only /metrics is served on this port"), "");
                    }
                }
            });
        } else {
            metricsHttp = null;
        }
    }

    /**
     * The JDK server's limits are system properties, read once per JVM: the time to receive a request's headers and
     * body (a slow client's connection is closed after it), and the connections open at once (past it, the JDK server
     * closes each new one as it accepts it, unserved: it does not queue them), and TCP_NODELAY on every connection. Set
     * here unless the JVM was started with them.
     *
     * <p>Without TCP_NODELAY a stream's first event waited for the client's delayed ACK of the headers (Nagle's
     * algorithm holds a small segment while an earlier one is unacknowledged): ~20 ms more time to first token on
     * loopback, and later tokens leaving in bursts.
     */
    private static void configureJdkServer(Builder b) {
        System.getProperties()
                .putIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(b.requestTimeout.toSeconds()));
        System.getProperties().putIfAbsent("jdk.httpserver.maxConnections", String.valueOf(b.maxConnections));
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    /**
     * A server over {@code sandbox}, for the tenants of {@code keys}.
     *
     * @param sandbox the sandbox whose policy limits every request (a tenant's own limits are the keys file's)
     * @param keys    the API keys, each a tenant with the models it may use
     */
    public static Builder builder(Sandbox sandbox, ApiKeys keys) {
        return new Builder(sandbox, keys);
    }

    /** How the server is set up; {@link #start()} starts it. */
    public static final class Builder {
        private final Sandbox sandbox;
        private final ApiKeys keys;
        private final Map<String, AdmittedModel> models = new LinkedHashMap<>();
        private final Map<String, ContextParams> contexts = new LinkedHashMap<>();
        private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 8080);
        private @Nullable SSLContext tls;
        private int maxBodyBytes = 4 << 20;
        private int maxMessages = 1024;
        private int maxConnections = 256;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int metricsPort = -1;
        private @Nullable String metricsKeySha256;
        private boolean logPrompts;
        private Consumer<String> log = System.err::println;

        private Builder(Sandbox sandbox, ApiKeys keys) {
            this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        /**
         * Serves {@code model} under its {@link AdmittedModel#name()}, each session with {@code context}: the one
         * the model was admitted with, so that its workers are prestarted for it.
         */
        public Builder model(AdmittedModel model, ContextParams context) {
            if (models.putIfAbsent(model.name(), model) != null) {
                throw new IllegalArgumentException("two models are named '" + model.name() + "'");
            }
            contexts.put(model.name(), Objects.requireNonNull(context, "context"));
            return this;
        }

        /** Where to listen; 127.0.0.1:8080 by default, port 0 for any free one. */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Serves HTTPS with {@code tls} ({@link TlsFiles#sslContext}). */
        public Builder tls(SSLContext tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /** The largest request body; a larger one gets 413. 4 MiB by default. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = positive(maxBodyBytes, "maxBodyBytes");
            return this;
        }

        /** The most messages in a chat request. 1024 by default. */
        public Builder maxMessages(int maxMessages) {
            this.maxMessages = positive(maxMessages, "maxMessages");
            return this;
        }

        /**
         * Connections open at once, idle ones included (JVM-wide: the JDK server reads it once); past it a new
         * connection is closed unserved. 256 by default.
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = positive(maxConnections, "maxConnections");
            return this;
        }

        /**
         * The longest a client may take to send a request's headers and body (JVM-wide: the JDK server reads it
         * once); a slower one's connection is closed. 30 s by default.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            if (requestTimeout.toSeconds() < 1) {
                throw new IllegalArgumentException("requestTimeout must be at least 1 s, was " + requestTimeout);
            }
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** Serves {@code GET /metrics} on a port of its own (no key), on the same address; 0 for any free one. */
        public Builder metricsPort(int metricsPort) {
            if (metricsPort < 0 || metricsPort > 65535) {
                throw new IllegalArgumentException("metricsPort must be in [0, 65535], was " + metricsPort);
            }
            this.metricsPort = metricsPort;
            return this;
        }

        /** Serves {@code GET /metrics} on the main port to callers with the key of this SHA-256. */
        public Builder metricsKeySha256(String sha256) {
            this.metricsKeySha256 = ApiKeys.checkHash(sha256);
            return this;
        }

        /** Whether request lines in the log carry the prompt (off by default: prompts are the tenants' data). */
        public Builder logPrompts(boolean logPrompts) {
            this.logPrompts = logPrompts;
            return this;
        }

        /** Where the log's JSON lines go; standard error by default. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * Starts listening.
         *
         * @throws IllegalArgumentException when no model is served, or a tenant may use a model the server does not
         *                                  serve
         * @throws IOException              when the address cannot be bound
         */
        public OpenAiServer start() throws IOException {
            if (models.isEmpty()) {
                throw new IllegalArgumentException("no model to serve");
            }
            for (ApiKeys.Entry entry : keys.entries()) {
                for (String model : entry.models()) {
                    if (!model.equals(ApiKeys.ALL_MODELS) && !models.containsKey(model)) {
                        throw new IllegalArgumentException("tenant " + entry.name() + " may use model '" + model
                                + "', which the server does not serve (it serves " + models.keySet() + ")");
                    }
                }
            }
            OpenAiServer server = new OpenAiServer(this);
            server.http.start();
            if (server.metricsHttp != null) {
                server.metricsHttp.start();
            }
            server.log.info(
                    "started",
                    Map.of(
                            "address", server.http.getAddress().toString(),
                            "tls", tls != null,
                            "models", List.copyOf(models.keySet()),
                            "tenants", keys.entries().size()));
            return server;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The port of {@code /metrics}, when it has one of its own. */
    public Optional<Integer> metricsPort() {
        return Optional.ofNullable(metricsHttp).map(s -> s.getAddress().getPort());
    }

    /**
     * A {@link java.util.logging} formatter that writes each record as one JSON line, as the server's own lines are:
     * for the library's logs (the sandbox's events, llama.cpp's lines) when the server runs as a program.
     */
    public static java.util.logging.Formatter logFormatter() {
        return ServerLog.julFormatter();
    }

    /** Requests being served now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Stops: new requests get 503 at once, requests in flight may finish for up to {@code drain}, then whatever is
     * still running is cancelled and every connection closed. The sandbox and its models stay open (their owner
     * closes them). Idempotent.
     */
    public void shutdown(Duration drain) {
        synchronized (stopLock) {
            if (stopped.get()) {
                return;
            }
            draining.set(true);
            int waiting = inFlight.get();
            log.info("draining", Map.of("in_flight", waiting, "deadline_ms", drain.toMillis()));
            long end = System.nanoTime() + drain.toNanos();
            while (inFlight.get() > 0 && System.nanoTime() - end < 0) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int left = inFlight.get();
            busy.forEach(Session::cancel);
            http.stop(left > 0 ? 1 : 0);
            if (metricsHttp != null) {
                metricsHttp.stop(0);
            }
            executor.shutdownNow();
            sessions.values().forEach(s -> s.idle().forEach(Session::close));
            sessions.clear();
            stopped.set(true);
            log.info("stopped", Map.of("drained", waiting - left, "cancelled", left));
            done.countDown();
        }
    }

    /** Waits until {@link #shutdown(Duration)} has stopped the server (from another thread, e.g. at SIGTERM). */
    public void awaitShutdown() throws InterruptedException {
        done.await();
    }

    /** {@link #shutdown(Duration)} with no time to drain. */
    @Override
    public void close() {
        shutdown(Duration.ZERO);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Exchanges

    /** One exchange's facts, for its log line and its metrics. */
    private static final class Call {
        final String id;
        final long startNanos = System.nanoTime();
        String endpoint = "";
        String tenant = "";
        String model = "";
        String outcome = "ok";
        int status = 200;
        int promptTokens;
        int completionTokens;

        @Nullable
        String prompt;

        boolean counted;

        Call(String id) {
            this.id = id;
        }
    }

    private void handle(HttpExchange exchange) {
        Call call = new Call(requestId(exchange));
        inFlight.incrementAndGet();
        try (exchange) {
            exchange.getResponseHeaders().set("X-Request-Id", call.id);
            try {
                route(exchange, call);
            } catch (ClientGone e) {
                call.outcome = "client_gone";
            } catch (RuntimeException e) {
                ApiError error = ApiError.of(e);
                if (error == null) {
                    log.write("error", "bug", Map.of("request_id", call.id, "error", String.valueOf(e)));
                    error = ApiError.internal(call.id);
                }
                call.status = error.status();
                call.outcome = error.code();
                if (!call.tenant.isEmpty() && !call.model.isEmpty()) {
                    metrics.denied(call.tenant, call.model, error.code());
                }
                sendError(exchange, error, call.id);
            }
        } catch (IOException e) {
            call.outcome = "client_gone";
        } finally {
            inFlight.decrementAndGet();
            if (!call.endpoint.isEmpty() && !call.tenant.isEmpty() && !call.model.isEmpty()) {
                metrics.request(call.tenant, call.model, call.endpoint, call.outcome);
                if (call.promptTokens + call.completionTokens > 0) {
                    metrics.tokens(call.tenant, call.model, call.promptTokens, call.completionTokens);
                }
            }
            if (!call.endpoint.isEmpty()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("request_id", call.id);
                line.put("tenant", call.tenant.isEmpty() ? null : call.tenant);
                line.put("model", call.model.isEmpty() ? null : call.model);
                line.put("endpoint", call.endpoint);
                line.put("status", call.status);
                line.put("outcome", call.outcome);
                line.put("prompt_tokens", call.promptTokens);
                line.put("completion_tokens", call.completionTokens);
                line.put("ms", (System.nanoTime() - call.startNanos) / 1_000_000);
                line.put("prompt", options.logPrompts ? call.prompt : null);
                log.info("request", line);
            }
        }
    }

    private static String requestId(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
            return given;
        }
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private void route(HttpExchange exchange, Call call) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/health")) {
            call.endpoint = "health";
            requireMethod(exchange, "GET");
            sendHealth(exchange, call);
            return;
        }
        if (path.equals("/metrics")) {
            call.endpoint = "metrics";
            requireMethod(exchange, "GET");
            if (options.metricsKeySha256 == null) {
                throw ApiError.notFound(
                        metricsHttp != null
                                ? "/metrics is served on port " + metricsPort().orElseThrow()
                                : "/metrics is not served");
            }
            if (!metricsKey(exchange)) {
                throw ApiError.unauthorized();
            }
            sendMetrics(exchange);
            return;
        }
        String endpoint = switch (path) {
            case "/v1/chat/completions" -> "chat.completions";
            case "/v1/completions" -> "completions";
            case "/v1/embeddings" -> "embeddings";
            case "/v1/rerank", "/v1/reranking", "/rerank" -> "rerank";
            case "/v1/models" -> "models";
            default -> path.startsWith("/v1/models/") ? "models" : null;
        };
        if (endpoint == null) {
            throw ApiError.notFound("no endpoint " + path);
        }
        call.endpoint = endpoint;
        ApiKeys.Entry entry = keys.authenticate(exchange.getRequestHeaders().getFirst("Authorization"))
                .orElseThrow(ApiError::unauthorized);
        call.tenant = entry.name();
        if (endpoint.equals("models")) {
            requireMethod(exchange, "GET");
            sendModels(exchange, entry, path);
            return;
        }
        requireMethod(exchange, "POST");
        if (draining.get()) {
            throw ApiError.draining();
        }
        JsonNode body = body(exchange);
        String name = Requests.model(body);
        AdmittedModel model = models.get(name);
        if (model == null || !keys.allows(entry, name)) {
            throw ApiError.modelNotFound(name);
        }
        call.model = name;
        switch (endpoint) {
            case "chat.completions" -> chat(exchange, call, entry, model, Requests.chat(body, options.maxMessages));
            case "completions" -> completion(exchange, call, entry, model, Requests.completion(body));
            case "embeddings" -> embeddings(exchange, call, entry, model, Requests.embedding(body));
            default -> rerank(exchange, call, entry, model, Requests.rerank(body));
        }
    }

    /** A 405 names the one method the path serves in its {@code Allow} header. */
    private static void requireMethod(HttpExchange exchange, String allowed) {
        String method = exchange.getRequestMethod();
        if (!method.equals(allowed)) {
            exchange.getResponseHeaders().set("Allow", allowed);
            throw ApiError.methodNotAllowed(method, exchange.getRequestURI().getPath());
        }
    }

    private boolean metricsKey(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = ApiKeys.hash(header.substring(7).strip()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(
                presented, Objects.requireNonNull(options.metricsKeySha256).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The body as JSON: at most maxBodyBytes, strict UTF-8, an object. Its Content-Type is not checked, as
     * llama-server does not check it: {@code curl -d} sends a form's type.
     */
    private JsonNode body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > options.maxBodyBytes) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    throw ApiError.tooLarge(options.maxBodyBytes);
                }
            } catch (NumberFormatException e) {
                throw ApiError.invalid(null, "Content-Length is not a number");
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(options.maxBodyBytes + 1);
        }
        if (bytes.length > options.maxBodyBytes) {
            exchange.getResponseHeaders().set("Connection", "close");
            throw ApiError.tooLarge(options.maxBodyBytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.invalid(null, "the request body is not valid UTF-8");
        }
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(
                    null,
                    "the request body is not valid JSON: " + e.getOriginalMessage()
                            + (e.getLocation() != null
                                    ? " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")"
                                    : ""));
        }
        if (body == null || !body.isObject()) {
            throw ApiError.invalid(null, "the request body must be a JSON object");
        }
        return body;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sessions

    /**
     * A session of the tenant on {@code model}: an idle one, or a new one while the tenant runs fewer than its
     * maxConcurrentRequests; else it waits for one for at most the tenant's deadline.
     *
     * @throws ApiError 429 {@code busy} when none came free in time
     */
    private Session borrow(ApiKeys.Entry entry, AdmittedModel model) {
        Sessions own = sessions.computeIfAbsent(
                entry.name() + "\u0000" + model.name(),
                k -> new Sessions(
                        new ConcurrentLinkedDeque<>(),
                        new java.util.concurrent.Semaphore(entry.limits().maxConcurrentRequests(), true)));
        try {
            if (!own.permits().tryAcquire(entry.limits().deadline().toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiError.busy("busy: tenant " + entry.name() + " already runs "
                        + entry.limits().maxConcurrentRequests() + " requests on " + model.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.busy("interrupted while waiting for a session");
        }
        Session session = own.idle().pollFirst();
        if (session == null) {
            try {
                session = sandbox.openSession(new Tenant(entry.name()), model, contexts.get(model.name()));
            } catch (RuntimeException e) {
                own.permits().release();
                throw e;
            }
        }
        busy.add(session);
        return session;
    }

    private void giveBack(ApiKeys.Entry entry, AdmittedModel model, Session session) {
        busy.remove(session);
        Sessions own = Objects.requireNonNull(sessions.get(entry.name() + "\u0000" + model.name()));
        if (draining.get()) {
            session.close(); // a draining server keeps none
        } else {
            own.idle().offerFirst(session);
        }
        own.permits().release();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generating endpoints

    /** Pieces as the model writes them: held back at stop sequences, timed, and counted for the KV gauge. */
    private final class Pieces implements Generation.PieceListener {
        private final Call call;
        private final StopStrings stops;
        private final @Nullable Consumer<String> out;
        private final ServerMetrics.KvUse kv;
        private long lastNanos;
        private boolean first = true;
        volatile boolean clientGone;

        Pieces(Call call, List<String> stops, @Nullable Consumer<String> out, ServerMetrics.KvUse kv) {
            this.call = call;
            this.stops = new StopStrings(stops);
            this.out = out;
            this.kv = kv;
        }

        @Override
        public boolean onPiece(String piece) {
            long now = System.nanoTime();
            if (first) {
                first = false;
                metrics.dequeued(call.tenant, call.model);
                metrics.firstToken(call.tenant, call.model, Duration.ofNanos(now - call.startNanos));
            } else {
                metrics.tokenLatency(call.tenant, call.model, Duration.ofNanos(now - lastNanos));
            }
            lastNanos = now;
            kv.add(1);
            String text = stops.feed(piece);
            if (out != null && !text.isEmpty()) {
                try {
                    out.accept(text);
                } catch (ClientGone e) {
                    clientGone = true;
                    return false;
                }
            }
            return !stops.stopped();
        }

        /** Ends the request's accounting (once). */
        void done() {
            if (first) {
                first = false;
                metrics.dequeued(call.tenant, call.model);
            }
            kv.close();
        }
    }

    /** An I/O failure of a stream's client, inside a piece listener. */
    private static final class ClientGone extends RuntimeException {
        ClientGone(IOException cause) {
            super(cause);
        }
    }

    /** Whether the request was cancelled (by a shutdown past its drain deadline), not stopped at a stop sequence. */
    private static boolean cancelled(StopReason reason, Pieces pieces) {
        return (reason == StopReason.ABORTED || reason == StopReason.LISTENER) && !pieces.stops.stopped();
    }

    private static String finishReason(StopReason reason, boolean stopped, boolean toolCalls) {
        if (toolCalls) {
            return "tool_calls";
        }
        if (stopped) {
            return "stop";
        }
        return switch (reason) {
            case MAX_TOKENS, CONTEXT_FULL -> "length";
            default -> "stop";
        };
    }

    private void chat(HttpExchange exchange, Call call, ApiKeys.Entry entry, AdmittedModel model, Requests.ChatCall req)
            throws IOException {
        call.prompt = req.messages().isEmpty() ? "" : req.messages().getLast().content();
        String id = "chatcmpl-" + call.id;
        long created = Instant.now().getEpochSecond();
        Sse sse = req.gen().stream()
                ? new Sse(
                        exchange,
                        chunk(
                                id,
                                created,
                                model.name(),
                                JSON.createObjectNode().put("role", "assistant").put("content", ""),
                                null))
                : null;
        // with tools, the text is parsed into calls at the end: nothing is streamed before that
        Consumer<String> out = sse == null || req.tools()
                ? null
                : text -> sse.send(chunk(id, created, model.name(), delta("content", text), null));
        metrics.queued(call.tenant, call.model);
        Pieces pieces = new Pieces(call, req.gen().stop(), out, kv(model, estimate(req)));
        Session session = null;
        try {
            session = borrow(entry, model);
            Session.ChatReply reply = session.chat(
                    req.messages(),
                    req.options(),
                    req.gen().sampling(),
                    req.gen().maxTokens(),
                    pieces);
            pieces.done();
            giveBack(entry, model, session); // before the answer: the client's next request finds it idle
            session = null;
            call.promptTokens = reply.turn().promptTokens();
            call.completionTokens = reply.turn().generatedTokens();
            if (pieces.clientGone) {
                call.outcome = "client_gone";
                return;
            }
            if (reply.turn().stopReason() == StopReason.TIMEOUT) {
                throw ApiError.deadline(entry.limits().deadline().toMillis());
            }
            if (cancelled(reply.turn().stopReason(), pieces)) {
                throw ApiError.draining();
            }
            StopStrings stops = new StopStrings(req.gen().stop());
            String content = stops.cut(reply.response().content());
            List<ToolCall> toolCalls = reply.response().toolCalls();
            String finish = finishReason(reply.turn().stopReason(), pieces.stops.stopped(), !toolCalls.isEmpty());
            ObjectNode usage = usage(call.promptTokens, call.completionTokens);
            if (sse != null) {
                if (out == null) {
                    ObjectNode delta = JSON.createObjectNode();
                    if (!content.isEmpty()) {
                        delta.put("content", content);
                    }
                    if (!toolCalls.isEmpty()) {
                        delta.set("tool_calls", toolCalls(toolCalls, true));
                    }
                    if (!delta.isEmpty()) {
                        sse.send(chunk(id, created, model.name(), delta, null));
                    }
                } else {
                    String rest = pieces.stops.flush();
                    if (!rest.isEmpty()) {
                        sse.send(chunk(id, created, model.name(), delta("content", rest), null));
                    }
                }
                sse.send(chunk(id, created, model.name(), JSON.createObjectNode(), finish));
                if (req.gen().includeUsage()) {
                    ObjectNode last = chunkEnvelope(id, created, model.name());
                    last.putArray("choices");
                    last.set("usage", usage);
                    sse.send(last);
                }
                sse.done();
                return;
            }
            ObjectNode message = JSON.createObjectNode().put("role", "assistant");
            if (content.isEmpty() && !toolCalls.isEmpty()) {
                message.putNull("content");
            } else {
                message.put("content", content);
            }
            if (!reply.response().reasoning().isEmpty()) {
                message.put("reasoning_content", reply.response().reasoning());
            }
            if (!toolCalls.isEmpty()) {
                message.set("tool_calls", toolCalls(toolCalls, false));
            }
            ObjectNode response = envelope(id, "chat.completion", created, model.name());
            ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
            choice.set("message", message);
            choice.putNull("logprobs");
            choice.put("finish_reason", finish);
            response.set("usage", usage);
            sendJson(exchange, 200, response);
        } catch (RuntimeException e) {
            pieces.done();
            if (sse == null || !sse.opened()) {
                throw e;
            }
            streamError(sse, call, e);
        } finally {
            if (session != null) {
                giveBack(entry, model, session);
            }
        }
    }

    private void completion(
            HttpExchange exchange, Call call, ApiKeys.Entry entry, AdmittedModel model, Requests.CompletionCall req)
            throws IOException {
        call.prompt = req.prompt();
        String id = "cmpl-" + call.id;
        long created = Instant.now().getEpochSecond();
        Sse sse = req.gen().stream() ? new Sse(exchange, null) : null;
        Consumer<String> out = sse == null ? null : text -> sse.send(textChunk(id, created, model.name(), text, null));
        metrics.queued(call.tenant, call.model);
        Pieces pieces =
                new Pieces(call, req.gen().stop(), out, kv(model, req.prompt().length() / 4));
        Session session = null;
        try {
            session = borrow(entry, model);
            Generation.Result result = session.generate(
                    req.prompt(), req.gen().sampling(), req.gen().maxTokens(), pieces);
            pieces.done();
            giveBack(entry, model, session); // before the answer: the client's next request finds it idle
            session = null;
            call.promptTokens = result.promptTokens();
            call.completionTokens = result.tokens().length;
            if (pieces.clientGone) {
                call.outcome = "client_gone";
                return;
            }
            if (result.stopReason() == StopReason.TIMEOUT) {
                throw ApiError.deadline(entry.limits().deadline().toMillis());
            }
            if (cancelled(result.stopReason(), pieces)) {
                throw ApiError.draining();
            }
            String finish = finishReason(result.stopReason(), pieces.stops.stopped(), false);
            ObjectNode usage = usage(call.promptTokens, call.completionTokens);
            if (sse != null) {
                String rest = pieces.stops.flush();
                if (!rest.isEmpty()) {
                    sse.send(textChunk(id, created, model.name(), rest, null));
                }
                sse.send(textChunk(id, created, model.name(), "", finish));
                if (req.gen().includeUsage()) {
                    ObjectNode last = envelope(id, "text_completion", created, model.name());
                    last.putArray("choices");
                    last.set("usage", usage);
                    sse.send(last);
                }
                sse.done();
                return;
            }
            ObjectNode response = envelope(id, "text_completion", created, model.name());
            ObjectNode choice = response.putArray("choices").addObject();
            choice.put("text", new StopStrings(req.gen().stop()).cut(result.text()));
            choice.put("index", 0);
            choice.putNull("logprobs");
            choice.put("finish_reason", finish);
            response.set("usage", usage);
            sendJson(exchange, 200, response);
        } catch (RuntimeException e) {
            pieces.done();
            if (sse == null || !sse.opened()) {
                throw e;
            }
            streamError(sse, call, e);
        } finally {
            if (session != null) {
                giveBack(entry, model, session);
            }
        }
    }

    /** An error after a stream began: one {@code data: {"error": ...}} event, then the stream ends. */
    private void streamError(Sse sse, Call call, RuntimeException e) {
        ApiError error = ApiError.of(e);
        if (error == null) {
            log.write("error", "bug", Map.of("request_id", call.id, "error", String.valueOf(e)));
            error = ApiError.internal(call.id);
        }
        call.status = error.status();
        call.outcome = error.code();
        metrics.denied(call.tenant, call.model, error.code());
        try {
            sse.send(errorBody(error));
            sse.close();
        } catch (ClientGone gone) {
            call.outcome = "client_gone";
        }
    }

    /** A request's hold on its model's KV cache, starting with an estimate of its prompt. */
    private ServerMetrics.KvUse kv(AdmittedModel model, long promptEstimate) {
        ServerMetrics.KvUse kv =
                metrics.kvCache(model.name(), contexts.get(model.name()).contextSize());
        kv.add(promptEstimate);
        return kv;
    }

    /** The prompt's tokens before the engine counts them, for the KV gauge: about 4 bytes a token. */
    private static long estimate(Requests.ChatCall req) {
        long chars = 0;
        for (var m : req.messages()) {
            chars += m.content().length();
        }
        return chars / 4;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Embeddings and rerank

    private void embeddings(
            HttpExchange exchange, Call call, ApiKeys.Entry entry, AdmittedModel model, Requests.EmbeddingCall req)
            throws IOException {
        Session session = borrow(entry, model);
        List<float[]> vectors;
        try {
            long before = session.counters().get("promptTokens");
            vectors = session.embed(req.inputs(), Normalization.EUCLIDEAN);
            call.promptTokens = (int) (session.counters().get("promptTokens") - before);
        } finally {
            giveBack(entry, model, session); // before the answer: the client's next request finds it idle
        }
        if (req.dimensions() != null && !vectors.isEmpty() && vectors.getFirst().length != req.dimensions()) {
            throw ApiError.invalid(
                    "dimensions",
                    "dimensions: the model's embeddings have " + vectors.getFirst().length
                            + " dimensions (they cannot be shortened), asked for " + req.dimensions());
        }
        ObjectNode response = JSON.createObjectNode().put("object", "list");
        ArrayNode data = response.putArray("data");
        for (int i = 0; i < vectors.size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            float[] v = vectors.get(i);
            if (req.base64()) {
                ByteBuffer bytes = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(v);
                item.put("embedding", Base64.getEncoder().encodeToString(bytes.array()));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float f : v) {
                    values.add(f);
                }
            }
        }
        response.put("model", model.name());
        response.putObject("usage").put("prompt_tokens", call.promptTokens).put("total_tokens", call.promptTokens);
        sendJson(exchange, 200, response);
    }

    private void rerank(
            HttpExchange exchange, Call call, ApiKeys.Entry entry, AdmittedModel model, Requests.RerankCall req)
            throws IOException {
        Session session = borrow(entry, model);
        float[] scores;
        try {
            long before = session.counters().get("promptTokens");
            scores = session.rerank(req.query(), req.documents());
            call.promptTokens = (int) (session.counters().get("promptTokens") - before);
        } finally {
            giveBack(entry, model, session); // before the answer: the client's next request finds it idle
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Float.compare(scores[b], scores[a]));
        ObjectNode response = JSON.createObjectNode()
                .put("id", "rerank-" + call.id)
                .put("object", "list")
                .put("model", model.name());
        ArrayNode results = response.putArray("results");
        for (int i : order.subList(0, req.topN())) {
            ObjectNode r = results.addObject().put("index", i).put("relevance_score", scores[i]);
            if (req.returnDocuments()) {
                r.putObject("document").put("text", req.documents().get(i));
            }
        }
        response.putObject("usage").put("prompt_tokens", call.promptTokens).put("total_tokens", call.promptTokens);
        sendJson(exchange, 200, response);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Models, health, metrics

    private void sendModels(HttpExchange exchange, ApiKeys.Entry entry, String path) throws IOException {
        if (path.startsWith("/v1/models/")) {
            String name = path.substring("/v1/models/".length());
            if (!models.containsKey(name) || !keys.allows(entry, name)) {
                throw ApiError.modelNotFound(name);
            }
            sendJson(exchange, 200, modelJson(name));
            return;
        }
        ObjectNode response = JSON.createObjectNode().put("object", "list");
        ArrayNode data = response.putArray("data");
        for (String name : models.keySet()) {
            if (keys.allows(entry, name)) {
                data.add(modelJson(name));
            }
        }
        sendJson(exchange, 200, response);
    }

    private ObjectNode modelJson(String name) {
        return JSON.createObjectNode()
                .put("id", name)
                .put("object", "model")
                .put("created", createdSeconds)
                .put("owned_by", "llama-ffm");
    }

    private void sendHealth(HttpExchange exchange, Call call) throws IOException {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode list = JSON.createArrayNode();
        List<String> problems = new ArrayList<>();
        for (AdmittedModel model : models.values()) {
            ModelHealth health = sandbox.health(model);
            ObjectNode m = list.addObject()
                    .put("name", health.model())
                    .put("ready", health.ready())
                    .put("workers", health.workers());
            if (!health.ready()) {
                m.put("reason", health.reason());
                problems.add(health.model() + ": " + health.reason());
            }
        }
        boolean ok = problems.isEmpty() && !draining.get();
        response.put("status", draining.get() ? "draining" : ok ? "ok" : "unavailable");
        if (!ok) {
            response.put("reason", draining.get() ? "the server is shutting down" : String.join("; ", problems));
        }
        response.put("in_flight", inFlight.get() - 1); // not this request
        response.set("models", list);
        call.status = ok ? 200 : 503;
        call.outcome = ok ? "ok" : "unavailable";
        sendJson(exchange, call.status, response);
    }

    private void sendMetrics(HttpExchange exchange) throws IOException {
        byte[] text = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", ServerMetrics.CONTENT_TYPE);
        exchange.sendResponseHeaders(200, text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // JSON

    private static ObjectNode envelope(String id, String object, long created, String model) {
        return JSON.createObjectNode()
                .put("id", id)
                .put("object", object)
                .put("created", created)
                .put("model", model)
                .put("system_fingerprint", fingerprint());
    }

    private static ObjectNode chunkEnvelope(String id, long created, String model) {
        return envelope(id, "chat.completion.chunk", created, model);
    }

    private static ObjectNode chunk(String id, long created, String model, ObjectNode delta, @Nullable String finish) {
        ObjectNode chunk = chunkEnvelope(id, created, model);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return chunk;
    }

    private static ObjectNode textChunk(String id, long created, String model, String text, @Nullable String finish) {
        ObjectNode chunk = envelope(id, "text_completion", created, model);
        ObjectNode choice =
                chunk.putArray("choices").addObject().put("text", text).put("index", 0);
        choice.putNull("logprobs");
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return chunk;
    }

    private static ObjectNode delta(String field, String text) {
        return JSON.createObjectNode().put(field, text);
    }

    private static ArrayNode toolCalls(List<ToolCall> calls, boolean indexed) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall c = calls.get(i);
            ObjectNode call = array.addObject();
            if (indexed) {
                call.put("index", i);
            }
            call.put("id", c.id().isEmpty() ? "call_" + i : c.id());
            call.put("type", "function");
            call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
        }
        return array;
    }

    private static ObjectNode usage(int prompt, int completion) {
        return JSON.createObjectNode()
                .put("prompt_tokens", prompt)
                .put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
    }

    private static String fingerprint() {
        return "llama-ffm";
    }

    private static ObjectNode errorBody(ApiError error) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode e =
                body.putObject("error").put("message", error.getMessage()).put("type", error.type());
        if (error.param() == null) {
            e.putNull("param");
        } else {
            e.put("param", error.param());
        }
        e.put("code", error.code());
        return body;
    }

    private static void sendError(HttpExchange exchange, ApiError error, String requestId) throws IOException {
        if (error.retryAfterSeconds() > 0) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(error.retryAfterSeconds()));
        }
        if (error.status() == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        sendJson(exchange, error.status(), errorBody(error));
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * A server-sent event stream: {@code data: <json>} events, ending with {@code data: [DONE]}. Its 200 is sent with
     * its first event, so that a refusal before any output (a quota, busy, a limit of the policy) is an error response
     * with its own status and {@code Retry-After}, as OpenAI's clients expect (they retry a 429, not an error event).
     *
     * <p>A thread of the stream's own sends the events: a flush to the socket took 110-390 us on a 2-core machine
     * (the kernel delivers to the client while the writer waits), which the generating thread would otherwise pay on
     * every token. Events written while a send is under way go out together in the next one. A failed send ends the
     * stream: the next event, or the close, throws {@link ClientGone}.
     */
    private static final class Sse {
        private final HttpExchange exchange;
        private @Nullable JsonNode first;
        private @Nullable OutputStream out;
        /** Guarded by this: the events not sent yet, whether the stream is closing, and why a send failed. */
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        private boolean closing;
        private @Nullable IOException failure;
        private @Nullable Thread sender;

        /** A stream whose first event, when it opens, is {@code first} (none when null). */
        Sse(HttpExchange exchange, @Nullable JsonNode first) {
            this.exchange = exchange;
            this.first = first;
        }

        private void open() {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            try {
                exchange.sendResponseHeaders(200, 0);
            } catch (IOException e) {
                throw new ClientGone(e);
            }
            OutputStream body = exchange.getResponseBody();
            out = body;
            sender = Thread.ofVirtual().name("llama-ffm-sse").start(() -> deliver(body));
        }

        boolean opened() {
            return out != null;
        }

        void send(JsonNode event) {
            try {
                write("data: " + JSON.writeValueAsString(event) + "\n\n");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        void done() {
            write("data: [DONE]\n\n");
            close();
        }

        /** Sends what is pending, then ends the response. */
        void close() {
            Thread s = sender;
            if (s == null) {
                return; // never opened: nothing was sent
            }
            synchronized (this) {
                closing = true;
                notifyAll();
            }
            try {
                s.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClientGone(new java.io.InterruptedIOException("interrupted while sending the stream"));
            }
            IOException failed;
            synchronized (this) {
                failed = failure;
            }
            try {
                if (failed != null) {
                    throw failed;
                }
                Objects.requireNonNull(out).close();
            } catch (IOException e) {
                throw new ClientGone(e);
            }
        }

        private void write(String text) {
            if (out == null) {
                open();
                JsonNode opening = first;
                first = null;
                if (opening != null) {
                    send(opening);
                }
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            synchronized (this) {
                if (failure != null) {
                    throw new ClientGone(failure);
                }
                pending.writeBytes(bytes);
                notifyAll();
            }
        }

        /** The sender's loop: whatever is pending, in one write and flush, until closed and drained or a send fails. */
        private void deliver(OutputStream body) {
            while (true) {
                byte[] batch;
                synchronized (this) {
                    while (pending.size() == 0 && !closing) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            failure = new java.io.InterruptedIOException("interrupted while sending the stream");
                            return;
                        }
                    }
                    if (pending.size() == 0) {
                        return;
                    }
                    batch = pending.toByteArray();
                    pending.reset();
                }
                try {
                    body.write(batch);
                    body.flush();
                } catch (IOException e) {
                    synchronized (this) {
                        failure = e;
                    }
                    return;
                }
            }
        }
    }
}
