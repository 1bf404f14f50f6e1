// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_log_callback)(enum ggml_log_level level, const char * text, void * user_data)
 * }
 *
 * <pre>
 *  TODO these functions were sandwiched in the old optimization interface, is there a better place for them?
 * </pre>
 */
@FunctionalInterface
public interface ggml_log_callback {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(int level, MemorySegment text, MemorySegment user_data);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_log_callback.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_log_callback fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static void invoke(MemorySegment function, int level, MemorySegment text, MemorySegment user_data) {
        try {
            INVOKER.invokeExact(function, level, text, user_data);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
