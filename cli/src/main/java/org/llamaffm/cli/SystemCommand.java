package org.llamaffm.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.llamaffm.Device;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.NativeBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code llama-ffm system} (and {@code llama-ffm --version --verbose}): what native build the runtime
 * loaded and which devices ggml sees, the quickest check that the native build works on a machine.
 */
@Command(
        name = "system",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the native build that was loaded (llama.cpp commit, build options, library folder),",
            "what the CPU backend supports, and the devices ggml sees with their free memory.",
            "llama-ffm --version --verbose prints the same."
        })
final class SystemCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        print(spec.commandLine().getOut());
        return 0;
    }

    /** The report, one line per item, one per device. */
    static void print(PrintWriter out) {
        LlamaRuntime runtime = LlamaRuntime.get();
        NativeBuild build = runtime.nativeBuild();
        out.println("llama.cpp commit : " + build.llamaCppCommit());
        out.println("shim version     : " + build.shimVersion());
        out.println("build options    : " + build.buildOptions());
        out.println("libraries        : " + build.libraryFolder() + " (" + build.source() + ")");
        out.println("system info      : " + runtime.systemInfo().strip());
        out.println("devices:");
        for (Device d : runtime.devices()) {
            out.printf(
                    Locale.ROOT,
                    "  %d %-8s %-6s %,8d MiB free of %,8d MiB  %s%n",
                    d.index(),
                    d.name(),
                    d.type(),
                    d.memoryFree() >> 20,
                    d.memoryTotal() >> 20,
                    d.description());
        }
        out.flush();
    }
}
