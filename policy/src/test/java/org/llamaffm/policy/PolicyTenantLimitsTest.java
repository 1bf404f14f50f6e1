package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams;
import org.llamaffm.ModelParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** A tenant's own limits replace the policy's default tenant limits, field by field. */
class PolicyTenantLimitsTest {

    @TempDir
    static Path temp;

    private static final String A = "a".repeat(64);

    @Test
    void aTenantsOwnLimitsTakeTheDefaultsForWhatTheyLeaveOut() throws IOException {
        Path file = temp.resolve("policy.json");
        Files.writeString(file, """
                {"modelRoots": ["/srv/models"], "models": [{"sha256": "%s"}],
                 "limits": {"tenant": {"requestsPerMinute": 30, "maxOutputTokens": 200},
                            "tenants": {"vip": {"requestsPerMinute": 600, "deadlineMillis": 5000}}}}
                """.formatted(A));
        Policy.Limits limits = Policy.load(file).limits();

        Policy.TenantLimits vip = limits.of(new Tenant("vip"));
        assertThat(vip.requestsPerMinute()).isEqualTo(600);
        assertThat(vip.deadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(vip.maxOutputTokens()).isEqualTo(200);
        Policy.TenantLimits other = limits.of(new Tenant("other"));
        assertThat(other.requestsPerMinute()).isEqualTo(30);
        assertThat(other.deadline()).isEqualTo(Policy.TenantLimits.DEFAULT.deadline());
    }

    @Test
    void limitsFromJsonNameTheFieldThatIsWrong() {
        Policy.TenantLimits base = Policy.TenantLimits.DEFAULT;
        assertThat(Policy.tenantLimits("{\"maxOutputTokens\": 7}", base).maxOutputTokens())
                .isEqualTo(7);
        assertThat(Policy.tenantLimits("{\"sampling\": {\"maxTopK\": 5}}", base)
                        .sampling()
                        .maxTopK())
                .isEqualTo(5);

        assertThatThrownBy(() -> Policy.tenantLimits("{\"maxOutputTokenz\": 7}", base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxOutputTokenz");
        assertThatThrownBy(() -> Policy.tenantLimits("{\"maxOutputTokens\": \"many\"}", base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxOutputTokens: ");
        assertThatThrownBy(() -> Policy.tenantLimits("{\"maxOutputTokens\": 0}", base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits: tenant limits must all be >= 1");
    }

    @Test
    void aSessionIsHeldToItsTenantsOwnLimits() throws IOException {
        Path root = Files.createDirectories(temp.resolve("models"));
        Path model = root.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).seed(9).write(model);
        String hash = new ModelHasher().sha256(model);
        Policy.TenantLimits base = Policy.TenantLimits.DEFAULT;
        Policy.Limits limits = new Policy.Limits(4, 16, base, 0)
                .withTenants(Map.of("short", Policy.tenantLimits("{\"maxOutputTokens\": 3}", base)));
        Policy policy = new Policy(
                List.of(root),
                Map.of(hash, "tiny"),
                Set.of("llama"),
                false,
                Set.of(),
                limits,
                Policy.Workers.inProcess());
        ContextParams context =
                ContextParams.builder().contextSize(256).threads(1).build();
        SamplingParams endless = SamplingParams.greedy().withLogitBias(Map.of(2, Float.NEGATIVE_INFINITY));
        Sandbox sandbox = Sandbox.create(policy);
        try (AdmittedModel admitted = sandbox.admit(model, ModelParams.defaults());
                Session capped = sandbox.openSession(new Tenant("short"), admitted, context);
                Session other = sandbox.openSession(new Tenant("long"), admitted, context)) {
            var cappedResult = capped.generate("Hello", endless, 10);
            assertThat(cappedResult.tokens()).hasSize(3);
            assertThat(cappedResult.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
            assertThat(other.generate("Hello", endless, 10).tokens()).hasSize(10);
        }
    }
}
