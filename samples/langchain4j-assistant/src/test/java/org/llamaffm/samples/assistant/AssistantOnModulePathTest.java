package org.llamaffm.samples.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sample runs as its README runs it: a named module on the module path beside org.llamaffm and LangChain4j's
 * automatic modules, the platform jar on the class path. So its module declaration (the opens AiServices needs,
 * native access by module name) is what is tested.
 */
class AssistantOnModulePathTest {

    @Test
    void runsOnTheModulePath() throws Exception {
        Path models = Path.of(System.getProperty("assistant.models"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=org.llamaffm",
                "-Dllamaffm.native.cache=" + System.getProperty("llamaffm.native.cache"),
                "--module-path",
                System.getProperty("assistant.modulepath"),
                "--class-path",
                System.getProperty("assistant.classpath"),
                "--module",
                "org.llamaffm.samples.assistant/org.llamaffm.samples.assistant.Assistant",
                models.resolve("chat-qwen2.gguf").toString(),
                models.resolve("bert-mean.gguf").toString(),
                "What is the monthly payment of a 20000 EUR loan at 5% over 48 months?");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("WARNING: A restricted method").doesNotContain("SLF4J");
        assertThat(output)
                .containsPattern("(?m)^retrieved: (loans|savings|opening-hours)\\.txt \\(score 0\\.\\d{4}\\)$")
                .containsPattern("(?m)^tool: monthlyPayment\\{\"principal\": \\d+, \"yearlyRatePercent\": [\\d.]+, "
                        + "\"months\": \\d+} -> \\d+\\.\\d\\d$")
                .containsPattern("(?m)^answer: ");
    }
}
