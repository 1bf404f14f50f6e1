package org.llamaffm.policy.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.Sampler;
import org.llamaffm.SamplingParams;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.policy.AdmittedModel;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.ModelHasher;
import org.llamaffm.policy.ModelValidator;
import org.llamaffm.policy.Policy;
import org.llamaffm.policy.Sandbox;
import org.llamaffm.policy.Session;
import org.llamaffm.policy.Tenant;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.testkit.ChildJvm;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Issue 15, item 8: model files that pass every admission check (allowlisted SHA-256, the strict
 * validator, an allowed architecture) and still kill llama.cpp. Each one, in a child JVM, ends a plain
 * in-process run (Model.load, newContext, a first Generation) with llama.cpp's abort or a SIGSEGV; run
 * through a {@link Worker}, the same file fails the start (in the worker's one-token warm-up decode, before
 * it takes requests) or the request with a {@link WorkerException}
 * saying how the worker died, with llama.cpp's message in its last log lines, and the host lives on: a
 * worker of a normal model still serves afterwards.
 *
 * <p>Four of the five are tensor types the validator does not look at (it checks metadata, and tensors
 * only for zero dimensions): llama.cpp loads a tensor of any GGML type wherever a weight goes, and the CPU
 * kernels abort (or jump to a null function) on the first decode. The fifth is a BERT model whose learned
 * positions are fewer than a prompt that the context admits. Sources are lines of the pinned llama.cpp.
 */
class AdmittedKillersTest {

    @TempDir
    static Path temp;

    static Path normal;

    private static final String SENTENCE = "The quick brown fox jumps over the lazy dog";

    @BeforeAll
    static void writeNormalModel() {
        normal = temp.resolve("normal.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).seed(3).write(normal);
    }

    /**
     * One file. {@code admitCrashes}: llama.cpp dies inside {@code Sandbox.admit} itself (its memory estimate
     * loads the model and reserves a graph after the Java checks), so admission is shown in a child JVM;
     * {@code childExit}: the in-process run's exit (134 for abort(); 1 when the JVM's own SIGSEGV handler
     * catches a crash in native code, writes its report and exits).
     */
    record Killer(
            String name,
            Path file,
            int contextSize,
            String prompt,
            boolean admitCrashes,
            int childExit,
            String nativeFailure,
            WorkerException.Reason workerReason,
            int workerSignal) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> killers() {
        return Stream.of(
                        // ggml/src/ggml-cpu/binary-ops.cpp:135 (binary_op): GGML_ABORT("%s: unsupported types: ...").
                        // build_norm multiplies the F32 activations by the norm's weight (ggml_mul); the CPU kernel
                        // has no F32 x F16 -> F32 case. First decode.
                        new Killer(
                                "an F16 norm weight (blk.0.attn_norm.weight)",
                                llama("f16-attn-norm", Map.of("blk.0.attn_norm.weight", GgmlType.F16)),
                                512,
                                SENTENCE,
                                false,
                                134,
                                "binary-ops.cpp:135: binary_op: unsupported types: dst: f32, src0: f32, src1: f16",
                                WorkerException.Reason.START_FAILED, // its warm-up decode
                                6),
                        // ggml/src/ggml-cpu/ops.cpp:5197 (ggml_compute_forward_get_rows): GGML_ABORT("fatal error")
                        // for a source type without a get_rows kernel (I8). First decode: the token embedding lookup.
                        new Killer(
                                "an I8 token embedding (token_embd.weight)",
                                llama("i8-token-embd", Map.of("token_embd.weight", GgmlType.I8)),
                                512,
                                SENTENCE,
                                false,
                                134,
                                "ops.cpp:5197: fatal error",
                                WorkerException.Reason.START_FAILED, // its warm-up decode
                                6),
                        // ggml/src/ggml-cpu/ggml-cpu.c:1244 (ggml_compute_forward_mul_mat_one_chunk, inlined into
                        // ggml_compute_forward_mul_mat): vec_dot is type_traits_cpu[I8].vec_dot (line 1182), NULL, and
                        // is called: SIGSEGV at pc 0. The CPU backend's supports_op accepts any MUL_MAT with F32
                        // activations (ggml-cpu.cpp:458), so nothing refuses the weight first. First decode.
                        new Killer(
                                "an I8 attention matrix (blk.0.attn_q.weight)",
                                llama("i8-attn-q", Map.of("blk.0.attn_q.weight", GgmlType.I8)),
                                512,
                                SENTENCE,
                                false,
                                1,
                                "ggml_compute_forward_mul_mat",
                                WorkerException.Reason.START_FAILED, // its warm-up decode
                                11),
                        // ggml/src/ggml-backend.cpp:1294 (ggml_backend_sched_split_graph): GGML_ASSERT(*cur_backend_id
                        // != -1). get_rows of an I32 table gives I32 rows; no backend supports rms_norm of those, so
                        // the graph cannot be scheduled. At context creation (the graph reserve): inside
                        // Sandbox.admit's memory estimate, and in the worker while it loads.
                        new Killer(
                                "an I32 token embedding (token_embd.weight)",
                                llama("i32-token-embd", Map.of("token_embd.weight", GgmlType.I32)),
                                512,
                                SENTENCE,
                                true,
                                134,
                                "ggml-backend.cpp:1294: GGML_ASSERT(*cur_backend_id != -1) failed",
                                WorkerException.Reason.START_FAILED,
                                6),
                        // ggml/src/ggml-cpu/ops.cpp:5138 (ggml_compute_forward_get_rows_f32): GGML_ASSERT(i01 >= 0 &&
                        // i01 < ne01). bert.context_length 64 gives 64 learned positions (position_embd); the context
                        // may be up to 4x the trained length (ContextParams), and a 102-token prompt looks up position
                        // 64. First decode.
                        new Killer(
                                "a BERT model with 64 positions and a 102-token prompt",
                                bert("bert-64-positions", 64),
                                256,
                                (SENTENCE + ". ").repeat(10),
                                false,
                                134,
                                "ops.cpp:5138: GGML_ASSERT(i01 >= 0 && i01 < ne01) failed",
                                WorkerException.Reason.DIED,
                                6))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("killers")
    void anAdmittedFileThatKillsLlamaCppKillsOnlyItsWorker(Killer killer) throws Exception {
        Path file = killer.file();
        // (a) every admission check passes
        ModelValidator.validate(file, ModelValidator.Rules.DEFAULT);
        if (killer.admitCrashes()) {
            // admit's checks pass, then its estimate runs llama.cpp in the admitting process: shown in a child
            ChildJvm.Outcome admit =
                    ChildJvm.run(InProcess.class, Duration.ofSeconds(60), List.of(), "admit", file.toString());
            assertThat(admit.exit()).as(admit.toString()).isEqualTo(killer.childExit());
            assertThat(admit.stderr()).as(admit.toString()).contains(killer.nativeFailure());
            assertThat(admit.stdout()).doesNotContain("admitted");
        } else {
            try (AdmittedModel admitted = sandbox(file, Isolation.IN_PROCESS).admit(file, ModelParams.defaults())) {
                assertThat(admitted.isolation()).isEqualTo(Isolation.IN_PROCESS);
            }
        }

        // (b) a plain in-process run ends the process
        ChildJvm.Outcome run = ChildJvm.run(
                InProcess.class,
                Duration.ofSeconds(60),
                List.of(),
                "run",
                file.toString(),
                Integer.toString(killer.contextSize()),
                killer.prompt());
        assertThat(run.timedOut()).as(run.toString()).isFalse();
        assertThat(run.exit()).as(run.toString()).isEqualTo(killer.childExit());
        assertThat(run.stdout() + run.stderr()).as(run.toString()).contains(killer.nativeFailure());
        assertThat(run.stdout()).doesNotContain("generated");
        if (!killer.admitCrashes()) {
            assertThat(run.stdout()).as("it dies in the first decode").contains("tokenized");
        }

        // (c) through a worker: a typed error, the host alive
        assertThatThrownBy(() -> {
                    try (Worker worker = Worker.start(Worker.Spec.of(file)
                            .withContext(ContextParams.builder()
                                    .contextSize(killer.contextSize())
                                    .build()))) {
                        // the prompt as text: the worker tokenizes it, the host never runs this model's tokenizer
                        worker.generate(
                                killer.prompt(), 4, SamplingParams.greedy(), Duration.ofSeconds(60), piece -> {});
                    }
                })
                .isInstanceOfSatisfying(WorkerException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(killer.workerReason());
                    assertThat(e.signal()).as(e.getMessage()).hasValue(killer.workerSignal());
                    assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(killer.childExit());
                    assertThat(String.join("\n", e.lastLog()))
                            .as(e.getMessage())
                            .contains(killer.nativeFailure());
                });
        // (d) through the sandbox, the policy putting the model in a worker: the admission or the first request fails
        // typed (a death in the warm-up is the admission's), and the host lives on
        Sandbox sandbox = sandbox(file, Isolation.WORKER);
        ContextParams context =
                ContextParams.builder().contextSize(killer.contextSize()).build();
        assertThatThrownBy(() -> {
                    try (AdmittedModel admitted = sandbox.admit(file, ModelParams.defaults(), context);
                            Session session = sandbox.openSession(new Tenant("t"), admitted, context)) {
                        session.generate(killer.prompt(), SamplingParams.greedy(), 4);
                    }
                })
                .isInstanceOfSatisfying(WorkerException.class, e -> {
                    assertThat(e.signal()).as(e.getMessage()).hasValue(killer.workerSignal());
                    assertThat(String.join("\n", e.lastLog()))
                            .as(e.getMessage())
                            .contains(killer.nativeFailure());
                });
        try (Worker next = Worker.start(Worker.Spec.of(normal)
                .withContext(ContextParams.builder().contextSize(512).build()))) {
            assertThat(next.generate(tokens(normal, SENTENCE), 4, SamplingParams.greedy(), null, p -> {})
                            .tokens())
                    .hasSize(4);
        }
    }

    /** A sandbox that allows exactly {@code file} (its folder the model root), of any architecture the validator knows. */
    private static Sandbox sandbox(Path file, Isolation isolation) {
        return Sandbox.create(new Policy(
                List.of(file.toAbsolutePath().getParent()),
                Map.of(new ModelHasher().sha256(file), "killer"),
                Set.of("bert", "gemma3", "llama", "qwen2", "qwen3", "qwen3moe"),
                false,
                Set.of(),
                null,
                Policy.Workers.DEFAULT.withIsolation(isolation)));
    }

    /** The prompt's tokens, from the file's vocabulary alone (no tensors are loaded). */
    private static int[] tokens(Path file, String text) {
        try (Model vocab =
                Model.load(file, ModelParams.builder().vocabOnly(true).build())) {
            return vocab.vocab().tokenize(text, true, false);
        }
    }

    /** A 1-layer synthetic llama model (testkit's) with the given tensors stored in the given types. */
    private static Path llama(String name, Map<String, GgmlType> types) {
        SyntheticModel model =
                SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).seed(11);
        types.forEach(model::storeAs);
        Path file = temp.resolve(name + ".gguf");
        model.write(file);
        return file;
    }

    private static Path bert(String name, int positions) {
        Path file = temp.resolve(name + ".gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .contextLength(positions)
                .seed(9)
                .write(file);
        return file;
    }

    /**
     * What the child JVM runs. {@code admit FILE}: Sandbox.admit with a policy that allows the file.
     * {@code run FILE CONTEXT PROMPT}: the plain API with no policy: load, a context, tokenize, generate.
     */
    public static final class InProcess {

        private InProcess() {}

        public static void main(String[] args) {
            Path file = Path.of(args[1]);
            if (args[0].equals("admit")) {
                try (AdmittedModel model = sandbox(file, Isolation.IN_PROCESS).admit(file, ModelParams.defaults())) {
                    System.out.println("admitted " + model.name());
                }
                return;
            }
            try (Model model = Model.load(file);
                    Context context = model.newContext(ContextParams.builder()
                            .contextSize(Integer.parseInt(args[2]))
                            .build())) {
                System.out.println("loaded");
                int[] prompt = model.vocab().tokenize(args[3], true, false);
                System.out.println("tokenized " + prompt.length);
                try (Sampler sampler = SamplingParams.greedy().toSampler(model);
                        Generation generation = Generation.start(
                                context,
                                sampler,
                                prompt,
                                GenerationParams.builder().maxTokens(4).build())) {
                    generation.forEachRemaining(piece -> {});
                    System.out.println("generated " + Arrays.toString(generation.tokens()));
                }
            }
        }
    }
}
