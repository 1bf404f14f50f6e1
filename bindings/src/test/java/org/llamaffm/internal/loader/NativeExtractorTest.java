package org.llamaffm.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeExtractorTest {

    private final ClasspathNatives natives = ClasspathNatives.load();

    @TempDir
    Path cache;

    @Test
    void extractsEveryLibraryIntoAnEmptyCache() throws Exception {
        NativeExtractor.Result result = natives.extractInto(cache);

        assertThat(result.reused()).isFalse();
        assertThat(result.repaired()).isEmpty();
        assertThat(result.folder().getParent()).isEqualTo(cache);
        assertThat(result.folder().getFileName().toString())
                .startsWith(natives.manifest().shimVersion() + "-"
                        + natives.manifest().platform() + "-");
        for (String name : natives.manifest().files()) {
            assertThat(NativeExtractor.sha256(result.folder().resolve(name)))
                    .isEqualTo(natives.manifest().sha256().get(name));
        }
        assertThat(Files.readAllBytes(result.folder().resolve(NativeManifest.FILE_NAME)))
                .isEqualTo(natives.manifestBytes());
        // Nothing but the folder and its lock file is left behind: no temporary folders.
        try (var entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            result.folder().getFileName().toString(),
                            result.folder().getFileName() + ".lock");
        }
    }

    @Test
    void reusesAValidCacheWithoutWriting() throws Exception {
        Path folder = natives.extractInto(cache).folder();
        Path lib = folder.resolve(natives.manifest().load().getLast());
        FileTime before = Files.getLastModifiedTime(lib);
        Files.setLastModifiedTime(lib, FileTime.fromMillis(before.toMillis() - 60_000));
        FileTime marked = Files.getLastModifiedTime(lib);

        NativeExtractor.Result again = natives.extractInto(cache);

        assertThat(again.reused()).isTrue();
        assertThat(again.folder()).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(marked);
    }

    @Test
    void aTamperedLibraryIsDetectedNamedAndReplaced() throws Exception {
        Path folder = natives.extractInto(cache).folder();
        String name = natives.manifest().load().getFirst();
        Path lib = folder.resolve(name);
        lib.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(lib);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(lib, bytes);

        assertThat(NativeExtractor.verify(folder, natives.manifest()))
                .singleElement()
                .asString()
                .startsWith(name + ": SHA-256 ")
                .contains("does not match the manifest's");

        NativeExtractor.Result repaired = natives.extractInto(cache);

        assertThat(repaired.reused()).isFalse();
        assertThat(repaired.repaired()).singleElement().asString().startsWith(name + ": SHA-256");
        assertThat(NativeExtractor.sha256(lib))
                .isEqualTo(natives.manifest().sha256().get(name));
        assertThat(NativeExtractor.verify(folder, natives.manifest())).isEmpty();
    }

    @Test
    void aTamperedLibraryIsDetectedAfterAPassRecordedItsStamp() throws Exception {
        Path folder = natives.extractInto(cache).folder();
        assertThat(NativeExtractor.verify(folder, natives.manifest(), Duration.ZERO))
                .isEmpty();
        Path stamp = folder.resolve(NativeExtractor.STAMP_FILE);
        assertThat(Files.readString(stamp)).startsWith(natives.manifest().digest() + "\n");
        String name = natives.manifest().load().getFirst();
        Path lib = folder.resolve(name);
        FileTime modified = Files.getLastModifiedTime(lib);
        lib.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(lib);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(lib, bytes); // same size, and the modification time set back: only the ctime tells
        Files.setLastModifiedTime(lib, modified);

        assertThat(NativeExtractor.verify(folder, natives.manifest(), Duration.ZERO))
                .singleElement()
                .asString()
                .startsWith(name + ": SHA-256 ")
                .contains("does not match the manifest's");
    }

    @Test
    void aFreshlyWrittenFolderGetsNoStampYet() throws Exception {
        Path folder = natives.extractInto(cache).folder();

        assertThat(NativeExtractor.verify(folder, natives.manifest())).isEmpty();

        assertThat(folder.resolve(NativeExtractor.STAMP_FILE)).doesNotExist();
    }

    @Test
    void aMissingLibraryIsDetectedAndRestored() throws Exception {
        Path folder = natives.extractInto(cache).folder();
        String name = natives.manifest().load().getLast();
        Files.delete(folder.resolve(name));

        NativeExtractor.Result repaired = natives.extractInto(cache);

        assertThat(repaired.repaired()).containsExactly(name + ": missing in " + folder);
        assertThat(Files.isRegularFile(folder.resolve(name))).isTrue();
    }

    @Test
    void threadsExtractingAtOnceAllGetTheSameCompleteFolder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NativeExtractor.Result>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit((Callable<NativeExtractor.Result>) () -> natives.extractInto(cache)));
            }
            List<NativeExtractor.Result> results = new ArrayList<>();
            for (var f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            assertThat(results)
                    .extracting(NativeExtractor.Result::folder)
                    .containsOnly(results.getFirst().folder());
            assertThat(results).filteredOn(r -> !r.reused()).hasSize(1);
            assertThat(NativeExtractor.verify(results.getFirst().folder(), natives.manifest()))
                    .isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
