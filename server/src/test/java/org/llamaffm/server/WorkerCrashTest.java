package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llamaffm.server.ServerCalls.chatBody;
import static org.llamaffm.server.ServerCalls.events;
import static org.llamaffm.server.ServerCalls.json;
import static org.llamaffm.server.ServerCalls.metric;
import static org.llamaffm.server.ServerCalls.streamedContent;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.SandboxEvent;

/**
 * A tenant whose model's worker is crashed mid-stream gets a clean error event in its stream. Other tenants never
 * notice: their streams, on workers of their own, go on to the very answer they get alone.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WorkerCrashTest {

    @TempDir
    static Path temp;

    private static final Pattern WORKER = Pattern.compile("worker (\\d+) of model ");

    /** The main class of a worker process (its package is not exported to the server). */
    private static final String WORKER_MAIN = "org.llamaffm.policy.worker.WorkerMain";

    @Test
    void aWorkerKilledMidStreamEndsThatStreamWithAnErrorEventAndNoOneElseNotices() throws Exception {
        TestServer.Models models = TestServer.Models.write(temp);
        List<SandboxEvent> events = new CopyOnWriteArrayList<>();
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.isolation = Isolation.WORKER;
            s.models = Set.of("chat");
            s.tenants = new LinkedHashMap<>();
            s.tenants.put("victim", List.of("chat"));
            s.tenants.put("bob", List.of("chat"));
            // the victim's requests run on workers of its own; bob's on the model's shared pool
            s.workers = Policy.Workers.DEFAULT.withDedicatedTenants(Set.of("victim"));
            s.builder = b -> b.metricsPort(0);
        })) {
            server.sandbox.addListener(events::add);
            ServerCalls calls = new ServerCalls(server);
            // bob's answer when he is alone (a 512-token context leaves room for ~480 tokens: ~0.7 s of streaming)
            String bobs = chatBody("chat", "Tell me about the sea", 1000, true);
            List<JsonNode> alone = events(calls.chat("bob", bobs).body());
            assertThat(alone.getLast().asText()).isEqualTo("[DONE]");
            String bobsAnswer = streamedContent(alone);
            JsonNode bobsUsage = alone.get(alone.size() - 2).get("usage");
            assertThat(bobsUsage.get("completion_tokens").asInt()).isGreaterThan(100);

            // the victim's first request starts its pool: the one worker started since the listener was added
            assertThat(calls.chat("victim", chatBody("chat", "Hello", 2, false)).statusCode())
                    .isEqualTo(200);
            List<Long> started = startedWorkers(events);
            assertThat(started).hasSize(1);
            long victims = started.getFirst();
            List<Long> workers = workerProcesses();
            assertThat(workers).hasSize(2).contains(victims); // this JVM's two workers: the shared one and the victim's
            long shared = workers.stream().filter(p -> p != victims).findFirst().orElseThrow();

            // both stream at once; each call returns once its first event has come
            CompletableFuture<HttpResponse<Stream<String>>> victimCall = CompletableFuture.supplyAsync(
                    () -> calls.chatLines("victim", chatBody("chat", "Hello", 1000, true)));
            CompletableFuture<HttpResponse<Stream<String>>> bobCall =
                    CompletableFuture.supplyAsync(() -> calls.chatLines("bob", bobs));
            HttpResponse<Stream<String>> victim = victimCall.get(60, TimeUnit.SECONDS);
            HttpResponse<Stream<String>> bob = bobCall.get(60, TimeUnit.SECONDS);
            assertThat(victim.statusCode()).isEqualTo(200);
            assertThat(bob.statusCode()).isEqualTo(200);
            Iterator<String> victimLines = victim.body().iterator();
            Iterator<String> bobLines = bob.body().iterator();
            String victimFirst = ServerCalls.nextContent(victimLines);
            String bobFirst = ServerCalls.nextContent(bobLines);
            // bob reads on while the victim's worker dies
            CompletableFuture<List<String>> bobRest = CompletableFuture.supplyAsync(() -> rest(bobLines));
            ProcessHandle worker = ProcessHandle.of(victims).orElseThrow();
            assertThat(worker.destroyForcibly()).isTrue(); // SIGKILL
            assertThat(worker.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();

            // the victim's stream ends, with one error event and no [DONE]; the exchange completes
            List<String> victimRest = rest(victimLines);
            List<JsonNode> victimEvents = events(String.join("\n", victimRest));
            JsonNode last = victimEvents.getLast();
            assertThat(last.at("/error/code").asText())
                    .as(victimRest.toString())
                    .isEqualTo("worker_died");
            assertThat(last.at("/error/type").asText()).isEqualTo("server_error");
            assertThat(last.at("/error/message").asText()).isNotBlank();
            assertThat(victimEvents).noneMatch(e -> e.isTextual() && e.asText().equals("[DONE]"));
            assertThat(victimEvents).filteredOn(e -> e.has("error")).hasSize(1);
            // until the victim's replacement worker is up (its 100 ms back-off and its start), the model is not healthy
            HttpResponse<String> health = calls.get(null, "/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(json(health.body()).get("reason").asText()).contains("no worker is up");
            // it died mid-stream: the victim got less than its context's worth of text
            assertThat(victimEvents.stream()
                            .filter(e -> e.at("/choices/0/delta/content").isTextual())
                            .count())
                    .isLessThan(bobsUsage.get("completion_tokens").asInt());

            // bob's stream went on to his whole answer, as alone
            List<JsonNode> bobEvents = new ArrayList<>(events(String.join("\n", bobRest.get(60, TimeUnit.SECONDS))));
            assertThat(bobEvents.getLast().asText()).isEqualTo("[DONE]");
            assertThat(bobFirst + streamedContent(bobEvents)).isEqualTo(bobsAnswer);
            assertThat(bobEvents.get(bobEvents.size() - 2).get("usage")).isEqualTo(bobsUsage);
            assertThat(victimFirst).isNotEmpty();

            // then it is healthy again
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (health.statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                health = calls.get(null, "/health");
            }
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(json(health.body()).get("status").asText()).isEqualTo("ok");
            assertThat(events)
                    .filteredOn(e -> e.type() == SandboxEvent.Type.WORKER_STARTED)
                    .extracting(SandboxEvent::reason)
                    .containsExactly("PRESTARTED", "REPLACEMENT");
            assertThat(events)
                    .filteredOn(e -> e.type() == SandboxEvent.Type.WORKER_CRASHED)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.tenant()).isNotNull();
                        assertThat(e.tenant().id()).isEqualTo("victim");
                        assertThat(e.reason()).isEqualTo("REQUEST");
                    });
            // bob's worker never stopped; both are served again
            assertThat(ProcessHandle.of(shared).map(ProcessHandle::isAlive)).hasValue(true);
            assertThat(calls.chat("bob", chatBody("chat", "Hello", 2, false)).statusCode())
                    .isEqualTo(200);
            assertThat(calls.chat("victim", chatBody("chat", "Hello", 2, false)).statusCode())
                    .isEqualTo(200);

            String scrape = calls.metricsOnce(m -> metric(m, "llamaffm_requests_total", Map.of("tenant", "bob")) >= 3);
            assertThat(metric(scrape, "llamaffm_worker_crashes_total", Map.of("model", "chat", "stage", "REQUEST")))
                    .isEqualTo(1.0);
            assertThat(metric(scrape, "llamaffm_worker_crashes_total", Map.of()))
                    .isEqualTo(1.0);
            assertThat(metric(scrape, "llamaffm_worker_restarts_total", Map.of("model", "chat")))
                    .isEqualTo(1.0);
            assertThat(metric(
                            scrape,
                            "llamaffm_requests_total",
                            Map.of("tenant", "victim", "model", "chat", "outcome", "worker_died")))
                    .isEqualTo(1.0);
            assertThat(metric(scrape, "llamaffm_requests_total", Map.of("tenant", "bob", "outcome", "ok")))
                    .isEqualTo(3.0);
            assertThat(metric(scrape, "llamaffm_requests_total", Map.of("tenant", "bob")))
                    .isEqualTo(3.0);
        }
    }

    /** The pids of the workers started so far, from their WORKER_STARTED events ("worker <pid> of model ..."). */
    private static List<Long> startedWorkers(List<SandboxEvent> events) {
        List<Long> pids = new ArrayList<>();
        for (SandboxEvent e : events) {
            if (e.type() == SandboxEvent.Type.WORKER_STARTED) {
                Matcher m = WORKER.matcher(e.detail());
                assertThat(m.find()).as(e.detail()).isTrue();
                pids.add(Long.parseLong(m.group(1)));
            }
        }
        return pids;
    }

    /** The pids of this JVM's descendants that run a worker's main class (by their /proc/<pid>/cmdline). */
    private static List<Long> workerProcesses() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> {
                    try {
                        return Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
                                .contains(WORKER_MAIN);
                    } catch (IOException e) {
                        return false; // gone meanwhile
                    }
                })
                .map(ProcessHandle::pid)
                .toList();
    }

    /** The lines left of a stream, to its end. */
    private static List<String> rest(Iterator<String> lines) {
        List<String> rest = new ArrayList<>();
        lines.forEachRemaining(rest::add);
        return rest;
    }
}
