package org.llamaffm.policy;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Sampler;
import org.llamaffm.policy.internal.PolicyFile;

/**
 * What a {@link Sandbox} allows: immutable and validated. Build it in code or load it from a JSON
 * file ({@link #load(Path)}), whose errors name the line, column and field:
 *
 * <pre>{@code
 * {
 *   "modelRoots": ["/srv/models"],
 *   "models": [{"sha256": "44bd55e9...", "name": "demo"},
 *              {"sha256": "0f3c11aa...", "name": "ours", "isolation": "in-process"}],
 *   "architectures": ["llama", "qwen2"],
 *   "chatTemplates": {"requireApproved": true, "sha256": ["..."]},
 *   "workers": {"isolation": "worker", "workersPerModel": 2, "requiredProtections": ["seccomp"]}
 * }
 * }</pre>
 *
 * @param modelRoots            folders models may be loaded from (real paths; symlinks resolved)
 * @param models                SHA-256 (lower-case hex) -> name of every model that may be loaded
 * @param architectures         allowed {@code general.architecture} values, each one the validator has rules
 *                              for ({@link ModelValidator#KNOWN_ARCHITECTURES}); empty: any of those
 * @param requireApprovedChatTemplate every chat template a model has must be approved: each metadata key
 *                              llama.cpp can render as one, {@code tokenizer.chat_template} and every
 *                              {@code tokenizer.chat_template.<name>} ({@code .tool_use}, which llama.cpp
 *                              uses as the default when there is no other, {@code .rag}, {@code .rerank}...);
 *                              a denial names the key and its SHA-256 ({@link Sandbox#sha256}). With or
 *                              without approval, each must be a string and pass {@link org.llamaffm.chat.ChatTemplate#check}
 *                              (llama.cpp's Jinja engine has no limits; see {@code AdmissionDeniedException.Reason.CHAT_TEMPLATE_UNSAFE})
 * @param approvedChatTemplates SHA-256 of the approved templates' UTF-8 text
 * @param limits                concurrency, queue and per-tenant quotas
 * @param workers               where each model runs (in this process or in worker processes) and how its
 *                              workers are run; null: {@link Workers#DEFAULT}, every model in a worker
 */
public record Policy(
        List<Path> modelRoots,
        Map<String, String> models,
        Set<String> architectures,
        boolean requireApprovedChatTemplate,
        Set<String> approvedChatTemplates,
        Limits limits,
        Workers workers) {

    /**
     * Where models run, and how their worker processes are run and held to account.
     *
     * @param isolation           where a model not named in {@code models} runs
     * @param models              SHA-256 -> where that model runs, overriding {@code isolation}
     * @param workersPerModel     worker processes kept started per model (or per model and tenant), so that a
     *                            request does not wait for a JVM to start
     * @param maxWait             how long a request may wait for a worker when none is free (all busy, or
     *                            one restarting after a crash); zero refuses it at once ({@code NO_WORKER_READY})
     * @param dedicatedTenants    tenants that get workers of their own on every model, so that no other tenant's
     *                            crash fails their requests (see the README for when to)
     * @param workerPerTenant     every tenant gets workers of its own (the same as listing them all)
     * @param maxWorkerMemoryBytes the operating system's cap on each worker's memory: a memory cgroup of its own
     *                            where the host can make one (cgroup v2 memory.max, or v1 memory.limit_in_bytes;
     *                            over it the OOM killer ends that worker only), else RLIMIT_DATA (its model file is
     *                            mapped, not counted); 0: none
     * @param cpus                the CPUs every worker's threads are pinned to (empty: all); a worker's context then
     *                            uses at most that many threads
     * @param requiredProtections protections ({@link Protection#name()}, e.g. {@code seccomp}, {@code landlock})
     *                            a worker must have; one without them is stopped and its start fails
     * @param tenantCrashes       worker crashes charged to one tenant that block it, within {@code crashWindow}
     * @param modelCrashes        crashes at load, in the warm-up, idle or under several tenants that quarantine a
     *                            model (by SHA-256), within {@code crashWindow}
     * @param crashWindow         the window crashes are counted in
     */
    public record Workers(
            Isolation isolation,
            Map<String, Isolation> models,
            int workersPerModel,
            Duration maxWait,
            Set<String> dedicatedTenants,
            boolean workerPerTenant,
            long maxWorkerMemoryBytes,
            Set<Integer> cpus,
            Set<String> requiredProtections,
            int tenantCrashes,
            int modelCrashes,
            Duration crashWindow) {

        /**
         * Every model in a worker: one per model, a request waits up to 60 s for a free one, workers shared by
         * tenants, no memory cap, no protection required, 3 crashes in 10 minutes block a tenant or quarantine a
         * model.
         */
        public static final Workers DEFAULT = new Workers(
                Isolation.WORKER,
                Map.of(),
                1,
                Duration.ofSeconds(60),
                Set.of(),
                false,
                0,
                Set.of(),
                Set.of(),
                3,
                3,
                Duration.ofMinutes(10));

        public Workers {
            Objects.requireNonNull(isolation, "isolation");
            models = Map.copyOf(models);
            models.keySet().forEach(h -> checkHash("workers.models", h));
            dedicatedTenants = Set.copyOf(dedicatedTenants);
            requiredProtections = Set.copyOf(requiredProtections);
            cpus = Set.copyOf(cpus);
            for (int cpu : cpus) {
                if (cpu < 0 || cpu > 1023) {
                    throw new IllegalArgumentException("workers.cpus: " + cpu + " is not a CPU (0..1023)");
                }
            }
            if (workersPerModel < 1 || maxWorkerMemoryBytes < 0 || tenantCrashes < 1 || modelCrashes < 1) {
                throw new IllegalArgumentException("workers: workersPerModel, tenantCrashes and modelCrashes must be"
                        + " >= 1, maxWorkerMemoryBytes >= 0");
            }
            if (maxWait.isNegative() || crashWindow.isNegative() || crashWindow.isZero()) {
                throw new IllegalArgumentException("workers: maxWait must be >= 0 and crashWindow positive");
            }
        }

        /** {@link #DEFAULT} with every model in this process: for trusted models only. */
        public static Workers inProcess() {
            return DEFAULT.withIsolation(Isolation.IN_PROCESS);
        }

        /** Where the model with this SHA-256 runs. */
        public Isolation isolation(String sha256) {
            return models.getOrDefault(sha256, isolation);
        }

        /** Whether {@code tenant}'s requests get workers of their own. */
        public boolean dedicated(Tenant tenant) {
            return workerPerTenant || dedicatedTenants.contains(tenant.id());
        }

        public Workers withIsolation(Isolation isolation) {
            return new Workers(
                    isolation,
                    models,
                    workersPerModel,
                    maxWait,
                    dedicatedTenants,
                    workerPerTenant,
                    maxWorkerMemoryBytes,
                    cpus,
                    requiredProtections,
                    tenantCrashes,
                    modelCrashes,
                    crashWindow);
        }

        public Workers withWorkersPerModel(int workersPerModel) {
            return new Workers(
                    isolation,
                    models,
                    workersPerModel,
                    maxWait,
                    dedicatedTenants,
                    workerPerTenant,
                    maxWorkerMemoryBytes,
                    cpus,
                    requiredProtections,
                    tenantCrashes,
                    modelCrashes,
                    crashWindow);
        }

        public Workers withDedicatedTenants(Set<String> dedicatedTenants) {
            return new Workers(
                    isolation,
                    models,
                    workersPerModel,
                    maxWait,
                    dedicatedTenants,
                    workerPerTenant,
                    maxWorkerMemoryBytes,
                    cpus,
                    requiredProtections,
                    tenantCrashes,
                    modelCrashes,
                    crashWindow);
        }

        public Workers withRequiredProtections(Set<String> requiredProtections) {
            return new Workers(
                    isolation,
                    models,
                    workersPerModel,
                    maxWait,
                    dedicatedTenants,
                    workerPerTenant,
                    maxWorkerMemoryBytes,
                    cpus,
                    requiredProtections,
                    tenantCrashes,
                    modelCrashes,
                    crashWindow);
        }

        public Workers withCpus(Set<Integer> cpus) {
            return new Workers(
                    isolation,
                    models,
                    workersPerModel,
                    maxWait,
                    dedicatedTenants,
                    workerPerTenant,
                    maxWorkerMemoryBytes,
                    cpus,
                    requiredProtections,
                    tenantCrashes,
                    modelCrashes,
                    crashWindow);
        }

        public Workers withMaxWorkerMemoryBytes(long maxWorkerMemoryBytes) {
            return new Workers(
                    isolation,
                    models,
                    workersPerModel,
                    maxWait,
                    dedicatedTenants,
                    workerPerTenant,
                    maxWorkerMemoryBytes,
                    cpus,
                    requiredProtections,
                    tenantCrashes,
                    modelCrashes,
                    crashWindow);
        }
    }

    /**
     * What the sandbox allows at once and per tenant.
     *
     * @param maxConcurrentRequests requests running at once, all tenants together
     * @param queueCapacity         requests that may wait for a slot; more get a "busy" error
     * @param tenant                each tenant's limits, unless {@code tenants} names the tenant
     * @param maxMemoryBytes        memory for all models and sessions together (llama.cpp's estimate); 0: no limit
     * @param tenants               tenant id -> the limits that replace {@code tenant} for that tenant (in a
     *                              policy file, or in {@code llama-ffm serve}'s keys file, a tenant's fields that
     *                              are absent take {@code tenant}'s values)
     */
    public record Limits(
            int maxConcurrentRequests,
            int queueCapacity,
            TenantLimits tenant,
            long maxMemoryBytes,
            Map<String, TenantLimits> tenants) {

        /** 4 requests at once, 16 waiting, {@link TenantLimits#DEFAULT} per tenant, no memory limit. */
        public static final Limits DEFAULT = new Limits(4, 16, TenantLimits.DEFAULT, 0);

        /** The same limits for every tenant. */
        public Limits(int maxConcurrentRequests, int queueCapacity, TenantLimits tenant, long maxMemoryBytes) {
            this(maxConcurrentRequests, queueCapacity, tenant, maxMemoryBytes, Map.of());
        }

        public Limits {
            if (maxConcurrentRequests < 1 || queueCapacity < 0 || maxMemoryBytes < 0) {
                throw new IllegalArgumentException(
                        "limits: maxConcurrentRequests must be >= 1, queueCapacity and maxMemoryBytes >= 0");
            }
            Objects.requireNonNull(tenant, "tenant");
            tenants = Map.copyOf(tenants);
        }

        /** The limits of {@code tenant}: its own, or the default {@link #tenant()}. */
        public TenantLimits of(Tenant tenant) {
            return tenants.getOrDefault(tenant.id(), this.tenant);
        }

        /** These limits with {@code tenants}' own limits (replacing any given before). */
        public Limits withTenants(Map<String, TenantLimits> tenants) {
            return new Limits(maxConcurrentRequests, queueCapacity, tenant, maxMemoryBytes, tenants);
        }
    }

    /**
     * One tenant's limits.
     *
     * @param maxConcurrentRequests    the tenant's requests running at once
     * @param requestsPerMinute        requests per minute
     * @param promptTokensPerMinute    prompt tokens per minute
     * @param generatedTokensPerMinute generated tokens per minute
     * @param maxOutputTokens          the cap on any request's output
     * @param deadline                 the longest a request may run (prompt included)
     * @param maxPromptBytes           prompt size cap before tokenizing
     * @param maxPromptTokens          prompt size cap after tokenizing
     * @param specialTokenText         what to do with prompts that spell control tokens
     * @param maxMemoryBytes           memory for the tenant's sessions (contexts); 0: no limit
     * @param maxGrammarBytes          size cap of a tenant's GBNF grammar or JSON Schema (the library's own
     *                                 nesting, repetition, rule-chain and stack caps apply too)
     * @param sampling                 caps on the sampler settings of every request (what llama.cpp allocates or
     *                                 computes in proportion to them); {@link #DEFAULT_SAMPLING} by default
     */
    public record TenantLimits(
            int maxConcurrentRequests,
            long requestsPerMinute,
            long promptTokensPerMinute,
            long generatedTokensPerMinute,
            int maxOutputTokens,
            Duration deadline,
            int maxPromptBytes,
            int maxPromptTokens,
            UntrustedText.Mode specialTokenText,
            long maxMemoryBytes,
            int maxGrammarBytes,
            Sampler.Limits sampling) {

        /**
         * Penalties and DRY over at most the last 4096 tokens, 8 DRY breakers, 1024 logit biases,
         * mirostat m and top-k up to 1000 (llama.cpp's defaults: 64, 64, 4 breakers, none, 100, 40).
         */
        public static final Sampler.Limits DEFAULT_SAMPLING = new Sampler.Limits(4096, 4096, 8, 1024, 1000, 1000);

        public static final TenantLimits DEFAULT = new TenantLimits(
                1,
                60,
                100_000,
                100_000,
                1024,
                Duration.ofSeconds(60),
                65_536,
                8192,
                UntrustedText.Mode.REJECT,
                0,
                16_384,
                DEFAULT_SAMPLING);

        /** Limits with {@link #DEFAULT_SAMPLING}. */
        public TenantLimits(
                int maxConcurrentRequests,
                long requestsPerMinute,
                long promptTokensPerMinute,
                long generatedTokensPerMinute,
                int maxOutputTokens,
                Duration deadline,
                int maxPromptBytes,
                int maxPromptTokens,
                UntrustedText.Mode specialTokenText,
                long maxMemoryBytes,
                int maxGrammarBytes) {
            this(
                    maxConcurrentRequests,
                    requestsPerMinute,
                    promptTokensPerMinute,
                    generatedTokensPerMinute,
                    maxOutputTokens,
                    deadline,
                    maxPromptBytes,
                    maxPromptTokens,
                    specialTokenText,
                    maxMemoryBytes,
                    maxGrammarBytes,
                    DEFAULT_SAMPLING);
        }

        public TenantLimits {
            if (maxConcurrentRequests < 1
                    || requestsPerMinute < 1
                    || promptTokensPerMinute < 1
                    || generatedTokensPerMinute < 1
                    || maxOutputTokens < 1
                    || maxPromptBytes < 1
                    || maxPromptTokens < 1
                    || maxGrammarBytes < 1) {
                throw new IllegalArgumentException("tenant limits must all be >= 1");
            }
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("tenant deadline must be positive");
            }
            Objects.requireNonNull(specialTokenText, "specialTokenText");
            if (maxMemoryBytes < 0) {
                throw new IllegalArgumentException("tenant maxMemoryBytes must be >= 0");
            }
            Objects.requireNonNull(sampling, "sampling");
        }
    }

    public Policy {
        modelRoots = List.copyOf(modelRoots);
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        architectures = Set.copyOf(architectures);
        // the validator must know an architecture's asserts to admit it safely: refuse what it cannot check
        ModelValidator.checkKnown(architectures);
        approvedChatTemplates = Set.copyOf(approvedChatTemplates);
        limits = limits == null ? Limits.DEFAULT : limits;
        workers = workers == null ? Workers.DEFAULT : workers;
        if (modelRoots.isEmpty()) {
            throw new IllegalArgumentException("modelRoots: at least one folder is needed");
        }
        for (Path root : modelRoots) {
            if (!root.isAbsolute()) {
                throw new IllegalArgumentException("modelRoots: '" + root + "' is not an absolute path");
            }
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models: at least one allowed model (its sha256) is needed");
        }
        models.keySet().forEach(h -> checkHash("models[].sha256", h));
        for (String sha256 : workers.models().keySet()) {
            if (!models.containsKey(sha256)) {
                throw new IllegalArgumentException("workers.models: " + sha256 + " is not an allowed model");
            }
        }
        approvedChatTemplates.forEach(h -> checkHash("chatTemplates.sha256", h));
    }

    /** This policy with {@code limits}. */
    public Policy withLimits(Limits limits) {
        return new Policy(
                modelRoots, models, architectures, requireApprovedChatTemplate, approvedChatTemplates, limits, workers);
    }

    /** This policy with {@code workers}. */
    public Policy withWorkers(Workers workers) {
        return new Policy(
                modelRoots, models, architectures, requireApprovedChatTemplate, approvedChatTemplates, limits, workers);
    }

    private static void checkHash(String field, String hash) {
        try {
            PolicyFile.checkSha256(hash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads and validates a policy file.
     *
     * @throws PolicyFileException naming the file, line, column and field of the first problem
     */
    public static Policy load(Path file) {
        ObjectMapper json = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)); // a null in a list is a mistake
        PolicyFile parsed;
        try {
            parsed = json.readValue(Files.readString(file), PolicyFile.class);
        } catch (JsonMappingException e) {
            String problem = e.getCause() instanceof IllegalArgumentException cause
                    ? cause.getMessage()
                    : e.getOriginalMessage();
            throw new PolicyFileException(file, e.getLocation(), path(e), problem);
        } catch (JsonProcessingException e) {
            throw new PolicyFileException(file, e.getLocation(), "", e.getOriginalMessage());
        } catch (IOException e) {
            throw new PolicyFileException(file, null, "", "cannot read: " + e.getMessage());
        }
        if (parsed == null) {
            throw new PolicyFileException(file, null, "", "the file is empty");
        }
        try {
            Map<String, String> models = new LinkedHashMap<>();
            Map<String, Isolation> isolations = new LinkedHashMap<>();
            List<PolicyFile.AllowedModel> allowed = parsed.models() == null ? List.of() : parsed.models();
            for (PolicyFile.AllowedModel m : allowed) {
                models.put(m.sha256(), m.name() == null ? m.sha256().substring(0, 12) : m.name());
                if (m.isolation() != null) {
                    isolations.put(m.sha256(), isolation(m.isolation()));
                }
            }
            List<Path> roots = new ArrayList<>();
            for (String root : parsed.modelRoots() == null ? List.<String>of() : parsed.modelRoots()) {
                roots.add(Path.of(root));
            }
            var templates = parsed.chatTemplates();
            return new Policy(
                    roots,
                    models,
                    parsed.architectures() == null ? Set.of() : new LinkedHashSet<>(parsed.architectures()),
                    templates != null && templates.requireApproved(),
                    templates == null || templates.sha256() == null
                            ? Set.of()
                            : new LinkedHashSet<>(templates.sha256()),
                    limits(parsed.limits()),
                    workers(parsed.workers(), isolations));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new PolicyFileException(
                    file,
                    null,
                    colon > 0 ? message.substring(0, colon) : "",
                    colon > 0 ? message.substring(colon + 2) : message);
        }
    }

    private static Isolation isolation(String spelling) {
        return spelling.equals("in-process") ? Isolation.IN_PROCESS : Isolation.WORKER;
    }

    private static Workers workers(PolicyFile.WorkersFile file, Map<String, Isolation> models) {
        Workers d = Workers.DEFAULT;
        if (file == null) {
            return new Workers(
                    d.isolation(),
                    models,
                    d.workersPerModel(),
                    d.maxWait(),
                    d.dedicatedTenants(),
                    d.workerPerTenant(),
                    d.maxWorkerMemoryBytes(),
                    d.cpus(),
                    d.requiredProtections(),
                    d.tenantCrashes(),
                    d.modelCrashes(),
                    d.crashWindow());
        }
        return new Workers(
                file.isolation() != null ? isolation(file.isolation()) : d.isolation(),
                models,
                file.workersPerModel() != null ? file.workersPerModel() : d.workersPerModel(),
                file.maxWaitMillis() != null ? Duration.ofMillis(file.maxWaitMillis()) : d.maxWait(),
                file.dedicatedTenants() != null ? new LinkedHashSet<>(file.dedicatedTenants()) : d.dedicatedTenants(),
                file.workerPerTenant() != null ? file.workerPerTenant() : d.workerPerTenant(),
                file.maxWorkerMemoryBytes() != null ? file.maxWorkerMemoryBytes() : d.maxWorkerMemoryBytes(),
                file.cpus() != null ? new LinkedHashSet<>(file.cpus()) : d.cpus(),
                file.requiredProtections() != null
                        ? new LinkedHashSet<>(file.requiredProtections())
                        : d.requiredProtections(),
                file.tenantCrashes() != null ? file.tenantCrashes() : d.tenantCrashes(),
                file.modelCrashes() != null ? file.modelCrashes() : d.modelCrashes(),
                file.crashWindowSeconds() != null ? Duration.ofSeconds(file.crashWindowSeconds()) : d.crashWindow());
    }

    private static Limits limits(PolicyFile.LimitsFile file) {
        if (file == null) {
            return Limits.DEFAULT;
        }
        TenantLimits tenant = tenantLimits(file.tenant(), TenantLimits.DEFAULT, "limits.tenant");
        Map<String, TenantLimits> tenants = new LinkedHashMap<>();
        if (file.tenants() != null) {
            file.tenants().forEach((id, t) -> tenants.put(id, tenantLimits(t, tenant, "limits.tenants." + id)));
        }
        return new Limits(
                file.maxConcurrentRequests() != null
                        ? file.maxConcurrentRequests()
                        : Limits.DEFAULT.maxConcurrentRequests(),
                file.queueCapacity() != null ? file.queueCapacity() : Limits.DEFAULT.queueCapacity(),
                tenant,
                file.maxMemoryBytes() != null ? file.maxMemoryBytes() : 0,
                tenants);
    }

    /**
     * A tenant's limits from JSON in the policy file's {@code limits.tenant} shape, e.g. {@code {"requestsPerMinute":
     * 10, "maxOutputTokens": 256}}; absent fields take {@code base}'s values.
     *
     * @throws IllegalArgumentException naming the field that is unknown, of the wrong type or out of range
     */
    public static TenantLimits tenantLimits(String json, TenantLimits base) {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        PolicyFile.TenantFile file;
        try {
            file = mapper.readValue(json, PolicyFile.TenantFile.class);
        } catch (JsonMappingException e) {
            String field = path(e);
            String problem = e.getCause() instanceof IllegalArgumentException cause
                    ? cause.getMessage()
                    : e.getOriginalMessage();
            throw new IllegalArgumentException((field.isEmpty() ? "" : field + ": ") + problem, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        return tenantLimits(file, base, "limits");
    }

    private static TenantLimits tenantLimits(PolicyFile.@Nullable TenantFile t, TenantLimits d, String field) {
        if (t == null) {
            return d;
        }
        try {
            return new TenantLimits(
                    t.maxConcurrentRequests() != null ? t.maxConcurrentRequests() : d.maxConcurrentRequests(),
                    t.requestsPerMinute() != null ? t.requestsPerMinute() : d.requestsPerMinute(),
                    t.promptTokensPerMinute() != null ? t.promptTokensPerMinute() : d.promptTokensPerMinute(),
                    t.generatedTokensPerMinute() != null ? t.generatedTokensPerMinute() : d.generatedTokensPerMinute(),
                    t.maxOutputTokens() != null ? t.maxOutputTokens() : d.maxOutputTokens(),
                    t.deadlineMillis() != null ? Duration.ofMillis(t.deadlineMillis()) : d.deadline(),
                    t.maxPromptBytes() != null ? t.maxPromptBytes() : d.maxPromptBytes(),
                    t.maxPromptTokens() != null ? t.maxPromptTokens() : d.maxPromptTokens(),
                    t.specialTokenText() == null
                            ? d.specialTokenText()
                            : UntrustedText.Mode.valueOf(t.specialTokenText().toUpperCase(Locale.ROOT)),
                    t.maxMemoryBytes() != null ? t.maxMemoryBytes() : d.maxMemoryBytes(),
                    t.maxGrammarBytes() != null ? t.maxGrammarBytes() : d.maxGrammarBytes(),
                    sampling(t.sampling(), d.sampling(), field + ".sampling"));
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(field) ? e : new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static Sampler.Limits sampling(PolicyFile.@Nullable SamplingFile file, Sampler.Limits d, String field) {
        if (file == null) {
            return d;
        }
        try {
            return new Sampler.Limits(
                    file.maxPenaltyLastN() != null ? file.maxPenaltyLastN() : d.maxPenaltyLastN(),
                    file.maxDryLastN() != null ? file.maxDryLastN() : d.maxDryLastN(),
                    file.maxDryBreakers() != null ? file.maxDryBreakers() : d.maxDryBreakers(),
                    file.maxLogitBias() != null ? file.maxLogitBias() : d.maxLogitBias(),
                    file.maxMirostatM() != null ? file.maxMirostatM() : d.maxMirostatM(),
                    file.maxTopK() != null ? file.maxTopK() : d.maxTopK());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** A policy file that cannot be used; the message is {@code file:line:column: field: problem}. */
    public static final class PolicyFileException extends PolicyException {

        private final int line;
        private final String field;

        PolicyFileException(Path file, @Nullable JsonLocation location, String field, String problem) {
            super(
                    file + (location != null ? ":" + location.getLineNr() + ":" + location.getColumnNr() : "") + ": "
                            + (field.isEmpty() ? "" : field + ": ") + problem,
                    null);
            this.line = location != null ? location.getLineNr() : -1;
            this.field = field;
        }

        /** The line of the problem (1-based), -1 when the problem is a value's meaning, not its place. */
        public int line() {
            return line;
        }

        /** The field, e.g. {@code models[1].sha256}; empty when the file as a whole is the problem. */
        public String field() {
            return field;
        }
    }
}
