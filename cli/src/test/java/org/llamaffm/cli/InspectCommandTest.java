package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llamaffm.testkit.ChildJvm;

/** {@code inspect} reads untrusted files with the pure-Java GGUF reader and validator only. */
class InspectCommandTest {

    @Test
    void inspectLoadsNoNativeLibrary() throws Exception {
        Path demo = DemoModel.path(new PrintWriter(new StringWriter()));
        for (List<String> args : List.of(
                List.of("inspect", demo.toString()), List.of("inspect", "--strict", "--sha256", demo.toString()))) {
            ChildJvm.Outcome outcome = ChildJvm.run(
                    InspectWithoutNatives.class, Duration.ofSeconds(60), List.of(), args.toArray(String[]::new));
            assertThat(outcome.exit()).as(outcome.toString()).isZero();
            assertThat(outcome.stdout()).as(outcome.toString()).endsWith("natives: none\n");
        }
    }
}
