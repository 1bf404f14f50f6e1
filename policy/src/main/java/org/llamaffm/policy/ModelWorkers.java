package org.llamaffm.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ContextParams;
import org.llamaffm.policy.worker.CrashLedger;
import org.llamaffm.policy.worker.Lockdown;
import org.llamaffm.policy.worker.Worker;
import org.llamaffm.policy.worker.WorkerMain;
import org.llamaffm.policy.worker.WorkerPool;

/**
 * The worker pools of one admitted model: one per context shape its sessions ask for, shared by the tenants
 * or, for a tenant the policy gives workers of its own, that tenant's. The pool of the admission's context is
 * started (and ready) before {@link Sandbox#admit} returns; others when the first session that needs one opens.
 * Every pool charges its crashes to the sandbox's one {@link CrashLedger}.
 */
final class ModelWorkers implements AutoCloseable {

    /** A pool's context and owner (null: shared by the tenants without workers of their own). */
    private record Key(ContextParams context, @Nullable String tenant) {}

    /** Where a pool's memory is charged: the sandbox's budget, and a dedicated tenant's own. */
    interface Memory {
        /**
         * Reserves {@code bytes} for a pool of {@code tenant} (null: shared), or throws
         * {@link BudgetExceededException}.
         */
        void reserve(@Nullable Tenant tenant, long bytes);

        void release(@Nullable Tenant tenant, long bytes);
    }

    /** A started pool and the bytes it holds of the budgets. */
    private record Started(WorkerPool pool, @Nullable Tenant tenant, long bytes) {}

    private final String sha256;
    private final Worker.Spec spec;
    private final WorkerPool.Options options;
    private final CrashLedger ledger;
    private final Policy.Workers policy;
    private final Memory memory;
    /** Hears of every worker a pool starts (one line). */
    private final java.util.function.Consumer<String> started;

    private final Map<Key, Started> pools = new ConcurrentHashMap<>();
    private volatile List<Protection> protections = List.of();
    /** The model's weights, charged once with the first pool (its workers map the same file). */
    private long weights = -1;

    ModelWorkers(
            String sha256,
            Worker.Spec spec,
            Policy.Workers policy,
            CrashLedger ledger,
            Memory memory,
            java.util.function.Consumer<String> started) {
        this.sha256 = sha256;
        Worker.Spec capped = spec.withMaxMemory(policy.maxWorkerMemoryBytes());
        if (!policy.cpus().isEmpty()) {
            Map<String, String> properties = new HashMap<>(capped.properties());
            properties.put(
                    WorkerMain.CPUS_PROPERTY,
                    policy.cpus().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
            capped = capped.withProperties(properties);
        }
        this.spec = capped;
        this.options = WorkerPool.Options.defaults()
                .withWorkers(policy.workersPerModel())
                .withMaxWait(policy.maxWait());
        this.ledger = ledger;
        this.policy = policy;
        this.memory = memory;
        this.started = started;
    }

    /**
     * The pool for sessions of {@code tenant} with {@code context}: started here if it is the first, and
     * returned once a worker of it is ready.
     *
     * @throws WorkerException   when its first worker cannot start (the cause from the worker: a crash at load, a
     *                           missing protection the policy requires, a start timeout)
     * @throws LeaseRefusedException {@code QUARANTINED} when the model is quarantined
     */
    WorkerPool pool(ContextParams context, Tenant tenant) {
        boolean dedicated = policy.dedicated(tenant);
        Key key = new Key(context, dedicated ? tenant.id() : null);
        Started started = pools.get(key);
        if (started != null) {
            return started.pool();
        }
        synchronized (this) {
            return pools.computeIfAbsent(key, k -> start(context, dedicated ? tenant : null))
                    .pool();
        }
    }

    /** Starts the shared pool of {@code context} and waits for its first worker. */
    void prestart(ContextParams context) {
        synchronized (this) {
            pools.computeIfAbsent(new Key(context, null), k -> start(context, null));
        }
    }

    /**
     * Starts a pool, waits for its first worker, checks the protections the policy requires, and charges what
     * llama.cpp allocated in that worker to the budgets: the weights once per model, the context and compute
     * buffers once per worker the pool keeps. Nothing of the model runs in this process.
     */
    private Started start(ContextParams context, @Nullable Tenant tenant) {
        WorkerPool pool = WorkerPool.start(spec.withContext(pinned(context)), sha256, ledger, options);
        pool.addStartListener(started);
        long reserved = 0;
        try {
            awaitFirst(pool);
            List<Protection> reported;
            org.llamaffm.MemoryBreakdown allocated;
            try (WorkerPool.Lease lease = pool.lease(null)) {
                reported = convert(lease.worker().protections());
                allocated = lease.worker().memory();
            }
            List<String> missing = new ArrayList<>();
            for (String required : policy.requiredProtections()) {
                boolean active = reported.stream().anyMatch(p -> p.name().equals(required) && p.active());
                if (!active) {
                    missing.add(required
                            + reported.stream()
                                    .filter(p -> p.name().equals(required))
                                    .map(p -> " (" + p.detail() + ")")
                                    .findFirst()
                                    .orElse(" (not reported)"));
                }
            }
            if (!missing.isEmpty()) {
                throw new WorkerException(
                        WorkerException.Reason.START_FAILED,
                        "the policy requires protections this machine's workers do not have: "
                                + String.join(", ", missing),
                        -1,
                        0,
                        List.of(),
                        "",
                        null);
            }
            protections = reported;
            long bytes = (allocated.context() + allocated.compute()) * options.workers();
            boolean first = weights < 0;
            if (first) {
                bytes += allocated.model();
            }
            memory.reserve(tenant, bytes);
            reserved = bytes;
            if (first) {
                weights = allocated.model();
            }
            return new Started(pool, tenant, bytes);
        } catch (RuntimeException | Error e) {
            pool.close();
            if (reserved > 0) {
                memory.release(tenant, reserved);
            }
            throw e;
        }
    }

    /** {@code context} with at most as many threads as the policy's CPUs (all of its CPUs, by default). */
    private ContextParams pinned(ContextParams context) {
        int cpus = policy.cpus().size();
        if (cpus == 0) {
            return context;
        }
        return context.toBuilder()
                .threads(Math.min(context.threads(), cpus))
                .batchThreads(Math.min(context.batchThreads(), cpus))
                .build();
    }

    /** Waits until a worker of {@code pool} is ready, or throws why none could start. */
    private void awaitFirst(WorkerPool pool) {
        long end = System.nanoTime() + spec.startTimeout().multipliedBy(2).toNanos(); // a load, then a warm-up
        while (!pool.awaitReadyAny(Duration.ofMillis(50))) {
            RuntimeException failure = pool.lastStartFailure().orElse(null);
            if (failure != null) {
                throw failure;
            }
            if (ledger.isQuarantined(sha256)) {
                pool.lease(null); // throws QUARANTINED
            }
            if (System.nanoTime() - end > 0) {
                throw new WorkerException(
                        WorkerException.Reason.START_FAILED,
                        "no worker of the model was ready within "
                                + spec.startTimeout().multipliedBy(2),
                        -1,
                        0,
                        List.of(),
                        "",
                        null);
            }
        }
    }

    private static List<Protection> convert(List<Lockdown.Protection> protections) {
        return protections.stream()
                .map(p -> new Protection(p.name(), p.active(), p.detail()))
                .toList();
    }

    /**
     * Whether every pool has a worker up (ready, or serving a request), and if not, why: the model is
     * quarantined, or a pool's workers are restarting (with the last start's failure, if one failed).
     */
    ModelHealth health(String name) {
        if (ledger.isQuarantined(sha256)) {
            return new ModelHealth(name, false, 0, "quarantined: its workers kept crashing");
        }
        int live = 0;
        for (Started started : pools.values()) {
            WorkerPool pool = started.pool();
            int up = pool.live();
            if (up == 0) {
                String failure = pool.lastStartFailure()
                        .map(e -> ": the last start failed: " + e.getMessage())
                        .orElse("");
                return new ModelHealth(name, false, live, "no worker is up (restarting" + failure + ")");
            }
            live += up;
        }
        return new ModelHealth(name, true, live, "");
    }

    /** What the model's first worker reported. */
    List<Protection> protections() {
        return protections;
    }

    /** Stops every pool (requests in flight fail). */
    @Override
    public void close() {
        synchronized (this) {
            for (Started started : pools.values()) {
                started.pool().close();
                memory.release(started.tenant(), started.bytes());
            }
            pools.clear();
        }
    }
}
