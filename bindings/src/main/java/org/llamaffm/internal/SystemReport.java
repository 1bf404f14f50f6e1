package org.llamaffm.internal;

import org.llamaffm.Device;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.NativeBuild;

/**
 * Prints what the runtime loaded and which devices ggml sees: the quickest check that the native
 * build works on a machine. {@code mvn -q -pl bindings exec:exec@system-report} runs it; the
 * {@code llama-ffm} command will take its place.
 */
public final class SystemReport {

    private SystemReport() {
    }

    public static void main(String[] args) {
        LlamaRuntime runtime = LlamaRuntime.get();
        NativeBuild build = runtime.nativeBuild();
        System.out.println("llama.cpp commit : " + build.llamaCppCommit());
        System.out.println("shim version     : " + build.shimVersion());
        System.out.println("build options    : " + build.buildOptions());
        System.out.println("libraries        : " + build.libraryFolder() + " (" + build.source() + ")");
        System.out.println("system info      : " + runtime.systemInfo().strip());
        System.out.println("devices:");
        for (Device d : runtime.devices()) {
            System.out.printf("  %d %-8s %-6s %,8d MiB free of %,8d MiB  %s%n", d.index(), d.name(), d.type(),
                    d.memoryFree() >> 20, d.memoryTotal() >> 20, d.description());
        }
    }
}
