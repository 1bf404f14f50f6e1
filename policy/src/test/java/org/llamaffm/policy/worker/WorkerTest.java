package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import org.llamaffm.StopReason;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** A worker process runs the engine as the host would, and its death is a typed error in the host. */
class WorkerTest {

    @TempDir
    static Path temp;

    static Path model;

    @BeforeAll
    static void writeModel() {
        model = temp.resolve("model.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .seed(5)
                .write(model);
    }

    private static Worker.Spec spec() {
        return Worker.Spec.of(model)
                .withContext(ContextParams.builder().contextSize(512).build())
                .withProperties(Map.of(WorkerMain.TEST_HOOK_PROPERTY, CrashHook.class.getName()));
    }

    private static int[] prompt() {
        try (Model m = Model.load(model)) {
            return m.vocab().tokenize("The quick brown fox", true, false);
        }
    }

    @Test
    void greedyTokensThroughAWorkerAreTheInProcessTokens() {
        int[] prompt = prompt();
        int[] inProcess;
        String inProcessText;
        try (Model m = Model.load(model);
                Context context =
                        m.newContext(ContextParams.builder().contextSize(512).build());
                Sampler sampler = SamplingParams.greedy().toSampler(m);
                Generation generation = Generation.start(
                        context,
                        sampler,
                        prompt,
                        GenerationParams.builder().maxTokens(24).build())) {
            StringBuilder text = new StringBuilder();
            generation.forEachRemaining(text::append);
            inProcess = generation.tokens();
            inProcessText = text.toString();
        }
        try (Worker worker = Worker.start(spec())) {
            List<String> pieces = new ArrayList<>();
            Worker.Result result = worker.generate(prompt, 24, SamplingParams.greedy(), null, pieces::add);
            assertThat(result.tokens()).containsExactly(inProcess);
            assertThat(result.text()).isEqualTo(inProcessText).isEqualTo(String.join("", pieces));
            assertThat(result.stopReason()).isIn(StopReason.MAX_TOKENS, StopReason.END_OF_GENERATION);
            // a second request on the same worker: the memory was cleared in between
            assertThat(worker.generate(prompt, 24, SamplingParams.greedy(), null, p -> {})
                            .tokens())
                    .containsExactly(inProcess);
        }
    }

    /** Each crash: a typed error saying how the worker ended; the host lives on, and a new worker serves. */
    @ParameterizedTest
    @CsvSource({"abort, 134", "kill, 137", "exit, 3", "segv, -1"})
    void aWorkerThatDiesFailsItsRequestWithHowItDied(String kind, int exitCode) {
        int[] prompt = prompt();
        try (Worker worker = Worker.start(spec())) {
            worker.testCrash(kind);
            assertThatThrownBy(() -> {
                        for (int i = 0; i < 1000; i++) { // until the crash lands
                            worker.generate(prompt, 4, SamplingParams.greedy(), null, p -> {});
                        }
                    })
                    .isInstanceOfSatisfying(WorkerException.class, e -> {
                        assertThat(e.reason()).as(e.getMessage()).isEqualTo(WorkerException.Reason.DIED);
                        if (exitCode >= 0) {
                            assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(exitCode);
                        } else { // the JVM's own SIGSEGV handler writes its report, then exits with 1
                            assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(1);
                            assertThat(e.signal()).hasValue(11);
                            assertThat(e.getMessage()).contains("(signal 11, SIGSEGV, caught by the JVM, exit code 1)");
                        }
                        assertThat(e.getMessage()).startsWith("the model's worker process died (");
                        if (e.signal().isPresent()) {
                            assertThat(e.getMessage())
                                    .contains("signal " + e.signal().getAsInt());
                        }
                    });
            assertThat(worker.isAlive()).isFalse();
        }
        try (Worker next = Worker.start(spec())) {
            assertThat(next.generate(prompt, 4, SamplingParams.greedy(), null, p -> {})
                            .tokens())
                    .hasSize(4);
        }
    }

    @Test
    void aRequestPastItsDeadlineKillsTheWorkerAndSaysSo() {
        int[] prompt = prompt();
        try (Worker worker = Worker.start(spec())) {
            worker.testCrash("hang"); // the request thread never comes back, as native code that ignores the abort flag
            long start = System.nanoTime();
            assertThatThrownBy(
                            () -> worker.generate(prompt, 4, SamplingParams.greedy(), Duration.ofMillis(500), p -> {}))
                    .isInstanceOfSatisfying(WorkerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(WorkerException.Reason.TIMED_OUT);
                        assertThat(e.exitCode()).isEqualTo(137);
                        assertThat(e.getMessage()).startsWith("the request missed its deadline");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void anEngineErrorComesBackTypedAndTheWorkerLivesOn() {
        int[] prompt = prompt();
        try (Worker worker = Worker.start(spec())) {
            assertThatThrownBy(() -> worker.generate(new int[] {1, 1 << 30}, 4, SamplingParams.greedy(), null, p -> {}))
                    .isInstanceOfSatisfying(WorkerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(WorkerException.Reason.REQUEST_FAILED);
                        assertThat(e.remoteType()).isEqualTo("IllegalArgumentException");
                        assertThat(e.getMessage()).contains("token");
                    });
            assertThat(worker.isAlive()).isTrue();
            assertThat(worker.generate(prompt, 4, SamplingParams.greedy(), null, p -> {})
                            .tokens())
                    .hasSize(4);
            assertThat(worker.ping(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aModelTheWorkerCannotLoadIsAStartFailure() throws Exception {
        Path bad = temp.resolve("bad.gguf");
        Files.writeString(bad, "not a model");
        assertThatThrownBy(() -> Worker.start(Worker.Spec.of(bad))).isInstanceOfSatisfying(WorkerException.class, e -> {
            assertThat(e.reason()).isEqualTo(WorkerException.Reason.START_FAILED);
            assertThat(e.remoteType()).isEqualTo("ModelLoadException");
            assertThat(e.getMessage()).contains("not a GGUF model file");
        });
    }

    @Test
    void aReadyWorkerIsLockedDown() {
        try (Worker worker = Worker.start(spec())) {
            assertThat(worker.protections())
                    .extracting(Lockdown.Protection::name)
                    .containsExactly("no core dumps", "open files", "network namespace", "landlock", "seccomp");
            assertThat(worker.protections()).allMatch(Lockdown.Protection::active);
            assertThat(worker.testProbe("seccomp")).isEqualTo("true");
            assertThat(worker.testProbe("exec")).startsWith("refused: java.io.IOException");
            assertThat(worker.testProbe("connect")).startsWith("refused: java.net.SocketException");
            assertThat(worker.testProbe("thread")).isEqualTo("allowed"); // threads are still created
            // files: the model is readable, the rest of the machine is not; only its own folder is writable
            assertThat(worker.testProbe("read:" + model)).isEqualTo("allowed");
            assertThat(worker.testProbe("read:/etc/hostname"))
                    .startsWith("refused: java.nio.file.AccessDeniedException");
            assertThat(worker.testProbe("write:" + temp.resolve("escape.txt")))
                    .startsWith("refused: java.nio.file.AccessDeniedException");
            assertThat(worker.testProbe("write:scratch.txt")).isEqualTo("allowed"); // its working folder
            // and it still generates
            assertThat(worker.generate(prompt(), 4, SamplingParams.greedy(), null, p -> {})
                            .tokens())
                    .hasSize(4);
        }
        // without the lockdown (for diagnosis), the same probes succeed: the filter is what refuses them
        try (Worker open = Worker.start(spec().withProperties(Map.of(
                WorkerMain.TEST_HOOK_PROPERTY, CrashHook.class.getName(), WorkerMain.LOCKDOWN_PROPERTY, "false")))) {
            assertThat(open.testProbe("exec")).isEqualTo("allowed");
        }
    }

    @Test
    void aWorkerOverItsMemoryCapFailsAloneAndTyped() {
        // a model trained for 1M tokens: its full context's KV cache alone is 512 MiB
        Path wide = temp.resolve("wide.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(2)
                .contextLength(1 << 20)
                .write(wide);
        Worker.Spec capped = Worker.Spec.of(wide)
                .withContext(ContextParams.builder().contextSize(1 << 20).build())
                .withProperties(Map.of(WorkerMain.MAX_MEMORY_PROPERTY, String.valueOf(256L << 20)));
        assertThatThrownBy(() -> Worker.start(capped)).isInstanceOfSatisfying(WorkerException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(WorkerException.Reason.START_FAILED);
            assertThat(e.remoteType()).isEqualTo("ContextException"); // llama.cpp's allocation failed, typed
            assertThat(e.getMessage()).contains("insufficient memory (attempted to allocate 512.00 MB)");
        });
        // under the same cap, a context that fits serves
        try (Worker worker = Worker.start(
                capped.withContext(ContextParams.builder().contextSize(512).build()))) {
            assertThat(worker.protections()).anyMatch(p -> p.name().equals("memory") && p.active());
            assertThat(worker.generate(prompt(), 4, SamplingParams.greedy(), null, p -> {})
                            .tokens())
                    .hasSize(4);
        }
    }

    @Test
    void aWorkerOverItsMemoryCgroupIsKilledAloneAndSaysSo() {
        Worker.Spec capped = spec().withMaxMemory(384L << 20);
        try (Worker worker = Worker.start(capped)) {
            Lockdown.Protection memory = worker.protections().stream()
                    .filter(p -> p.name().equals("memory"))
                    .findFirst()
                    .orElseThrow();
            assertThat(memory.active()).as(memory.toString()).isTrue();
            boolean cgroup = memory.detail().startsWith("cgroup");
            // the blow-up: the kernel's OOM killer in a cgroup, failed allocations (and ggml's abort) under RLIMIT_DATA
            worker.testCrash("memory");
            assertThatThrownBy(
                            () -> worker.generate(prompt(), 2, SamplingParams.greedy(), Duration.ofSeconds(60), null))
                    .isInstanceOfSatisfying(WorkerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(WorkerException.Reason.DIED);
                        if (cgroup) {
                            assertThat(e.signal()).hasValue(9);
                            assertThat(e.getMessage())
                                    .contains("over its memory cap (" + memory.detail()
                                            + ": the kernel's OOM killer ended it)");
                        } else {
                            assertThat(e.signal()).hasValue(6);
                        }
                    });
        }
        // the host lives, and an uncapped worker serves
        try (Worker worker = Worker.start(spec())) {
            assertThat(worker.generate(prompt(), 2, SamplingParams.greedy(), null, null)
                            .tokens())
                    .hasSize(2);
        }
    }
}
