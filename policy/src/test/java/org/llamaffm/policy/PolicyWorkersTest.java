package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy file's isolation: per model, with a default, and how workers are run. */
class PolicyWorkersTest {

    @TempDir
    static Path temp;

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static Policy load(String json) throws IOException {
        Path file = temp.resolve("policy.json");
        Files.writeString(file, json);
        return Policy.load(file);
    }

    @Test
    void everyModelRunsInAWorkerUnlessThePolicySaysOtherwise() throws IOException {
        Policy defaults = load("""
                {"modelRoots": ["/srv/models"], "models": [{"sha256": "%s"}]}
                """.formatted(A));
        assertThat(defaults.workers()).isEqualTo(Policy.Workers.DEFAULT);
        assertThat(defaults.workers().isolation(A)).isEqualTo(Isolation.WORKER);

        Policy mixed = load("""
                {"modelRoots": ["/srv/models"],
                 "models": [{"sha256": "%s", "name": "ours", "isolation": "in-process"}, {"sha256": "%s"}],
                 "workers": {"workersPerModel": 2, "maxWaitMillis": 500, "dedicatedTenants": ["vip"],
                             "maxWorkerMemoryBytes": 1073741824, "cpus": [0, 1],
                             "requiredProtections": ["seccomp", "landlock"],
                             "tenantCrashes": 5, "modelCrashes": 4, "crashWindowSeconds": 60}}
                """.formatted(A, B));
        Policy.Workers w = mixed.workers();
        assertThat(w.isolation(A)).isEqualTo(Isolation.IN_PROCESS);
        assertThat(w.isolation(B)).isEqualTo(Isolation.WORKER);
        assertThat(w.workersPerModel()).isEqualTo(2);
        assertThat(w.maxWait()).isEqualTo(Duration.ofMillis(500));
        assertThat(w.dedicated(new Tenant("vip"))).isTrue();
        assertThat(w.dedicated(new Tenant("other"))).isFalse();
        assertThat(w.maxWorkerMemoryBytes()).isEqualTo(1L << 30);
        assertThat(w.cpus()).containsExactlyInAnyOrder(0, 1);
        assertThat(w.requiredProtections()).containsExactlyInAnyOrder("seccomp", "landlock");
        assertThat(w.tenantCrashes()).isEqualTo(5);
        assertThat(w.modelCrashes()).isEqualTo(4);
        assertThat(w.crashWindow()).isEqualTo(Duration.ofSeconds(60));

        Policy trusted = load("""
                {"modelRoots": ["/srv/models"], "models": [{"sha256": "%s"}], "workers": {"isolation": "in-process"}}
                """.formatted(A));
        assertThat(trusted.workers().isolation(A)).isEqualTo(Isolation.IN_PROCESS);
        assertThat(trusted.workers().withIsolation(Isolation.WORKER).isolation(A))
                .isEqualTo(Isolation.WORKER);
    }

    @Test
    void aBadIsolationNamesItsLineAndField() {
        assertThatThrownBy(() -> load("""
                        {"modelRoots": ["/srv/models"],
                         "models": [{"sha256": "%s", "isolation": "sandboxed"}]}
                        """.formatted(A)))
                .isInstanceOfSatisfying(Policy.PolicyFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("models[0]");
                })
                .hasMessageContaining("'sandboxed' is neither worker nor in-process");
        assertThatThrownBy(() -> load("""
                        {"modelRoots": ["/srv/models"], "models": [{"sha256": "%s"}],
                         "workers": {"workersPerModel": 0}}
                        """.formatted(A)))
                .isInstanceOf(Policy.PolicyFileException.class)
                .hasMessageContaining("workersPerModel");
        assertThatThrownBy(() -> new Policy(
                        java.util.List.of(Path.of("/srv")),
                        java.util.Map.of(A, "a"),
                        Set.of(),
                        false,
                        Set.of(),
                        null,
                        new Policy.Workers(
                                Isolation.WORKER,
                                java.util.Map.of(B, Isolation.IN_PROCESS),
                                1,
                                Duration.ZERO,
                                Set.of(),
                                false,
                                0,
                                Set.of(),
                                Set.of(),
                                3,
                                3,
                                Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workers.models: " + B + " is not an allowed model");
    }
}
