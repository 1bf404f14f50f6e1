// Generated from ggml-backend.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * _Bool (*ggml_backend_sched_eval_callback)(struct ggml_tensor * t, _Bool ask, void * user_data)
 * }
 *
 * <pre>
 *  Evaluation callback for each node in the graph (set with ggml_backend_sched_set_eval_callback)
 *  when ask == true, the scheduler wants to know if the user wants to observe this node
 *  this allows the scheduler to batch nodes together in order to evaluate them in a single call
 *
 *  when ask == false, the scheduler is passing the node tensor to the user for observation
 *  if the user returns false, the scheduler will cancel the graph compute
 * </pre>
 */
@FunctionalInterface
public interface ggml_backend_sched_eval_callback {

    /** Called from native code; an exception escaping it terminates the JVM. */
    boolean apply(MemorySegment t, boolean ask, MemorySegment user_data);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_BOOLEAN, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_backend_sched_eval_callback.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_backend_sched_eval_callback fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static boolean invoke(MemorySegment function, MemorySegment t, boolean ask, MemorySegment user_data) {
        try {
            return (boolean) INVOKER.invokeExact(function, t, ask, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
