// Generated from ggml-cpu.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_vec_dot_t)(int n, float * s, unsigned long bs, const void * x, unsigned long bx, const void * y, unsigned long by, int nrc)
 * }
 *
 * <pre>
 *  Internal types and functions exposed for tests and benchmarks
 * </pre>
 */
@FunctionalInterface
public interface ggml_vec_dot_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(int n, MemorySegment s, long bs, MemorySegment x, long bx, MemorySegment y, long by, int nrc);

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
    static void invoke(MemorySegment function, int n, MemorySegment s, long bs, MemorySegment x, long bx, MemorySegment y, long by, int nrc) {
        try {
            INVOKER.invokeExact(function, n, s, bs, x, bx, y, by, nrc);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
