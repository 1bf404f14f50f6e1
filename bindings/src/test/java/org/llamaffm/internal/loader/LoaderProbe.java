package org.llamaffm.internal.loader;

import java.nio.file.Path;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.NativeBuild;

/** Run in child JVMs by the tests: "extract BASE" or "runtime" (load and report). */
public final class LoaderProbe {

    private LoaderProbe() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "extract" -> {
                NativeExtractor.Result result = ClasspathNatives.load().extractInto(Path.of(args[1]));
                System.out.println("folder=" + result.folder() + " reused=" + result.reused());
            }
            case "runtime" -> {
                NativeBuild build = LlamaRuntime.get().nativeBuild();
                System.out.println("source=" + build.source() + " folder=" + build.libraryFolder() + " commit="
                        + build.llamaCppCommit() + " devices="
                        + LlamaRuntime.get().devices().size());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
