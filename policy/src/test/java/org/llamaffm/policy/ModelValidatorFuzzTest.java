package org.llamaffm.policy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;

/**
 * Jazzer fuzzing of the strict validator: for any bytes, it either accepts or rejects with
 * {@link ModelRejectedException} — no other exception, no OOM (the reader's limits bound every
 * allocation), no hang. Under plain {@code mvn verify} this runs the saved inputs (regression
 * mode); {@code JAZZER_FUZZ=1} fuzzes, guided by the coverage of the validator and the GGUF reader,
 * for the duration below or {@code JAZZER_MAX_DURATION} (e.g. {@code 30m}).
 */
class ModelValidatorFuzzTest {

    private static final ModelValidator.Rules RULES =
            new ModelValidator.Rules(new Gguf.Limits(4096, 1 << 20, 1 << 16, 8 << 20, 1 << 20), java.util.Set.of());
    private static Path file;

    @FuzzTest(maxDuration = "60s")
    void validatorRejectsOrAcceptsAnyBytes(byte[] input) throws IOException {
        if (file == null) {
            file = Files.createTempFile("fuzz", ".gguf");
            file.toFile().deleteOnExit();
        }
        Files.write(file, input);
        try {
            ModelValidator.validate(file, RULES);
        } catch (ModelRejectedException expected) {
            // a typed rejection is a correct answer
        }
    }

    private static Path variation;
    private static final List<String> ARCHITECTURES = List.copyOf(ModelValidator.KNOWN_ARCHITECTURES);

    /**
     * Hyperparameter variations: a valid model of a known architecture ({@link ArchFixtures})
     * with its numeric keys (and the expert, rope and pooling keys it may lack) set to fuzzed
     * values, scalars or per-layer arrays of fuzzed types. The same property: accepted, or
     * rejected with a {@link ModelRejectedException}.
     */
    @FuzzTest(maxDuration = "60s")
    void validatorRejectsOrAcceptsHyperparameterVariations(FuzzedDataProvider data) throws IOException {
        if (variation == null) {
            variation = Files.createTempDirectory("fuzz-hparams");
            variation.toFile().deleteOnExit();
        }
        String arch = data.pickValue(ARCHITECTURES);
        Path written = ArchFixtures.write(variation, arch, keys -> {
            List<String> names = new ArrayList<>(keys.keySet());
            names.addAll(List.of(
                    "expert_count",
                    "expert_used_count",
                    "expert_group_count",
                    "expert_group_used_count",
                    "nextn_predict_layers",
                    "attention.key_length",
                    "attention.value_length",
                    "rope.dimension_count",
                    "pooling_type",
                    "rope.scaling.type"));
            int changes = data.consumeInt(1, 4);
            for (int i = 0; i < changes; i++) {
                keys.put(data.pickValue(names), value(data));
            }
        });
        try {
            ModelValidator.validate(written, RULES);
        } catch (ModelRejectedException expected) {
            // a typed rejection is a correct answer
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static GgufValue value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> GgufValue.ofUint32(data.consumeLong(0, 0xFFFF_FFFFL));
            case 1 -> GgufValue.ofUint32(data.consumeInt(0, 70));
            case 2 -> GgufValue.ofInt32(data.consumeInt());
            case 3 -> GgufValue.ofFloat32(data.consumeFloat());
            case 4 -> GgufValue.ofString(data.pickValue(List.of("yarn", "linear", "none", "ntk", "")));
            default -> {
                int[] layers = new int[data.consumeInt(0, 4)];
                for (int i = 0; i < layers.length; i++) {
                    layers[i] = data.consumeInt(0, 70);
                }
                yield new GgufValue(GgufType.ARRAY, data.pickValue(List.of(GgufType.UINT32, GgufType.INT32)), layers);
            }
        };
    }
}
