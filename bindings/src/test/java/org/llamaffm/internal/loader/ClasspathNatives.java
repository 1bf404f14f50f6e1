package org.llamaffm.internal.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.llamaffm.TestSupport;

/** The platform jar this build produced, as the tests see it on the class path. */
record ClasspathNatives(String resourceDir, byte[] manifestBytes, NativeManifest manifest) {

    static ClasspathNatives load() {
        String dir = "META-INF/native/" + TestSupport.platform() + "/";
        try (InputStream in =
                ClasspathNatives.class.getClassLoader().getResourceAsStream(dir + NativeManifest.FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("no " + dir + NativeManifest.FILE_NAME + " on the test class path");
            }
            byte[] bytes = in.readAllBytes();
            return new ClasspathNatives(dir, bytes, NativeManifest.parse(bytes, dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NativeExtractor.Result extractInto(java.nio.file.Path base) throws IOException {
        return NativeExtractor.extract(
                manifest, manifestBytes, ClasspathNatives.class.getClassLoader(), resourceDir, base);
    }
}
