package org.llamaffm.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NativeManifestTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static NativeManifest parse(String text) throws IOException {
        return NativeManifest.parse(text.getBytes(StandardCharsets.UTF_8), "test.properties");
    }

    private static String valid(String load, String backends) {
        return """
                format=1
                platform=linux-x86_64
                llama.cpp.commit=de3ff815ea7d559ee917f063901b8986f038abc6
                shim.version=0.1.0
                build.options=-DGGML_NATIVE=ON
                load=%s
                backends=%s
                sha256.libggml-base.so.0=%s
                sha256.libggml-cpu-haswell.so=%s
                """.formatted(load, backends, SHA_A, SHA_B);
    }

    @Test
    void parsesLoadOrderBackendsAndHashes() throws IOException {
        NativeManifest m = parse(valid("libggml-base.so.0", "libggml-cpu-haswell.so"));

        assertThat(m.platform()).isEqualTo("linux-x86_64");
        assertThat(m.load()).containsExactly("libggml-base.so.0");
        assertThat(m.backends()).containsExactly("libggml-cpu-haswell.so");
        assertThat(m.files()).containsExactly("libggml-base.so.0", "libggml-cpu-haswell.so");
        assertThat(m.sha256()).containsEntry("libggml-cpu-haswell.so", SHA_B);
        assertThat(m.digest()).hasSize(64);
    }

    @Test
    void onDemandLibrariesAreListedHashedAndCheckedLikeTheOthers() throws IOException {
        String text = valid("libggml-base.so.0", "") + "ondemand=libllama-common.so.0,libllama-ffm-chat.so\n"
                + "sha256.libllama-common.so.0=" + SHA_B + "\n";
        assertThatThrownBy(() -> parse(text))
                .hasMessage("test.properties: manifest has no valid sha256 for libllama-ffm-chat.so");

        NativeManifest m = parse(text + "sha256.libllama-ffm-chat.so=" + SHA_A + "\n");
        assertThat(m.load()).containsExactly("libggml-base.so.0");
        assertThat(m.onDemand()).containsExactly("libllama-common.so.0", "libllama-ffm-chat.so");
        assertThat(m.files()).containsExactly("libggml-base.so.0", "libllama-common.so.0", "libllama-ffm-chat.so");
        assertThatThrownBy(() -> parse(valid("libggml-base.so.0", "") + "ondemand=../libx.so\n"))
                .hasMessageContaining("'../libx.so' in 'ondemand' is not a plain file name");
    }

    @Test
    void refusesFileNamesThatLeaveTheFolder() {
        assertThatThrownBy(() -> parse(valid("../../etc/libevil.so", "")))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "test.properties: manifest entry '../../etc/libevil.so' in 'load' is not a plain file name");
        assertThatThrownBy(() -> parse(valid("libggml-base.so.0", "/tmp/x.so")))
                .hasMessageContaining("'/tmp/x.so' in 'backends' is not a plain file name");
    }

    @Test
    void refusesALibraryWithoutHash() {
        assertThatThrownBy(() -> parse(valid("libggml-base.so.0,libllama.so.0", "")))
                .isInstanceOf(IOException.class)
                .hasMessage("test.properties: manifest has no valid sha256 for libllama.so.0");
    }

    @Test
    void refusesAnotherFormat() {
        assertThatThrownBy(() -> parse(valid("libggml-base.so.0", "").replace("format=1", "format=2")))
                .hasMessageStartingWith("test.properties: unsupported manifest format '2' (expected 1)");
    }

    @Test
    void refusesAManifestWithNothingToLoad() {
        assertThatThrownBy(() -> parse(valid("", "")))
                .hasMessage("test.properties: manifest lists no libraries to load");
    }
}
