package org.llamaffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.loader.NativeLoader;

/**
 * The handful of downcalls the runtime needs before the generated bindings exist. Hand-written,
 * and to be replaced by the generated {@code org.llamaffm.internal.ffi} classes.
 */
public final class NativeCalls {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final ValueLayout SIZE_T = (ValueLayout) LINKER.canonicalLayouts().get("size_t");

    private static final MethodHandle LLAMA_BACKEND_INIT = downcall("llama_backend_init", FunctionDescriptor.ofVoid());
    private static final MethodHandle LLAMA_PRINT_SYSTEM_INFO = downcall("llama_print_system_info",
            FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle GGML_BACKEND_LOAD_ALL_FROM_PATH = downcall("ggml_backend_load_all_from_path",
            FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle GGML_BACKEND_DEV_COUNT = downcall("ggml_backend_dev_count",
            FunctionDescriptor.of(SIZE_T));
    private static final MethodHandle GGML_BACKEND_DEV_GET = downcall("ggml_backend_dev_get",
            FunctionDescriptor.of(ADDRESS, SIZE_T));
    private static final MethodHandle GGML_BACKEND_DEV_NAME = downcall("ggml_backend_dev_name",
            FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle GGML_BACKEND_DEV_DESCRIPTION = downcall("ggml_backend_dev_description",
            FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle GGML_BACKEND_DEV_TYPE = downcall("ggml_backend_dev_type",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle GGML_BACKEND_DEV_MEMORY = downcall("ggml_backend_dev_memory",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle SHIM_VERSION = downcall("llama_ffm_shim_version", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle SHIM_LLAMA_CPP_COMMIT = downcall("llama_ffm_llama_cpp_commit",
            FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle SHIM_BUILD_OPTIONS = downcall("llama_ffm_build_options",
            FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle SHIM_ABORT_ON_FLAG = downcall("llama_ffm_abort_on_flag",
            FunctionDescriptor.of(ValueLayout.JAVA_BOOLEAN, ADDRESS));

    /** The shim's abort callback, for {@code llama_set_abort_callback}. */
    public static final MemorySegment ABORT_ON_FLAG = symbol("llama_ffm_abort_on_flag");

    private NativeCalls() {
    }

    private static MemorySegment symbol(String name) {
        return NativeLoader.system().lookup().find(name).orElseThrow(
                () -> new UnsatisfiedLinkError("symbol " + name + " not found in the llama-ffm native libraries in "
                        + NativeLoader.system().folder()));
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    private static String string(MemorySegment cString) {
        return cString.equals(MemorySegment.NULL) ? null : cString.reinterpret(Long.MAX_VALUE).getString(0);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    public static void llamaBackendInit() {
        try {
            LLAMA_BACKEND_INIT.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String llamaPrintSystemInfo() {
        try {
            return string((MemorySegment) LLAMA_PRINT_SYSTEM_INFO.invokeExact());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void ggmlBackendLoadAllFromPath(String folder) {
        try (Arena arena = Arena.ofConfined()) {
            GGML_BACKEND_LOAD_ALL_FROM_PATH.invokeExact(arena.allocateFrom(folder));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static long ggmlBackendDevCount() {
        try {
            return (long) GGML_BACKEND_DEV_COUNT.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static MemorySegment ggmlBackendDevGet(long index) {
        try {
            return (MemorySegment) GGML_BACKEND_DEV_GET.invokeExact(index);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String ggmlBackendDevName(MemorySegment device) {
        try {
            return string((MemorySegment) GGML_BACKEND_DEV_NAME.invokeExact(device));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String ggmlBackendDevDescription(MemorySegment device) {
        try {
            return string((MemorySegment) GGML_BACKEND_DEV_DESCRIPTION.invokeExact(device));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int ggmlBackendDevType(MemorySegment device) {
        try {
            return (int) GGML_BACKEND_DEV_TYPE.invokeExact(device);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** @return {free, total} in bytes */
    public static long[] ggmlBackendDevMemory(MemorySegment device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment free = arena.allocate(SIZE_T);
            MemorySegment total = arena.allocate(SIZE_T);
            GGML_BACKEND_DEV_MEMORY.invokeExact(device, free, total);
            return new long[] {free.get(ValueLayout.JAVA_LONG, 0), total.get(ValueLayout.JAVA_LONG, 0)};
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String shimVersion() {
        try {
            return string((MemorySegment) SHIM_VERSION.invokeExact());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String shimLlamaCppCommit() {
        try {
            return string((MemorySegment) SHIM_LLAMA_CPP_COMMIT.invokeExact());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String shimBuildOptions() {
        try {
            return string((MemorySegment) SHIM_BUILD_OPTIONS.invokeExact());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Calls the shim's abort callback directly, as ggml would (for tests of the flag protocol). */
    public static boolean shimAbortOnFlag(MemorySegment flag) {
        try {
            return (boolean) SHIM_ABORT_ON_FLAG.invokeExact(flag);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
