package org.llamaffm;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.llamaffm.internal.NativeCalls;
import org.llamaffm.internal.loader.NativeLoader;

/**
 * The process-wide llama.cpp runtime: loads the native libraries (see the package documentation
 * for where from), loads dynamic ggml backends, and calls {@code llama_backend_init}, once.
 */
public final class LlamaRuntime {

    private static LlamaRuntime instance;

    private final NativeBuild build;

    private LlamaRuntime(NativeBuild build) {
        this.build = build;
    }

    /**
     * The runtime, initialized on first call.
     *
     * @throws NativeLibraryException when the native libraries cannot be found or loaded
     */
    public static synchronized LlamaRuntime get() {
        if (instance == null) {
            NativeLoader.Loaded loaded = NativeLoader.system();
            if (loaded.dynamicBackends()) {
                NativeCalls.ggmlBackendLoadAllFromPath(loaded.folder().toString());
            }
            NativeCalls.llamaBackendInit();
            instance = new LlamaRuntime(new NativeBuild(NativeCalls.shimLlamaCppCommit(), NativeCalls.shimVersion(),
                    NativeCalls.shimBuildOptions(), loaded.folder(), loaded.source()));
        }
        return instance;
    }

    /** What native build is loaded, and from where. */
    public NativeBuild nativeBuild() {
        return build;
    }

    /**
     * llama.cpp's one-line summary of the CPU features and backends in use
     * ({@code llama_print_system_info}), e.g. {@code "CPU : SSE3 = 1 | AVX2 = 1 | ..."}.
     */
    public String systemInfo() {
        return NativeCalls.llamaPrintSystemInfo();
    }

    /** The devices ggml can run on, in ggml's order (GPUs first, then the CPU). */
    public List<Device> devices() {
        long count = NativeCalls.ggmlBackendDevCount();
        List<Device> devices = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            MemorySegment dev = NativeCalls.ggmlBackendDevGet(i);
            long[] memory = NativeCalls.ggmlBackendDevMemory(dev);
            devices.add(new Device(i, NativeCalls.ggmlBackendDevName(dev), NativeCalls.ggmlBackendDevDescription(dev),
                    DeviceType.fromNative(NativeCalls.ggmlBackendDevType(dev)), memory[0], memory[1]));
        }
        return List.copyOf(devices);
    }
}
