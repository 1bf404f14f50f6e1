package org.llamaffm.policy;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.chat.ChatTemplate;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.Admission.AdmittedFile;

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
    private final Map<Tenant, TenantQuotas> tenants = new ConcurrentHashMap<>();
    private final Map<Model, Admitted> models = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<SandboxEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Test hook: runs between the checks and the load (to prove a swap then changes nothing). */
    Runnable beforeLoad = () -> {};

    /** A model this sandbox admitted: the open file it was loaded from, and what its sessions cost. */
    private record Admitted(Path file, Map<ContextParams, Long> sessionCosts) {

        Admitted(Path file) {
            this(file, new ConcurrentHashMap<>());
        }
    }

    private Sandbox(Policy policy, Admission admission) {
        this.policy = policy;
        this.admission = admission;
        this.memory = Budget.global(policy.limits().maxMemoryBytes());
        this.slots = new Slots(policy.limits(), this::event);
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
     * Admits and loads a model.
     *
     * @throws AdmissionDeniedException naming the sandbox's check the file failed (path, allowlist, chat templates,
     *                                  a change while it was checked)
     * @throws ModelRejectedException   naming the validator's check the file failed
     * @throws BudgetExceededException  when llama.cpp's estimate of the weights is over the memory budget
     */
    public Model admit(Path file, ModelParams params) {
        try {
            Model model = load(file, params);
            event(SandboxEvent.Type.MODEL_ADMITTED, null, "", file.toString());
            return model;
        } catch (AdmissionDeniedException e) {
            event(SandboxEvent.Type.MODEL_DENIED, null, e.reason().name(), e.getMessage());
            throw e;
        } catch (ModelRejectedException e) {
            event(SandboxEvent.Type.MODEL_DENIED, null, e.reason().name(), e.getMessage());
            throw e;
        }
    }

    /** The checks, the weights' reservation and the load; the file stays open while the model lives. */
    private Model load(Path file, ModelParams params) {
        AdmittedFile admitted = admission.check(file);
        try {
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
            models.put(model, new Admitted(admitted.path()));
            model.onFree(() -> {
                memory.release(weights);
                models.remove(model);
                admitted.close();
            });
            return model;
        } catch (RuntimeException | Error e) {
            admitted.close();
            throw e;
        }
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
     * A session for {@code tenant} on an admitted {@code model}, with its own context.
     */
    public Session openSession(Tenant tenant, Model model, ContextParams params) {
        Admitted admitted = models.get(model);
        if (admitted == null) {
            throw new IllegalArgumentException("the model was not admitted by this sandbox (or is closed)");
        }
        TenantQuotas quotas = tenants.computeIfAbsent(
                tenant, t -> new TenantQuotas(t, policy.limits().tenant(), this::event));
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

    /** Per-tenant counters: requests, prompt tokens, generated tokens, denials. */
    public Map<String, Long> counters(Tenant tenant) {
        TenantQuotas quotas = tenants.get(tenant);
        return quotas == null ? TenantQuotas.NO_COUNTERS : quotas.counters();
    }

    /** Takes a slot of {@code tenant}'s, then a global one, waiting in a fair queue of bounded length. */
    Slots.Slot acquire(TenantQuotas tenant) {
        return slots.acquire(tenant.tenant(), tenant.concurrency());
    }

    /** Reports an event: counted as a denial of its tenant where it is one, logged, and sent to every listener. */
    void event(SandboxEvent.Type type, Tenant tenant, String reason, String detail) {
        SandboxEvent event = new SandboxEvent(type, tenant, reason, detail, Instant.now());
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
                        + (reason.isEmpty() ? "" : " reason=" + reason) + ": " + detail);
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
