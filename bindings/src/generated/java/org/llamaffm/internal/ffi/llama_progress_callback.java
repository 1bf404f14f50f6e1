// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * _Bool (*llama_progress_callback)(float progress, void * user_data)
 * }
 */
@FunctionalInterface
public interface llama_progress_callback {

    /** Called from native code; an exception escaping it terminates the JVM. */
    boolean apply(float progress, MemorySegment user_data);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_FLOAT, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(llama_progress_callback.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(llama_progress_callback fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static boolean invoke(MemorySegment function, float progress, MemorySegment user_data) {
        try {
            return (boolean) INVOKER.invokeExact(function, progress, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
