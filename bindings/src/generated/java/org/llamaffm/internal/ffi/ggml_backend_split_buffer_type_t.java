// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * struct ggml_backend_buffer_type * (*ggml_backend_split_buffer_type_t)(int main_device, const float * tensor_split)
 * }
 *
 * <pre>
 *  Split buffer type for tensor parallelism (old)
 * </pre>
 */
@FunctionalInterface
public interface ggml_backend_split_buffer_type_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    MemorySegment apply(int main_device, MemorySegment tensor_split);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_backend_split_buffer_type_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_backend_split_buffer_type_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static MemorySegment invoke(MemorySegment function, int main_device, MemorySegment tensor_split) {
        try {
            return (MemorySegment) INVOKER.invokeExact(function, main_device, tensor_split);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
