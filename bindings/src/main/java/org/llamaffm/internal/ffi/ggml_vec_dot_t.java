// Generated from ggml-cpu.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_vec_dot_t)(int arg0, float * arg1, unsigned long arg2, const void * arg3, unsigned long arg4, const void * arg5, unsigned long arg6, int arg7)
 * }
 *
 * <pre>
 *  Internal types and functions exposed for tests and benchmarks
 * </pre>
 */
@FunctionalInterface
public interface ggml_vec_dot_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(int arg0, MemorySegment arg1, long arg2, MemorySegment arg3, long arg4, MemorySegment arg5, long arg6, int arg7);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_INT);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_vec_dot_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_vec_dot_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static void invoke(MemorySegment function, int arg0, MemorySegment arg1, long arg2, MemorySegment arg3, long arg4, MemorySegment arg5, long arg6, int arg7) {
        try {
            INVOKER.invokeExact(function, arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
