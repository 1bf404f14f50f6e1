package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.llamaffm.testkit.LlamaCppSource;

class LlamaRuntimeTest {

    private final LlamaRuntime runtime = LlamaRuntime.get();

    @Test
    void shimReportsThePinnedLlamaCppCommit() throws Exception {
        assertThat(runtime.nativeBuild().llamaCppCommit()).isEqualTo(LlamaCppSource.pinnedCommit());
    }

    @Test
    void shimReportsItsVersionAndBuildOptions() {
        assertThat(runtime.nativeBuild().shimVersion()).isEqualTo(System.getProperty("llamaffm.test.version"));
        assertThat(runtime.nativeBuild().buildOptions()).contains("-DCMAKE_BUILD_TYPE=Release");
    }

    @Test
    void librariesComeFromThePlatformJarExtractedIntoTheCache() {
        NativeBuild build = runtime.nativeBuild();
        assertThat(build.source()).isEqualTo(LibrarySource.EXTRACTED);
        assertThat(build.libraryFolder())
                .startsWith(Path.of(System.getProperty("llamaffm.native.cache")).toAbsolutePath());
        assertThat(build.libraryFolder().getFileName().toString()).contains(TestSupport.platform());
    }

    @Test
    void systemInfoListsTheCpuBackendAndItsFeatures() {
        String info = runtime.systemInfo();
        assertThat(info).contains("CPU :");
        if (System.getProperty("os.arch").equals("amd64")) {
            assertThat(info).contains("SSE3 = 1");
        }
    }

    @Test
    void theCpuDeviceIsPresentAndReportsMemory() {
        assertThat(runtime.devices()).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(DeviceType.CPU);
            assertThat(d.name()).isEqualTo("CPU");
            assertThat(d.description()).isNotBlank();
            assertThat(d.memoryTotal()).isGreaterThan(64L << 20);
            assertThat(d.memoryFree()).isPositive().isLessThanOrEqualTo(d.memoryTotal());
        });
        assertThat(runtime.devices())
                .extracting(Device::index)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, runtime.devices().size())
                                .boxed()
                                .toList());
    }

    @Test
    void theCpuBackendIsRegistered() {
        assertThat(runtime.backends()).contains("CPU");
    }

    @Test
    void getReturnsOneRuntimePerProcess() {
        assertThat(LlamaRuntime.get()).isSameAs(runtime);
    }
}
