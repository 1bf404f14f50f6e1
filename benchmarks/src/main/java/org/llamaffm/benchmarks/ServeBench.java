package org.llamaffm.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * A load client for OpenAI-compatible servers (llama.cpp's {@code llama-server}, {@code llama-ffm serve}):
 * {@code clients} concurrent clients each send {@code requests} streaming requests one after the other
 * ({@code POST /v1/chat/completions}, or {@code /v1/completions} with {@code --endpoint completions}), greedy
 * ({@code "temperature": 0}), {@code "stream": true} with {@code "stream_options": {"include_usage": true}}, and
 * time the server-sent events as they arrive. {@code benchmarks/compare-llama-server.sh} runs it against both
 * servers; it also runs alone:
 *
 * <pre>
 * java -cp benchmarks/target/classes:cli/target/lib/'*' org.llamaffm.benchmarks.ServeBench \
 *     --url http://127.0.0.1:8080 [--key KEY] [--model demo] [--prompt TEXT] [--max-tokens 128] \
 *     [--clients 1] [--requests 5] [--warmup 1] [--endpoint chat|completions] [--extra '{"cache_prompt": false}'] \
 *     [--label NAME] [--verbose]
 * </pre>
 *
 * <p>Per request, from the moment it is sent (the client's clock, so HTTP, queueing, the template, tokenizing
 * and prompt processing are all inside):
 *
 * <ul>
 *   <li><b>TTFT</b>: until the first event with non-empty content ({@code delta.content}, or {@code text} for
 *       completions);
 *   <li><b>total</b>: until the stream ends ({@code data: [DONE]} or end of the body);
 *   <li><b>tokens</b>: {@code usage.completion_tokens} when the server reports it, else the number of events
 *       with content;
 *   <li><b>tg</b>: generation tokens/s of that request, {@code (tokens - 1) / (t_last - t_first)} between the
 *       first and the last event with content: the first token's time is TTFT's, so this is the decode rate
 *       as the client sees it, through the server's streaming.
 * </ul>
 *
 * <p>Prints one line on stdout, {@code serve-bench key=value...} (medians and the 90th percentile by nearest
 * rank over the measured requests, {@code aggregate_tps}: all their tokens over the wall time from the first
 * request sent to the last stream ended, {@code first_ttft_ms} and {@code first_total_ms}: the first warm-up
 * request's, a server's first request when it was just started; {@code client_cpu_ms} over {@code wall_ms}: the
 * CPU this client used while it measured, which a server on the same cores does not get), for the script to collect; {@code --verbose}
 * adds a line per request on stderr. Warm-up requests ({@code --warmup}, one client) go first and are not
 * counted. Any HTTP status but
 * 200, or an {@code error} event, ends the run with exit code 1 and the server's body.
 */
public final class ServeBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one request measured, in milliseconds from its send. */
    record Sample(
            double ttftMs,
            double lastMs,
            double totalMs,
            int contentEvents,
            int tokens,
            int promptTokens,
            double serverPromptMs) {

        /** Generation tokens/s between the first and the last event with content; NaN under two tokens. */
        double tokensPerSecond() {
            return tokens < 2 || lastMs <= ttftMs ? Double.NaN : (tokens - 1) * 1000.0 / (lastMs - ttftMs);
        }
    }

    /** The command line, validated. */
    record Options(
            URI base,
            String key,
            String model,
            String prompt,
            int maxTokens,
            int clients,
            int requests,
            int warmup,
            boolean chat,
            ObjectNode extra,
            String label,
            boolean verbose) {

        static Options parse(String[] args) throws IOException {
            URI base = null;
            String key = null, model = "demo", prompt = "Write a short story about a robot who learns to paint.";
            String label = "server", endpoint = "chat";
            int maxTokens = 128, clients = 1, requests = 5, warmup = 1;
            ObjectNode extra = JSON.createObjectNode();
            boolean verbose = false;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--verbose")) {
                    verbose = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--url" -> base = URI.create(value.endsWith("/") ? value : value + "/");
                    case "--key" -> key = value.isEmpty() ? null : value;
                    case "--model" -> model = value;
                    case "--prompt" -> prompt = value;
                    case "--max-tokens" -> maxTokens = positive(name, value);
                    case "--clients" -> clients = positive(name, value);
                    case "--requests" -> requests = positive(name, value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--endpoint" -> endpoint = value;
                    case "--extra" -> extra = (ObjectNode) JSON.readTree(value);
                    case "--label" -> label = value;
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (base == null) {
                throw new IllegalArgumentException("--url is required (e.g. http://127.0.0.1:8080)");
            }
            if (!endpoint.equals("chat") && !endpoint.equals("completions")) {
                throw new IllegalArgumentException("--endpoint must be chat or completions, was " + endpoint);
            }
            return new Options(
                    base,
                    key,
                    model,
                    prompt,
                    maxTokens,
                    clients,
                    requests,
                    warmup,
                    endpoint.equals("chat"),
                    extra,
                    label,
                    verbose);
        }

        private static int positive(String name, String value) {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + n);
            }
            return n;
        }
    }

    /** A non-200 answer or an error event: the server's own words. */
    static final class ServerError extends RuntimeException {
        ServerError(String message) {
            super(message);
        }
    }

    private final Options options;
    private final HttpClient http;
    private final byte[] body;

    ServeBench(Options options) throws IOException {
        this.options = options;
        // HTTP/1.1 as the servers speak it: the default would offer an h2c upgrade on every new connection. The
        // client's own work runs on its selector thread (no executor): each event is then one thread wake-up less,
        // which took this client from ~58 to ~47 ms of CPU per 128-event request, CPU the server on the same cores
        // does not get.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Runnable::run)
                .build();
        this.body = JSON.writeValueAsBytes(requestBody(options));
    }

    /**
     * Runs the benchmark and prints its summary line.
     *
     * @param args the options of the class comment
     */
    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("serve-bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.out.println(new ServeBench(options).run());
        } catch (ServerError | IOException e) {
            System.err.println("serve-bench: " + options.label() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static ObjectNode requestBody(Options options) {
        ObjectNode request = JSON.createObjectNode();
        request.put("model", options.model());
        if (options.chat()) {
            ObjectNode message = request.putArray("messages").addObject();
            message.put("role", "user");
            message.put("content", options.prompt());
        } else {
            request.put("prompt", options.prompt());
        }
        request.put("max_tokens", options.maxTokens());
        request.put("temperature", 0);
        request.put("stream", true);
        request.putObject("stream_options").put("include_usage", true);
        request.setAll(options.extra());
        return request;
    }

    /** Warms up, runs the clients and returns the summary line. */
    String run() throws Exception {
        Sample first = null;
        for (int i = 0; i < options.warmup(); i++) {
            Sample sample = request();
            first = first == null ? sample : first;
            report("warm-up", sample);
        }
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        long began;
        long ended;
        long cpuBefore;
        long cpuAfter;
        try (ExecutorService pool = Executors.newFixedThreadPool(options.clients())) {
            for (int c = 0; c < options.clients(); c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < options.requests(); r++) {
                        Sample sample = request();
                        samples.add(sample);
                        report("client " + client + " request " + r, sample);
                    }
                    return null;
                }));
            }
            cpuBefore = cpuNanos();
            began = System.nanoTime();
            start.countDown();
            for (Future<?> client : clients) {
                try {
                    client.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw e.getCause() instanceof IOException io ? io : e;
                }
            }
            ended = System.nanoTime();
            cpuAfter = cpuNanos();
        }
        double wallSeconds = (ended - began) / 1e9;
        long tokens = samples.stream().mapToLong(Sample::tokens).sum();
        return String.format(
                Locale.ROOT,
                "serve-bench label=%s clients=%d requests=%d prompt_tokens=%.0f tokens=%.0f ttft_ms=%.2f"
                        + " ttft_p90_ms=%.2f tg_tps=%.2f tg_p10_tps=%.2f total_ms=%.2f aggregate_tps=%.2f"
                        + " server_prompt_ms=%.2f first_ttft_ms=%.2f first_total_ms=%.2f client_cpu_ms=%.0f"
                        + " wall_ms=%.0f",
                options.label(),
                options.clients(),
                samples.size(),
                percentile(samples, Sample::promptTokens, 0.5),
                percentile(samples, Sample::tokens, 0.5),
                percentile(samples, Sample::ttftMs, 0.5),
                percentile(samples, Sample::ttftMs, 0.9),
                percentile(samples, Sample::tokensPerSecond, 0.5),
                percentile(samples, Sample::tokensPerSecond, 0.1),
                percentile(samples, Sample::totalMs, 0.5),
                tokens / wallSeconds,
                percentile(samples, Sample::serverPromptMs, 0.5),
                first == null ? Double.NaN : first.ttftMs(),
                first == null ? Double.NaN : first.totalMs(),
                cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6,
                wallSeconds * 1000);
    }

    private void report(String what, Sample sample) {
        if (options.verbose()) {
            System.err.printf(
                    Locale.ROOT,
                    "serve-bench: %s %s: ttft %.2f ms, total %.2f ms, %d tokens (%d events), %.2f t/s%n",
                    options.label(),
                    what,
                    sample.ttftMs(),
                    sample.totalMs(),
                    sample.tokens(),
                    sample.contentEvents(),
                    sample.tokensPerSecond());
        }
    }

    /** One streaming request, timed event by event. */
    Sample request() throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        options.base().resolve(options.chat() ? "v1/chat/completions" : "v1/completions"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (options.key() != null) {
            builder.header("Authorization", "Bearer " + options.key());
        }
        long sent = System.nanoTime();
        HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        double first = Double.NaN, last = Double.NaN, serverPromptMs = Double.NaN;
        int events = 0, tokens = -1, promptTokens = -1;
        try (InputStream in = response.body();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                throw new ServerError(
                        "HTTP " + response.statusCode() + ": " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("data:")) {
                    continue; // blank separators, comments, "event:" lines
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    break;
                }
                double at = (System.nanoTime() - sent) / 1e6;
                JsonNode event = JSON.readTree(data);
                if (event.has("error")) {
                    throw new ServerError("error event: " + data);
                }
                JsonNode choice = event.path("choices").path(0);
                String content = options.chat()
                        ? choice.path("delta").path("content").asText("")
                        : choice.path("text").asText("");
                if (!content.isEmpty()) {
                    if (events++ == 0) {
                        first = at;
                    }
                    last = at;
                }
                JsonNode usage = event.path("usage");
                if (usage.has("completion_tokens")) {
                    tokens = usage.get("completion_tokens").asInt();
                    promptTokens = usage.path("prompt_tokens").asInt(-1);
                }
                // llama-server's own account of its prompt processing, where it gives one
                JsonNode promptMs = event.path("timings").path("prompt_ms");
                if (promptMs.isNumber()) {
                    serverPromptMs = promptMs.asDouble();
                }
            }
        }
        double total = (System.nanoTime() - sent) / 1e6;
        if (events == 0) {
            throw new ServerError("the stream ended without any content (" + total + " ms)");
        }
        return new Sample(first, last, total, events, tokens >= 0 ? tokens : events, promptTokens, serverPromptMs);
    }

    /** This process's CPU time so far (all threads, user and system), or -1 where the platform does not say. */
    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(-1L);
    }

    /** The nearest-rank percentile of the samples' values that are known (NaN, or -1 for a count, is not). */
    static double percentile(List<Sample> samples, ToDoubleFunction<Sample> value, double p) {
        double[] values = samples.stream()
                .mapToDouble(value)
                .filter(v -> !Double.isNaN(v) && v >= 0)
                .sorted()
                .toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }
}
