package org.llamaffm.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.SandboxEvent;
import org.llamaffm.policy.Tenant;

/**
 * What {@code GET /metrics} serves, in the Prometheus text format: per tenant and model, requests by outcome, prompt
 * and generated tokens, denials by reason, queue depth, time to first token and per-token latency; per model, worker
 * restarts, crashes, quarantines and KV-cache use; and the two gauges a KV-aware router reads, requests waiting and
 * KV-cache use. It keeps a registry of its own (not the client's default one), so two servers in one JVM, or a test,
 * never share counters.
 *
 * <pre>{@code
 * ServerMetrics metrics = new ServerMetrics(sandbox);   // listens to the sandbox's events
 * metrics.capacity("demo", 4096L * 4);                  // the model's contexts hold 4 x 4096 tokens
 * metrics.queued("alice", "demo");
 * try (ServerMetrics.KvUse kv = metrics.kvCache("demo", 4096)) {
 *     metrics.dequeued("alice", "demo");
 *     kv.tokens(promptTokens);                          // then kv.add(1) per generated token
 *     ...
 * }
 * metrics.request("alice", "demo", "chat.completions", "ok");
 * exchange.getResponseHeaders().set("Content-Type", ServerMetrics.CONTENT_TYPE);
 * }</pre>
 *
 * <p>Label values are only tenants' names and served models' names (and the server's own words for endpoints,
 * outcomes, reasons), never a request's text. Still, each label takes at most a fixed number of distinct values
 * ({@link #MAX_TENANTS}, {@link #MAX_VALUES}) of at most {@link #MAX_VALUE_LENGTH} characters; a value past those is
 * counted as {@link #OTHER}, so that a bug that passed, say, a request's {@code model} field cannot grow the scrape
 * (and the server's memory) without bound. Every method is thread-safe and does not block on I/O.
 */
final class ServerMetrics {

    /** The content type of {@link #scrape()}: the Prometheus text format 0.0.4. */
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    /** The value a label takes once it has had too many distinct values, or for a value that is too long. */
    static final String OTHER = "~other"; // '~' is in no tenant id ([A-Za-z0-9._-]), so it names no real tenant

    /** Distinct tenants per metric label, by default; the server may pass the number of its keys instead. */
    static final int MAX_TENANTS = 1000;

    /** Distinct values of every other label (models, endpoints, outcomes, reasons, stages). */
    static final int MAX_VALUES = 100;

    /** The longest label value kept as it is. */
    static final int MAX_VALUE_LENGTH = 128;

    /*
     * Histogram buckets, in seconds, close to vLLM's (vllm:time_to_first_token_seconds,
     * vllm:time_per_output_token_seconds) so that the same dashboards and SLOs read both. Time to first token is the
     * wait for a slot and a worker plus the prompt's evaluation: 5 ms is a short or cached prompt on a GPU, tens of
     * seconds a long prompt on CPU or a request that waited for a worker to restart (a worker waits up to 60 s by
     * default, Policy.Workers.maxWait), so the buckets end at 60 s. Time per output token is one decode step: 1 ms is
     * a small model on a big GPU (1000 tokens/s), 10..100 ms a 7B-class model on a GPU or CPU (where most requests
     * land, hence the finer steps there), 2.5 s a large model on a slow CPU.
     */
    private static final double[] TTFT_BUCKETS = {
        0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 60.0
    };

    private static final double[] TPOT_BUCKETS = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5
    };

    private static final System.Logger LOG = System.getLogger("org.llamaffm.server");

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    private final LabelValues tenants;
    private final LabelValues models = new LabelValues("model", MAX_VALUES);
    private final LabelValues endpoints = new LabelValues("endpoint", MAX_VALUES);
    private final LabelValues outcomes = new LabelValues("outcome", MAX_VALUES);
    private final LabelValues reasons = new LabelValues("reason", MAX_VALUES);
    private final LabelValues stages = new LabelValues("stage", MAX_VALUES);

    private final Counter requests;
    private final Counter promptTokens;
    private final Counter generatedTokens;
    private final Counter denials;
    private final Gauge queueDepth;
    private final Histogram timeToFirstToken;
    private final Histogram timePerOutputToken;
    private final Counter workerRestarts;
    private final Counter workerCrashes;
    private final Counter modelQuarantines;
    private final Counter tenantBlocks;

    /** Model name -> the tokens its running requests hold, and its contexts' capacity. */
    private final Map<String, Kv> kv = new ConcurrentHashMap<>();

    /**
     * Metrics over {@code sandbox}, with at most {@link #MAX_TENANTS} distinct tenants per label.
     *
     * @see #ServerMetrics(Sandbox, int)
     */
    ServerMetrics(Sandbox sandbox) {
        this(sandbox, MAX_TENANTS);
    }

    /**
     * Metrics over {@code sandbox}: registers its gauges of waiting and running requests, blocked tenants and
     * quarantined models, and listens to its events for worker restarts, crashes, quarantines and blocks.
     *
     * @param maxTenants the distinct tenants a label may take (e.g. the number of API keys); more are {@link #OTHER}
     * @throws IllegalArgumentException when {@code maxTenants < 1}
     */
    ServerMetrics(Sandbox sandbox, int maxTenants) {
        Objects.requireNonNull(sandbox, "sandbox");
        if (maxTenants < 1) {
            throw new IllegalArgumentException("maxTenants must be >= 1, was " + maxTenants);
        }
        tenants = new LabelValues("tenant", maxTenants);
        requests = counter("llamaffm_requests_total", "Requests answered, by endpoint and outcome")
                .labelNames("tenant", "model", "endpoint", "outcome")
                .register(registry);
        promptTokens = counter("llamaffm_prompt_tokens_total", "Prompt tokens evaluated")
                .labelNames("tenant", "model")
                .register(registry);
        generatedTokens = counter("llamaffm_generated_tokens_total", "Tokens generated")
                .labelNames("tenant", "model")
                .register(registry);
        denials = counter("llamaffm_denials_total", "Requests the policy refused, by reason")
                .labelNames("tenant", "model", "reason")
                .register(registry);
        queueDepth = Gauge.builder()
                .name("llamaffm_queue_depth")
                .help("Requests accepted that have not started producing yet")
                .labelNames("tenant", "model")
                .withoutExemplars()
                .register(registry);
        timeToFirstToken = histogram(
                "llamaffm_time_to_first_token_seconds",
                "Time from a request's arrival to its first generated token",
                TTFT_BUCKETS);
        timePerOutputToken = histogram(
                "llamaffm_time_per_output_token_seconds",
                "Time between two generated tokens of a request",
                TPOT_BUCKETS);
        workerRestarts = counter("llamaffm_worker_restarts_total", "Workers started to replace one that died")
                .labelNames("model")
                .register(registry);
        workerCrashes = counter("llamaffm_worker_crashes_total", "Worker processes that died, by stage")
                .labelNames("model", "stage")
                .register(registry);
        modelQuarantines = counter(
                        "llamaffm_model_quarantines_total", "Times a model was quarantined (its workers kept dying)")
                .labelNames("model")
                .register(registry);
        tenantBlocks = counter(
                        "llamaffm_tenant_blocks_total",
                        "Times a tenant was blocked (its requests kept killing workers)")
                .labelNames("tenant")
                .register(registry);
        GaugeWithCallback.builder()
                .name("llamaffm_requests_waiting")
                .help("Requests waiting for a slot, all tenants and models together")
                .callback(cb -> cb.call(sandbox.waitingRequests()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("llamaffm_requests_running")
                .help("Requests holding a slot, all tenants and models together")
                .callback(cb -> cb.call(sandbox.runningRequests()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("llamaffm_kv_cache_usage_ratio")
                .help("Tokens held in the contexts of a model's running requests / its contexts' token capacity")
                .labelNames("model")
                .callback(cb -> kv.forEach((model, use) -> {
                    long capacity = use.capacity;
                    if (capacity > 0) {
                        cb.call(Math.min(1.0, (double) use.held.get() / capacity), model);
                    }
                }))
                .register(registry);
        GaugeWithCallback.builder()
                .name("llamaffm_kv_cache_tokens")
                .help("Tokens held in the contexts of a model's running requests")
                .labelNames("model")
                .callback(cb -> kv.forEach((model, use) -> cb.call(use.held.get(), model)))
                .register(registry);
        // From the sandbox's own state, not its events: a tenant's block ends when its window moves on, which the
        // sandbox only notices (and reports) when asked.
        GaugeWithCallback.builder()
                .name("llamaffm_model_quarantined")
                .help("1 while a model is quarantined (refused until an operator clears it), else 0")
                .labelNames("model")
                .callback(cb -> {
                    Set<String> quarantined = sandbox.quarantinedModels();
                    Map<String, Boolean> byName = new TreeMap<>();
                    sandbox.policy()
                            .models()
                            .forEach((sha256, name) -> byName.merge(
                                    // a model with no name is named as the sandbox names it: by its hash's start
                                    models.of(name == null ? sha256.substring(0, 12) : name),
                                    quarantined.contains(sha256),
                                    Boolean::logicalOr));
                    byName.forEach((name, q) -> cb.call(q ? 1 : 0, name));
                })
                .register(registry);
        GaugeWithCallback.builder()
                .name("llamaffm_tenant_blocked")
                .help("1 for each tenant blocked now (its requests kept killing workers)")
                .labelNames("tenant")
                .callback(cb -> {
                    Set<String> blocked = new TreeSet<>();
                    sandbox.blockedTenants().forEach(t -> blocked.add(tenants.of(t)));
                    blocked.forEach(t -> cb.call(1, t));
                })
                .register(registry);
        sandbox.addListener(this::onEvent);
    }

    private static Counter.Builder counter(String name, String help) {
        return Counter.builder().name(name).help(help).withoutExemplars();
    }

    private Histogram histogram(String name, String help, double[] buckets) {
        return Histogram.builder()
                .name(name)
                .help(help)
                .classicOnly() // the text format 0.0.4 has no native histograms
                .classicUpperBounds(buckets)
                .labelNames("tenant", "model")
                .withoutExemplars()
                .register(registry);
    }

    /**
     * Counts a request answered on {@code endpoint} ({@code chat.completions}, {@code completions},
     * {@code embeddings}, {@code rerank}) with {@code outcome} ({@code ok}, {@code cancelled}, or the error code sent,
     * e.g. {@code rate_limited}, {@code busy}, {@code timeout}): {@code llamaffm_requests_total}.
     */
    void request(String tenant, String model, String endpoint, String outcome) {
        requests.labelValues(tenants.of(tenant), models.of(model), endpoints.of(endpoint), outcomes.of(outcome))
                .inc();
    }

    /**
     * Adds a request's prompt tokens and generated tokens: {@code llamaffm_prompt_tokens_total} and
     * {@code llamaffm_generated_tokens_total}.
     *
     * @throws IllegalArgumentException when either is negative
     */
    void tokens(String tenant, String model, long prompt, long generated) {
        if (prompt < 0 || generated < 0) {
            throw new IllegalArgumentException(
                    "token counts must be >= 0, were prompt " + prompt + " and generated " + generated);
        }
        String t = tenants.of(tenant);
        String m = models.of(model);
        if (prompt > 0) {
            promptTokens.labelValues(t, m).inc(prompt);
        }
        if (generated > 0) {
            generatedTokens.labelValues(t, m).inc(generated);
        }
    }

    /** Counts a request refused for {@code reason} (a policy reason code): {@code llamaffm_denials_total}. */
    void denied(String tenant, String model, String reason) {
        denials.labelValues(tenants.of(tenant), models.of(model), reasons.of(reason))
                .inc();
    }

    /** A request was accepted and waits to produce: {@code llamaffm_queue_depth} goes up by one. */
    void queued(String tenant, String model) {
        queueDepth.labelValues(tenants.of(tenant), models.of(model)).inc();
    }

    /**
     * A request {@link #queued} started producing, or ended before it did: {@code llamaffm_queue_depth} goes down by
     * one. Call it once for each {@code queued}.
     */
    void dequeued(String tenant, String model) {
        queueDepth.labelValues(tenants.of(tenant), models.of(model)).dec();
    }

    /**
     * Records the time from a request's arrival to its first generated token:
     * {@code llamaffm_time_to_first_token_seconds}. A negative duration (a clock that stepped back) counts as zero.
     */
    void firstToken(String tenant, String model, Duration sinceRequest) {
        timeToFirstToken.labelValues(tenants.of(tenant), models.of(model)).observe(seconds(sinceRequest));
    }

    /**
     * Records the time between two generated tokens of a request: {@code llamaffm_time_per_output_token_seconds}. A
     * negative duration counts as zero.
     */
    void tokenLatency(String tenant, String model, Duration betweenTokens) {
        timePerOutputToken.labelValues(tenants.of(tenant), models.of(model)).observe(seconds(betweenTokens));
    }

    private static double seconds(Duration d) {
        return d.isNegative() ? 0 : d.toNanos() / 1e9;
    }

    /**
     * Sets {@code model}'s KV-cache capacity: the tokens all the contexts that serve it hold together (context size x
     * contexts), the denominator of {@code llamaffm_kv_cache_usage_ratio}. Until it is set the model has no ratio.
     *
     * @throws IllegalArgumentException when {@code tokens < 1}
     */
    void capacity(String model, long tokens) {
        if (tokens < 1) {
            throw new IllegalArgumentException("a model's KV-cache capacity must be >= 1 token, was " + tokens);
        }
        kv.computeIfAbsent(models.of(model), m -> new Kv()).capacity = tokens;
    }

    /**
     * The KV-cache use of one running request on {@code model}, whose context holds at most {@code contextSize}
     * tokens: report the tokens it holds with {@link KvUse#tokens} or {@link KvUse#add}, and close it when the
     * request ends (its tokens then leave the model's use).
     *
     * @throws IllegalArgumentException when {@code contextSize < 1}
     */
    KvUse kvCache(String model, int contextSize) {
        if (contextSize < 1) {
            throw new IllegalArgumentException("a context holds >= 1 token, was " + contextSize);
        }
        return new KvUse(kv.computeIfAbsent(models.of(model), m -> new Kv()), contextSize);
    }

    /**
     * Counts what the sandbox reports about workers and tenants: a worker started to replace one that died
     * ({@code llamaffm_worker_restarts_total}), a worker's crash by stage ({@code llamaffm_worker_crashes_total}), a
     * model quarantined ({@code llamaffm_model_quarantines_total}) and a tenant blocked
     * ({@code llamaffm_tenant_blocks_total}). Other events are the handlers' to count (a denial's model is known there,
     * not here), so that none is counted twice.
     */
    void onEvent(SandboxEvent e) {
        switch (e.type()) {
            case WORKER_STARTED -> {
                if (e.reason().equals("REPLACEMENT")) {
                    workerRestarts.labelValues(models.of(e.model())).inc();
                }
            }
            case WORKER_CRASHED ->
                workerCrashes
                        .labelValues(models.of(e.model()), stages.of(e.reason()))
                        .inc();
            case MODEL_QUARANTINED ->
                modelQuarantines.labelValues(models.of(e.model())).inc();
            case TENANT_BLOCKED -> {
                Tenant tenant = e.tenant();
                tenantBlocks
                        .labelValues(tenants.of(tenant == null ? "" : tenant.id()))
                        .inc();
            }
            default -> {}
        }
    }

    /**
     * Writes every metric to {@code out} in the Prometheus text format ({@link #CONTENT_TYPE}); {@code out} stays
     * open.
     *
     * @throws IOException when {@code out} does
     */
    void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }

    /** Every metric in the Prometheus text format ({@link #CONTENT_TYPE}). */
    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * One running request's share of its model's KV cache. Thread-safe; {@link #close()} is idempotent, and after it
     * the handle reports nothing.
     */
    static final class KvUse implements AutoCloseable {
        private final Kv model;
        private final int contextSize;
        private long held;
        private boolean closed;

        private KvUse(Kv model, int contextSize) {
            this.model = model;
            this.contextSize = contextSize;
        }

        /**
         * The tokens the request's context holds now (its prompt, then its prompt and the tokens generated; less after
         * a context shift), at most its context size.
         *
         * @throws IllegalArgumentException when {@code tokens} is negative
         */
        synchronized void tokens(long tokens) {
            if (tokens < 0) {
                throw new IllegalArgumentException("a context holds >= 0 tokens, was " + tokens);
            }
            if (!closed) {
                long now = Math.min(tokens, contextSize);
                model.held.addAndGet(now - held);
                held = now;
            }
        }

        /**
         * Adds {@code tokens} to what the request's context holds (e.g. 1 per generated token), up to its context
         * size.
         *
         * @throws IllegalArgumentException when {@code tokens} is negative
         */
        synchronized void add(long tokens) {
            if (tokens < 0) {
                throw new IllegalArgumentException("tokens added must be >= 0, was " + tokens);
            }
            tokens(held + Math.min(tokens, contextSize)); // tokens() caps it at the context size
        }

        /** The tokens this request holds now (0 once closed). */
        synchronized long held() {
            return held;
        }

        /** The request ended: its tokens leave its model's use. */
        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                model.held.addAndGet(-held);
                held = 0;
            }
        }
    }

    /** A model's KV-cache use: tokens held by its running requests (exact: every change is one atomic add). */
    private static final class Kv {
        final AtomicLong held = new AtomicLong();
        volatile long capacity;
    }

    /**
     * The values one label has taken: at most {@code max} distinct ones, each at most {@link #MAX_VALUE_LENGTH}
     * characters; past that, {@link #OTHER} (logged once).
     */
    private static final class LabelValues {
        private final String label;
        private final int max;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private boolean warned;

        LabelValues(String label, int max) {
            this.label = label;
            this.max = max;
        }

        String of(String value) {
            Objects.requireNonNull(value, label);
            if (seen.contains(value)) {
                return value;
            }
            synchronized (this) {
                if (value.length() <= MAX_VALUE_LENGTH && (seen.size() < max || seen.contains(value))) {
                    seen.add(value);
                    return value;
                }
                if (!warned) {
                    warned = true;
                    LOG.log(
                            Level.WARNING,
                            "metrics: label " + label + " had more than " + max + " distinct values (or one over "
                                    + MAX_VALUE_LENGTH + " characters); such values are counted as " + OTHER);
                }
                return OTHER;
            }
        }
    }
}
