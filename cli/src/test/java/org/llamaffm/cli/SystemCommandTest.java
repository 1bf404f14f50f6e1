package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.llamaffm.Device;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.NativeBuild;

/** {@code llama-ffm system} and {@code llama-ffm --version --verbose}: the native build and the devices. */
class SystemCommandTest {

    @Test
    void systemPrintsTheNativeBuildAndEveryDevice() {
        Cli.Result result = Cli.run("system");
        assertThat(result.exit()).as(result.err()).isZero();
        LlamaRuntime runtime = LlamaRuntime.get();
        NativeBuild build = runtime.nativeBuild();
        var lines = result.out().lines().toList();
        assertThat(lines)
                .startsWith(
                        "llama.cpp commit : " + build.llamaCppCommit(),
                        "shim version     : " + build.shimVersion(),
                        "build options    : " + build.buildOptions(),
                        "libraries        : " + build.libraryFolder() + " (" + build.source() + ")");
        assertThat(lines.get(4)).startsWith("system info      : ").contains("CPU");
        assertThat(lines.get(5)).isEqualTo("devices:");
        assertThat(lines).hasSize(6 + runtime.devices().size());
        for (int i = 0; i < runtime.devices().size(); i++) {
            Device device = runtime.devices().get(i);
            assertThat(lines.get(6 + i))
                    .startsWith("  " + device.index() + " " + device.name())
                    .contains(" MiB free of ")
                    .endsWith(device.description());
        }
    }

    @Test
    void versionVerboseIsTheVersionThenTheSystemReport() {
        String version = Cli.run("--version").out();
        assertThat(version.lines()).hasSize(1);
        Cli.Result verbose = Cli.run("--version", "--verbose");
        assertThat(verbose.exit()).isZero();
        String report = Cli.run("system").out();
        // the free memory may move between the two calls: compare all but the device lines' numbers
        assertThat(verbose.out()).startsWith(version + report.substring(0, report.indexOf("devices:\n") + 9));
        assertThat(verbose.out().lines()).hasSize(1 + report.lines().toList().size());
    }
}
