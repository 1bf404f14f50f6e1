package org.llamaffm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.llamaffm.internal.NativeEnvironment;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ffi.ggml_backend_h;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.loader.NativeLoader;

/**
 * The process-wide llama.cpp runtime: loads the native libraries (see the package documentation
 * for where from), loads dynamic ggml backends, and calls {@code llama_backend_init}, once. Before
 * that it sets {@code GGML_NO_BACKTRACE=1} in the process environment unless it is set already, so
 * that an abort inside llama.cpp does not fork a debugger.
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
            NativeEnvironment.disableAbortBacktrace();
            NativeLoader.Loaded loaded = NativeLoader.system();
            NativeLog.install();
            if (loaded.dynamicBackends()) {
                try (Arena arena = Arena.ofConfined()) {
                    ggml_backend_h.ggml_backend_load_all_from_path(
                            arena.allocateFrom(loaded.folder().toString()));
                }
            }
            llama_h.llama_backend_init();
            instance = new LlamaRuntime(new NativeBuild(
                    NativeSymbols.string(llama_ffm_shim_h.llama_ffm_llama_cpp_commit()),
                    NativeSymbols.string(llama_ffm_shim_h.llama_ffm_shim_version()),
                    NativeSymbols.string(llama_ffm_shim_h.llama_ffm_build_options()),
                    loaded.folder(),
                    loaded.source()));
        }
        return instance;
    }

    /**
     * The llama-ffm cache folder, the one the native build uses too: $LLAMA_FFM_CACHE, else the
     * user cache folder + llama-ffm (e.g. ~/.cache/llama-ffm), else one in the temp folder. Does
     * not load the native libraries.
     */
    public static Path cacheFolder() {
        return NativeLoader.cacheRoot().orElseGet(NativeLoader::tempRoot);
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
        return NativeSymbols.string(llama_h.llama_print_system_info());
    }

    /** The ggml backends registered in this process (e.g. {@code [CPU]}, {@code [CUDA, CPU]}), in ggml's order. */
    public List<String> backends() {
        long count = ggml_backend_h.ggml_backend_reg_count();
        List<String> names = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            names.add(
                    NativeSymbols.string(ggml_backend_h.ggml_backend_reg_name(ggml_backend_h.ggml_backend_reg_get(i))));
        }
        return List.copyOf(names);
    }

    /** The devices ggml can run on, in ggml's order (GPUs first, then the CPU). */
    public List<Device> devices() {
        long count = ggml_backend_h.ggml_backend_dev_count();
        List<Device> devices = new ArrayList<>((int) count);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment free = arena.allocate(JAVA_LONG);
            MemorySegment total = arena.allocate(JAVA_LONG);
            for (int i = 0; i < count; i++) {
                MemorySegment dev = ggml_backend_h.ggml_backend_dev_get(i);
                ggml_backend_h.ggml_backend_dev_memory(dev, free, total);
                devices.add(new Device(
                        i,
                        NativeSymbols.string(ggml_backend_h.ggml_backend_dev_name(dev)),
                        NativeSymbols.string(ggml_backend_h.ggml_backend_dev_description(dev)),
                        DeviceType.fromNative(ggml_backend_h.ggml_backend_dev_type(dev)),
                        free.get(JAVA_LONG, 0),
                        total.get(JAVA_LONG, 0)));
            }
        }
        return List.copyOf(devices);
    }
}
