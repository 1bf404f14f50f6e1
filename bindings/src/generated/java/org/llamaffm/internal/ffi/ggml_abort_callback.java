// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * _Bool (*ggml_abort_callback)(void * data)
 * }
 *
 * <pre>
 *  Abort callback
 *  If not NULL, called before ggml computation
 *  If it returns true, the computation is aborted
 * </pre>
 */
@FunctionalInterface
public interface ggml_abort_callback {

    /** Called from native code; an exception escaping it terminates the JVM. */
    boolean apply(MemorySegment data);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_abort_callback.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_abort_callback fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static boolean invoke(MemorySegment function, MemorySegment data) {
        try {
            return (boolean) INVOKER.invokeExact(function, data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
