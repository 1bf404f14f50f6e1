package org.llamaffm.policy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final String sha256;
    private final Worker.Spec spec;
    private final WorkerPool.Options options;
    private final CrashLedger ledger;
    private final Policy.Workers policy;
    private final Map<Key, WorkerPool> pools = new ConcurrentHashMap<>();
    private volatile List<Protection> protections = List.of();

    ModelWorkers(String sha256, Worker.Spec spec, Policy.Workers policy, CrashLedger ledger) {
        this.sha256 = sha256;
        this.spec = policy.maxWorkerMemoryBytes() > 0 ? withMemoryCap(spec, policy.maxWorkerMemoryBytes()) : spec;
        this.options = WorkerPool.Options.defaults()
                .withWorkers(policy.workersPerModel())
                .withMaxWait(policy.maxWait());
        this.ledger = ledger;
        this.policy = policy;
    }

    private static Worker.Spec withMemoryCap(Worker.Spec spec, long bytes) {
        Map<String, String> properties = new java.util.HashMap<>(spec.properties());
        properties.put(WorkerMain.MAX_MEMORY_PROPERTY, Long.toString(bytes));
        return spec.withProperties(properties);
    }

    /** The model file as its workers open it. */
    Path file() {
        return spec.model();
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
        Key key = new Key(context, policy.dedicated(tenant) ? tenant.id() : null);
        WorkerPool pool = pools.get(key);
        if (pool != null) {
            return pool;
        }
        synchronized (this) {
            pool = pools.get(key);
            if (pool == null) {
                pool = start(context);
                pools.put(key, pool);
            }
            return pool;
        }
    }

    /** Starts the shared pool of {@code context} and waits for its first worker. */
    void prestart(ContextParams context) {
        synchronized (this) {
            pools.computeIfAbsent(new Key(context, null), k -> start(context));
        }
    }

    private WorkerPool start(ContextParams context) {
        WorkerPool pool = WorkerPool.start(spec.withContext(context), sha256, ledger, options);
        try {
            awaitFirst(pool);
            List<Protection> reported;
            try (WorkerPool.Lease lease = pool.lease(null)) {
                reported = convert(lease.worker().protections());
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
            return pool;
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
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

    /** What the model's first worker reported. */
    List<Protection> protections() {
        return protections;
    }

    /** Stops every pool (requests in flight fail). */
    @Override
    public void close() {
        synchronized (this) {
            pools.values().forEach(WorkerPool::close);
            pools.clear();
        }
    }
}
