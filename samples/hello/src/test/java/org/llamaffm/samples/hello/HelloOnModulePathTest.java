package org.llamaffm.samples.hello;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * The sample runs as its README runs it: a named module on the module path, beside org.llamaffm,
 * org.llamaffm.gguf and Jackson, with only the platform jar on the class path. So the modules'
 * declarations (exports, requires transitive, native access by module name) are what is tested.
 */
class HelloOnModulePathTest {

    @TempDir
    Path temp;

    @Test
    void runsOnTheModulePath() throws Exception {
        Path model = temp.resolve("model.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm")).write(model);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=org.llamaffm",
                "-Dllamaffm.native.cache=" + System.getProperty("llamaffm.native.cache"),
                "--module-path",
                System.getProperty("hello.modulepath"),
                "--class-path",
                System.getProperty("hello.classpath"),
                "--module",
                "org.llamaffm.samples.hello/org.llamaffm.samples.hello.Hello",
                model.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // no warning about native access: it was granted to the module by name
        assertThat(output).doesNotContain("WARNING: A restricted method");
        assertThat(output).matches("(?s).+\\n\\[(MAX_TOKENS, 64|END_OF_GENERATION, \\d+|STOP_STRING, \\d+) tokens]\\n");
    }
}
