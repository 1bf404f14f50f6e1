package org.llamaffm.policy;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.chat.ChatTemplate;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.Admission.AdmittedFile;
import org.llamaffm.policy.worker.CrashLedger;
import org.llamaffm.policy.worker.Worker;

/**
 * The entry point for applications that serve several callers: everything goes through a
 * {@link Policy}. A model is loaded only if its real path is inside an allowed root, its SHA-256 is
 * on the allowlist, the strict validator accepts it, and each of its chat templates
 * ({@code tokenizer.chat_template} and every {@code tokenizer.chat_template.<name>}) is a string that
 * passes the static template scan ({@link ChatTemplate#check}) and, when the policy says so, is
 * approved. The file is opened once; hashing, validation and llama.cpp's load all read that same open
 * file ({@code /proc/self/fd/N} on Linux), so it cannot be swapped between the checks and the load.
 * Models and sessions are held to the memory budgets, requests to the concurrency slots and the
 * tenants' quotas; every decision is a {@link SandboxEvent}.
 */
public final class Sandbox {

    private static final System.Logger LOG = System.getLogger("org.llamaffm.policy");
    /** The context of the weights' estimate: small, since only the model's part of it is used. */
    private static final ContextParams WEIGHTS_ESTIMATE =
            ContextParams.builder().contextSize(256).batchSize(32).threads(1).build();

    private final Policy policy;
    private final Admission admission;
    /** The memory of all admitted models and open sessions together. */
    private final Budget memory;

    private final Slots slots;
    /** Every worker crash of every model, charged to tenants and models; one for the sandbox. */
    private final CrashLedger ledger;

    private final Map<Tenant, TenantQuotas> tenants = new ConcurrentHashMap<>();
    private final Map<AdmittedModel, Admitted> models = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<SandboxEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Test hook: runs between the checks and the load (to prove a swap then changes nothing). */
    Runnable beforeLoad = () -> {};
    /** What a worker without a model reported, once asked. */
    private @Nullable List<Protection> probed;
    /** Test hook: system properties for every worker (a crash hook). */
    Map<String, String> workerProperties = Map.of();

    /** A model this sandbox admitted: the open file it was loaded from, and what its sessions cost (in process). */
    private record Admitted(Path file, Map<ContextParams, Long> sessionCosts) {

        Admitted(Path file) {
            this(file, new ConcurrentHashMap<>());
        }
    }

    /**
     * Charges worker pools: a shared pool to the global budget; a tenant's own pool to the tenant's budget and the
     * global one.
     */
    private final ModelWorkers.Memory workerMemory = new ModelWorkers.Memory() {
        @Override
        public void reserve(@Nullable Tenant tenant, long bytes) {
            if (tenant == null) {
                Sandbox.this.reserve(memory, null, bytes);
                return;
            }
            Budget own = quotas(tenant).memory();
            Sandbox.this.reserve(own, tenant, bytes);
            try {
                Sandbox.this.reserve(memory, tenant, bytes);
            } catch (BudgetExceededException e) {
                own.release(bytes);
                throw e;
            }
        }

        @Override
        public void release(@Nullable Tenant tenant, long bytes) {
            memory.release(bytes);
            if (tenant != null) {
                quotas(tenant).memory().release(bytes);
            }
        }
    };

    private TenantQuotas quotas(Tenant tenant) {
        return tenants.computeIfAbsent(
                tenant, t -> new TenantQuotas(t, policy.limits().of(t), this::event));
    }

    private Sandbox(Policy policy, Admission admission) {
        this.policy = policy;
        this.admission = admission;
        this.memory = Budget.global(policy.limits().maxMemoryBytes());
        this.slots = new Slots(policy.limits(), this::event);
        Policy.Workers workers = policy.workers();
        this.ledger = new CrashLedger(
                new CrashLedger.Rules(
                        workers.tenantCrashes(), workers.crashWindow(), workers.modelCrashes(), workers.crashWindow()),
                InstantSource.system());
        ledger.addListener(this::ledgerEvent);
    }

    /**
     * A sandbox for {@code policy}.
     *
     * @throws IllegalArgumentException when a model root does not exist
     */
    public static Sandbox create(Policy policy) {
        return new Sandbox(policy, Admission.of(policy));
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Admits a model and loads it where the policy says ({@link Policy.Workers#isolation(String)}), with
     * {@link ContextParams#defaults()} as the context its workers are started with.
     *
     * @see #admit(Path, ModelParams, ContextParams)
     */
    public AdmittedModel admit(Path file, ModelParams params) {
        return admit(file, params, ContextParams.defaults());
    }

    /**
     * Admits a model and loads it where the policy says: in this process, or in worker processes that are started
     * (and have loaded the model and decoded once) before this returns.
     *
     * @param sessions the context most sessions will ask for: a model's workers are started with it, so that a
     *                 session with it does not wait for a worker to start (one with another context waits once,
     *                 when it opens); unused in process
     * @throws AdmissionDeniedException naming the sandbox's check the file failed (path, allowlist, chat templates,
     *                                  a change while it was checked)
     * @throws ModelRejectedException   naming the validator's check the file failed
     * @throws BudgetExceededException  when llama.cpp's estimate of the weights is over the memory budget
     * @throws WorkerException          when the model's first worker died while it loaded the model or decoded once
     *                                  (START_FAILED, with the worker's signal and last log lines), or lacks a
     *                                  protection the policy requires
     * @throws LeaseRefusedException    {@code QUARANTINED} when the model's workers kept dying and an operator has
     *                                  not cleared it ({@link #clearQuarantine(String)})
     */
    public AdmittedModel admit(Path file, ModelParams params, ContextParams sessions) {
        try {
            Admission.Checked checked = admission.check(file);
            AdmittedModel model;
            try {
                model = policy.workers().isolation(checked.sha256()) == Isolation.WORKER
                        ? startWorkers(file, checked, params, sessions)
                        : load(file, checked, params);
            } catch (RuntimeException | Error e) {
                checked.file().close();
                throw e;
            }
            event(
                    SandboxEvent.Type.MODEL_ADMITTED,
                    null,
                    model.name(),
                    model.isolation().name(),
                    file + ": " + model);
            return model;
        } catch (AdmissionDeniedException e) {
            event(SandboxEvent.Type.MODEL_DENIED, null, e.reason().name(), e.getMessage());
            throw e;
        } catch (ModelRejectedException e) {
            event(SandboxEvent.Type.MODEL_DENIED, null, e.reason().name(), e.getMessage());
            throw e;
        }
    }

    /** In process: the weights' reservation and the load; the file stays open while the model lives. */
    private AdmittedModel load(Path file, Admission.Checked checked, ModelParams params) {
        AdmittedFile admitted = checked.file();
        // llama.cpp's own estimate of the weights, before anything is allocated
        long weights = MemoryBreakdown.estimate(admitted.path(), params, WEIGHTS_ESTIMATE)
                .model();
        reserve(memory, null, weights);
        Model model;
        try {
            beforeLoad.run();
            model = admitted.load(params);
        } catch (RuntimeException | Error e) {
            memory.release(weights);
            throw e;
        }
        AdmittedModel handle = AdmittedModel.inProcess(name(checked), checked.sha256(), file, checked.gguf(), model);
        models.put(handle, new Admitted(admitted.path()));
        model.onFree(() -> {
            memory.release(weights);
            models.remove(handle);
            admitted.close();
        });
        return handle;
    }

    /**
     * In workers: starts the pool of {@code sessions}' context and waits for its first worker, which loads the
     * very file the checks read (this process's descriptor of it); nothing of the model runs in this process.
     */
    private AdmittedModel startWorkers(
            Path file, Admission.Checked checked, ModelParams params, ContextParams sessions) {
        AdmittedFile admitted = checked.file();
        Worker.Spec spec = Worker.Spec.of(admitted.pathForWorker())
                .withGpuLayers(params.gpuLayers())
                .withProperties(workerProperties);
        ModelWorkers workers = new ModelWorkers(
                checked.sha256(),
                spec,
                policy.workers(),
                ledger,
                workerMemory,
                detail -> event(
                        SandboxEvent.Type.WORKER_STARTED,
                        null,
                        name(checked),
                        detail.contains("a replacement") ? "REPLACEMENT" : "PRESTARTED",
                        detail));
        try {
            beforeLoad.run();
            workers.prestart(sessions);
            admitted.checkUnchanged();
        } catch (RuntimeException | Error e) {
            workers.close();
            throw e;
        }
        AdmittedModel[] handle = new AdmittedModel[1];
        handle[0] = AdmittedModel.inWorkers(name(checked), checked.sha256(), file, checked.gguf(), workers, () -> {
            workers.close();
            models.remove(handle[0]);
            admitted.close();
        });
        models.put(handle[0], new Admitted(admitted.path()));
        return handle[0];
    }

    private String name(Admission.Checked checked) {
        return policy.models().getOrDefault(checked.sha256(), checked.sha256().substring(0, 12));
    }

    /** Reserves {@code bytes} of {@code budget}, or reports a {@link SandboxEvent.Type#BUDGET_EXCEEDED} and throws. */
    private void reserve(Budget budget, Tenant tenant, long bytes) {
        try {
            budget.reserve(bytes);
        } catch (BudgetExceededException e) {
            event(SandboxEvent.Type.BUDGET_EXCEEDED, tenant, budget.name(), e.getMessage());
            throw e;
        }
    }

    /** Bytes of the global memory budget in use (llama.cpp's estimates of admitted models and open sessions). */
    public long reservedMemory() {
        return memory.reserved();
    }

    /** Receives every {@link SandboxEvent} (also logged to System.Logger "org.llamaffm.policy"). */
    public void addListener(Consumer<SandboxEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * A session for {@code tenant} on an admitted {@code model}, with a context of its own: in process, a
     * context reserved against the memory budgets; in a worker, requests run one at a time on a worker of the
     * model's pool for {@code params} (its own pool when the policy gives the tenant workers of its own), and
     * the worker's context is cleared before each request.
     *
     * @throws IllegalArgumentException when the model was not admitted by this sandbox, or is closed
     * @throws BudgetExceededException  when the context is over the tenant's or the global memory budget
     * @throws WorkerException          when a pool had to be started for {@code params} and its worker could not
     */
    public Session openSession(Tenant tenant, AdmittedModel model, ContextParams params) {
        Admitted admitted = models.get(model);
        if (admitted == null || model.isClosed()) {
            throw new IllegalArgumentException("the model was not admitted by this sandbox (or is closed)");
        }
        TenantQuotas quotas = quotas(tenant);
        if (model.isolation() == Isolation.WORKER) {
            Session session = new Session(this, quotas, model, params, () -> {});
            event(
                    SandboxEvent.Type.SESSION_OPENED,
                    tenant,
                    "",
                    "context of " + params.contextSize() + " tokens in a worker of " + model.name());
            return session;
        }
        long bytes = sessionCost(admitted, params);
        reserve(quotas.memory(), tenant, bytes);
        try {
            reserve(memory, tenant, bytes);
        } catch (BudgetExceededException e) {
            quotas.memory().release(bytes);
            throw e;
        }
        Runnable release = () -> {
            quotas.memory().release(bytes);
            memory.release(bytes);
        };
        Session session;
        try {
            session = new Session(this, quotas, model, params, release);
        } catch (RuntimeException | Error e) {
            release.run();
            throw e;
        }
        event(
                SandboxEvent.Type.SESSION_OPENED,
                tenant,
                "",
                "context of " + params.contextSize() + " tokens, " + bytes + " bytes reserved");
        return session;
    }

    /**
     * llama.cpp's estimate of a context (KV cache, outputs, compute) before anything is allocated;
     * computed once per model and params (each estimate loads the model's metadata again).
     */
    private static long sessionCost(Admitted admitted, ContextParams params) {
        Long known = admitted.sessionCosts().get(params);
        if (known != null) {
            return known;
        }
        MemoryBreakdown estimate = MemoryBreakdown.estimate(admitted.file(), ModelParams.defaults(), params);
        long bytes = estimate.context() + estimate.compute();
        admitted.sessionCosts().putIfAbsent(params, bytes);
        return bytes;
    }

    /**
     * What a worker locks down on this machine, each protection once, and why a missing one is missing: as the
     * workers of the models admitted so far reported it (active if any worker has it), or, before any model runs
     * in a worker, as a worker started without a model reports it.
     *
     * @throws WorkerException when that worker cannot start
     */
    public List<Protection> protections() {
        Map<String, Protection> merged = new LinkedHashMap<>();
        for (AdmittedModel model : models.keySet()) {
            for (Protection p : model.protections()) {
                merged.merge(p.name(), p, (a, b) -> a.active() ? a : b);
            }
        }
        if (merged.isEmpty()) { // no model in a worker yet: ask a worker without one (once)
            synchronized (this) {
                if (probed == null) {
                    probed = Worker.probe(Duration.ofSeconds(60)).stream()
                            .map(p -> new Protection(p.name(), p.active(), p.detail()))
                            .toList();
                }
                return probed;
            }
        }
        return List.copyOf(merged.values());
    }

    /**
     * Whether {@code model} can serve a request now, and if not, why (for a health check: a load balancer sends
     * no traffic to a replica whose model is quarantined or whose workers are all restarting).
     */
    public ModelHealth health(AdmittedModel model) {
        if (model.isClosed() || !models.containsKey(model)) {
            return new ModelHealth(model.name(), false, 0, "closed");
        }
        return model.workers()
                .map(w -> w.health(model.name()))
                .orElseGet(() -> new ModelHealth(model.name(), true, 0, ""));
    }

    /** Requests running now, all tenants together. */
    public int runningRequests() {
        return slots.running();
    }

    /** Requests waiting for a slot now, all tenants together (a router's "queue depth"). */
    public int waitingRequests() {
        return Math.max(0, slots.inFlight() - slots.running());
    }

    /** The tenants blocked because their requests kept killing workers. */
    public Set<String> blockedTenants() {
        return ledger.blockedTenants();
    }

    /** The SHA-256 of every quarantined model. */
    public Set<String> quarantinedModels() {
        return ledger.quarantinedModels();
    }

    /** The operator's pardon of a blocked tenant: its crashes are forgotten. */
    public void clearTenant(Tenant tenant) {
        ledger.clearTenant(tenant.id());
    }

    /** The operator's release of a quarantined model (by SHA-256): its workers start again. */
    public void clearQuarantine(String sha256) {
        ledger.clearQuarantine(sha256);
    }

    /** The crash ledger's events, as sandbox events. */
    private void ledgerEvent(CrashLedger.Event e) {
        SandboxEvent.Type type = switch (e.type()) {
            case WORKER_CRASHED -> SandboxEvent.Type.WORKER_CRASHED;
            case TENANT_BLOCKED -> SandboxEvent.Type.TENANT_BLOCKED;
            case TENANT_UNBLOCKED, TENANT_CLEARED -> SandboxEvent.Type.TENANT_UNBLOCKED;
            case MODEL_QUARANTINED -> SandboxEvent.Type.MODEL_QUARANTINED;
            case QUARANTINE_CLEARED -> SandboxEvent.Type.QUARANTINE_CLEARED;
        };
        String reason = e.crash() != null ? e.crash().stage().name() : e.type().name();
        String model = e.model() == null ? "" : policy.models().getOrDefault(e.model(), e.model());
        event(type, e.tenant() != null ? new Tenant(e.tenant()) : null, model, reason, e.detail());
    }

    /** Per-tenant counters: requests, prompt tokens, generated tokens, denials. */
    public Map<String, Long> counters(Tenant tenant) {
        TenantQuotas quotas = tenants.get(tenant);
        return quotas == null ? TenantQuotas.NO_COUNTERS : quotas.counters();
    }

    /** Takes a slot of {@code tenant}'s, then a global one, waiting in a fair queue of bounded length. */
    Slots.Slot acquire(TenantQuotas tenant) {
        return slots.acquire(tenant.tenant(), tenant.limits(), tenant.concurrency());
    }

    /** Reports an event that concerns no one model. */
    void event(SandboxEvent.Type type, Tenant tenant, String reason, String detail) {
        event(type, tenant, "", reason, detail);
    }

    /** Reports an event: counted as a denial of its tenant where it is one, logged, and sent to every listener. */
    void event(SandboxEvent.Type type, @Nullable Tenant tenant, String model, String reason, String detail) {
        SandboxEvent event = new SandboxEvent(type, tenant, model, reason, detail, Instant.now());
        if (tenant != null
                && (type == SandboxEvent.Type.REQUEST_DENIED
                        || type == SandboxEvent.Type.QUOTA_EXCEEDED
                        || type == SandboxEvent.Type.BUSY)) {
            TenantQuotas quotas = tenants.get(tenant);
            if (quotas != null) {
                quotas.denied();
            }
        }
        LOG.log(
                type == SandboxEvent.Type.REQUEST_DONE ? Level.DEBUG : Level.INFO,
                () -> type + (tenant == null ? "" : " tenant=" + tenant.id())
                        + (model.isEmpty() ? "" : " model=" + model) + (reason.isEmpty() ? "" : " reason=" + reason)
                        + ": " + detail);
        for (var listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sandbox event listener failed", e);
            }
        }
    }

    /**
     * The metadata entries that llama.cpp can render as chat templates, by key, in file order:
     * {@code tokenizer.chat_template} and every {@code tokenizer.chat_template.<name>} — the ones a
     * policy that requires approved templates checks.
     */
    public static Map<String, GgufValue> chatTemplates(GgufFile gguf) {
        return Admission.chatTemplates(gguf);
    }

    /** The SHA-256 (lower-case hex) of a chat template's UTF-8 text, as a policy lists it. */
    public static String sha256(String text) {
        return Admission.sha256(text);
    }
}
