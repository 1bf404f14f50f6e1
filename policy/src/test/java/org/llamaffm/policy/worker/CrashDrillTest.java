package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.ContextParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.policy.LeaseRefusedException;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.policy.worker.CrashLedger.EventType;
import org.llamaffm.policy.worker.CrashLedger.Stage;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Issue 15, item 8: crash drills. A pool of two prestarted workers, its dead workers replaced after a short
 * backoff, is broken {@value #ROUNDS} times in each way a worker dies in production: llama.cpp's
 * {@code GGML_ASSERT} (abort), a segfault in native code, SIGKILL (the OOM killer), an exit, native memory
 * allocated until the worker's memory cap refuses more, and a request thread that never comes back (ended
 * by the request's deadline plus the grace). Each time the request fails with a {@link WorkerException}
 * saying how the worker ended, the crash is charged to the request's tenant, the dead process is gone, and
 * the next request on the pool gives the same greedy tokens as the first healthy one. The host, which runs
 * these tests, lives through all of it.
 *
 * <p>The drills are spread over tenants that get two crashes each, under the rule that blocks a
 * tenant at its third in ten minutes, so none is blocked by accident. Then: a tenant that kills workers
 * three times is blocked while another is served by the same pool; and a second model whose workers die
 * with no tenant to blame (requests without one, an idle death) is quarantined, while its tenants' own
 * crashes do not count towards it and the first model's pool, on the same ledger, serves on.
 *
 * <p>On a quiet 2-core machine the class takes about two minutes (three with another build running), nearly
 * all of it waiting for worker starts: about a second each, one per drill.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashDrillTest {

    /** Drills of each kind. */
    static final int ROUNDS = 16;

    static final List<String> KINDS = List.of("abort", "segv", "kill", "exit", "memory", "hang");

    /**
     * The default: a tenant is blocked at its third crash in ten minutes, a model quarantined alike; but not
     * by crashes across tenants (the drills spread over 48 of them: CrashLedgerTest checks that rule).
     */
    static final CrashLedger.Rules RULES =
            new CrashLedger.Rules(3, Duration.ofMinutes(10), 3, Duration.ofMinutes(10), Integer.MAX_VALUE);

    /** Crashes each drill tenant gets: one below {@link #RULES}' tenant limit. */
    static final int CRASHES_PER_TENANT = 2;

    /**
     * The workers' RLIMIT_DATA. Measured here: an idle worker of the test model has about 163 MiB of
     * VmData (the JVM's committed heap, metaspace, code cache, thread stacks, llama.cpp's buffers); at
     * 160 MiB it cannot start (libgomp cannot create its threads), from 192 MiB it loads and serves. 256 MiB
     * leaves room for the heap to grow, and stops a blow-up after about 90 MiB.
     */
    static final long MEMORY_CAP = 256L << 20;

    /** The deadline of a request that hangs; the worker is killed after it and the grace. */
    static final Duration HANG_DEADLINE = Duration.ofMillis(300);

    static final Duration GRACE = Duration.ofMillis(400);

    /** The deadline of every other request: far more than they need. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    static final String PROMPT = "The quick brown fox";
    static final int TOKENS = 8;

    @TempDir
    static Path temp;

    static final List<CrashLedger.Event> events = new CopyOnWriteArrayList<>();
    static final Set<Long> pids = ConcurrentHashMap.newKeySet();
    /** Drills that passed, by kind, on both models. */
    static final Map<String, AtomicInteger> drilled = new ConcurrentHashMap<>();
    /** Those on the first model's pool. */
    static final AtomicInteger onFirstModel = new AtomicInteger();

    static CrashLedger ledger;
    static Path model;
    static String sha;
    static WorkerPool pool;
    /** The first healthy request's answer: what every request after a crash must give. */
    static Worker.Result reference;

    @BeforeAll
    static void startPool() {
        ledger = new CrashLedger(RULES, InstantSource.system());
        ledger.addListener(events::add);
        model = writeModel("model.gguf", 5);
        sha = new ModelHasher().sha256(model);
        pool = WorkerPool.start(spec(model), sha, ledger, options());
        assertThat(pool.awaitReady(Duration.ofSeconds(60))).isTrue();
        try (WorkerPool.Lease lease = pool.lease("reference")) {
            pids.add(lease.worker().pid());
            reference = healthy(lease);
        }
        assertThat(reference.tokens()).hasSize(TOKENS);
    }

    @AfterAll
    static void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    static Path writeModel(String name, long seed) {
        Path file = temp.resolve(name);
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(seed)
                .write(file);
        return file;
    }

    /** Every worker with the test hook and the memory cap, a short grace after a deadline. */
    static Worker.Spec spec(Path model) {
        return new Worker.Spec(
                model,
                -1,
                ContextParams.builder().contextSize(512).build(),
                Duration.ofSeconds(60),
                GRACE,
                List.of(),
                Map.of(
                        WorkerMain.TEST_HOOK_PROPERTY,
                        CrashHook.class.getName(),
                        WorkerMain.MAX_MEMORY_PROPERTY,
                        String.valueOf(MEMORY_CAP)));
    }

    /** Two prestarted workers; a lease waits for a replacement when both are down; a fast backoff. */
    static WorkerPool.Options options() {
        return WorkerPool.Options.defaults()
                .withWorkers(2)
                .withMaxWait(Duration.ofSeconds(60))
                .withBackoff(
                        new WorkerPool.Backoff(Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofMinutes(1)));
    }

    static Worker.Result healthy(WorkerPool.Lease lease) {
        StringBuilder pieces = new StringBuilder();
        Worker.Result result = lease.generate(PROMPT, TOKENS, SamplingParams.greedy(), DEADLINE, pieces::append);
        assertThat(result.text()).isEqualTo(pieces.toString());
        return result;
    }

    /** The next request after a crash: the same greedy answer as the first healthy request, on another worker. */
    static void nextRequestSucceeds(WorkerPool on, @Nullable String tenant, long deadPid, Worker.Result expected) {
        try (WorkerPool.Lease next = on.lease(tenant)) {
            pids.add(next.worker().pid());
            assertThat(next.worker().pid()).isNotEqualTo(deadPid);
            Worker.Result result = healthy(next);
            assertThat(result.tokens()).containsExactly(expected.tokens());
            assertThat(result.text()).isEqualTo(expected.text());
        }
    }

    /** A crash, and how the request it broke failed. */
    record Drill(String kind, long pid, WorkerException failure, Duration took) {}

    /**
     * Breaks the leased worker the {@code kind} way: the request right after it must fail, typed as
     * {@link #assertTyped(Drill)} says, and the process must be gone. Counted in {@link #drilled}.
     */
    static Drill crash(WorkerPool on, @Nullable String tenant, String kind) {
        try (WorkerPool.Lease lease = on.lease(tenant)) {
            long pid = lease.worker().pid();
            pids.add(pid);
            lease.worker().testCrash(kind);
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> lease.generate(
                    PROMPT, TOKENS, SamplingParams.greedy(), kind.equals("hang") ? HANG_DEADLINE : DEADLINE, p -> {}));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(thrown).as("%s: the request after the crash", kind).isInstanceOf(WorkerException.class);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("%s: the worker process %d is gone", kind, pid)
                    .isFalse();
            Drill drill = new Drill(kind, pid, (WorkerException) thrown, took);
            assertTyped(drill);
            drilled.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (on == pool) {
                onFirstModel.incrementAndGet();
            }
            return drill;
        }
    }

    /** What a drill of each kind must report, in the exception a server would log. */
    static void assertTyped(Drill drill) {
        WorkerException e = drill.failure();
        String message = e.getMessage();
        switch (drill.kind()) {
            case "abort" -> {
                assertDied(e, 134, 6);
                // GGML_ASSERT's own line, written by ggml_abort, is the worker's last word
                assertThat(e.lastLog())
                        .last()
                        .asString()
                        .matches("CrashHook\\.java:\\d+: GGML_ASSERT\\(drill\\) failed");
                assertThat(message)
                        .startsWith("the model's worker process died (signal 6, SIGABRT): CrashHook.java:")
                        .endsWith(": GGML_ASSERT(drill) failed");
            }
            case "segv" -> {
                // the JVM's handler catches it, writes its report (naming the signal), and exits with 1
                assertDied(e, 1, 11);
                assertThat(e.lastLog()).anyMatch(line -> line.startsWith("#  SIGSEGV (0xb)"));
                assertThat(message)
                        .startsWith(
                                "the model's worker process died (signal 11, SIGSEGV, caught by the JVM, exit code 1)");
            }
            case "kill" -> {
                assertDied(e, 137, 9);
                assertThat(message).startsWith("the model's worker process died (signal 9, SIGKILL)");
            }
            case "exit" -> {
                assertThat(e.reason()).as(message).isEqualTo(WorkerException.Reason.DIED);
                assertThat(e.exitCode()).as(message).isEqualTo(3);
                assertThat(e.signal()).as(message).isEmpty();
                assertThat(message).startsWith("the model's worker process died (exit code 3)");
            }
            case "memory" -> {
                assertDied(e, 134, 6);
                // the cap, not the machine, ran out: ggml_malloc's line says how much the worker got
                String refused = e.lastLog().stream()
                        .filter(line -> line.startsWith("ggml_malloc: failed to allocate"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no ggml_malloc line in " + e.lastLog()));
                Matcher got = Pattern.compile("\\(after (\\d+) MiB\\)$").matcher(refused);
                assertThat(got.find()).as(refused).isTrue();
                assertThat(Long.parseLong(got.group(1))).as(refused).isLessThan(MEMORY_CAP >> 20);
                assertThat(message)
                        .startsWith("the model's worker process died (signal 6, SIGABRT): CrashHook.java:")
                        .endsWith(": fatal error");
            }
            case "hang" -> {
                assertThat(e.reason()).as(message).isEqualTo(WorkerException.Reason.TIMED_OUT);
                assertThat(e.exitCode()).as(message).isEqualTo(137);
                assertThat(e.signal()).as(message).hasValue(9);
                assertThat(message)
                        .startsWith("the request missed its deadline; the model's worker process was killed"
                                + " (signal 9, SIGKILL)");
                // killed at the deadline plus the grace, not before, and not much later
                assertThat(drill.took()).isGreaterThanOrEqualTo(HANG_DEADLINE.plus(GRACE));
                assertThat(drill.took()).isLessThan(HANG_DEADLINE.plus(GRACE).plusSeconds(5));
            }
            default -> throw new IllegalArgumentException(drill.kind());
        }
    }

    static void assertDied(WorkerException e, int exitCode, int signal) {
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(WorkerException.Reason.DIED);
        assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(exitCode);
        assertThat(e.signal()).as(e.getMessage()).hasValue(signal);
    }

    /** The ledger's last crash of {@code model}: what it charged the drill with. */
    static CrashLedger.Crash lastCrash(String model) {
        return events.stream()
                .filter(e -> e.type() == EventType.WORKER_CRASHED && model.equals(e.model()))
                .reduce((a, b) -> b)
                .map(CrashLedger.Event::crash)
                .orElseThrow(() -> new AssertionError("no crash of " + model + " recorded"));
    }

    static List<CrashLedger.Event> eventsOf(EventType type, String model) {
        return events.stream()
                .filter(e -> e.type() == type && model.equals(e.model()))
                .toList();
    }

    /** The kinds in turn, {@value #ROUNDS} rounds; each tenant gets {@value #CRASHES_PER_TENANT} drills. */
    static Stream<Arguments> drills() {
        List<Arguments> drills = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (String kind : KINDS) {
                int n = drills.size();
                drills.add(Arguments.of(kind, round, "tenant-" + (n / CRASHES_PER_TENANT)));
            }
        }
        return drills.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "drill {index}: {0} {1} of " + ROUNDS + ", tenant {2}")
    @MethodSource("drills")
    void aWorkerThatDiesFailsItsRequestTypedAndTheNextRequestIsServed(String kind, int round, String tenant) {
        Drill drill = crash(pool, tenant, kind);
        CrashLedger.Crash charged = lastCrash(sha);
        assertThat(charged.stage()).isEqualTo(Stage.REQUEST);
        assertThat(charged.tenant()).isEqualTo(tenant);
        assertThat(charged.cause()).isEqualTo(drill.failure().getMessage());

        nextRequestSucceeds(pool, tenant, drill.pid(), reference); // the tenant itself, one or two crashes in
        assertThat(ledger.isTenantBlocked(tenant)).isFalse();
        assertThat(ledger.isQuarantined(sha)).isFalse();
    }

    @Order(2)
    @Test
    void aTenantThatKillsWorkersThreeTimesIsBlockedWhileAnotherIsServedByTheSamePool() {
        List<String> kinds = List.of("hang", "memory", "segv"); // a deadline's kill counts as much as a crash
        Drill last = null;
        for (String kind : kinds) {
            assertThat(ledger.isTenantBlocked("mallory"))
                    .as("before the %s", kind)
                    .isFalse();
            last = crash(pool, "mallory", kind);
        }
        assertThat(ledger.isTenantBlocked("mallory")).isTrue();
        String lastCause = last.failure().getMessage();
        assertThat(eventsOf(EventType.TENANT_BLOCKED, sha))
                .filteredOn(e -> "mallory".equals(e.tenant()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.crash().cause()).isEqualTo(lastCause);
                    assertThat(e.detail())
                            .isEqualTo(
                                    "tenant mallory is blocked: 3 worker crashes within PT10M followed its requests");
                });

        // alice holds a worker of the same pool while mallory is refused at once (no wait for a worker)
        try (WorkerPool.Lease alice = pool.lease("alice")) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pool.lease("mallory")).isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.TENANT_BLOCKED);
                assertThat(e.tenant()).isEqualTo("mallory");
                assertThat(e.model()).isEqualTo(sha);
                assertThat(e.getMessage())
                        .isEqualTo("tenant mallory is blocked: its requests killed 3 workers within PT10M");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            pids.add(alice.worker().pid());
            Worker.Result served = healthy(alice);
            assertThat(served.tokens()).containsExactly(reference.tokens());
        }
        assertThat(ledger.isQuarantined(sha)).isFalse();
        assertThat(eventsOf(EventType.MODEL_QUARANTINED, sha)).isEmpty();
        nextRequestSucceeds(pool, "bob", last.pid(), reference);
    }

    @Order(3)
    @Test
    void aModelWhoseWorkersDieWithNoTenantToBlameIsQuarantinedAndTheOtherModelServesOn() throws Exception {
        Path other = writeModel("other.gguf", 6);
        String otherSha = new ModelHasher().sha256(other);
        assertThat(otherSha).isNotEqualTo(sha);
        // the same ledger; pings find an idle worker's death
        WorkerPool.Options options = options().withPing(Duration.ofMillis(200), Duration.ofSeconds(5));
        try (WorkerPool second = WorkerPool.start(spec(other), otherSha, ledger, options)) {
            assertThat(second.awaitReady(Duration.ofSeconds(60))).isTrue();
            Worker.Result expected;
            try (WorkerPool.Lease lease = second.lease("bob")) {
                pids.add(lease.worker().pid());
                expected = healthy(lease);
            }
            assertThat(expected.tokens()).isNotEqualTo(reference.tokens()); // another model indeed

            // 1. carol's crash is carol's: it does not count against the model
            Drill carol = crash(second, "carol", "abort");
            assertThat(lastCrash(otherSha).suspects()).containsExactly("carol");
            nextRequestSucceeds(second, "carol", carol.pid(), expected);
            // 2. a request with no tenant: the model's (1 of 3)
            Drill anonymous = crash(second, null, "segv");
            assertThat(lastCrash(otherSha).suspects()).isEmpty();
            nextRequestSucceeds(second, null, anonymous.pid(), expected);
            // 3. dave's, his
            Drill dave = crash(second, "dave", "kill");
            nextRequestSucceeds(second, "dave", dave.pid(), expected);
            assertThat(ledger.isQuarantined(otherSha)).isFalse();
            // 4. an idle worker killed from outside, found by its ping: the model's (2 of 3)
            assertThat(second.awaitReady(Duration.ofSeconds(60))).isTrue();
            long idlePid;
            try (WorkerPool.Lease lease = second.lease(null)) {
                idlePid = lease.worker().pid();
            }
            int idleBefore = eventsOf(EventType.WORKER_CRASHED, otherSha).size();
            ProcessHandle.of(idlePid).orElseThrow().destroyForcibly(); // as the OOM killer would, between requests
            await(() -> eventsOf(EventType.WORKER_CRASHED, otherSha).size() > idleBefore, Duration.ofSeconds(10));
            assertThat(lastCrash(otherSha).stage()).isEqualTo(Stage.IDLE);
            assertThat(lastCrash(otherSha).cause())
                    .startsWith("idle: the model's worker process died (signal 9, SIGKILL)");
            drilled.computeIfAbsent("idle kill", k -> new AtomicInteger()).incrementAndGet();
            assertThat(ledger.isQuarantined(otherSha)).isFalse();
            nextRequestSucceeds(second, "erin", idlePid, expected);
            // 5. another request with no tenant: the third that follows no one tenant
            Drill third = crash(second, null, "exit");
            assertThat(ledger.isQuarantined(otherSha)).isTrue();
            assertThat(eventsOf(EventType.MODEL_QUARANTINED, otherSha))
                    .singleElement()
                    .satisfies(e -> assertThat(e.crash().cause())
                            .isEqualTo(third.failure().getMessage()));
            assertThat(ledger.blockedTenants()).doesNotContain("carol", "dave");

            for (String tenant : new String[] {"erin", null}) {
                assertThatThrownBy(() -> second.lease(tenant))
                        .isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
                            assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.QUARANTINED);
                            assertThat(e.model()).isEqualTo(otherSha);
                        });
            }
            // the quarantined model keeps no worker running; the first model, on the same ledger, serves erin
            await(() -> second.ready() == 0, Duration.ofSeconds(10));
            nextRequestSucceeds(pool, "erin", -1, reference);
            assertThat(ledger.isQuarantined(sha)).isFalse();

            // the operator clears it: new workers, the same answer
            ledger.clearQuarantine(otherSha);
            nextRequestSucceeds(second, "erin", third.pid(), expected);
        }
    }

    /**
     * A pool closed while its workers start (the JVM starting, connecting, loading, warming up) kills them:
     * none is left to run on until it notices the host has gone, or for as long as a hanging load lasts.
     */
    @Order(4)
    @Test
    void aPoolClosedWhileItsWorkersStartLeavesNoProcessBehind() throws Exception {
        for (long delay : new long[] {100, 400, 700}) {
            String marker = "-Dllamaffm.test.closing=" + delay;
            Worker.Spec spec = spec(model).withProperties(Map.of("llamaffm.test.closing", String.valueOf(delay)));
            WorkerPool closing = WorkerPool.start(spec, sha, ledger, options());
            Thread.sleep(delay);
            closing.close();
            assertThat(ProcessHandle.current().descendants())
                    .as("%d ms into the start", delay)
                    .noneMatch(p ->
                            p.info().arguments().map(List::of).orElse(List.of()).contains(marker));
        }
        assertThat(eventsOf(EventType.WORKER_CRASHED, sha))
                .allMatch(e -> e.crash().stage() == Stage.REQUEST);
    }

    @Order(5)
    @Test
    void everyDrillWasChargedToItsTenantAndNoWorkerProcessOutlivesItsPool() {
        int total = drilled.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println(
                "crash drills: " + total + " " + new TreeMap<>(drilled) + ", " + onFirstModel + " on the first model");
        List<CrashLedger.Crash> crashes = eventsOf(EventType.WORKER_CRASHED, sha).stream()
                .map(CrashLedger.Event::crash)
                .toList();
        // one crash per drill, every one in a tenant's request: no replacement failed to start or warm up
        assertThat(crashes).hasSize(onFirstModel.get()).allSatisfy(c -> {
            assertThat(c.stage()).isEqualTo(Stage.REQUEST);
            assertThat(c.suspects()).hasSize(1);
        });
        assertThat(ledger.isQuarantined(sha)).isFalse();
        assertThat(ledger.blockedTenants()).allMatch("mallory"::equals);

        pool.close();
        assertThat(pids)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid)
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .as("worker %d", pid)
                        .isFalse());
        assertThat(ProcessHandle.current()
                        .descendants()
                        .map(ProcessHandle::info)
                        .map(Object::toString))
                .isEmpty();
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(end);
            Thread.sleep(20);
        }
    }
}
