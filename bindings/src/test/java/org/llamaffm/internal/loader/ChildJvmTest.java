package org.llamaffm.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.TestSupport;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** What needs a JVM of its own: two processes racing to extract, and each load source end to end. */
class ChildJvmTest {

    @TempDir
    Path cache;

    record Outcome(int exit, String stdout, String stderr) {}

    @Test
    void twoJvmsExtractingConcurrentlyBothSucceed() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(start(List.of(), "extract", cache.toString()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Process p : processes) {
            outcomes.add(finish(p));
        }
        for (Outcome o : outcomes) {
            assertThat(o.exit()).as(o.stderr()).isZero();
        }
        String folder =
                outcomes.getFirst().stdout().replaceAll(" reused=.*", "").strip();
        assertThat(outcomes)
                .extracting(o -> o.stdout().replaceAll(" reused=.*", "").strip())
                .containsOnly(folder);
        assertThat(outcomes)
                .extracting(o -> o.stdout().strip().endsWith("reused=false"))
                .containsOnlyOnce(true);
        NativeManifest manifest = ClasspathNatives.load().manifest();
        assertThat(NativeExtractor.verify(Path.of(folder.substring("folder=".length())), manifest))
                .isEmpty();
    }

    @Test
    void explicitPathPropertyLoadsThatFolder() throws Exception {
        Path folder = ClasspathNatives.load().extractInto(cache).folder();

        Outcome o = finish(start(List.of("-Dllamaffm.native.path=" + folder), "runtime"));

        assertThat(o.exit()).as(o.stderr()).isZero();
        assertThat(o.stdout())
                .contains("source=EXPLICIT_PATH", "folder=" + folder, "commit=" + LlamaCppSource.pinnedCommit());
    }

    @Test
    void javaLibraryPathIsUsedWhenNoPropertyIsSet() throws Exception {
        Path folder = ClasspathNatives.load().extractInto(cache).folder();

        Outcome o =
                finish(start(List.of("-Djava.library.path=" + cache + java.io.File.pathSeparator + folder), "runtime"));

        assertThat(o.exit()).as(o.stderr()).isZero();
        assertThat(o.stdout()).contains("source=JAVA_LIBRARY_PATH", "folder=" + folder);
    }

    @Test
    @EnabledOnOs(OS.LINUX) // reads /proc/self/maps
    void llamaCppsCommonLibraryIsOpenedOnlyWhenAChatOrSchemaFunctionIsFirstCalled() throws Exception {
        Path model = cache.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(1)
                .seed(3)
                .write(model);

        Outcome o = finish(start(List.of(), "on-demand", model.toString()));

        assertThat(o.exit()).as(o.stderr()).isZero();
        assertThat(o.stdout().lines()).containsExactly("generated=true common=false", "grammar=true common=true");
    }

    @Test
    void withoutNativeAccessTheFailureNamesTheFlag() throws Exception {
        Outcome o = finish(startWith(List.of("--illegal-native-access=deny"), List.of(), "runtime"));

        assertThat(o.exit()).isNotZero();
        assertThat(o.stderr()).contains("NativeLibraryException", "--enable-native-access=ALL-UNNAMED");
    }

    private Process start(List<String> props, String... args) throws IOException {
        return startWith(List.of("--enable-native-access=ALL-UNNAMED"), props, args);
    }

    private Process startWith(List<String> jvmFlags, List<String> props, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmFlags);
        command.add("-Dllamaffm.native.cache=" + cache);
        command.add("-Dllamaffm.test.platform=" + TestSupport.platform());
        command.addAll(props);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LoaderProbe.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static Outcome finish(Process p) throws Exception {
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish");
        }
        return new Outcome(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
