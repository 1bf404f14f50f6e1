// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * _Bool (*llama_opt_param_filter)(const struct ggml_tensor * tensor, void * userdata)
 * }
 *
 * <pre>
 *  function that returns whether or not a given tensor contains trainable parameters
 * </pre>
 */
@FunctionalInterface
public interface llama_opt_param_filter {

    /** Called from native code; an exception escaping it terminates the JVM. */
    boolean apply(MemorySegment tensor, MemorySegment userdata);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(llama_opt_param_filter.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(llama_opt_param_filter fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static boolean invoke(MemorySegment function, MemorySegment tensor, MemorySegment userdata) {
        try {
            return (boolean) INVOKER.invokeExact(function, tensor, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
