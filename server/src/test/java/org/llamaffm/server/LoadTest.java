package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llamaffm.server.ServerCalls.chatBody;
import static org.llamaffm.server.ServerCalls.events;
import static org.llamaffm.server.ServerCalls.json;
import static org.llamaffm.server.ServerCalls.metric;
import static org.llamaffm.server.ServerCalls.streamedContent;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.SandboxEvent;

/**
 * A bounded load test on loopback: 8 tenants x 50 requests at once, streaming and not. No error other than the
 * expected 429s. Every greedy answer is identical to the same request sent alone. Metrics counters add up exactly.
 * Native memory is back to its baseline afterwards.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LoadTest {

    @TempDir
    static Path temp;

    private static final int TENANTS = 8;
    private static final int REQUESTS = 50;

    /** The tenant whose request quota (30 a minute) is below its 50 requests: its 429s are the only ones expected. */
    private static final String THROTTLED = "t7";

    private static final int THROTTLED_PER_MINUTE = 30;

    private static final List<String> PROMPTS = List.of("Hello", "What is 2+2?", "Name a color.", "Say hi to Bob");

    /** Request {@code r} of a tenant: its prompt and whether it streams, so each tenant sends every kind. */
    private record Kind(String prompt, boolean stream) {
        static Kind of(int request) {
            return new Kind(PROMPTS.get(request % PROMPTS.size()), request / PROMPTS.size() % 2 == 0);
        }

        String body() {
            return chatBody("chat", prompt, 6, stream);
        }
    }

    /** One answered request: its status, text and usage (for a 200), its Retry-After (for a 429). */
    private record Answer(
            String tenant,
            Kind kind,
            int status,
            String text,
            int prompt,
            int completion,
            String body,
            String retryAfter) {}

    /** The sandbox logs each of the ~800 sessions the rounds open and close; kept here, so they are not. */
    private static final java.util.logging.Logger POLICY_LOG =
            java.util.logging.Logger.getLogger("org.llamaffm.policy");

    @Test
    void eightTenantsTimesFiftyRequestsAtOnce() throws Exception {
        POLICY_LOG.setLevel(java.util.logging.Level.WARNING);
        TestServer.Models models = TestServer.Models.write(temp);
        AtomicInteger sessionsOpened = new AtomicInteger();
        AtomicInteger peakOpen = new AtomicInteger();
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat");
            s.tenants = new LinkedHashMap<>();
            s.tenants.put("solo", List.of("chat"));
            for (int t = 0; t < TENANTS; t++) {
                String name = "t" + t;
                s.tenants.put(name, List.of("chat"));
                s.tenantLimits.put(
                        name,
                        name.equals(THROTTLED)
                                ? "{\"requestsPerMinute\": " + THROTTLED_PER_MINUTE + "}"
                                : "{\"requestsPerMinute\": 1000}");
            }
            s.tenantLimits.put("solo", "{\"requestsPerMinute\": 1000}");
            // 2 requests run at once (2 cores), the other 398 wait their turn: no request is refused as busy
            s.limits = new Policy.Limits(2, TENANTS * REQUESTS, Policy.TenantLimits.DEFAULT, 0);
            // every request has a connection of its own, at once
            s.builder = b -> b.metricsPort(0).maxConnections(4 * TENANTS * REQUESTS);
        })) {
            AtomicInteger open = new AtomicInteger();
            server.sandbox.addListener(e -> {
                if (e.type() == SandboxEvent.Type.SESSION_OPENED) {
                    sessionsOpened.incrementAndGet();
                    peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                } else if (e.type() == SandboxEvent.Type.SESSION_CLOSED) {
                    open.decrementAndGet();
                }
            });
            long weights = server.sandbox.reservedMemory(); // no session is open: the model's weights alone
            ServerCalls calls = new ServerCalls(server);
            // each kind of request alone
            Map<Kind, Answer> alone = new HashMap<>();
            for (int r = 0; r < 2 * PROMPTS.size(); r++) {
                Kind kind = Kind.of(r);
                Answer a = answer(calls, "solo", kind);
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                alone.put(kind, a);
            }
            long rssSolo = residentKib(); // one session open, the solo tenant's
            long started = System.nanoTime();
            List<Answer> warmUp = round(calls);
            long warmUpMillis = (System.nanoTime() - started) / 1_000_000;
            long pooled = server.sandbox.reservedMemory();
            long rssBefore = residentKib();
            long nativeBefore = rssBefore - Runtime.getRuntime().totalMemory() / 1024;
            String before = calls.metricsOnce(m -> loadRequests(m) >= TENANTS * REQUESTS);
            int opened = sessionsOpened.get();
            peakOpen.set(0);
            long loadStarted = System.nanoTime();
            List<Answer> load = round(calls);
            long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
            long rssAfter = residentKib();
            long nativeAfter = rssAfter - Runtime.getRuntime().totalMemory() / 1024;
            String after = calls.metricsOnce(m -> loadRequests(m) - loadRequests(before) >= TENANTS * REQUESTS);
            long seconds = (System.nanoTime() - started) / 1_000_000_000 + 1;
            System.out.printf(
                    "load: %d tenants x %d requests at once in %d ms (warm-up round: %d ms); sessions opened in the"
                            + " round %d, at most %d at once; resident memory with 1 session pooled %d KiB, after the warm-up round (9 pooled)"
                            + " %d KiB, after the load round %d KiB; outside the heap %d -> %d KiB%n",
                    TENANTS,
                    REQUESTS,
                    loadMillis,
                    warmUpMillis,
                    sessionsOpened.get() - opened,
                    peakOpen.get(),
                    rssSolo,
                    rssBefore,
                    rssAfter,
                    nativeBefore,
                    nativeAfter);
            for (List<Answer> answers : List.of(warmUp, load)) {
                check(answers, alone);
            }
            // a tenant holds at most as many sessions (contexts) as it may run requests at once: the pooled ones are
            // reused, the round opens none
            assertThat(peakOpen.get()).as("sessions open at once").isLessThanOrEqualTo(TENANTS + 1);
            assertThat(sessionsOpened.get() - opened)
                    .as("sessions opened by the load round")
                    .isZero();
            // the counters of the load round add up exactly to what its 400 answers say
            double requests = 0;
            for (int t = 0; t < TENANTS; t++) {
                Map<String, String> tenant = Map.of("tenant", "t" + t, "model", "chat");
                requests += delta(before, after, "llamaffm_requests_total", tenant);
                String name = "t" + t;
                List<Answer> own =
                        load.stream().filter(a -> a.tenant().equals(name)).toList();
                assertThat(delta(before, after, "llamaffm_prompt_tokens_total", tenant))
                        .isEqualTo(own.stream().mapToInt(Answer::prompt).sum());
                assertThat(delta(before, after, "llamaffm_generated_tokens_total", tenant))
                        .isEqualTo(own.stream().mapToInt(Answer::completion).sum());
                Map<String, String> ok = new HashMap<>(tenant);
                ok.put("outcome", "ok");
                assertThat(delta(before, after, "llamaffm_requests_total", ok))
                        .isEqualTo(own.stream().filter(a -> a.status() == 200).count());
                Map<String, String> limited = new HashMap<>(tenant);
                limited.put("outcome", "rate_limited");
                assertThat(delta(before, after, "llamaffm_requests_total", limited))
                        .isEqualTo(own.stream().filter(a -> a.status() == 429).count());
            }
            assertThat(requests).isEqualTo(TENANTS * REQUESTS);
            // the throttled tenant got its bucket's 30 requests, plus what it refilled while the two rounds ran (30 a
            // minute), and a 429 for each of the others
            long throttledOk = Stream.concat(warmUp.stream(), load.stream())
                    .filter(a -> a.tenant().equals(THROTTLED) && a.status() == 200)
                    .count();
            assertThat(throttledOk).isBetween((long) THROTTLED_PER_MINUTE, THROTTLED_PER_MINUTE + seconds / 2 + 1);
            assertThat(metric(after, "llamaffm_queue_depth", Map.of())).isZero();
            assertThat(metric(after, "llamaffm_requests_waiting", Map.of())).isZero();
            assertThat(metric(after, "llamaffm_requests_running", Map.of())).isZero();
            assertThat(metric(after, "llamaffm_kv_cache_tokens", Map.of())).isZero();
            // every context but the ones pooled for the tenants' next requests was freed, as after the warm-up round
            assertThat(server.sandbox.reservedMemory()).isEqualTo(pooled);
            // Native memory is back where the warm-up round left it (its 9 pooled sessions), measured outside the Java
            // heap once glibc has handed back what its arenas hold free. Fragmentation still moves it: from one round
            // to the next by -1 to +50 MiB, over six rounds up by 40 MiB and then down again. A leak is more: a
            // context that served a request holds 4.3 MiB resident (20 measured), and a round opens ~380 of them, so
            // 96 MiB is one context in 16 left open, or 240 KiB left by each request
            assertThat((nativeAfter - nativeBefore) / 1024)
                    .as("MiB more outside the heap after the load round")
                    .isLessThan(96);
            server.server.close();
            // and once the server has stopped, no session of any tenant is left
            assertThat(server.sandbox.reservedMemory()).isEqualTo(weights);
        }
    }

    /** The requests of the load tenants counted in {@code scrape}. */
    private static double loadRequests(String scrape) {
        double sum = 0;
        for (int t = 0; t < TENANTS; t++) {
            sum += metric(scrape, "llamaffm_requests_total", Map.of("tenant", "t" + t));
        }
        return sum;
    }

    private static double delta(String before, String after, String name, Map<String, String> labels) {
        return metric(after, name, labels) - metric(before, name, labels);
    }

    private static void check(List<Answer> answers, Map<Kind, Answer> alone) {
        assertThat(answers).hasSize(TENANTS * REQUESTS);
        for (Answer a : answers) {
            if (a.status() == 200) {
                Answer expected = alone.get(a.kind());
                assertThat(a.text()).as(a.tenant() + " " + a.kind()).isEqualTo(expected.text());
                assertThat(a.completion()).isEqualTo(expected.completion());
                assertThat(a.prompt()).isEqualTo(expected.prompt());
            } else {
                // the only refusal expected: the throttled tenant's quota
                assertThat(a.status()).as(a.body()).isEqualTo(429);
                assertThat(a.tenant()).isEqualTo(THROTTLED);
                assertThat(json(a.body()).at("/error/code").asText()).isEqualTo("rate_limited");
                assertThat(Long.parseLong(a.retryAfter())).isBetween(1L, 60L);
            }
        }
        for (int t = 0; t < TENANTS; t++) {
            String name = "t" + t;
            long ok = answers.stream()
                    .filter(a -> a.tenant().equals(name) && a.status() == 200)
                    .count();
            if (!name.equals(THROTTLED)) {
                assertThat(ok).as(name).isEqualTo(REQUESTS);
            }
        }
    }

    /** Every tenant sends its 50 requests at once, all 400 together. */
    private static List<Answer> round(ServerCalls calls) throws Exception {
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Answer>> answers = new ArrayList<>();
            for (int t = 0; t < TENANTS; t++) {
                String tenant = "t" + t;
                for (int r = 0; r < REQUESTS; r++) {
                    Kind kind = Kind.of(r);
                    answers.add(CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    go.await();
                                } catch (InterruptedException e) {
                                    throw new IllegalStateException(e);
                                }
                                return answer(calls, tenant, kind);
                            },
                            clients));
                }
            }
            go.countDown();
            List<Answer> done = new ArrayList<>();
            for (CompletableFuture<Answer> a : answers) {
                done.add(a.get(150, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            clients.shutdown();
        }
    }

    private static Answer answer(ServerCalls calls, String tenant, Kind kind) {
        HttpResponse<String> r = calls.chat(tenant, kind.body());
        String retryAfter = r.headers().firstValue("Retry-After").orElse("");
        if (r.statusCode() != 200) {
            return new Answer(tenant, kind, r.statusCode(), "", 0, 0, r.body(), retryAfter);
        }
        JsonNode usage;
        String text;
        if (kind.stream()) {
            List<JsonNode> events = events(r.body());
            assertThat(events.getLast().asText()).as(r.body()).isEqualTo("[DONE]");
            usage = events.get(events.size() - 2).get("usage");
            text = streamedContent(events);
        } else {
            JsonNode body = json(r.body());
            usage = body.get("usage");
            text = body.at("/choices/0/message/content").asText();
        }
        return new Answer(
                tenant,
                kind,
                200,
                text,
                usage.get("prompt_tokens").asInt(),
                usage.get("completion_tokens").asInt(),
                r.body(),
                retryAfter);
    }

    private static final MethodHandle MALLOC_TRIM = Linker.nativeLinker()
            .downcallHandle(
                    Linker.nativeLinker().defaultLookup().find("malloc_trim").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));

    /**
     * This process's resident memory (VmRSS) once glibc has handed back what its arenas hold free
     * ({@code malloc_trim(0)}): memory in use, not the allocator's high-water mark, which moves by tens of MiB from
     * one round to the next with the number of contexts that happen to be open at once at its peak.
     */
    private static long residentKib() throws IOException {
        try {
            int released = (int) MALLOC_TRIM.invokeExact(0L);
        } catch (Throwable e) {
            throw new IllegalStateException("malloc_trim failed", e);
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
