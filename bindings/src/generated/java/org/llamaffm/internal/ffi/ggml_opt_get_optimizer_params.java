// Generated from ggml-opt.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * struct ggml_opt_optimizer_params (*ggml_opt_get_optimizer_params)(void * userdata)
 * }
 *
 * <pre>
 *  callback to calculate optimizer parameters prior to a backward pass
 *  userdata can be used to pass arbitrary data
 * </pre>
 */
@FunctionalInterface
public interface ggml_opt_get_optimizer_params {

    /** Called from native code; an exception escaping it terminates the JVM. */
    MemorySegment apply(MemorySegment userdata);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ggml_opt_optimizer_params.LAYOUT, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_opt_get_optimizer_params.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_opt_get_optimizer_params fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static MemorySegment invoke(MemorySegment function, SegmentAllocator allocator, MemorySegment userdata) {
        try {
            return (MemorySegment) INVOKER.invokeExact(function, allocator, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
