package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.RawChatTemplate;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatTemplate;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.gguf.GgufWriter;
import org.llamaffm.policy.AdmissionDeniedException.Reason;
import org.llamaffm.testkit.ChildJvm;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

class SandboxTest {

    @TempDir
    static Path temp;

    private static Path root;
    private static Path model;
    private static Path other;
    private static String modelHash;
    private static final ModelHasher HASHER = new ModelHasher();

    @BeforeAll
    static void models() throws IOException {
        Path vocab = LlamaCppSource.vocab("llama-spm");
        root = Files.createDirectories(temp.resolve("models"));
        model = root.resolve("allowed.gguf");
        SyntheticModel.llama(vocab).seed(1).write(model);
        other = root.resolve("other.gguf");
        SyntheticModel.llama(vocab).seed(2).write(other);
        modelHash = HASHER.sha256(model);
    }

    private static final Policy.Workers IN_PROCESS = Policy.Workers.inProcess();

    private static Policy policy(Set<String> architectures) {
        return policy(architectures, Isolation.IN_PROCESS);
    }

    private static Policy policy(Set<String> architectures, Isolation isolation) {
        return new Policy(
                java.util.List.of(root),
                Map.of(modelHash, "allowed"),
                architectures,
                false,
                Set.of(),
                null,
                Policy.Workers.DEFAULT.withIsolation(isolation));
    }

    private static ModelParams params() {
        return ModelParams.defaults();
    }

    private static void denied(Sandbox sandbox, Path file, Reason check, String detail) {
        assertThatThrownBy(() -> sandbox.admit(file, params()))
                .isInstanceOfSatisfying(
                        AdmissionDeniedException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(check))
                .hasMessageContaining(detail);
    }

    private static void denied(Sandbox sandbox, Path file, ModelRejectedException.Reason check, String detail) {
        assertThatThrownBy(() -> sandbox.admit(file, params()))
                .isInstanceOfSatisfying(
                        ModelRejectedException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(check))
                .hasMessageContaining(detail);
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void anAllowedModelIsLoadedFromTheFileThatWasChecked(Isolation isolation) {
        Sandbox sandbox = Sandbox.create(policy(Set.of("llama"), isolation));
        ContextParams context =
                ContextParams.builder().contextSize(128).threads(1).build();
        int[] expected;
        try (Model direct = Model.load(model);
                org.llamaffm.Context c = direct.newContext(context);
                org.llamaffm.Sampler greedy = org.llamaffm.Sampler.greedy(direct);
                org.llamaffm.Generation g = org.llamaffm.Generation.start(
                        c,
                        greedy,
                        direct.vocab().tokenize("Hi there", true, false),
                        org.llamaffm.GenerationParams.builder().maxTokens(4).build())) {
            expected = g.result().tokens();
        }
        try (AdmittedModel loaded = sandbox.admit(model, params(), context);
                Session session = sandbox.openSession(new Tenant("t"), loaded, context)) {
            assertThat(loaded.name()).isEqualTo("allowed");
            assertThat(loaded.sha256()).isEqualTo(modelHash);
            assertThat(loaded.isolation()).isEqualTo(isolation);
            assertThat(loaded.architecture()).isEqualTo("llama");
            assertThat(loaded.metadata().get("tokenizer.ggml.tokens").length()).isEqualTo(32000);
            assertThat(loaded.metadata().get("general.name").asString()).contains("seed 1");
            assertThat(session.generate("Hi there", org.llamaffm.SamplingParams.greedy(), 4)
                            .tokens())
                    .containsExactly(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void aFileSwappedDuringAdmissionIsDeniedAndNeverLoadedInstead(Isolation isolation) throws IOException {
        Sandbox sandbox = Sandbox.create(policy(Set.of(), isolation));
        Path swapped = root.resolve("swapped.gguf");
        try {
            Files.copy(model, swapped, StandardCopyOption.REPLACE_EXISTING);
            sandbox.beforeLoad = () -> {
                try {
                    Files.copy(other, swapped, StandardCopyOption.REPLACE_EXISTING); // same name, other content
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            };
            // llama.cpp read the checked file (the pinned descriptor), but the name changed under the admission
            denied(sandbox, swapped, Reason.CHANGED, "was written to or replaced while it was checked and loaded");
            assertThat(sandbox.reservedMemory()).isZero();
            sandbox.beforeLoad = () -> {};
            denied(sandbox, swapped, Reason.NOT_ALLOWED, "is not on the policy's allowlist"); // the swapped file now
        } finally {
            try {
                Files.deleteIfExists(swapped);
            } catch (IOException ignored) {
                // temp folder
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void aFileRewrittenInPlaceDuringAdmissionIsDenied(Isolation isolation) throws IOException {
        Sandbox sandbox = Sandbox.create(policy(Set.of(), isolation));
        Path rewritten = root.resolve("rewritten.gguf");
        Files.copy(model, rewritten, StandardCopyOption.REPLACE_EXISTING);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(rewritten);
        sandbox.beforeLoad = () -> {
            // the same inode, one byte of the tensor data changed, the modification time set back
            try (var channel = java.nio.channels.FileChannel.open(rewritten, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(new byte[] {42}), Files.size(rewritten) - 1);
                Files.setLastModifiedTime(rewritten, modified);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            denied(sandbox, rewritten, Reason.CHANGED, "was written to or replaced while it was checked and loaded");
            assertThat(sandbox.reservedMemory()).isZero(); // the reservation went with the model
        } finally {
            Files.deleteIfExists(rewritten);
        }
    }

    @Test
    void deniedFilesAndPaths() throws IOException {
        Sandbox sandbox = Sandbox.create(policy(Set.of()));
        denied(
                sandbox,
                other,
                Reason.NOT_ALLOWED,
                "SHA-256 " + HASHER.sha256(other) + " is not on the policy's allowlist");

        Path outside = temp.resolve("outside.gguf");
        Files.copy(model, outside, StandardCopyOption.REPLACE_EXISTING); // allowed hash, wrong place
        denied(
                sandbox,
                root.resolve("../outside.gguf"),
                Reason.OUTSIDE_ROOTS,
                "is not inside the policy's model roots");
        Path link = root.resolve("link.gguf");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);
        denied(sandbox, link, Reason.OUTSIDE_ROOTS, "its real path " + outside.toRealPath());
        Path folder = Files.createDirectories(root.resolve("a-folder.gguf"));
        denied(sandbox, folder, Reason.NOT_A_FILE, "is not a regular file");
        denied(sandbox, root.resolve("missing.gguf"), Reason.UNREADABLE, "cannot resolve the path");

        Sandbox qwenOnly = Sandbox.create(policy(Set.of("qwen2")));
        denied(
                qwenOnly,
                model,
                ModelRejectedException.Reason.ARCHITECTURE_NOT_ALLOWED,
                "architecture 'llama' is not in [qwen2]");
    }

    @Test
    void chatTemplatesMustBeApprovedWhenThePolicySaysSo() throws IOException {
        Path templated = root.resolve("templated.gguf");
        GgufWriter writer = Gguf.writer();
        var source = Gguf.read(model);
        source.metadata().forEach(writer::put);
        writer.put("tokenizer.chat_template", GgufValue.ofString("{% for m in messages %}{{ m.content }}{% endfor %}"));
        writer.write(templated); // no tensors: validation and admission checks only
        String hash = HASHER.sha256(templated);
        String template = Sandbox.sha256("{% for m in messages %}{{ m.content }}{% endfor %}");
        Sandbox strict = Sandbox.create(new Policy(
                java.util.List.of(root), Map.of(hash, "t"), Set.of(), true, Set.of("0".repeat(64)), null, IN_PROCESS));
        denied(
                strict,
                templated,
                Reason.CHAT_TEMPLATE_NOT_APPROVED,
                "its chat template tokenizer.chat_template (SHA-256 " + template + ") is not approved");
        Sandbox approving = Sandbox.create(new Policy(
                java.util.List.of(root), Map.of(hash, "t"), Set.of(), true, Set.of(template), null, IN_PROCESS));
        // approved: admission passes and llama.cpp gets the file (which has no weights, so it fails there)
        assertThatThrownBy(() -> approving.admit(templated, params()))
                .isInstanceOf(org.llamaffm.ModelLoadException.class);
    }

    /** Item 5: a named template (here the tool-use one, which llama.cpp renders when it is the only one) needs approval too. */
    @Test
    void everyTemplateKeyLlamaCppCanRenderMustBeApproved() throws IOException {
        String toolUse = "{% for m in messages %}[tool-use template] {{ m.content }}{% endfor %}";
        Path file = root.resolve("tool-use-only.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .seed(3)
                .metadata("tokenizer.chat_template.tool_use", GgufValue.ofString(toolUse))
                .write(file);
        // the old failure: only tokenizer.chat_template was hashed, so this file was admitted, and llama.cpp runs its
        // template
        try (Model loaded = Model.load(file);
                ChatTemplate template = ChatTemplate.of(loaded)) {
            assertThat(template.render(List.of(ChatMessage.user("Hi"))).text()).isEqualTo("[tool-use template] Hi");
        }
        String fileHash = HASHER.sha256(file);
        String templateHash = Sandbox.sha256(toolUse);

        Sandbox strict = Sandbox.create(new Policy(
                List.of(root),
                Map.of(fileHash, "t"),
                Set.of(),
                true,
                Set.of(Sandbox.sha256("{{ messages[0].content }}")),
                null,
                null));
        denied(
                strict,
                file,
                Reason.CHAT_TEMPLATE_NOT_APPROVED,
                "its chat template tokenizer.chat_template.tool_use (SHA-256 " + templateHash + ") is not approved");

        Sandbox approving = Sandbox.create(
                new Policy(List.of(root), Map.of(fileHash, "t"), Set.of(), true, Set.of(templateHash), null, null));
        try (AdmittedModel admitted = approving.admit(file, params())) {
            assertThat(admitted.metadata()
                            .get("tokenizer.chat_template.tool_use")
                            .asString())
                    .isEqualTo(toolUse);
        }

        // a template key that is not a string cannot be approved: llama.cpp would render its text ("42") as a template
        Path numeric = root.resolve("numeric-template.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .seed(3)
                .metadata("tokenizer.chat_template.rag", GgufValue.ofUint32(42))
                .write(numeric);
        Sandbox numericAllowed = Sandbox.create(new Policy(
                List.of(root),
                Map.of(HASHER.sha256(numeric), "n"),
                Set.of(),
                true,
                Set.of(Sandbox.sha256("42")),
                null,
                null));
        denied(
                numericAllowed,
                numeric,
                Reason.CHAT_TEMPLATE_UNSAFE,
                "tokenizer.chat_template.rag is a UINT32, not a string");
    }

    /** Item 6 at admission: a template that would crash llama.cpp is denied, approved or not. */
    @Test
    void aModelWhoseTemplateFailsTheStaticScanIsDenied() throws Exception {
        String recursion = "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}";
        Path file = root.resolve("recursive-template.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .seed(4)
                .metadata("tokenizer.chat_template", GgufValue.ofString(recursion))
                .write(file);
        // the old failure: admitted, and its template overflows the stack as soon as llama.cpp makes it
        ChildJvm.Outcome outcome =
                ChildJvm.run(RawChatTemplate.class, Duration.ofSeconds(60), List.of(), file.toString());
        assertThat(outcome.crashed()).as(outcome.toString()).isTrue();

        Sandbox sandbox = Sandbox.create(new Policy(
                List.of(root),
                Map.of(HASHER.sha256(file), "r"),
                Set.of(),
                true,
                Set.of(Sandbox.sha256(recursion)),
                null,
                null)); // even approved
        denied(
                sandbox,
                file,
                Reason.CHAT_TEMPLATE_UNSAFE,
                "the chat template tokenizer.chat_template is refused before "
                        + "llama.cpp runs it: the macro f recurses without descending into its arguments (f -> f)");
    }

    @Test
    void policyFilesReportLineAndField() throws IOException {
        Path file = temp.resolve("policy.json");
        Files.writeString(file, """
                {
                  "modelRoots": ["%s"],
                  "models": [{"sha256": "%s", "name": "demo"}],
                  "architectures": ["llama"],
                  "limits": {"tenant": {"maxPromptTokens": 300, "maxGrammarBytes": 4096}}
                }
                """.formatted(root, modelHash));
        Policy loaded = Policy.load(file);
        assertThat(loaded.models()).containsEntry(modelHash, "demo");
        assertThat(loaded.architectures()).containsExactly("llama");
        assertThat(loaded.limits().tenant().maxPromptTokens()).isEqualTo(300);
        assertThat(loaded.limits().tenant().maxGrammarBytes()).isEqualTo(4096);
        assertThat(loaded.limits().tenant().maxOutputTokens()).isEqualTo(Policy.TenantLimits.DEFAULT.maxOutputTokens());

        Files.writeString(file, """
                {
                  "modelRoots": ["/srv/models"],
                  "models": [
                    {"sha256": "%s"},
                    {"sha256": "ABC"}
                  ]
                }
                """.formatted(modelHash));
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOfSatisfying(Policy.PolicyFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.field()).isEqualTo("models[1]");
                })
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("'ABC' is not 64 lower-case hex digits");

        Files.writeString(file, """
                {
                  "modelRoot": ["/srv/models"]
                }
                """);
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOfSatisfying(
                        Policy.PolicyFileException.class,
                        e -> assertThat(e.line()).isBetween(2, 3))
                .hasMessageContaining("Unrecognized field \"modelRoot\"");

        Files.writeString(file, "{ \"models\": [ }");
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOf(Policy.PolicyFileException.class)
                .hasMessageStartingWith(file + ":1:");

        Files.writeString(file, "{ \"models\": [{\"sha256\": \"%s\"}] }".formatted(modelHash));
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOf(Policy.PolicyFileException.class)
                .hasMessageContaining("modelRoots: at least one folder is needed");
    }

    /** A null in a list of a policy file was a NullPointerException, outside the PolicyException family. */
    @Test
    void aNullInAPolicyFileListIsAProblemWithItsPlace() throws IOException {
        Path file = temp.resolve("nulls.json");
        Files.writeString(file, """
                {
                  "modelRoots": ["/srv/models"],
                  "models": [{"sha256": "%s"}, null]
                }
                """.formatted(modelHash));
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOfSatisfying(Policy.PolicyFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("models[1]");
                })
                .hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("null");
        Files.writeString(file, """
                {
                  "modelRoots": [null],
                  "models": [{"sha256": "%s"}],
                  "architectures": ["llama"]
                }
                """.formatted(modelHash));
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOfSatisfying(
                        Policy.PolicyFileException.class,
                        e -> assertThat(e.field()).isEqualTo("modelRoots[0]"))
                .hasMessageStartingWith(file + ":2:");
        Files.writeString(file, """
                {
                  "modelRoots": ["/srv/models"],
                  "models": [{"sha256": "%s"}],
                  "architectures": ["llama", null]
                }
                """.formatted(modelHash));
        assertThatThrownBy(() -> Policy.load(file))
                .isInstanceOfSatisfying(
                        Policy.PolicyFileException.class,
                        e -> assertThat(e.field()).isEqualTo("architectures[1]"))
                .hasMessageStartingWith(file + ":4:");
    }
}
