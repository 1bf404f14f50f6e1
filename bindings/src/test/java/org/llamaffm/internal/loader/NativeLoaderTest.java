package org.llamaffm.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.NativeLibraryException;

class NativeLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void whenNothingWorksTheExceptionListsEveryPlaceTriedAndTheFix() throws Exception {
        Path explicit = Files.createDirectory(tmp.resolve("explicit"));
        Path libDir = Files.createDirectory(tmp.resolve("libdir"));
        var config = new NativeLoader.Config(
                Optional.of(explicit),
                List.of(libDir),
                List.of("no-such-platform"),
                getClass().getClassLoader(),
                List.of(tmp.resolve("cache")));

        assertThatThrownBy(() -> NativeLoader.load(config))
                .isInstanceOf(NativeLibraryException.class)
                .hasMessageStartingWith("llama-ffm could not load its native libraries for " + Platform.current() + ".")
                .hasMessageContaining("1. -Dllamaffm.native.path=" + explicit + ": no "
                        + Platform.libraryFileNames("ggml-base").getFirst())
                .hasMessageContaining("2. java.library.path " + libDir + ": no "
                        + Platform.libraryFileNames("llama-ffm-shim").getFirst())
                .hasMessageContaining(
                        "3. class path META-INF/native/no-such-platform/llama-ffm-native.properties: not found")
                .hasMessageContaining(
                        "Fix: add the platform jar to the class path: org.llamaffm:llama-ffm-native:<version>:no-such-platform")
                .satisfies(
                        e -> assertThat(((NativeLibraryException) e).attempts()).hasSize(3));
    }

    @Test
    void aFolderThatDoesNotMatchItsManifestIsRefusedNamingTheFile() throws Exception {
        ClasspathNatives natives = ClasspathNatives.load();
        Path folder = natives.extractInto(tmp.resolve("cache")).folder();
        String name = natives.manifest().load().get(1);
        folder.resolve(name).toFile().setWritable(true);
        Files.write(folder.resolve(name), "not a library".getBytes(StandardCharsets.UTF_8));
        var config = new NativeLoader.Config(
                Optional.of(folder),
                List.of(),
                List.of("no-such-platform"),
                getClass().getClassLoader(),
                List.of(tmp.resolve("cache")));

        assertThatThrownBy(() -> NativeLoader.load(config))
                .isInstanceOf(NativeLibraryException.class)
                .hasMessageContaining(
                        "-Dllamaffm.native.path=" + folder + ": does not match its manifest: " + name + ": SHA-256");
    }

    @Test
    void aLibraryTheOsCannotLoadIsReportedWithTheOsReason() throws Exception {
        Path libDir = Files.createDirectory(tmp.resolve("garbage"));
        for (String base : List.of("ggml-base", "ggml", "llama", "llama-ffm-shim")) {
            Files.writeString(libDir.resolve(Platform.libraryFileNames(base).getFirst()), "not a shared library");
        }
        var config = new NativeLoader.Config(
                Optional.empty(),
                List.of(libDir),
                List.of("no-such-platform"),
                getClass().getClassLoader(),
                List.of(tmp.resolve("cache")));

        assertThatThrownBy(() -> NativeLoader.load(config))
                .isInstanceOf(NativeLibraryException.class)
                .hasMessageContaining("1. -Dllamaffm.native.path: not set")
                .hasMessageContaining("2. java.library.path " + libDir + ": cannot load "
                        + libDir.resolve(Platform.libraryFileNames("ggml-base").getFirst())
                                .toAbsolutePath() + ": ");
    }

    @Test
    void aDamagedPlatformJarIsRefused() throws Exception {
        // A class path entry whose manifest promises a library with another hash.
        Path root = tmp.resolve("jar");
        Path dir = Files.createDirectories(root.resolve("META-INF/native/fake-platform"));
        Files.writeString(dir.resolve("libfake.so"), "altered content");
        Files.writeString(dir.resolve(NativeManifest.FILE_NAME), """
                format=1
                platform=fake-platform
                llama.cpp.commit=0000000000000000000000000000000000000000
                shim.version=1.0.0
                load=libfake.so
                sha256.libfake.so=%s
                """.formatted("ab".repeat(32)));
        try (var loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            var config = new NativeLoader.Config(
                    Optional.empty(), List.of(), List.of("fake-platform"), loader, List.of(tmp.resolve("cache")));

            assertThatThrownBy(() -> NativeLoader.load(config))
                    .isInstanceOf(NativeLibraryException.class)
                    .hasMessageContaining("extract fake-platform into " + tmp.resolve("cache")
                            + ": the platform jar's META-INF/native/fake-platform/libfake.so has SHA-256 ")
                    .hasMessageContaining(
                            "but its manifest says " + "ab".repeat(32) + ": the jar is damaged or was altered");
        }
        // Nothing half-written is left to be loaded later.
        try (var entries = Files.list(tmp.resolve("cache"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".lock"));
        }
    }
}
