package org.llamaffm.internal.ffi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llamaffm.MissingSymbolException;
import org.llamaffm.internal.loader.NativeLoader;

/** Every function the generated classes bind is defined by the native build (CUDA and Metal aside). */
class SymbolCoverageTest {

    /**
     * Declared by the pinned llama.cpp's headers but defined nowhere in its sources (an upstream
     * gap): bound like everything else, and calling it throws MissingSymbolException.
     */
    private static final List<String> DECLARED_ONLY = List.of("ggml_cpu_h.ggml_threadpool_get_n_threads");

    private static List<String> boundFunctions(Class<?> header) {
        List<String> names = new ArrayList<>();
        for (Class<?> holder : header.getDeclaredClasses()) {
            if (holder.getSimpleName().endsWith("$") && Modifier.isPrivate(holder.getModifiers())) {
                names.add(holder.getSimpleName()
                        .substring(0, holder.getSimpleName().length() - 1));
            }
        }
        return names;
    }

    @Test
    void everyBoundFunctionIsDefinedByTheLoadedLibraries() {
        NativeLoader.Loaded loaded = NativeLoader.system();
        List<Class<?>> headers = new ArrayList<>(List.of(
                llama_h.class,
                ggml_h.class,
                ggml_alloc_h.class,
                ggml_backend_h.class,
                ggml_opt_h.class,
                gguf_h.class,
                llama_ffm_shim_h.class));
        if (!loaded.dynamicBackends()) {
            headers.add(ggml_cpu_h.class); // with dynamic backends these live in the CPU module, not loaded by name
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> header : headers) {
            for (String name : boundFunctions(header)) {
                checked++;
                if (loaded.lookup().find(name).isEmpty()) {
                    missing.add(header.getSimpleName() + "." + name);
                }
            }
        }
        assertThat(checked).isGreaterThan(900);
        assertThat(missing)
                .as("functions declared in the headers but not defined by the libraries")
                .containsExactlyInAnyOrderElementsOf(loaded.dynamicBackends() ? List.of() : DECLARED_ONLY);
    }

    @Test
    void callingAFunctionTheLibrariesLackThrowsInsteadOfCrashing() {
        assertThatThrownBy(() -> ggml_cpu_h.ggml_threadpool_get_n_threads(MemorySegment.NULL))
                .isInstanceOf(MissingSymbolException.class)
                .hasMessageStartingWith("ggml_threadpool_get_n_threads (declared in ggml-cpu.h) is not in the native "
                        + "libraries loaded from ");
    }
}
