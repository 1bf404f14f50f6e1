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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** The sandbox's memory budgets: llama.cpp's no-alloc estimate before any allocation, reservations released on close. */
class SandboxBudgetTest {

    @TempDir
    static Path temp;

    private static Path root;
    private static Path file;
    private static String hash;

    @BeforeAll
    static void model() throws IOException {
        root = Files.createDirectories(temp.resolve("models"));
        file = root.resolve("model.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(4)
                .embedding(256)
                .feedForward(768)
                .contextLength(4096)
                .weightType(GgmlType.F16)
                .seed(3)
                .write(file);
        hash = new ModelHasher().sha256(file);
    }

    private static Sandbox sandbox(long global, long tenant) {
        return Sandbox.create(new Policy(
                List.of(root),
                Map.of(hash, "m"),
                Set.of(),
                false,
                Set.of(),
                new Policy.Limits(
                        4,
                        4,
                        new Policy.TenantLimits(
                                2,
                                100,
                                1_000_000,
                                1_000_000,
                                64,
                                Duration.ofSeconds(30),
                                4096,
                                512,
                                UntrustedText.Mode.REJECT,
                                tenant,
                                16_384),
                        global),
                Policy.Workers.inProcess()));
    }

    @Test
    void theEstimateIsLlamaCppsOwnAccountBeforeAllocation() throws IOException {
        for (int size : new int[] {512, 4096}) {
            ContextParams params =
                    ContextParams.builder().contextSize(size).threads(1).build();
            MemoryBreakdown estimate = MemoryBreakdown.estimate(file, ModelParams.defaults(), params);
            try (Model model = Model.load(file)) {
                long before = PolicyTestSupport.rssKib();
                try (Context context = model.newContext(params)) {
                    long grown = (PolicyTestSupport.rssKib() - before) * 1024;
                    MemoryBreakdown actual = context.memoryBreakdown();
                    System.out.printf(
                            "memory (context %d): estimate model %d + context %d + compute %d = %d; "
                                    + "llama.cpp after allocation: model %d + context %d + compute %d = %d; RSS grew %d "
                                    + "creating the context (estimate for it: %d)%n",
                            size,
                            estimate.model(),
                            estimate.context(),
                            estimate.compute(),
                            estimate.total(),
                            actual.model(),
                            actual.context(),
                            actual.compute(),
                            actual.total(),
                            grown,
                            estimate.context() + estimate.compute());
                    assertThat(estimate.context()).isEqualTo(actual.context());
                    assertThat(estimate.compute()).isEqualTo(actual.compute());
                    assertThat((double) estimate.model())
                            .isCloseTo(actual.model(), org.assertj.core.data.Percentage.withPercentage(10));
                }
            }
        }
    }

    @Test
    void aSessionOverTheTenantsBudgetIsRefusedBeforeAllocationAndCloseFreesIt() throws IOException {
        ContextParams params =
                ContextParams.builder().contextSize(4096).threads(1).build();
        MemoryBreakdown estimate = MemoryBreakdown.estimate(file, ModelParams.defaults(), params);
        long oneSession = estimate.context() + estimate.compute();
        Sandbox sandbox = sandbox(0, oneSession + oneSession / 2); // room for one such session, not two
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults())) {
            Tenant tenant = new Tenant("t");
            Session first = sandbox.openSession(tenant, model, params);
            assertThat(sandbox.counters(tenant)).containsEntry("reservedMemory", oneSession);
            assertThatThrownBy(() -> sandbox.openSession(tenant, model, params))
                    .isInstanceOfSatisfying(BudgetExceededException.class, e -> {
                        assertThat(e.requested()).isEqualTo(oneSession);
                        assertThat(e.available()).isEqualTo(oneSession / 2);
                    })
                    .hasMessageStartingWith("tenant t's memory budget exceeded");
            // the refusal comes before the context exists (warm up the allocator and the JIT first)
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> sandbox.openSession(tenant, model, params))
                        .isInstanceOf(BudgetExceededException.class);
            }
            long before = PolicyTestSupport.rssKib();
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> sandbox.openSession(tenant, model, params))
                        .isInstanceOf(BudgetExceededException.class);
            }
            // 10 contexts would keep 10 x 16 MiB of KV cache resident; the estimates themselves are temporary
            assertThat((PolicyTestSupport.rssKib() - before) * 1024)
                    .as("bytes left by 10 refused sessions")
                    .isLessThan(10 * estimate.context() / 4);
            Session other = sandbox.openSession(new Tenant("u"), model, params); // another tenant's budget is its own
            other.close();
            first.close();
            assertThat(sandbox.counters(tenant)).containsEntry("reservedMemory", 0L);
            sandbox.openSession(tenant, model, params).close(); // free again
        }
        assertThat(sandbox.reservedMemory()).isZero(); // the model's weights were released with it
    }

    @Test
    void aModelOverTheGlobalBudgetIsNotLoaded() {
        long weights = MemoryBreakdown.estimate(
                        file,
                        ModelParams.defaults(),
                        ContextParams.builder().contextSize(256).build())
                .model();
        Sandbox sandbox = sandbox(weights - 1, 0);
        assertThatThrownBy(() -> sandbox.admit(file, ModelParams.defaults()))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessageStartingWith("the sandbox's memory budget exceeded: " + weights + " bytes needed");
        assertThat(sandbox.reservedMemory()).isZero();
        Sandbox roomy = sandbox(weights * 2, 0);
        try (AdmittedModel model = roomy.admit(file, ModelParams.defaults())) {
            assertThat(roomy.reservedMemory()).isEqualTo(weights);
        }
        assertThat(roomy.reservedMemory()).isZero();
    }
}
