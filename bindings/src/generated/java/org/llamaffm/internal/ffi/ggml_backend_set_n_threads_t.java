// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_backend_set_n_threads_t)(struct ggml_backend * backend, int n_threads)
 * }
 *
 * <pre>
 *  Set the number of threads for the backend
 * </pre>
 */
@FunctionalInterface
public interface ggml_backend_set_n_threads_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(MemorySegment backend, int n_threads);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_backend_set_n_threads_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_backend_set_n_threads_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static void invoke(MemorySegment function, MemorySegment backend, int n_threads) {
        try {
            INVOKER.invokeExact(function, backend, n_threads);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
