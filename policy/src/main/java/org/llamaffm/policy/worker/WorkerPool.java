package org.llamaffm.policy.worker;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.llamaffm.SamplingParams;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.embed.Normalization;
import org.llamaffm.policy.LeaseRefusedException;
import org.llamaffm.policy.OutputConstraint;
import org.llamaffm.policy.UntrustedText;
import org.llamaffm.policy.WorkerException;

/**
 * The workers of one model (issue 15, items 2 and 3): keeps {@link Options#workers()} of them started and
 * warmed up in the background, hands one out per request ({@link #lease(String)}), and replaces a worker that
 * dies, after a backoff. Every death is charged in a {@link CrashLedger} with where the worker was (loading,
 * warming up, idle, serving a tenant's request); the pool refuses leases for a model the ledger has
 * quarantined and for a tenant it has blocked.
 *
 * {@snippet :
 * try (WorkerPool pool = WorkerPool.start(Worker.Spec.of(file), sha256, ledger, WorkerPool.Options.defaults());
 *         WorkerPool.Lease lease = pool.lease("tenant-a")) {   // a prestarted worker: no JVM start
 *     Worker.Result result = lease.generate("Hello", 32, SamplingParams.greedy(), Duration.ofSeconds(30), out::print);
 * } // a WorkerException inside: the worker is discarded, charged to tenant-a, and replaced
 * }
 *
 * <p>A worker runs one request at a time, so a lease is exclusive. Thread-safe.
 */
public final class WorkerPool implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("org.llamaffm.policy.worker");

    /** The prompt of the warm-up decode: any short text the model can tokenize. */
    private static final String WARM_UP_PROMPT = "Hello";

    /**
     * When a dead worker is replaced: {@code initial} after a failure, doubling with each further one up to
     * {@code max}, back to {@code initial} once the pool has gone {@code healthyAfter} without a failure.
     */
    public record Backoff(Duration initial, Duration max, Duration healthyAfter) {

        public Backoff {
            if (initial.isNegative() || max.compareTo(initial) < 0 || healthyAfter.isNegative()) {
                throw new IllegalArgumentException("a backoff needs 0 <= initial <= max and healthyAfter >= 0, was "
                        + initial + ", " + max + ", " + healthyAfter);
            }
        }

        /** 100 ms doubling to 30 s, reset after a minute without failures. */
        public static Backoff defaults() {
            return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofMinutes(1));
        }
    }

    /**
     * How the pool runs.
     *
     * @param workers      how many workers it keeps (started at once, in the background)
     * @param maxWait      how long a lease may wait when no worker is ready (all leased, or still starting):
     *                     zero, the default, refuses it at once ({@code NO_WORKER_READY}), so that a request
     *                     never waits for a JVM to start unless the policy says so
     * @param pingInterval how often each idle worker is pinged; zero: never
     * @param pingTimeout  how long a ping may take before the worker is killed and replaced
     * @param warmUp       whether a new worker decodes once (a one-token generation) before it is handed out,
     *                     so that a model that dies on its first decode dies in the warm-up, charged to no tenant
     * @param backoff      when dead workers are replaced
     */
    public record Options(
            int workers,
            Duration maxWait,
            Duration pingInterval,
            Duration pingTimeout,
            boolean warmUp,
            Backoff backoff) {

        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("a pool needs at least 1 worker, was " + workers);
            }
            if (maxWait.isNegative() || pingInterval.isNegative() || pingTimeout.isNegative() || pingTimeout.isZero()) {
                throw new IllegalArgumentException("maxWait and pingInterval must be >= 0 and pingTimeout > 0, were "
                        + maxWait + ", " + pingInterval + ", " + pingTimeout);
            }
            Objects.requireNonNull(backoff, "backoff");
        }

        /** One worker, no waiting, a ping every 30 s (5 s to answer), a warm-up decode, the default backoff. */
        public static Options defaults() {
            return new Options(
                    1, Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(5), true, Backoff.defaults());
        }

        public Options withWorkers(int workers) {
            return new Options(workers, maxWait, pingInterval, pingTimeout, warmUp, backoff);
        }

        public Options withMaxWait(Duration maxWait) {
            return new Options(workers, maxWait, pingInterval, pingTimeout, warmUp, backoff);
        }

        public Options withPing(Duration interval, Duration timeout) {
            return new Options(workers, maxWait, interval, timeout, warmUp, backoff);
        }

        public Options withWarmUp(boolean warmUp) {
            return new Options(workers, maxWait, pingInterval, pingTimeout, warmUp, backoff);
        }

        public Options withBackoff(Backoff backoff) {
            return new Options(workers, maxWait, pingInterval, pingTimeout, warmUp, backoff);
        }
    }

    private final Worker.Spec spec;
    private final String model;
    private final CrashLedger ledger;
    private final Options options;
    private final ScheduledExecutorService executor;
    private final Consumer<CrashLedger.Event> ledgerListener = this::onLedgerEvent;
    private final java.util.concurrent.CopyOnWriteArrayList<Consumer<String>> startListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // All below: guarded by lock.
    private final RestartBackoff backoff;
    private final ArrayDeque<Worker> idle = new ArrayDeque<>();
    private final Set<Worker> leased = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Workers the pool owns: idle, leased, being pinged, or dead and not yet discarded. */
    private int members;
    /** Starts scheduled or running. */
    private int pending;

    private int pinging;
    private long pingEndsNanos;
    private long starts;
    private boolean closed;
    private @Nullable RuntimeException lastStartFailure;

    private WorkerPool(Worker.Spec spec, String model, CrashLedger ledger, Options options, InstantSource clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.model = Objects.requireNonNull(model, "model");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.options = Objects.requireNonNull(options, "options");
        this.backoff = new RestartBackoff(options.backoff(), clock);
        AtomicInteger threads = new AtomicInteger();
        // a thread per worker start (each waits a second or two for a JVM) and one for the pings
        this.executor = Executors.newScheduledThreadPool(options.workers() + 1, r -> {
            Thread t = new Thread(r, "llama-ffm-pool-" + abbreviated(model) + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Creates the pool and starts its workers in the background (see {@link #awaitReady(Duration)}).
     *
     * @param spec   how to start each worker
     * @param sha256 the model file's SHA-256, as admission computed it: what the ledger charges and quarantines
     * @param ledger where crashes are charged; share one between the pools of a sandbox, so a tenant's crashes
     *               on any model add up
     */
    public static WorkerPool start(Worker.Spec spec, String sha256, CrashLedger ledger, Options options) {
        return start(spec, sha256, ledger, options, InstantSource.system());
    }

    /** As {@link #start(Worker.Spec, String, CrashLedger, Options)}, with the backoff's clock given. */
    static WorkerPool start(Worker.Spec spec, String sha256, CrashLedger ledger, Options options, InstantSource clock) {
        WorkerPool pool = new WorkerPool(spec, sha256, ledger, options, clock);
        ledger.addListener(pool.ledgerListener);
        pool.lock.lock();
        try {
            pool.refill();
        } finally {
            pool.lock.unlock();
        }
        Duration every = options.pingInterval();
        if (!every.isZero()) {
            pool.executor.scheduleWithFixedDelay(
                    pool::pingIdle, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
        }
        return pool;
    }

    /** The SHA-256 of the pool's model. */
    public String model() {
        return model;
    }

    public Options options() {
        return options;
    }

    /** How many workers are ready to be leased now. */
    public int ready() {
        lock.lock();
        try {
            return idle.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many workers are up: ready to be leased, or serving a request now. */
    public int live() {
        lock.lock();
        try {
            return idle.size() + leased.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many worker starts the pool has begun since it was created. */
    public long starts() {
        lock.lock();
        try {
            return starts;
        } finally {
            lock.unlock();
        }
    }

    /** Why the last worker start failed, when it did (a later start that succeeds clears it). */
    public Optional<RuntimeException> lastStartFailure() {
        lock.lock();
        try {
            return Optional.ofNullable(lastStartFailure);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until all {@link Options#workers()} are ready, for at most {@code timeout}; whether they are. */
    public boolean awaitReady(Duration timeout) {
        return awaitReady(options.workers(), timeout);
    }

    /** Waits until at least one worker is ready, for at most {@code timeout}; whether one is. */
    public boolean awaitReadyAny(Duration timeout) {
        return awaitReady(1, timeout);
    }

    private boolean awaitReady(int workers, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (idle.size() < workers) {
                long left = end - System.nanoTime();
                if (closed || left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands out a ready worker for one request of {@code tenant}, or refuses.
     *
     * @param tenant who the request is for (null: none; its crashes then count against the model)
     * @throws LeaseRefusedException {@code QUARANTINED} when the ledger has quarantined the model,
     *                               {@code TENANT_BLOCKED} when it has blocked the tenant, {@code NO_WORKER_READY}
     *                               when no worker became ready within {@link Options#maxWait()} (its cause: the
     *                               last failed start, if the last start failed)
     * @throws IllegalStateException when the pool is closed
     */
    public Lease lease(@Nullable String tenant) {
        long deadline = System.nanoTime() + options.maxWait().toNanos();
        List<Worker> dead = new ArrayList<>();
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("the worker pool of model " + model + " is closed");
                }
                if (ledger.isQuarantined(model)) {
                    throw new LeaseRefusedException(
                            LeaseRefusedException.Reason.QUARANTINED,
                            model,
                            tenant,
                            "model " + model + " is quarantined: its workers kept crashing (at load, in the warm-up,"
                                    + " idle or under several tenants) until an operator clears it",
                            null);
                }
                if (tenant != null && ledger.isTenantBlocked(tenant)) {
                    throw new LeaseRefusedException(
                            LeaseRefusedException.Reason.TENANT_BLOCKED,
                            model,
                            tenant,
                            "tenant " + tenant + " is blocked: its requests killed "
                                    + ledger.rules().tenantCrashes() + " workers within "
                                    + ledger.rules().tenantWindow(),
                            null);
                }
                Worker worker = idle.pollFirst();
                if (worker != null) {
                    if (worker.isAlive()) {
                        leased.add(worker);
                        return new Lease(worker, tenant);
                    }
                    dead.add(worker); // discarded below, outside the lock
                    continue;
                }
                long now = System.nanoTime();
                // a worker being pinged is back within the ping's timeout: that is no wait for a JVM start
                long until = pinging > 0 && pingEndsNanos - deadline > 0 ? pingEndsNanos : deadline;
                if (until - now <= 0) {
                    throw new LeaseRefusedException(
                            LeaseRefusedException.Reason.NO_WORKER_READY,
                            model,
                            tenant,
                            "no worker of model " + model + " is ready"
                                    + (options.maxWait().isZero() ? "" : " within " + options.maxWait())
                                    + " (" + leased.size() + " leased, " + pending + " starting"
                                    + (lastStartFailure != null ? "; the last start failed" : "") + ")",
                            lastStartFailure);
                }
                changed.awaitNanos(until - now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaseRefusedException(
                    LeaseRefusedException.Reason.NO_WORKER_READY,
                    model,
                    tenant,
                    "interrupted while waiting for a worker of model " + model,
                    e);
        } finally {
            lock.unlock();
            for (Worker worker : dead) {
                discard(worker, CrashLedger.Stage.IDLE, null, "the idle worker was found dead when it was handed out");
            }
        }
    }

    /**
     * One worker, for one request at a time of one tenant, until closed. Run requests through the lease's
     * {@code generate}, {@code chat}, {@code embed} and {@code rerank}, so a death is charged to the tenant at once
     * with its cause; a worker found dead when the lease ends is charged too.
     */
    public final class Lease implements AutoCloseable {
        private final Worker worker;
        private final @Nullable String tenant;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicBoolean discarded = new AtomicBoolean();

        private Lease(Worker worker, @Nullable String tenant) {
            this.worker = worker;
            this.tenant = tenant;
        }

        /** The leased worker, for what the lease does not wrap (its pid, a ping, a test hook). */
        public Worker worker() {
            return worker;
        }

        public @Nullable String tenant() {
            return tenant;
        }

        /** {@link Worker#generate(int[], int, SamplingParams, Duration, Consumer)} on the leased worker. */
        public Worker.Result generate(
                int[] prompt,
                int maxTokens,
                SamplingParams sampling,
                @Nullable Duration timeout,
                @Nullable Consumer<String> pieces) {
            return run(() -> worker.generate(prompt, maxTokens, sampling, timeout, pieces));
        }

        /** {@link Worker#generate(String, int, SamplingParams, Duration, Consumer)} on the leased worker. */
        public Worker.Result generate(
                String prompt,
                int maxTokens,
                SamplingParams sampling,
                @Nullable Duration timeout,
                @Nullable Consumer<String> pieces) {
            return run(() -> worker.generate(prompt, maxTokens, sampling, timeout, pieces));
        }

        /**
         * {@link Worker#generate(String, OutputConstraint, UntrustedText.Rules, int, SamplingParams, Duration,
         * Consumer)} on the leased worker.
         */
        public Worker.Result generate(
                String prompt,
                @Nullable OutputConstraint constraint,
                UntrustedText.@Nullable Rules guard,
                int maxTokens,
                SamplingParams sampling,
                @Nullable Duration timeout,
                @Nullable Consumer<String> pieces) {
            return run(() -> worker.generate(prompt, constraint, guard, maxTokens, sampling, timeout, pieces));
        }

        /**
         * {@link Worker#generate(String, OutputConstraint, int, SamplingParams, Duration, Consumer)} on the leased
         * worker.
         */
        public Worker.Result generate(
                String prompt,
                OutputConstraint constraint,
                int maxTokens,
                SamplingParams sampling,
                @Nullable Duration timeout,
                @Nullable Consumer<String> pieces) {
            return run(() -> worker.generate(prompt, constraint, maxTokens, sampling, timeout, pieces));
        }

        /**
         * {@link Worker#chat(String, String, String, Chat.SpecialText, int, SamplingParams, Duration, Consumer)} on
         * the leased worker.
         */
        public Worker.Result chat(
                String system,
                String user,
                String template,
                Chat.SpecialText specialText,
                int maxTokens,
                SamplingParams sampling,
                @Nullable Duration timeout,
                @Nullable Consumer<String> pieces) {
            return run(() -> worker.chat(system, user, template, specialText, maxTokens, sampling, timeout, pieces));
        }

        /**
         * {@link Worker#chat(List, ChatOptions, String, Chat.SpecialText, int, SamplingParams, Duration, Consumer)}
         * on the leased worker.
         */
        public Worker.ChatResult chat(
                List<ChatMessage> messages,
                ChatOptions options,
                @Nullable String template,
                Chat.SpecialText specialText,
                int maxTokens,
                SamplingParams sampling,
                @Nullable Duration timeout,
                @Nullable Consumer<String> pieces) {
            return run(
                    () -> worker.chat(messages, options, template, specialText, maxTokens, sampling, timeout, pieces));
        }

        /** {@link Worker#embed(List, Normalization, Duration)} on the leased worker. */
        public Worker.Embeddings embed(List<String> texts, Normalization normalization, @Nullable Duration timeout) {
            return run(() -> worker.embed(texts, normalization, timeout));
        }

        /** {@link Worker#rerank(String, List, Duration)} on the leased worker. */
        public Worker.Scores rerank(String query, List<String> documents, @Nullable Duration timeout) {
            return run(() -> worker.rerank(query, documents, timeout));
        }

        /**
         * {@link Worker#cancel()} on the leased worker, from any thread: the request in flight ends (ABORTED), the
         * worker stays leased and alive, and nothing is charged.
         */
        public boolean cancel() {
            return !closed.get() && !discarded.get() && worker.cancel();
        }

        private <T> T run(Supplier<T> request) {
            if (closed.get() || discarded.get()) {
                throw new IllegalStateException("the lease has ended");
            }
            try {
                return request.get();
            } catch (WorkerException e) {
                // an engine error leaves the worker alive and serving; anything else killed it
                if (e.reason() != WorkerException.Reason.REQUEST_FAILED || !worker.isAlive()) {
                    if (discarded.compareAndSet(false, true)) {
                        discard(worker, CrashLedger.Stage.REQUEST, tenant, e.getMessage());
                    }
                }
                throw e;
            }
        }

        /** Gives the worker back to the pool; a dead one is charged and replaced. */
        @Override
        public void close() {
            if (!closed.compareAndSet(false, true) || discarded.get()) {
                return;
            }
            if (!worker.isAlive()) {
                discarded.set(true);
                discard(worker, CrashLedger.Stage.REQUEST, tenant, "the worker was found dead when its lease ended");
                return;
            }
            giveBack(worker);
        }
    }

    private void giveBack(Worker worker) {
        boolean keep;
        lock.lock();
        try {
            leased.remove(worker);
            keep = !closed && !ledger.isQuarantined(model);
            if (keep) {
                idle.addLast(worker);
            } else {
                members--; // not replaced: the pool is closed, or the model quarantined (refilled when cleared)
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!keep) {
            worker.close();
        }
    }

    /** Removes a dead (or unanswering) worker, charges its death, and schedules its replacement. */
    private void discard(Worker worker, CrashLedger.Stage stage, @Nullable String tenant, String cause) {
        boolean wasClosed;
        lock.lock();
        try {
            leased.remove(worker);
            members--;
            wasClosed = closed;
        } finally {
            lock.unlock();
        }
        worker.close();
        if (wasClosed) {
            return; // killed by close(): not a crash
        }
        ledger.record(model, stage, tenant, tenant == null ? Set.of() : Set.of(tenant), cause);
        replaceAfterBackoff();
    }

    /** Schedules one start after the backoff, unless the pool is closed or the model quarantined. */
    private void replaceAfterBackoff() {
        lock.lock();
        try {
            if (closed || ledger.isQuarantined(model)) {
                return;
            }
            Duration delay = backoff.failed();
            pending++;
            LOG.log(Level.INFO, "replacing a worker of model {0} in {1} ms", model, delay.toMillis());
            executor.schedule(this::startOne, delay.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            lock.unlock();
        }
    }

    /** Starts the workers that are missing, at once. Under the lock. */
    private void refill() {
        if (closed || ledger.isQuarantined(model)) {
            return;
        }
        for (int missing = options.workers() - members - pending; missing > 0; missing--) {
            pending++;
            executor.execute(this::startOne);
        }
    }

    /** Starts one worker, warms it up, and adds it to the idle ones; a failure is charged and retried. */
    private void startOne() {
        lock.lock();
        try {
            if (closed || ledger.isQuarantined(model)) {
                pending--;
                changed.signalAll();
                return;
            }
            starts++;
        } finally {
            lock.unlock();
        }
        Worker worker;
        try {
            worker = Worker.start(spec);
        } catch (RuntimeException e) {
            startFailed(CrashLedger.Stage.LOAD, e);
            return;
        }
        if (options.warmUp()) {
            try {
                worker.generate(WARM_UP_PROMPT, 1, SamplingParams.greedy(), spec.startTimeout(), p -> {});
            } catch (WorkerException e) {
                // an engine error (an embedding model does not generate) leaves the worker alive: it serves on
                if (e.reason() != WorkerException.Reason.REQUEST_FAILED || !worker.isAlive()) {
                    worker.close();
                    startFailed(CrashLedger.Stage.WARM_UP, e);
                    return;
                }
            } catch (RuntimeException e) {
                worker.close();
                startFailed(CrashLedger.Stage.WARM_UP, e);
                return;
            }
        }
        long started;
        lock.lock();
        try {
            started = starts;
        } finally {
            lock.unlock();
        }
        // before the worker can be leased: a listener hears of it before a request that waited for it runs
        String detail = "worker " + worker.pid() + " of model " + model + " is ready ("
                + (started > options.workers() ? "a replacement" : "prestarted") + ", start " + started + ")";
        for (var listener : startListeners) {
            try {
                listener.accept(detail);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "worker pool listener failed", e);
            }
        }
        boolean keep;
        lock.lock();
        try {
            pending--;
            keep = !closed && !ledger.isQuarantined(model);
            if (keep) {
                members++;
                idle.addLast(worker);
                lastStartFailure = null;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!keep) {
            worker.close();
        }
    }

    /**
     * Hears of each worker the pool started and warmed up (a line: its pid, whether it replaces one), before it can
     * be leased; called on the pool's thread.
     */
    public void addStartListener(Consumer<String> listener) {
        startListeners.add(Objects.requireNonNull(listener));
    }

    private void startFailed(CrashLedger.Stage stage, RuntimeException e) {
        boolean wasClosed;
        lock.lock();
        try {
            pending--;
            lastStartFailure = e;
            wasClosed = closed;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (wasClosed) {
            return; // interrupted by close(): not the model's fault
        }
        String cause = e.getMessage() != null ? e.getMessage() : e.toString();
        ledger.record(model, stage, null, Set.of(), cause);
        replaceAfterBackoff();
    }

    /** Pings each idle worker once; one that does not answer in time is killed, charged (IDLE) and replaced. */
    private void pingIdle() {
        int round;
        lock.lock();
        try {
            round = idle.size();
        } finally {
            lock.unlock();
        }
        for (int i = 0; i < round; i++) {
            Worker worker;
            lock.lock();
            try {
                worker = idle.pollFirst();
                if (worker == null || closed) {
                    if (worker != null) {
                        idle.addFirst(worker);
                    }
                    return;
                }
                pinging++;
                pingEndsNanos = System.nanoTime() + options.pingTimeout().toNanos();
            } finally {
                lock.unlock();
            }
            boolean alive = worker.isAlive() && worker.ping(options.pingTimeout());
            lock.lock();
            try {
                pinging--;
                if (alive) {
                    idle.addLast(worker);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            if (!alive) {
                discard(
                        worker,
                        CrashLedger.Stage.IDLE,
                        null,
                        worker.ended()
                                .map(WorkerException::getMessage)
                                .map(how -> "idle: " + how)
                                .orElse("the idle worker did not answer a health ping within "
                                        + options.pingTimeout().toMillis() + " ms"));
            }
        }
    }

    /**
     * The ledger's listener: hands the event to the pool's own thread, so that no ledger call (made by any pool
     * sharing the ledger, under its lock) ever waits for this pool's lock.
     */
    private void onLedgerEvent(CrashLedger.Event event) {
        try {
            executor.execute(() -> handle(event));
        } catch (RejectedExecutionException e) {
            // the pool is closing: nothing left to do
        }
    }

    private void handle(CrashLedger.Event event) {
        List<Worker> stop = new ArrayList<>();
        lock.lock();
        try {
            if (model.equals(event.model())) {
                switch (event.type()) {
                    case MODEL_QUARANTINED -> { // a quarantined model's workers are not kept running
                        stop.addAll(idle);
                        members -= idle.size();
                        idle.clear();
                    }
                    case QUARANTINE_CLEARED -> {
                        backoff.reset();
                        lastStartFailure = null;
                        refill();
                    }
                    default -> {}
                }
            }
            changed.signalAll(); // waiting leases look at the ledger again
        } finally {
            lock.unlock();
        }
        stop.forEach(Worker::close);
    }

    /** Stops every worker, leased ones included (their requests fail); pending starts are abandoned. */
    @Override
    public void close() {
        List<Worker> stop = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            stop.addAll(idle);
            stop.addAll(leased);
            idle.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        ledger.removeListener(ledgerListener);
        executor.shutdownNow(); // interrupts a start: Worker.start then kills the process it began
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "a worker start of model {0} did not stop within 10 s", model);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop.forEach(Worker::close);
    }

    private static String abbreviated(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }
}
