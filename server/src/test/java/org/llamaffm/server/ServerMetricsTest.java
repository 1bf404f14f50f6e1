package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.SandboxEvent;
import org.llamaffm.policy.Tenant;

/** What {@code GET /metrics} reads: every metric driven through its method, scraped, and read back line by line. */
class ServerMetricsTest {

    @TempDir
    static Path models;

    private Sandbox sandbox;
    private ServerMetrics metrics;

    @BeforeEach
    void setUp() {
        // Two models that may be loaded, none admitted: no worker runs in these tests.
        sandbox = Sandbox.create(new Policy(
                List.of(models),
                Map.of("a".repeat(64), "demo", "b".repeat(64), "other-model"),
                Set.of(),
                false,
                Set.of(),
                null,
                null));
        metrics = new ServerMetrics(sandbox);
    }

    private List<String> lines() {
        return metrics.scrape().lines().toList();
    }

    /** The scrape's lines that start with {@code name} (samples and nothing else). */
    private List<String> samples(String name) {
        return lines().stream()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .toList();
    }

    @Test
    void requestsAreCountedByTenantModelEndpointAndOutcome() {
        metrics.request("alice", "demo", "chat.completions", "ok");
        metrics.request("alice", "demo", "chat.completions", "ok");
        metrics.request("alice", "demo", "chat.completions", "rate_limited");
        metrics.request("bob", "demo", "embeddings", "ok");

        assertThat(lines())
                .contains(
                        "# HELP llamaffm_requests_total Requests answered, by endpoint and outcome",
                        "# TYPE llamaffm_requests_total counter")
                .containsSubsequence(
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\",outcome=\"ok\","
                                + "tenant=\"alice\"} 2.0",
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\","
                                + "outcome=\"rate_limited\",tenant=\"alice\"} 1.0");
        assertThat(samples("llamaffm_requests_total"))
                .hasSize(3)
                .contains("llamaffm_requests_total{endpoint=\"embeddings\",model=\"demo\",outcome=\"ok\","
                        + "tenant=\"bob\"} 1.0");
    }

    @Test
    void promptAndGeneratedTokensAddUp() {
        metrics.tokens("alice", "demo", 12, 30);
        metrics.tokens("alice", "demo", 8, 0);
        metrics.tokens("bob", "demo", 0, 5);

        assertThat(samples("llamaffm_prompt_tokens_total"))
                .containsExactly("llamaffm_prompt_tokens_total{model=\"demo\",tenant=\"alice\"} 20.0");
        assertThat(samples("llamaffm_generated_tokens_total"))
                .containsExactlyInAnyOrder(
                        "llamaffm_generated_tokens_total{model=\"demo\",tenant=\"alice\"} 30.0",
                        "llamaffm_generated_tokens_total{model=\"demo\",tenant=\"bob\"} 5.0");
        assertThatThrownBy(() -> metrics.tokens("alice", "demo", -1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token counts must be >= 0, were prompt -1 and generated 3");
    }

    @Test
    void denialsAreCountedByReason() {
        metrics.denied("alice", "demo", "QUOTA_EXCEEDED");
        metrics.denied("alice", "demo", "QUOTA_EXCEEDED");
        metrics.denied("alice", "demo", "SAMPLER_REJECTED");

        assertThat(samples("llamaffm_denials_total"))
                .containsExactlyInAnyOrder(
                        "llamaffm_denials_total{model=\"demo\",reason=\"QUOTA_EXCEEDED\",tenant=\"alice\"} 2.0",
                        "llamaffm_denials_total{model=\"demo\",reason=\"SAMPLER_REJECTED\",tenant=\"alice\"} 1.0");
    }

    @Test
    void queueDepthIsRequestsQueuedLessThoseDequeued() {
        metrics.queued("alice", "demo");
        metrics.queued("alice", "demo");
        metrics.queued("alice", "demo");
        metrics.queued("bob", "demo");
        metrics.dequeued("alice", "demo");
        metrics.dequeued("bob", "demo");

        assertThat(samples("llamaffm_queue_depth"))
                .containsExactlyInAnyOrder(
                        "llamaffm_queue_depth{model=\"demo\",tenant=\"alice\"} 2.0",
                        "llamaffm_queue_depth{model=\"demo\",tenant=\"bob\"} 0.0");
    }

    @Test
    void timeToFirstTokenFallsInItsBuckets() {
        metrics.firstToken("alice", "demo", Duration.ofMillis(3));
        metrics.firstToken("alice", "demo", Duration.ofMillis(200));
        metrics.firstToken("alice", "demo", Duration.ofSeconds(70));
        metrics.firstToken("alice", "demo", Duration.ofMillis(-5)); // a clock that stepped back: zero

        String h = "llamaffm_time_to_first_token_seconds";
        assertThat(lines())
                .contains("# TYPE " + h + " histogram")
                .containsSubsequence(
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"0.005\"} 2",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"0.1\"} 2",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"0.25\"} 3",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"60.0\"} 3",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"+Inf\"} 4",
                        h + "_count{model=\"demo\",tenant=\"alice\"} 4",
                        h + "_sum{model=\"demo\",tenant=\"alice\"} 70.203");
        assertThat(samples(h + "_bucket")).hasSize(18); // 17 bounds, 5 ms .. 60 s, and +Inf
    }

    @Test
    void timePerOutputTokenFallsInItsBuckets() {
        metrics.tokenLatency("alice", "demo", Duration.ofNanos(500_000));
        metrics.tokenLatency("alice", "demo", Duration.ofMillis(40));
        metrics.tokenLatency("alice", "demo", Duration.ofMillis(50));
        metrics.tokenLatency("alice", "demo", Duration.ofSeconds(3));

        String h = "llamaffm_time_per_output_token_seconds";
        assertThat(lines())
                .containsSubsequence(
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"0.001\"} 1",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"0.025\"} 1",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"0.05\"} 3",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"2.5\"} 3",
                        h + "_bucket{model=\"demo\",tenant=\"alice\",le=\"+Inf\"} 4",
                        h + "_count{model=\"demo\",tenant=\"alice\"} 4",
                        h + "_sum{model=\"demo\",tenant=\"alice\"} 3.0905");
        assertThat(samples(h + "_bucket")).hasSize(17); // 16 bounds, 1 ms .. 2.5 s, and +Inf
    }

    @Test
    void kvCacheUseIsTheTokensOfRunningRequestsOverTheModelsCapacity() {
        metrics.capacity("demo", 1000);
        assertThat(samples("llamaffm_kv_cache_usage_ratio"))
                .containsExactly("llamaffm_kv_cache_usage_ratio{model=\"demo\"} 0.0");

        ServerMetrics.KvUse first = metrics.kvCache("demo", 500);
        ServerMetrics.KvUse second = metrics.kvCache("demo", 500);
        first.tokens(300);
        first.add(100);
        second.tokens(600); // more than its context holds: capped at 500
        assertThat(first.held()).isEqualTo(400);
        assertThat(second.held()).isEqualTo(500);
        assertThat(samples("llamaffm_kv_cache_usage_ratio"))
                .containsExactly("llamaffm_kv_cache_usage_ratio{model=\"demo\"} 0.9");
        assertThat(samples("llamaffm_kv_cache_tokens"))
                .containsExactly("llamaffm_kv_cache_tokens{model=\"demo\"} 900.0");

        first.tokens(100); // a context shift dropped tokens
        assertThat(samples("llamaffm_kv_cache_usage_ratio"))
                .containsExactly("llamaffm_kv_cache_usage_ratio{model=\"demo\"} 0.6");

        second.close();
        second.close(); // idempotent
        second.tokens(200); // ignored once closed
        assertThat(second.held()).isZero();
        assertThat(samples("llamaffm_kv_cache_usage_ratio"))
                .containsExactly("llamaffm_kv_cache_usage_ratio{model=\"demo\"} 0.1");

        first.close();
        assertThat(samples("llamaffm_kv_cache_usage_ratio"))
                .containsExactly("llamaffm_kv_cache_usage_ratio{model=\"demo\"} 0.0");
        assertThat(samples("llamaffm_kv_cache_tokens")).containsExactly("llamaffm_kv_cache_tokens{model=\"demo\"} 0.0");
    }

    @Test
    void aModelWithNoCapacityHasTokensButNoRatio() {
        try (ServerMetrics.KvUse kv = metrics.kvCache("demo", 64)) {
            kv.tokens(10);
            assertThat(samples("llamaffm_kv_cache_usage_ratio")).isEmpty();
            assertThat(samples("llamaffm_kv_cache_tokens"))
                    .containsExactly("llamaffm_kv_cache_tokens{model=\"demo\"} 10.0");
        }
        assertThatThrownBy(() -> metrics.capacity("demo", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a model's KV-cache capacity must be >= 1 token, was 0");
        assertThatThrownBy(() -> metrics.kvCache("demo", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a context holds >= 1 token, was 0");
    }

    @Test
    void countersAndKvCacheUseAreExactAcrossThreads() throws Exception {
        metrics.capacity("demo", 8 * 64);
        int threads = 8;
        int perThread = 1000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String tenant = "t" + (t % 2);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        try (ServerMetrics.KvUse kv = metrics.kvCache("demo", 64)) {
                            metrics.queued(tenant, "demo");
                            kv.tokens(10);
                            metrics.dequeued(tenant, "demo");
                            kv.add(1);
                            kv.add(1);
                            metrics.tokens(tenant, "demo", 10, 2);
                            metrics.tokenLatency(tenant, "demo", Duration.ofMillis(20));
                        }
                        metrics.request(tenant, "demo", "chat.completions", "ok");
                    }
                    return null;
                }));
            }
            // Scrapes while the counters move: the ratio never leaves [0, 1].
            Future<List<String>> scrapes = pool.submit(() -> {
                start.await();
                List<String> seen = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    seen.addAll(samples("llamaffm_kv_cache_usage_ratio"));
                }
                return seen;
            });
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            assertThat(scrapes.get())
                    .allSatisfy(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                            .isBetween(0.0, 1.0));
        } finally {
            pool.shutdownNow();
        }

        assertThat(samples("llamaffm_requests_total"))
                .containsExactlyInAnyOrder(
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\",outcome=\"ok\","
                                + "tenant=\"t0\"} 4000.0",
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\",outcome=\"ok\","
                                + "tenant=\"t1\"} 4000.0");
        assertThat(samples("llamaffm_prompt_tokens_total"))
                .containsExactlyInAnyOrder(
                        "llamaffm_prompt_tokens_total{model=\"demo\",tenant=\"t0\"} 40000.0",
                        "llamaffm_prompt_tokens_total{model=\"demo\",tenant=\"t1\"} 40000.0");
        assertThat(samples("llamaffm_generated_tokens_total"))
                .containsExactlyInAnyOrder(
                        "llamaffm_generated_tokens_total{model=\"demo\",tenant=\"t0\"} 8000.0",
                        "llamaffm_generated_tokens_total{model=\"demo\",tenant=\"t1\"} 8000.0");
        assertThat(samples("llamaffm_time_per_output_token_seconds_count"))
                .containsExactlyInAnyOrder(
                        "llamaffm_time_per_output_token_seconds_count{model=\"demo\",tenant=\"t0\"} 4000",
                        "llamaffm_time_per_output_token_seconds_count{model=\"demo\",tenant=\"t1\"} 4000");
        assertThat(samples("llamaffm_queue_depth"))
                .containsExactlyInAnyOrder(
                        "llamaffm_queue_depth{model=\"demo\",tenant=\"t0\"} 0.0",
                        "llamaffm_queue_depth{model=\"demo\",tenant=\"t1\"} 0.0");
        assertThat(samples("llamaffm_kv_cache_usage_ratio"))
                .containsExactly("llamaffm_kv_cache_usage_ratio{model=\"demo\"} 0.0");
        assertThat(samples("llamaffm_kv_cache_tokens")).containsExactly("llamaffm_kv_cache_tokens{model=\"demo\"} 0.0");
    }

    @Test
    void workerRestartsCrashesQuarantinesAndBlocksComeFromTheSandboxsEvents() {
        Instant now = Instant.now();
        Tenant mallory = new Tenant("mallory");
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.WORKER_STARTED, null, "demo", "PRESTARTED", "", now));
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.WORKER_STARTED, null, "demo", "REPLACEMENT", "", now));
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.WORKER_STARTED, null, "demo", "REPLACEMENT", "", now));
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.WORKER_CRASHED, mallory, "demo", "REQUEST", "", now));
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.WORKER_CRASHED, mallory, "demo", "REQUEST", "", now));
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.WORKER_CRASHED, null, "demo", "LOAD", "", now));
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.TENANT_BLOCKED, mallory, "", "TENANT_BLOCKED", "", now));
        metrics.onEvent(
                new SandboxEvent(SandboxEvent.Type.MODEL_QUARANTINED, null, "demo", "MODEL_QUARANTINED", "", now));
        // Denials are the handlers' to count (with their model): an event of one is not counted twice.
        metrics.onEvent(new SandboxEvent(SandboxEvent.Type.QUOTA_EXCEEDED, mallory, "", "RPM", "", now));

        assertThat(samples("llamaffm_worker_restarts_total"))
                .containsExactly("llamaffm_worker_restarts_total{model=\"demo\"} 2.0");
        assertThat(samples("llamaffm_worker_crashes_total"))
                .containsExactlyInAnyOrder(
                        "llamaffm_worker_crashes_total{model=\"demo\",stage=\"LOAD\"} 1.0",
                        "llamaffm_worker_crashes_total{model=\"demo\",stage=\"REQUEST\"} 2.0");
        assertThat(samples("llamaffm_model_quarantines_total"))
                .containsExactly("llamaffm_model_quarantines_total{model=\"demo\"} 1.0");
        assertThat(samples("llamaffm_tenant_blocks_total"))
                .containsExactly("llamaffm_tenant_blocks_total{tenant=\"mallory\"} 1.0");
        assertThat(samples("llamaffm_denials_total")).isEmpty();
    }

    @Test
    void theSandboxsGaugesReadItsStateAtEachScrape() {
        assertThat(lines())
                .contains(
                        "# TYPE llamaffm_requests_waiting gauge",
                        "llamaffm_requests_waiting 0.0",
                        "llamaffm_requests_running 0.0",
                        "llamaffm_model_quarantined{model=\"demo\"} 0.0",
                        "llamaffm_model_quarantined{model=\"other-model\"} 0.0");
        assertThat(samples("llamaffm_tenant_blocked")).isEmpty(); // no tenant is blocked
    }

    @Test
    void eachInstanceHasARegistryOfItsOwn() {
        ServerMetrics second = new ServerMetrics(sandbox);
        metrics.request("alice", "demo", "completions", "ok");

        assertThat(second.scrape()).doesNotContain("llamaffm_requests_total{");
        assertThat(metrics.scrape())
                .contains("llamaffm_requests_total{endpoint=\"completions\",model=\"demo\",outcome=\"ok\","
                        + "tenant=\"alice\"} 1.0");
    }

    @Test
    void aLabelPastItsDistinctValuesIsCountedAsOther() {
        ServerMetrics capped = new ServerMetrics(sandbox, 2);
        capped.request("alice", "demo", "chat.completions", "ok");
        capped.request("bob", "demo", "chat.completions", "ok");
        capped.request("carol", "demo", "chat.completions", "ok");
        capped.request("dave", "demo", "chat.completions", "ok");
        capped.request("alice", "demo", "chat.completions", "ok");
        capped.request("alice", "m".repeat(ServerMetrics.MAX_VALUE_LENGTH + 1), "chat.completions", "ok");

        assertThat(capped.scrape().lines().filter(l -> l.startsWith("llamaffm_requests_total{")))
                .containsExactlyInAnyOrder(
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\",outcome=\"ok\","
                                + "tenant=\"alice\"} 2.0",
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\",outcome=\"ok\","
                                + "tenant=\"bob\"} 1.0",
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"demo\",outcome=\"ok\","
                                + "tenant=\"~other\"} 2.0",
                        "llamaffm_requests_total{endpoint=\"chat.completions\",model=\"~other\",outcome=\"ok\","
                                + "tenant=\"alice\"} 1.0");
        assertThatThrownBy(() -> new ServerMetrics(sandbox, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTenants must be >= 1, was 0");
    }

    @Test
    void writeSendsTheSameTextAsScrapeUnderTheTextFormatsContentType() throws Exception {
        metrics.request("alice", "demo", "rerank", "ok");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        metrics.write(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(metrics.scrape());
        assertThat(ServerMetrics.CONTENT_TYPE).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
    }
}
