package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.ModelRejectedException.Reason;
import org.llamaffm.testkit.ChildJvm;

/**
 * Issue "Policy holes", items 8 and 7: files that passed the validator's old checks and aborted
 * llama.cpp during admission (the memory estimate: load_hparams, or the graph it reserves) or in
 * the first llama_tokenize. One representative per architecture family: in a child JVM the raw
 * call ends the process with llama.cpp's own assert (or std::terminate); in this JVM the validator
 * rejects the same file first, with a typed error naming the check, the key and the value.
 */
class ValidatorAbortTest {

    @TempDir
    static Path temp;

    private static Arguments abort(
            String name, Path file, String call, String hexText, String nativeFailure, Reason check, String detail) {
        return Arguments.of(name, file, call, hexText, nativeFailure, check, detail);
    }

    static Stream<Arguments> files() throws IOException {
        List<String> spm = ArchFixtures.vocab("llama")
                .get("tokenizer.ggml.tokens")
                .orElseThrow()
                .asStrings();
        List<String> wpm = ArchFixtures.vocab("bert")
                .get("tokenizer.ggml.tokens")
                .orElseThrow()
                .asStrings();
        int[] normal = new int[101];
        java.util.Arrays.fill(normal, 1);
        Consumer<Map<String, GgufValue>> bertWithoutSep = ((Consumer<Map<String, GgufValue>>)
                        ArchFixtures::noSpecialIds)
                .andThen(ArchFixtures.set(
                        "tokenizer.ggml.tokens",
                        GgufValue.ofStrings(wpm.subList(0, 101)),
                        "tokenizer.ggml.token_type",
                        GgufValue.ofInt32s(normal),
                        "tokenizer.ggml.bos_token_id",
                        GgufValue.ofUint32(1),
                        "tokenizer.ggml.unknown_token_id",
                        GgufValue.ofUint32(2)));
        return Stream.of(
                abort(
                        "llama: an expert count without experts",
                        ArchFixtures.write(temp, "llama", k -> k.put("expert_used_count", GgufValue.ofUint32(2))),
                        "estimate",
                        "",
                        "llama-model.cpp:1294: GGML_ASSERT(n_expert_used_max <= hparams.n_expert) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "more than llama.expert_count 0"),
                abort(
                        "qwen2: MTP layers above the layer count",
                        ArchFixtures.write(temp, "qwen2", k -> k.put("nextn_predict_layers", GgufValue.ofUint32(5))),
                        "estimate",
                        "",
                        "GGML_ASSERT(hparams.n_layer_nextn <= hparams.n_layer_all) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "qwen2.nextn_predict_layers is 5, more than qwen2.block_count 2"),
                abort(
                        "qwen3: more experts than LLAMA_MAX_EXPERTS",
                        ArchFixtures.write(temp, "qwen3", k -> {
                            k.put("expert_count", GgufValue.ofUint32(2048));
                            k.put("expert_used_count", GgufValue.ofUint32(2));
                        }),
                        "estimate",
                        "",
                        "GGML_ASSERT(hparams.n_expert <= LLAMA_MAX_EXPERTS) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "more than LLAMA_MAX_EXPERTS 1024"),
                abort(
                        "qwen3moe: as many expert groups as experts",
                        ArchFixtures.write(temp, "qwen3moe", k -> k.put("expert_group_count", GgufValue.ofUint32(8))),
                        "estimate",
                        "",
                        "GGML_ASSERT(hparams.n_expert_groups < hparams.n_expert) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "qwen3moe.expert_group_count is 8, not less than"),
                abort(
                        "gemma3: an unknown rope scaling type",
                        ArchFixtures.write(
                                temp, "gemma3", k -> k.put("rope.scaling.type", GgufValue.ofString("dynamic"))),
                        "estimate",
                        "",
                        "GGML_ASSERT(hparams.rope_scaling_type_train != LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED)",
                        Reason.ARCHITECTURE_SHAPE,
                        "gemma3.rope.scaling.type is 'dynamic'"),
                // a complete model, so that the load gets past the tensors to the graph the estimate reserves
                abort(
                        "llama graph: value heads unlike key heads",
                        ArchFixtures.writeComplete(
                                temp, "llama", k -> k.put("attention.value_length", GgufValue.ofUint32(8))),
                        "estimate",
                        "",
                        "models/llama.cpp:102: GGML_ASSERT(n_embd_head == hparams.n_embd_head_k()) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "llama.attention.value_length 8 is not the head size"),
                abort(
                        "qwen2 graph: a width that is not a multiple of the head count",
                        ArchFixtures.writeComplete(temp, "qwen2", k -> {
                            k.put("embedding_length", GgufValue.ofUint32(66));
                            k.remove("rope.dimension_count");
                        }),
                        "estimate",
                        "",
                        "GGML_ASSERT(ggml_nelements(a) == ne0*ne1*ne2) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "qwen2.embedding_length 66 is not"),
                abort(
                        "llama compute: a negative norm epsilon",
                        ArchFixtures.writeComplete(
                                temp,
                                "llama",
                                k -> k.put("attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(-1f))),
                        "decode",
                        "",
                        "ops.cpp:3949: GGML_ASSERT(eps >= 0.0f) failed",
                        Reason.ARCHITECTURE_SHAPE,
                        "llama.attention.layer_norm_rms_epsilon is -1.0"),
                abort(
                        "bert: a WPM vocabulary without SEP",
                        ArchFixtures.write(temp, "bert", k -> {}, bertWithoutSep),
                        "tokenize",
                        "6869",
                        "llama-vocab.cpp:3542: GGML_ASSERT(special_sep_id != LLAMA_TOKEN_NULL) failed",
                        Reason.VOCABULARY_SHAPE,
                        "the WPM (bert) vocabulary has no SEP token"),
                abort(
                        "llama: an SPM vocabulary without the byte token <0x01>",
                        ArchFixtures.write(temp, "llama", k -> {}, ModelValidatorTest.withoutByte(spm, 0x01)),
                        "tokenize",
                        "01",
                        "terminate called after throwing an instance of 'std::out_of_range'",
                        Reason.VOCABULARY_SHAPE,
                        "has no byte token <0x01>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theValidatorRejectsWhatAbortsLlamaCpp(
            String name, Path file, String call, String hexText, String nativeFailure, Reason check, String detail)
            throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(
                UnguardedAdmission.class, Duration.ofSeconds(60), List.of(), call, file.toString(), hexText);
        assertThat(outcome.crashed()).as(outcome.toString()).isTrue();
        assertThat(outcome.stderr()).contains(nativeFailure);
        assertThat(outcome.stdout()).doesNotContain("estimated", "tokenized", "decoded");

        assertThatThrownBy(() -> ModelValidator.validate(file, ModelValidator.Rules.DEFAULT))
                .isInstanceOfSatisfying(
                        ModelRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(check))
                .hasMessageContaining(detail);
    }
}
