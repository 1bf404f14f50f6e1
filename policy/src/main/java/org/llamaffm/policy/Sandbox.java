package org.llamaffm.policy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.llamaffm.ChatException;
import org.llamaffm.ChatTemplate;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;

/**
 * The entry point for applications that serve several callers: everything goes through a
 * {@link Policy}. This part admits models: a file is loaded only if its real path is inside an
 * allowed root, its SHA-256 is on the allowlist, the strict validator accepts it, and each of its
 * chat templates ({@code tokenizer.chat_template} and every {@code tokenizer.chat_template.<name>})
 * is a string that passes the static template scan ({@link ChatTemplate#check}) and, when the policy
 * says so, is approved. The file is opened once; hashing, validation
 * and llama.cpp's load all read that same open file ({@code /proc/self/fd/N} on Linux), so it
 * cannot be swapped between the checks and the load.
 */
public final class Sandbox {

    private static final System.Logger LOG = System.getLogger("org.llamaffm.policy");
    /** The metadata key of a model's default chat template; named ones add {@code .<name>}. */
    private static final String CHAT_TEMPLATE_KEY = "tokenizer.chat_template";

    private final Policy policy;
    private final List<Path> roots;
    private final ModelHasher hasher = new ModelHasher();
    private final java.util.concurrent.Semaphore global;
    /** Requests running or waiting for a slot. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.ConcurrentHashMap<Tenant, TenantState> tenants = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.CopyOnWriteArrayList<java.util.function.Consumer<SandboxEvent>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Test hook: runs between the checks and the load (to prove a swap then changes nothing). */
    Runnable beforeLoad = () -> { };

    private Sandbox(Policy policy, List<Path> roots) {
        this.policy = policy;
        this.roots = roots;
        this.global = new java.util.concurrent.Semaphore(policy.limits().maxConcurrentRequests(), true);
    }

    /**
     * A sandbox for {@code policy}.
     *
     * @throws IllegalArgumentException when a model root does not exist
     */
    public static Sandbox create(Policy policy) {
        List<Path> roots = new ArrayList<>();
        for (Path root : policy.modelRoots()) {
            try {
                roots.add(root.toRealPath());
            } catch (IOException e) {
                throw new IllegalArgumentException("model root " + root + " does not exist", e);
            }
        }
        return new Sandbox(policy, List.copyOf(roots));
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
            Model model = admitChecked(file, params);
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

    private Model admitChecked(Path file, ModelParams params) {
        Objects.requireNonNull(file, "file");
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new AdmissionDeniedException(AdmissionDeniedException.Reason.UNREADABLE, file, "cannot resolve the path: " + e, e);
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new AdmissionDeniedException(AdmissionDeniedException.Reason.OUTSIDE_ROOTS, file, "its real path " + real
                    + " is not inside the policy's model roots " + roots, null);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new AdmissionDeniedException(AdmissionDeniedException.Reason.NOT_A_FILE, file, real + " is not a regular file", null);
        }
        FileChannel channel = null;
        boolean admitted = false;
        try {
            channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            PinnedFile pinned = PinnedFile.of(channel, real);
            FileState checked = FileState.of(pinned.path());
            String sha256 = hasher.sha256(pinned.path(), file);
            if (!policy.models().containsKey(sha256)) {
                throw new AdmissionDeniedException(AdmissionDeniedException.Reason.NOT_ALLOWED, file, "SHA-256 " + sha256
                        + " is not on the policy's allowlist", null);
            }
            GgufFile gguf = ModelValidator.validate(pinned.path(), new ModelValidator.Rules(
                    org.llamaffm.gguf.Gguf.Limits.DEFAULT, policy.architectures()));
            checkChatTemplates(file, gguf);
            // llama.cpp's own estimate of the weights, before anything is allocated
            long weights = org.llamaffm.MemoryBreakdown.estimate(pinned.path(), params,
                    org.llamaffm.ContextParams.builder().contextSize(256).batchSize(32).threads(1).build()).model();
            reserveGlobal(null, weights);
            beforeLoad.run();
            Model model;
            try {
                model = Model.load(pinned.path(), params);
            } catch (RuntimeException | Error e) {
                releaseGlobal(weights);
                throw e;
            }
            // The descriptor pins the inode, not its bytes: a rewrite in place shows in the change time (as does
            // unlinking the name, when the file is replaced; llama.cpp read the checked inode then, but the file is
            // being changed under the admission: deny either way, a retry sees what is there now)
            boolean unchanged;
            try {
                unchanged = FileState.of(pinned.path()).equals(checked);
            } catch (IOException e) {
                model.close();
                releaseGlobal(weights);
                throw e;
            }
            if (!unchanged) {
                model.close();
                releaseGlobal(weights);
                throw new AdmissionDeniedException(AdmissionDeniedException.Reason.CHANGED, file, real + " was written to or "
                        + "replaced while it was checked and loaded", null);
            }
            // the open file stays pinned while the model lives: sessions estimate from it too
            FileChannel pin = channel;
            models.put(model, pinned.path());
            model.onFree(() -> {
                releaseGlobal(weights);
                models.remove(model);
                sessionCosts.remove(model);
                try {
                    pin.close();
                } catch (IOException ignored) {
                    // nothing to do: the descriptor is gone either way
                }
            });
            admitted = true;
            return model;
        } catch (IOException e) {
            throw new AdmissionDeniedException(AdmissionDeniedException.Reason.UNREADABLE, file, e.toString(), e);
        } finally {
            if (!admitted && channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the admission failed already
                }
            }
        }
    }

    private final java.util.Map<Model, Path> models = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Model, java.util.Map<org.llamaffm.ContextParams, Long>> sessionCosts =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong globalReserved = new java.util.concurrent.atomic.AtomicLong();

    /** Reserves {@code bytes} of the global memory budget or throws {@link BudgetExceededException}. */
    private void reserveGlobal(Tenant tenant, long bytes) {
        long limit = policy.limits().maxMemoryBytes();
        while (true) {
            long used = globalReserved.get();
            if (limit > 0 && used + bytes > limit) {
                BudgetExceededException e = new BudgetExceededException("the sandbox's", bytes, limit - used);
                event(SandboxEvent.Type.BUDGET_EXCEEDED, tenant, "GLOBAL_MEMORY", e.getMessage());
                throw e;
            }
            if (globalReserved.compareAndSet(used, used + bytes)) {
                return;
            }
        }
    }

    private void releaseGlobal(long bytes) {
        globalReserved.addAndGet(-bytes);
    }

    /** Bytes of the global memory budget in use (llama.cpp's estimates of admitted models and open sessions). */
    public long reservedMemory() {
        return globalReserved.get();
    }

    /** Receives every {@link SandboxEvent} (also logged to System.Logger "org.llamaffm.policy"). */
    public void addListener(java.util.function.Consumer<SandboxEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * A session for {@code tenant} on an admitted {@code model}, with its own context.
     */
    public Session openSession(Tenant tenant, Model model, org.llamaffm.ContextParams params) {
        Path file = models.get(model);
        if (file == null) {
            throw new IllegalArgumentException("the model was not admitted by this sandbox (or is closed)");
        }
        TenantState state = tenants.computeIfAbsent(tenant, t -> new TenantState(t, policy.limits().tenant()));
        long bytes = sessionCost(model, file, params);
        state.reserve(bytes);
        try {
            reserveGlobal(tenant, bytes);
        } catch (BudgetExceededException e) {
            state.release(bytes);
            throw e;
        }
        Session session;
        try {
            session = new Session(this, state, model, params, () -> {
                state.release(bytes);
                releaseGlobal(bytes);
            });
        } catch (RuntimeException | Error e) {
            state.release(bytes);
            releaseGlobal(bytes);
            throw e;
        }
        event(SandboxEvent.Type.SESSION_OPENED, tenant, "", "context of " + params.contextSize() + " tokens, "
                + bytes + " bytes reserved");
        return session;
    }

    /**
     * llama.cpp's estimate of a context (KV cache, outputs, compute) before anything is allocated;
     * computed once per model and params (each estimate loads the model's metadata again).
     */
    private long sessionCost(Model model, Path file, org.llamaffm.ContextParams params) {
        var costs = sessionCosts.computeIfAbsent(model, m -> new java.util.concurrent.ConcurrentHashMap<>());
        Long known = costs.get(params);
        if (known != null) {
            return known;
        }
        org.llamaffm.MemoryBreakdown estimate = org.llamaffm.MemoryBreakdown.estimate(file,
                org.llamaffm.ModelParams.defaults(), params);
        long bytes = estimate.context() + estimate.compute();
        costs.putIfAbsent(params, bytes);
        return bytes;
    }

    /** Per-tenant counters: requests, prompt tokens, generated tokens, denials. */
    public java.util.Map<String, Long> counters(Tenant tenant) {
        TenantState state = tenants.get(tenant);
        if (state == null) {
            return java.util.Map.of("requests", 0L, "promptTokens", 0L, "generatedTokens", 0L, "denials", 0L,
                    "reservedMemory", 0L);
        }
        return java.util.Map.of("requests", state.requests.get(), "promptTokens", state.promptTokens.get(),
                "generatedTokens", state.generatedTokens.get(), "denials", state.denials.get(),
                "reservedMemory", state.reserved.get());
    }

    void event(SandboxEvent.Type type, Tenant tenant, String reason, String detail) {
        SandboxEvent event = new SandboxEvent(type, tenant, reason, detail, java.time.Instant.now());
        if (tenant != null && (type == SandboxEvent.Type.REQUEST_DENIED || type == SandboxEvent.Type.QUOTA_EXCEEDED
                || type == SandboxEvent.Type.BUSY)) {
            TenantState state = tenants.get(tenant);
            if (state != null) {
                state.denials.incrementAndGet();
            }
        }
        LOG.log(type == SandboxEvent.Type.REQUEST_DONE ? System.Logger.Level.DEBUG : System.Logger.Level.INFO,
                () -> type + (tenant == null ? "" : " tenant=" + tenant.id()) + (reason.isEmpty() ? "" : " reason=" + reason)
                        + ": " + detail);
        for (var listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "sandbox event listener failed", e);
            }
        }
    }

    /** A running request's hold on the tenant's and the global concurrency slots. */
    final class Slot implements AutoCloseable {
        private final TenantState tenant;

        private Slot(TenantState tenant) {
            this.tenant = tenant;
        }

        @Override
        public void close() {
            global.release();
            tenant.concurrency.release();
            inFlight.decrementAndGet();
        }
    }

    /** Takes a tenant slot, then a global one, waiting in a fair queue of bounded length. */
    Slot acquire(TenantState tenant) {
        int limit = policy.limits().maxConcurrentRequests() + policy.limits().queueCapacity();
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            event(SandboxEvent.Type.BUSY, tenant.tenant, "QUEUE_FULL", "all slots busy and the queue is full");
            throw new BusyException("busy: " + policy.limits().maxConcurrentRequests() + " requests running and "
                    + policy.limits().queueCapacity() + " waiting; try again later");
        }
        long waitMillis = policy.limits().tenant().deadline().toMillis();
        boolean tenantSlot = false;
        try {
            tenantSlot = tenant.concurrency.tryAcquire(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (!tenantSlot) {
                event(SandboxEvent.Type.BUSY, tenant.tenant, "TENANT_BUSY", "the tenant's slots stayed busy");
                throw new BusyException("busy: tenant " + tenant.tenant.id() + " already runs "
                        + policy.limits().tenant().maxConcurrentRequests() + " requests");
            }
            if (!global.tryAcquire(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                event(SandboxEvent.Type.BUSY, tenant.tenant, "GLOBAL_BUSY", "no global slot in time");
                throw new BusyException("busy: no free slot");
            }
            return new Slot(tenant);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting for a slot");
        } catch (RuntimeException e) {
            if (tenantSlot) {
                tenant.concurrency.release();
            }
            inFlight.decrementAndGet();
            throw e;
        }
    }

    /** A tenant's slots, token buckets and counters. */
    final class TenantState {
        final Tenant tenant;
        final java.util.concurrent.Semaphore concurrency;
        private final io.github.bucket4j.Bucket requestBucket;
        private final io.github.bucket4j.Bucket promptBucket;
        private final io.github.bucket4j.Bucket generatedBucket;
        final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong promptTokens = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong generatedTokens = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong denials = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong reserved = new java.util.concurrent.atomic.AtomicLong();
        private final long memoryLimit;

        TenantState(Tenant tenant, Policy.TenantLimits limits) {
            this.tenant = tenant;
            this.memoryLimit = limits.maxMemoryBytes();
            this.concurrency = new java.util.concurrent.Semaphore(limits.maxConcurrentRequests(), true);
            this.requestBucket = perMinute(limits.requestsPerMinute());
            this.promptBucket = perMinute(limits.promptTokensPerMinute());
            this.generatedBucket = perMinute(limits.generatedTokensPerMinute());
        }

        private static io.github.bucket4j.Bucket perMinute(long amount) {
            return io.github.bucket4j.Bucket.builder().addLimit(limit -> limit.capacity(amount)
                    .refillGreedy(amount, java.time.Duration.ofMinutes(1))).build();
        }

        void reserve(long bytes) {
            while (true) {
                long used = reserved.get();
                if (memoryLimit > 0 && used + bytes > memoryLimit) {
                    BudgetExceededException e = new BudgetExceededException("tenant " + tenant.id() + "'s", bytes,
                            memoryLimit - used);
                    event(SandboxEvent.Type.BUDGET_EXCEEDED, tenant, "TENANT_MEMORY", e.getMessage());
                    throw e;
                }
                if (reserved.compareAndSet(used, used + bytes)) {
                    return;
                }
            }
        }

        void release(long bytes) {
            reserved.addAndGet(-bytes);
        }

        void consumeRequest() {
            consume(requestBucket, 1, QuotaExceededException.Reason.REQUESTS);
            requests.incrementAndGet();
        }

        void consumePromptTokens(long n) {
            consume(promptBucket, n, QuotaExceededException.Reason.PROMPT_TOKENS);
            promptTokens.addAndGet(n);
        }

        long generatedTokensAvailable() {
            return generatedBucket.getAvailableTokens();
        }

        void consumeGeneratedTokens(long n) {
            generatedBucket.tryConsume(Math.min(n, generatedBucket.getAvailableTokens()));
            generatedTokens.addAndGet(n);
        }

        private void consume(io.github.bucket4j.Bucket bucket, long n, QuotaExceededException.Reason quota) {
            io.github.bucket4j.ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(n);
            if (!probe.isConsumed()) {
                throw quota(quota, probe.getNanosToWaitForRefill() / 1_000_000);
            }
        }

        QuotaExceededException quota(QuotaExceededException.Reason quota) {
            return quota(quota, 60_000);
        }

        private QuotaExceededException quota(QuotaExceededException.Reason quota, long retryMillis) {
            QuotaExceededException e = new QuotaExceededException(tenant, quota, retryMillis);
            event(SandboxEvent.Type.QUOTA_EXCEEDED, tenant, quota.name(), e.getMessage());
            return e;
        }
    }

    /**
     * Every metadata key llama.cpp can render as a chat template: {@code tokenizer.chat_template} and
     * each {@code tokenizer.chat_template.<name>} (llama_model_chat_template(model, name) in
     * src/llama-model.cpp reads any name; common_chat_templates_init asks for "tool_use", llama.cpp's
     * rerankers for "rerank"; Command-R files also carry "rag"). Each must be a string (llama.cpp
     * would render the text form of a number or bool), pass the static scan that every ChatTemplate
     * applies (llama.cpp's Jinja engine has no limits of its own), and, when the policy says so, have
     * an approved SHA-256.
     */
    private void checkChatTemplates(Path file, GgufFile gguf) {
        for (var entry : chatTemplates(gguf).entrySet()) {
            String key = entry.getKey();
            GgufValue value = entry.getValue();
            if (value.type() != GgufType.STRING) {
                throw new AdmissionDeniedException(AdmissionDeniedException.Reason.CHAT_TEMPLATE_UNSAFE, file, key + " is "
                        + (value.type() == GgufType.ARRAY ? "an array" : "a " + value.type()) + ", not a string", null);
            }
            String source = value.asString();
            try {
                ChatTemplate.check(key, source);
            } catch (ChatException e) {
                throw new AdmissionDeniedException(AdmissionDeniedException.Reason.CHAT_TEMPLATE_UNSAFE, file, e.getMessage(), e);
            }
            String sha256 = sha256(source);
            if (policy.requireApprovedChatTemplate() && !policy.approvedChatTemplates().contains(sha256)) {
                throw new AdmissionDeniedException(AdmissionDeniedException.Reason.CHAT_TEMPLATE_NOT_APPROVED, file,
                        "its chat template " + key + " (SHA-256 " + sha256 + ") is not approved", null);
            }
        }
    }

    /**
     * The metadata entries that llama.cpp can render as chat templates, by key, in file order:
     * {@code tokenizer.chat_template} and every {@code tokenizer.chat_template.<name>} — the ones a
     * policy that requires approved templates checks.
     */
    public static Map<String, GgufValue> chatTemplates(GgufFile gguf) {
        Map<String, GgufValue> templates = new LinkedHashMap<>();
        gguf.metadata().forEach((key, value) -> {
            if (key.equals(CHAT_TEMPLATE_KEY) || key.startsWith(CHAT_TEMPLATE_KEY + ".")) {
                templates.put(key, value);
            }
        });
        return templates;
    }

    /** The SHA-256 (lower-case hex) of a chat template's UTF-8 text, as a policy lists it. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The path of an open file that reopens that file, not whatever now has its name: the
     * file descriptor's entry in {@code /proc/self/fd} (Linux). Elsewhere the real path, with its
     * identity checked again after use.
     */
    private record PinnedFile(Path path, Object identity) implements AutoCloseable {

        static PinnedFile of(FileChannel channel, Path real) throws IOException {
            Object identity = Files.readAttributes(real, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey();
            Path fds = Path.of("/proc/self/fd");
            if (Files.isDirectory(fds)) {
                Set<Path> candidates = new HashSet<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
                    for (Path fd : entries) {
                        try {
                            if (Files.readSymbolicLink(fd).equals(real) && Objects.equals(identity, Files.readAttributes(fd,
                                    java.nio.file.attribute.BasicFileAttributes.class).fileKey())) {
                                candidates.add(fd);
                            }
                        } catch (IOException ignored) {
                            // closed meanwhile, or not a link: not ours
                        }
                    }
                }
                if (!candidates.isEmpty()) {
                    return new PinnedFile(candidates.iterator().next(), identity); // any open fd of this very inode
                }
            }
            return new PinnedFile(real, identity);
        }

        @Override
        public void close() {
            // the channel owning the descriptor is closed by its own try-with-resources
        }
    }
}
