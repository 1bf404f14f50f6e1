package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.ContextParams;
import org.llamaffm.ModelParams;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.policy.worker.CrashHook;
import org.llamaffm.policy.worker.WorkerMain;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * A model the policy puts in a worker, through the sandbox's own API: a tenant whose requests kill the worker is
 * blocked while the others are served, a tenant with workers of its own is not touched by another's crash, a
 * model that dies in every warm-up is quarantined, and a policy that requires a protection gets it or no worker.
 */
class SandboxWorkersTest {

    @TempDir
    static Path temp;

    private static Path root;
    private static Path file;
    private static Path f16Norm;
    private static final ContextParams CONTEXT =
            ContextParams.builder().contextSize(256).threads(1).build();

    @BeforeAll
    static void models() throws IOException {
        root = Files.createDirectories(temp.resolve("models"));
        file = root.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).seed(9).write(file);
        // passes admission; llama.cpp's CPU backend aborts on its first decode (ggml-cpu/binary-ops.cpp)
        f16Norm = root.resolve("f16-norm.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .seed(9)
                .storeAs("blk.0.attn_norm.weight", GgmlType.F16)
                .write(f16Norm);
    }

    private static Sandbox sandbox(Policy.Workers workers) {
        ModelHasher hasher = new ModelHasher();
        Sandbox sandbox = Sandbox.create(new Policy(
                List.of(root),
                Map.of(hasher.sha256(file), "tiny", hasher.sha256(f16Norm), "f16-norm"),
                Set.of("llama"),
                false,
                Set.of(),
                null,
                workers));
        sandbox.workerProperties = Map.of(WorkerMain.TEST_HOOK_PROPERTY, CrashHook.class.getName());
        return sandbox;
    }

    @Test
    void aTenantWhoseRequestsKillTheWorkerIsBlockedWhileTheOthersAreServed() {
        Sandbox sandbox = sandbox(Policy.Workers.DEFAULT);
        List<SandboxEvent> events = Collections.synchronizedList(new ArrayList<>());
        sandbox.addListener(events::add);
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), CONTEXT);
                Session bad = sandbox.openSession(new Tenant("bad"), model, CONTEXT);
                Session good = sandbox.openSession(new Tenant("good"), model, CONTEXT)) {
            assertThat(model.isolation()).isEqualTo(Isolation.WORKER);
            int[] expected =
                    good.generate("Hello there", SamplingParams.greedy(), 4).tokens();
            bad.beforeWorkerRequest = worker -> worker.testCrash("abort"); // as a GGML_ASSERT does
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> bad.generate("Hello there", SamplingParams.greedy(), 4))
                        .isInstanceOfSatisfying(WorkerException.class, e -> {
                            assertThat(e.reason()).isEqualTo(WorkerException.Reason.DIED);
                            assertThat(e.signal()).hasValue(6);
                        });
                // the host lives, the worker is replaced, and the other tenant is served the same tokens
                assertThat(good.generate("Hello there", SamplingParams.greedy(), 4, piece -> true)
                                .tokens())
                        .containsExactly(expected);
            }
            assertThatThrownBy(() -> bad.generate("Hello there", SamplingParams.greedy(), 4))
                    .isInstanceOfSatisfying(
                            LeaseRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.TENANT_BLOCKED));
            assertThat(sandbox.blockedTenants()).containsExactly("bad");
            assertThat(sandbox.quarantinedModels()).isEmpty(); // one tenant cannot get a model quarantined
            assertThat(good.generate("Hello there", SamplingParams.greedy(), 4).tokens())
                    .containsExactly(expected);
            assertThat(events)
                    .filteredOn(e -> e.type() == SandboxEvent.Type.WORKER_CRASHED)
                    .hasSize(3)
                    .allSatisfy(e -> {
                        assertThat(e.tenant()).isEqualTo(new Tenant("bad"));
                        assertThat(e.reason()).isEqualTo("REQUEST");
                    });
            assertThat(events).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(SandboxEvent.Type.TENANT_BLOCKED);
                assertThat(e.tenant()).isEqualTo(new Tenant("bad"));
            });
            // each dead worker was replaced (the other tenant's next request ran on the replacement)
            assertThat(events)
                    .filteredOn(e -> e.type() == SandboxEvent.Type.WORKER_STARTED)
                    .extracting(SandboxEvent::reason)
                    .filteredOn("REPLACEMENT"::equals)
                    .hasSize(3);
            assertThat(bad.counters()).containsEntry("failed", 4L).containsEntry("requests", 0L);
            assertThat(good.counters()).containsEntry("requests", 5L).containsEntry("generatedTokens", 20L);

            sandbox.clearTenant(new Tenant("bad")); // the operator's pardon
            bad.beforeWorkerRequest = worker -> {};
            assertThat(bad.generate("Hello there", SamplingParams.greedy(), 4).tokens())
                    .containsExactly(expected);
        }
    }

    @Test
    void aTenantWithWorkersOfItsOwnIsNotTouchedByAnotherTenantsCrash() throws Exception {
        Sandbox sandbox = sandbox(Policy.Workers.DEFAULT.withDedicatedTenants(Set.of("vip")));
        SamplingParams endless = SamplingParams.greedy().withLogitBias(Map.of(2, Float.NEGATIVE_INFINITY));
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), CONTEXT);
                Session bad = sandbox.openSession(new Tenant("bad"), model, CONTEXT);
                Session vip = sandbox.openSession(new Tenant("vip"), model, CONTEXT)) {
            var running =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> vip.generate("Count on", endless, 200));
            Thread.sleep(100);
            bad.beforeWorkerRequest = worker -> worker.testCrash("segv");
            assertThatThrownBy(() -> bad.generate("Hello", SamplingParams.greedy(), 4))
                    .isInstanceOfSatisfying(
                            WorkerException.class, e -> assertThat(e.signal()).hasValue(11));
            // the vip's request ran on its own worker all along, to its end
            org.llamaffm.Generation.Result result = running.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
            assertThat(result.tokens()).hasSize(200);
        }
    }

    @Test
    void aModelThatDiesInEveryWarmUpIsQuarantinedUntilTheOperatorClearsIt() {
        Sandbox sandbox = sandbox(Policy.Workers.DEFAULT);
        List<SandboxEvent> events = Collections.synchronizedList(new ArrayList<>());
        sandbox.addListener(events::add);
        String sha256 = new ModelHasher().sha256(f16Norm);
        assertThatThrownBy(() -> sandbox.admit(f16Norm, ModelParams.defaults(), CONTEXT))
                .isInstanceOfSatisfying(WorkerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkerException.Reason.START_FAILED);
                    assertThat(e.signal()).hasValue(6);
                    assertThat(String.join("\n", e.lastLog())).contains("binary-ops.cpp");
                })
                .hasMessageContaining("SIGABRT");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> sandbox.admit(f16Norm, ModelParams.defaults(), CONTEXT))
                    .isInstanceOf(PolicyException.class);
        }
        assertThat(sandbox.quarantinedModels()).containsExactly(sha256);
        assertThatThrownBy(() -> sandbox.admit(f16Norm, ModelParams.defaults(), CONTEXT))
                .isInstanceOfSatisfying(
                        LeaseRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LeaseRefusedException.Reason.QUARANTINED));
        assertThat(events).anySatisfy(e -> assertThat(e.type()).isEqualTo(SandboxEvent.Type.MODEL_QUARANTINED));
        // the host is alive, and another model is admitted and served
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), CONTEXT);
                Session session = sandbox.openSession(new Tenant("t"), model, CONTEXT)) {
            assertThat(session.generate("Hi", SamplingParams.greedy(), 2).tokens())
                    .hasSize(2);
        }
        sandbox.clearQuarantine(sha256);
        assertThat(sandbox.quarantinedModels()).isEmpty();
        assertThat(events).anySatisfy(e -> assertThat(e.type()).isEqualTo(SandboxEvent.Type.QUARANTINE_CLEARED));
    }

    @Test
    void protectionsAreReportedAndARequiredOneIsEnforced() {
        Sandbox sandbox = sandbox(Policy.Workers.DEFAULT);
        // before any model: what a worker without one locks down, the same protections a model's worker gets
        List<Protection> machine = sandbox.protections();
        assertThat(machine)
                .extracting(Protection::name)
                .contains("no core dumps", "open files", "network namespace", "seccomp", "landlock");
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), CONTEXT)) {
            List<Protection> protections = sandbox.protections();
            assertThat(protections)
                    .extracting(Protection::name)
                    .contains("no core dumps", "open files", "network namespace", "seccomp", "landlock");
            assertThat(model.protections()).isEqualTo(protections);
            assertThat(protections)
                    .extracting(Protection::name, Protection::active)
                    .isEqualTo(machine.stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.name(), p.active()))
                            .toList());
            assertThat(protections)
                    .filteredOn(p -> p.name().equals("no core dumps"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.active()).isTrue());
        }
        // pinned to CPU 0: every thread of the worker, and its context at most one thread
        Sandbox pinned = sandbox(Policy.Workers.DEFAULT.withCpus(Set.of(0)));
        try (AdmittedModel model = pinned.admit(file, ModelParams.defaults(), CONTEXT)) {
            assertThat(model.protections())
                    .filteredOn(p -> p.name().equals("cpu affinity"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.active()).as(p.toString()).isTrue();
                        assertThat(p.detail()).isEqualTo("CPUs [0]");
                    });
        }
        Sandbox impossible = sandbox(Policy.Workers.DEFAULT.withRequiredProtections(Set.of("no such protection")));
        assertThatThrownBy(() -> impossible.admit(file, ModelParams.defaults(), CONTEXT))
                .isInstanceOfSatisfying(
                        WorkerException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkerException.Reason.START_FAILED))
                .hasMessage("the policy requires protections this machine's workers do not have: no such protection"
                        + " (not reported)");
    }

    @Test
    void aWorkersMemoryIsChargedToTheBudgetAndAModelOverItsCapKillsOnlyItsWorker() {
        Sandbox sandbox = sandbox(Policy.Workers.DEFAULT);
        long charged;
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), CONTEXT)) {
            charged = sandbox.reservedMemory();
            // what llama.cpp allocated in the worker: the weights, and the context and compute buffers
            org.llamaffm.MemoryBreakdown inProcess;
            try (org.llamaffm.Model loaded = org.llamaffm.Model.load(file);
                    org.llamaffm.Context context = loaded.newContext(CONTEXT)) {
                inProcess = context.memoryBreakdown();
            }
            assertThat(charged).isEqualTo(inProcess.model() + inProcess.context() + inProcess.compute());
        }
        assertThat(sandbox.reservedMemory()).isZero();

        Sandbox small = Sandbox.create(new Policy(
                List.of(root),
                Map.of(new ModelHasher().sha256(file), "tiny"),
                Set.of("llama"),
                false,
                Set.of(),
                new Policy.Limits(4, 16, Policy.TenantLimits.DEFAULT, charged - 1),
                Policy.Workers.DEFAULT));
        assertThatThrownBy(() -> small.admit(file, ModelParams.defaults(), CONTEXT))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessageStartingWith("the sandbox's memory budget exceeded: " + charged + " bytes needed");
        assertThat(small.reservedMemory()).isZero();

        // 24 MiB: a worker's JVM and llama.cpp cannot load the model in that (an idle worker of this model holds
        // about 47 MiB of its own in a memory cgroup; RLIMIT_DATA, elsewhere, counts more)
        Sandbox capped = sandbox(Policy.Workers.DEFAULT.withMaxWorkerMemoryBytes(24L << 20));
        assertThatThrownBy(() -> capped.admit(file, ModelParams.defaults(), CONTEXT))
                .isInstanceOfSatisfying(
                        WorkerException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkerException.Reason.START_FAILED));
        assertThat(capped.reservedMemory()).isZero();
        // the host is alive and serves the same model from an uncapped sandbox
        try (AdmittedModel model = sandbox.admit(file, ModelParams.defaults(), CONTEXT);
                Session session = sandbox.openSession(new Tenant("t"), model, CONTEXT)) {
            assertThat(session.generate("Hi", SamplingParams.greedy(), 2).tokens())
                    .hasSize(2);
        }
    }
}
