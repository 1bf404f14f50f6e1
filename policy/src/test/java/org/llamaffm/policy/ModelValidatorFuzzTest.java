package org.llamaffm.policy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llamaffm.Gguf;

/**
 * Jazzer fuzzing of the strict validator: for any bytes, it either accepts or rejects with
 * {@link ModelRejectedException} — no other exception, no OOM (the reader's limits bound every
 * allocation), no hang. Under plain {@code mvn verify} this runs the saved inputs (regression
 * mode); {@code JAZZER_FUZZ=1} fuzzes, guided by the coverage of the validator and the GGUF reader,
 * for the duration below or {@code JAZZER_MAX_DURATION} (e.g. {@code 30m}).
 */
class ModelValidatorFuzzTest {

    private static final ModelValidator.Rules RULES = new ModelValidator.Rules(
            new Gguf.Limits(4096, 1 << 20, 1 << 16, 8 << 20, 1 << 20), java.util.Set.of());
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
}
