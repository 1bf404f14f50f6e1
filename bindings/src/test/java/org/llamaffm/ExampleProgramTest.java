package org.llamaffm;

import org.llamaffm.testkit.LlamaCppSource;
import static org.assertj.core.api.Assertions.assertThat;

import org.llamaffm.testkit.SyntheticModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/Hello.java, the README's example program, runs as a user would run it (java's source launcher). */
class ExampleProgramTest {

    @TempDir
    Path temp;

    @Test
    void theReadmeExampleRuns() throws Exception {
        Path model = temp.resolve("model.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).write(model);
        Path example = Path.of(System.getProperty("llamaffm.test.root", "..")).resolve("examples/Hello.java");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dllamaffm.native.cache=" + System.getProperty("llamaffm.native.cache"),
                "-cp", System.getProperty("java.class.path"), example.toString(), model.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stdout).isZero();
        assertThat(stdout).matches("(?s).+\\n\\[(MAX_TOKENS, 64|END_OF_GENERATION, \\d+|STOP_STRING, \\d+) tokens]\\n");
    }
}
