package org.llamaffm.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.llamaffm.TestSupport;
import org.llamaffm.testkit.LlamaCppSource;

/** The manifest the native build wrote describes exactly what it packaged. */
class PlatformJarTest {

    private final ClasspathNatives natives = ClasspathNatives.load();

    @Test
    void theManifestListsEveryPackagedLibraryAndNothingElse() throws Exception {
        Path staged = Path.of(System.getProperty("llamaffm.test.root"), "native/target/natives", natives.resourceDir());
        try (Stream<Path> files = Files.list(staged)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(NativeManifest.FILE_NAME)))
                    .containsExactlyInAnyOrderElementsOf(natives.manifest().files());
        }
    }

    @Test
    void theManifestRecordsTheBuild() throws Exception {
        NativeManifest m = natives.manifest();
        assertThat(m.platform()).isEqualTo(TestSupport.platform());
        assertThat(m.llamaCppCommit()).isEqualTo(LlamaCppSource.pinnedCommit());
        assertThat(m.buildOptions()).contains("-DCMAKE_BUILD_TYPE=Release");
        // Dependency order: ggml-base first, the shim (which needs llama) last.
        assertThat(m.load().getFirst())
                .startsWith(Platform.libraryFileNames("ggml-base").getLast().replace(".so", ""));
        assertThat(m.load().getLast()).isIn(Platform.libraryFileNames("llama-ffm-shim"));
        assertThat(m.load())
                .containsSubsequence(
                        Platform.libraryFileNames("ggml").getFirst(),
                        Platform.libraryFileNames("llama").getFirst());
        // llama.cpp's common library and the chat shim that needs it are opened on first need only
        assertThat(m.load()).noneMatch(n -> n.contains("llama-common") || n.contains("llama-ffm-chat"));
        assertThat(m.onDemand()).hasSize(2);
        assertThat(m.onDemand().getFirst()).isIn(Platform.libraryFileNames("llama-common"));
        assertThat(m.onDemand().getLast()).isIn(Platform.libraryFileNames("llama-ffm-chat"));
        if (m.buildOptions().contains("GGML_BACKEND_DL=ON")) {
            assertThat(m.backends()).isNotEmpty().allMatch(n -> n.contains("ggml-"));
        } else {
            assertThat(m.backends()).isEmpty();
        }
    }
}
