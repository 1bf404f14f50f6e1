package org.llamaffm.policy.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a policy file, bound by Jackson (unknown fields are errors). Values are
 * checked by {@code Policy}'s builder, which names the field of a bad value.
 */
public record PolicyFile(
        @JsonProperty("modelRoots") List<String> modelRoots,
        @JsonProperty("models") List<AllowedModel> models,
        @JsonProperty("architectures") List<String> architectures,
        @JsonProperty("chatTemplates") ChatTemplates chatTemplates,
        @JsonProperty("limits") LimitsFile limits,
        @JsonProperty("workers") WorkersFile workers) {

    /** Where models run and how their workers are run; absent values take the defaults. */
    public record WorkersFile(
            @JsonProperty("isolation") String isolation,
            @JsonProperty("workersPerModel") Integer workersPerModel,
            @JsonProperty("maxWaitMillis") Long maxWaitMillis,
            @JsonProperty("dedicatedTenants") List<String> dedicatedTenants,
            @JsonProperty("workerPerTenant") Boolean workerPerTenant,
            @JsonProperty("maxWorkerMemoryBytes") Long maxWorkerMemoryBytes,
            @JsonProperty("cpus") List<Integer> cpus,
            @JsonProperty("requiredProtections") List<String> requiredProtections,
            @JsonProperty("tenantCrashes") Integer tenantCrashes,
            @JsonProperty("modelCrashes") Integer modelCrashes,
            @JsonProperty("crashWindowSeconds") Long crashWindowSeconds) {

        public WorkersFile {
            checkIsolation(isolation);
        }
    }

    /** The spellings of an isolation: {@code worker} or {@code in-process}; null: not given. */
    public static void checkIsolation(String isolation) {
        if (isolation != null && !isolation.matches("worker|in-process")) {
            throw new IllegalArgumentException("'" + isolation + "' is neither worker nor in-process");
        }
    }

    /** Global limits and the per-tenant ones; absent values take the defaults. */
    public record LimitsFile(
            @JsonProperty("maxConcurrentRequests") Integer maxConcurrentRequests,
            @JsonProperty("queueCapacity") Integer queueCapacity,
            @JsonProperty("tenant") TenantFile tenant,
            @JsonProperty("maxMemoryBytes") Long maxMemoryBytes,
            @JsonProperty("tenants") Map<String, TenantFile> tenants) {}

    /** A tenant's limits; absent values take the defaults. */
    public record TenantFile(
            @JsonProperty("maxConcurrentRequests") Integer maxConcurrentRequests,
            @JsonProperty("requestsPerMinute") Long requestsPerMinute,
            @JsonProperty("promptTokensPerMinute") Long promptTokensPerMinute,
            @JsonProperty("generatedTokensPerMinute") Long generatedTokensPerMinute,
            @JsonProperty("maxOutputTokens") Integer maxOutputTokens,
            @JsonProperty("deadlineMillis") Long deadlineMillis,
            @JsonProperty("maxPromptBytes") Integer maxPromptBytes,
            @JsonProperty("maxPromptTokens") Integer maxPromptTokens,
            @JsonProperty("specialTokenText") String specialTokenText,
            @JsonProperty("maxMemoryBytes") Long maxMemoryBytes,
            @JsonProperty("maxGrammarBytes") Integer maxGrammarBytes,
            @JsonProperty("sampling") SamplingFile sampling) {

        public TenantFile {
            if (specialTokenText != null && !specialTokenText.matches("(?i)reject|neutralize")) {
                throw new IllegalArgumentException("'" + specialTokenText + "' is neither reject nor neutralize");
            }
        }
    }

    /** Caps on a tenant's sampler settings; absent values take the defaults. */
    public record SamplingFile(
            @JsonProperty("maxPenaltyLastN") Integer maxPenaltyLastN,
            @JsonProperty("maxDryLastN") Integer maxDryLastN,
            @JsonProperty("maxDryBreakers") Integer maxDryBreakers,
            @JsonProperty("maxLogitBias") Integer maxLogitBias,
            @JsonProperty("maxMirostatM") Integer maxMirostatM,
            @JsonProperty("maxTopK") Integer maxTopK) {}

    /** One allowed model: its SHA-256, an optional name for messages, and where it runs if not the default. */
    public record AllowedModel(
            @JsonProperty(value = "sha256", required = true) String sha256,
            @JsonProperty("name") String name,
            @JsonProperty("isolation") String isolation) {

        public AllowedModel {
            checkSha256(sha256);
            checkIsolation(isolation);
        }
    }

    /** Whether a model's chat template must be approved, and the approved templates' SHA-256. */
    public record ChatTemplates(
            @JsonProperty("requireApproved") boolean requireApproved,
            @JsonProperty("sha256") List<String> sha256) {

        public ChatTemplates {
            if (sha256 != null) {
                sha256.forEach(PolicyFile::checkSha256);
            }
        }
    }

    /**
     * The one SHA-256 check of policies (also used by {@code Policy} built in code); checked while
     * a file is read, so that the error carries the value's line.
     */
    public static void checkSha256(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("'" + hash + "' is not 64 lower-case hex digits (a SHA-256; "
                    + "llama-ffm inspect --sha256 FILE prints it)");
        }
    }
}
