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
import org.llamaffm.ChildJvm;
import org.llamaffm.GgufValue;
import org.llamaffm.policy.ModelValidator.Check;

/**
 * Issue "Policy holes", items 8 and 7: files that passed the validator's old checks and aborted
 * llama.cpp during admission (the memory estimate) or in the first llama_tokenize. One
 * representative per architecture family: in a child JVM the raw call ends the process; in this
 * JVM the validator rejects the same file with a typed error first.
 */
class ValidatorAbortTest {

    @TempDir
    static Path temp;

    static Stream<Arguments> files() throws IOException {
        List<String> spm = ArchFixtures.vocab("llama").get("tokenizer.ggml.tokens").orElseThrow().asStrings();
        List<String> wpm = ArchFixtures.vocab("bert").get("tokenizer.ggml.tokens").orElseThrow().asStrings();
        int[] normal = new int[101];
        java.util.Arrays.fill(normal, 1);
        Consumer<Map<String, GgufValue>> bertWithoutSep = ((Consumer<Map<String, GgufValue>>) ArchFixtures::noSpecialIds)
                .andThen(ArchFixtures.set("tokenizer.ggml.tokens", GgufValue.ofStrings(wpm.subList(0, 101)),
                        "tokenizer.ggml.token_type", GgufValue.ofInt32s(normal),
                        "tokenizer.ggml.bos_token_id", GgufValue.ofUint32(1),
                        "tokenizer.ggml.unknown_token_id", GgufValue.ofUint32(2)));
        return Stream.of(
                // load_hparams: GGML_ASSERT(n_expert_used_max <= hparams.n_expert)
                Arguments.of("llama: expert count without experts", ArchFixtures.write(temp, "llama",
                        k -> k.put("expert_used_count", GgufValue.ofUint32(2))), "estimate", "",
                        Check.ARCHITECTURE_SHAPE, "more than llama.expert_count 0"),
                // load_hparams: GGML_ASSERT(hparams.n_layer_nextn <= hparams.n_layer_all)
                Arguments.of("qwen2: MTP layers above the layer count", ArchFixtures.write(temp, "qwen2",
                        k -> k.put("nextn_predict_layers", GgufValue.ofUint32(5))), "estimate", "",
                        Check.ARCHITECTURE_SHAPE, "qwen2.nextn_predict_layers is 5, more than qwen2.block_count 2"),
                // load_hparams: GGML_ASSERT(hparams.n_expert <= LLAMA_MAX_EXPERTS)
                Arguments.of("qwen3: too many experts", ArchFixtures.write(temp, "qwen3",
                        k -> {
                            k.put("expert_count", GgufValue.ofUint32(2048));
                            k.put("expert_used_count", GgufValue.ofUint32(2));
                        }), "estimate", "", Check.ARCHITECTURE_SHAPE, "more than LLAMA_MAX_EXPERTS 1024"),
                // load_hparams: GGML_ASSERT(hparams.n_expert_groups < hparams.n_expert)
                Arguments.of("qwen3moe: as many expert groups as experts", ArchFixtures.write(temp, "qwen3moe",
                        k -> k.put("expert_group_count", GgufValue.ofUint32(8))), "estimate", "",
                        Check.ARCHITECTURE_SHAPE, "qwen3moe.expert_group_count is 8, not less than"),
                // load_hparams: GGML_ASSERT(rope_scaling_type_train != LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED)
                Arguments.of("gemma3: unknown rope scaling", ArchFixtures.write(temp, "gemma3",
                        k -> k.put("rope.scaling.type", GgufValue.ofString("dynamic"))), "estimate", "",
                        Check.ARCHITECTURE_SHAPE, "gemma3.rope.scaling.type is 'dynamic'"),
                // tokenize (WPM, add_special): GGML_ASSERT(special_sep_id != LLAMA_TOKEN_NULL)
                Arguments.of("bert: a vocabulary without SEP", ArchFixtures.write(temp, "bert", k -> { }, bertWithoutSep),
                        "tokenize", "6869", Check.VOCABULARY_SHAPE, "the WPM (bert) vocabulary has no SEP token"),
                // SPM byte fallback: byte_to_token's token_to_id.at throws std::out_of_range through llama_tokenize
                Arguments.of("llama: an SPM vocabulary without the byte token <0x01>", ArchFixtures.write(temp, "llama",
                        k -> { }, ModelValidatorTest.withoutByte(spm, 0x01)), "tokenize", "01",
                        Check.VOCABULARY_SHAPE, "has no byte token <0x01>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theValidatorRejectsWhatAbortsLlamaCpp(String name, Path file, String call, String text, Check check,
            String detail) throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(UnguardedAdmission.class, Duration.ofSeconds(60), List.of(), call,
                file.toString(), text);
        assertThat(outcome.crashed()).as(outcome.toString()).isTrue();
        assertThat(outcome.stdout()).doesNotContain("estimated", "tokenized");

        assertThatThrownBy(() -> ModelValidator.validate(file, ModelValidator.Rules.DEFAULT))
                .isInstanceOfSatisfying(ModelRejectedException.class, e -> assertThat(e.check()).isEqualTo(check))
                .hasMessageContaining(detail);
    }
}
