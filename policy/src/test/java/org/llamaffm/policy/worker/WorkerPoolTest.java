package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.embed.Normalization;
import org.llamaffm.policy.LeaseRefusedException;
import org.llamaffm.policy.OutputConstraint;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.policy.worker.CrashLedger.EventType;
import org.llamaffm.policy.worker.CrashLedger.Stage;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** A pool of real worker processes: hand-out without a JVM start, replacement, blocking and quarantine. */
class WorkerPoolTest {

    private static final String SHA = "5".repeat(64);
    private static final String PROMPT = "The quick brown fox";

    @TempDir
    static Path temp;

    static Path model;

    private final List<CrashLedger.Event> events = new CopyOnWriteArrayList<>();
    private CrashLedger ledger;

    @BeforeAll
    static void writeModel() {
        model = temp.resolve("model.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(5)
                .write(model);
    }

    @BeforeEach
    void newLedger() {
        ledger = new CrashLedger();
        ledger.addListener(events::add);
    }

    private static Worker.Spec spec(Path file) {
        return Worker.Spec.of(file)
                .withContext(ContextParams.builder().contextSize(512).build())
                .withProperties(Map.of(WorkerMain.TEST_HOOK_PROPERTY, CrashHook.class.getName()));
    }

    /** Waits for a worker, as a policy that allows it would. */
    private static WorkerPool.Options waiting() {
        return WorkerPool.Options.defaults().withMaxWait(Duration.ofSeconds(60));
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(end);
            Thread.sleep(20);
        }
    }

    /** Crashes the leased worker and returns how the request failed. */
    private static WorkerException crash(WorkerPool.Lease lease, String kind) {
        lease.worker().testCrash(kind);
        try {
            for (int i = 0; i < 1000; i++) { // until the crash lands
                lease.generate(PROMPT, 2, SamplingParams.greedy(), null, p -> {});
            }
        } catch (WorkerException e) {
            return e;
        }
        throw new AssertionError("the worker did not crash");
    }

    private List<CrashLedger.Event> eventsOf(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aPrestartedWorkerIsHandedOutWithoutAJvmStartAndReused() {
        try (WorkerPool pool = WorkerPool.start(spec(model), SHA, ledger, WorkerPool.Options.defaults())) {
            assertThat(pool.awaitReady(Duration.ofSeconds(60))).isTrue();
            long start = System.nanoTime();
            long pid;
            try (WorkerPool.Lease lease = pool.lease("A")) {
                Duration handOut = Duration.ofNanos(System.nanoTime() - start);
                assertThat(handOut).isLessThan(Duration.ofSeconds(1)); // a JVM start takes a second or two here
                pid = lease.worker().pid();
                assertThat(lease.generate(PROMPT, 4, SamplingParams.greedy(), null, p -> {})
                                .tokens())
                        .hasSize(4);
                // the only worker is leased, and this pool never waits: a typed refusal, at once
                assertThatThrownBy(() -> pool.lease("B")).isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.NO_WORKER_READY);
                    assertThat(e.tenant()).isEqualTo("B");
                    assertThat(e.getMessage())
                            .isEqualTo("no worker of model " + SHA + " is ready (1 leased, 0 starting)");
                });
            }
            try (WorkerPool.Lease again = pool.lease("B")) {
                assertThat(again.worker().pid()).isEqualTo(pid);
            }
            assertThat(pool.starts()).isEqualTo(1);
        }
        assertThat(events).isEmpty();
    }

    @Test
    void aCrashedWorkerIsReplacedAndTheNextLeaseWorks() {
        try (WorkerPool pool = WorkerPool.start(spec(model), SHA, ledger, waiting())) {
            long pid;
            try (WorkerPool.Lease lease = pool.lease("A")) {
                pid = lease.worker().pid();
                WorkerException e = crash(lease, "kill");
                assertThat(e.reason()).isEqualTo(WorkerException.Reason.DIED);
                assertThat(e.exitCode()).isEqualTo(137);
            }
            assertThat(eventsOf(EventType.WORKER_CRASHED)).singleElement().satisfies(event -> {
                assertThat(event.tenant()).isEqualTo("A");
                assertThat(event.model()).isEqualTo(SHA);
                assertThat(event.crash().stage()).isEqualTo(Stage.REQUEST);
                assertThat(event.crash().inFlight()).containsExactly("A");
                assertThat(event.crash().cause()).contains("signal 9, SIGKILL");
            });
            try (WorkerPool.Lease next = pool.lease("A")) { // waits for the replacement
                assertThat(next.worker().pid()).isNotEqualTo(pid);
                assertThat(next.generate(PROMPT, 4, SamplingParams.greedy(), null, p -> {})
                                .tokens())
                        .hasSize(4);
            }
            assertThat(pool.starts()).isEqualTo(2);
            assertThat(ledger.isTenantBlocked("A")).isFalse();
        }
    }

    @Test
    void aTenantWhoseRequestsCrashWorkersThreeTimesIsBlockedWhileAnotherIsServed() {
        try (WorkerPool pool = WorkerPool.start(spec(model), SHA, ledger, waiting())) {
            for (int i = 0; i < 3; i++) {
                try (WorkerPool.Lease lease = pool.lease("A")) {
                    assertThat(crash(lease, "abort").signal()).hasValue(6);
                }
            }
            assertThatThrownBy(() -> pool.lease("A")).isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.TENANT_BLOCKED);
                assertThat(e.getMessage()).isEqualTo("tenant A is blocked: its requests killed 3 workers within PT10M");
            });
            try (WorkerPool.Lease lease = pool.lease("B")) {
                assertThat(lease.generate(PROMPT, 4, SamplingParams.greedy(), null, p -> {})
                                .tokens())
                        .hasSize(4);
            }
            assertThat(ledger.isQuarantined(SHA)).isFalse();
            assertThat(eventsOf(EventType.TENANT_BLOCKED))
                    .singleElement()
                    .satisfies(e -> assertThat(e.tenant()).isEqualTo("A"));
        }
    }

    @Test
    void aModelWhoseWorkersDieAtLoadIsQuarantinedAndRefused() throws Exception {
        Path bad = temp.resolve("bad.gguf");
        Files.writeString(bad, "not a model");
        WorkerPool.Options options = WorkerPool.Options.defaults()
                .withBackoff(
                        new WorkerPool.Backoff(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMinutes(1)));
        try (WorkerPool pool = WorkerPool.start(spec(bad), SHA, ledger, options)) {
            // the ledger publishes its events after it has quarantined: wait for the event, the crash before it is in
            await(() -> !eventsOf(EventType.MODEL_QUARANTINED).isEmpty(), Duration.ofSeconds(90));
            assertThat(ledger.isQuarantined(SHA)).isTrue();
            assertThatThrownBy(() -> pool.lease("A")).isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.QUARANTINED);
                assertThat(e.model()).isEqualTo(SHA);
            });
            assertThat(eventsOf(EventType.WORKER_CRASHED)).hasSize(3).allSatisfy(e -> {
                assertThat(e.crash().stage()).isEqualTo(Stage.LOAD);
                assertThat(e.tenant()).isNull();
                assertThat(e.crash().cause()).contains("not a GGUF model file");
            });
            assertThat(eventsOf(EventType.MODEL_QUARANTINED)).hasSize(1);
            Thread.sleep(300); // no start after the quarantine
            assertThat(pool.starts()).isEqualTo(3);
            assertThat(ledger.blockedTenants()).isEmpty();

            ledger.clearQuarantine(SHA); // the operator: the pool tries again, and the old crashes are forgotten
            assertThat(ledger.isQuarantined(SHA)).isFalse();
            await(() -> eventsOf(EventType.MODEL_QUARANTINED).size() == 2, Duration.ofSeconds(90));
            assertThat(ledger.isQuarantined(SHA)).isTrue();
            assertThat(eventsOf(EventType.WORKER_CRASHED)).hasSize(6);
            Thread.sleep(300);
            assertThat(pool.starts()).isEqualTo(6);
        }
    }

    @Test
    void anIdleWorkerThatDiesIsFoundByItsPingAndReplaced() throws Exception {
        WorkerPool.Options options = waiting().withPing(Duration.ofMillis(200), Duration.ofSeconds(5));
        try (WorkerPool pool = WorkerPool.start(spec(model), SHA, ledger, options)) {
            long pid;
            try (WorkerPool.Lease lease = pool.lease(null)) {
                pid = lease.worker().pid();
            }
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // as the OOM killer would
            await(() -> !eventsOf(EventType.WORKER_CRASHED).isEmpty(), Duration.ofSeconds(10));
            CrashLedger.Event crashed = eventsOf(EventType.WORKER_CRASHED).getFirst();
            assertThat(crashed.crash().stage()).isEqualTo(Stage.IDLE);
            assertThat(crashed.tenant()).isNull();
            // how it ended, as a request would have said it
            assertThat(crashed.crash().cause()).startsWith("idle: the model's worker process died (signal 9, SIGKILL)");
            try (WorkerPool.Lease lease = pool.lease("A")) {
                assertThat(lease.worker().pid()).isNotEqualTo(pid);
                assertThat(lease.generate(PROMPT, 4, SamplingParams.greedy(), null, p -> {})
                                .tokens())
                        .hasSize(4);
            }
        }
    }

    /** Each request a lease wraps charges a worker's death to the lease's tenant, as generate does. */
    @Test
    void everyLeaseRequestChargesAWorkerDeathToItsTenant() {
        Map<String, Consumer<WorkerPool.Lease>> requests = new LinkedHashMap<>();
        requests.put("tokens", l -> l.generate(new int[] {1, 2, 3}, 2, SamplingParams.greedy(), null, null));
        requests.put("text", l -> l.generate(PROMPT, 2, SamplingParams.greedy(), null, null));
        requests.put(
                "constrained",
                l -> l.generate(
                        PROMPT, OutputConstraint.grammar("root ::= \"a\""), 2, SamplingParams.greedy(), null, null));
        requests.put(
                "chat", l -> l.chat("", PROMPT, "", Chat.SpecialText.REJECT, 2, SamplingParams.greedy(), null, null));
        requests.put(
                "conversation",
                l -> l.chat(
                        List.of(ChatMessage.user(PROMPT)),
                        ChatOptions.defaults(),
                        null,
                        Chat.SpecialText.REJECT,
                        2,
                        SamplingParams.greedy(),
                        null,
                        null));
        requests.put("embed", l -> l.embed(List.of(PROMPT), Normalization.EUCLIDEAN, null));
        requests.put("rerank", l -> l.rerank(PROMPT, List.of(PROMPT), null));
        // seven tenants' crashes: with the default rules the third would quarantine the model (CrashLedgerTest)
        ledger = new CrashLedger(
                new CrashLedger.Rules(3, Duration.ofMinutes(10), 3, Duration.ofMinutes(10), Integer.MAX_VALUE),
                java.time.InstantSource.system());
        ledger.addListener(events::add);
        try (WorkerPool pool = WorkerPool.start(spec(model), SHA, ledger, waiting())) {
            requests.forEach((tenant, request) -> {
                try (WorkerPool.Lease lease = pool.lease(tenant)) {
                    lease.worker().testCrash("kill");
                    assertThatThrownBy(() -> {
                                for (int i = 0; i < 1000; i++) { // until the crash lands
                                    request.accept(lease);
                                }
                            })
                            .as(tenant)
                            .isInstanceOfSatisfying(
                                    WorkerException.class,
                                    e -> assertThat(e.reason())
                                            .as(e.getMessage())
                                            .isEqualTo(WorkerException.Reason.DIED));
                }
            });
            assertThat(eventsOf(EventType.WORKER_CRASHED))
                    .allSatisfy(e -> assertThat(e.crash().stage()).isEqualTo(Stage.REQUEST))
                    .extracting(CrashLedger.Event::tenant)
                    .containsExactlyElementsOf(requests.keySet());
            assertThat(ledger.isQuarantined(SHA)).isFalse();
        }
    }

    /** A lease's cancel stops its request from another thread; the worker is not charged and serves again. */
    @Test
    void aLeaseCancelsItsRequestFromAnotherThreadAndKeepsItsWorker() throws Exception {
        try (WorkerPool pool = WorkerPool.start(spec(model), SHA, ledger, waiting());
                WorkerPool.Lease lease = pool.lease("A")) {
            assertThat(lease.cancel()).isFalse();
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<Worker.Result> running = CompletableFuture.supplyAsync(
                    () -> lease.generate(PROMPT, 500, SamplingParams.greedy(), null, p -> first.countDown()));
            assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lease.cancel()).isTrue();
            Worker.Result aborted = running.get(30, TimeUnit.SECONDS);
            assertThat(aborted.stopReason()).isEqualTo(StopReason.ABORTED);
            assertThat(aborted.tokens().length).isLessThan(500);
            assertThat(lease.generate(PROMPT, 4, SamplingParams.greedy(), null, null)
                            .tokens())
                    .hasSize(4);
        }
        assertThat(events).isEmpty();
    }
}
