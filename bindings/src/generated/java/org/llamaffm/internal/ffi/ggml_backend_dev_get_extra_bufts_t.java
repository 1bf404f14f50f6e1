// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * struct ggml_backend_buffer_type ** (*ggml_backend_dev_get_extra_bufts_t)(struct ggml_backend_device * device)
 * }
 *
 * <pre>
 *  Get additional buffer types provided by the device (returns a NULL-terminated array)
 * </pre>
 */
@FunctionalInterface
public interface ggml_backend_dev_get_extra_bufts_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    MemorySegment apply(MemorySegment device);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ADDRESS, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_backend_dev_get_extra_bufts_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_backend_dev_get_extra_bufts_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static MemorySegment invoke(MemorySegment function, MemorySegment device) {
        try {
            return (MemorySegment) INVOKER.invokeExact(function, device);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
