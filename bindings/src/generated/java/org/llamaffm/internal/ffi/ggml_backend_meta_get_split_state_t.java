// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * struct ggml_backend_meta_split_state (*ggml_backend_meta_get_split_state_t)(const struct ggml_tensor * tensor, void * userdata)
 * }
 *
 * <pre>
 *  function to assign split states for statically allocated tensors, compute tensor split states will be assigned to be compatible:
 * </pre>
 */
@FunctionalInterface
public interface ggml_backend_meta_get_split_state_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    MemorySegment apply(MemorySegment tensor, MemorySegment userdata);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ggml_backend_meta_split_state.LAYOUT, ADDRESS, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_backend_meta_get_split_state_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_backend_meta_get_split_state_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static MemorySegment invoke(MemorySegment function, SegmentAllocator allocator, MemorySegment tensor, MemorySegment userdata) {
        try {
            return (MemorySegment) INVOKER.invokeExact(function, allocator, tensor, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
