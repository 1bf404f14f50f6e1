// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_backend_set_abort_callback_t)(struct ggml_backend * backend, _Bool (*)(void *) abort_callback, void * abort_callback_data)
 * }
 *
 * <pre>
 *  Set the abort callback for the backend
 * </pre>
 */
@FunctionalInterface
public interface ggml_backend_set_abort_callback_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(MemorySegment backend, MemorySegment abort_callback, MemorySegment abort_callback_data);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_backend_set_abort_callback_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_backend_set_abort_callback_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static void invoke(MemorySegment function, MemorySegment backend, MemorySegment abort_callback, MemorySegment abort_callback_data) {
        try {
            INVOKER.invokeExact(function, backend, abort_callback, abort_callback_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
