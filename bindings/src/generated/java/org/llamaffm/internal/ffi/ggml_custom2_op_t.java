// Generated from ggml.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_custom2_op_t)(struct ggml_tensor * dst, const struct ggml_tensor * a, const struct ggml_tensor * b, int ith, int nth, void * userdata)
 * }
 */
@FunctionalInterface
public interface ggml_custom2_op_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(MemorySegment dst, MemorySegment a, MemorySegment b, int ith, int nth, MemorySegment userdata);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_custom2_op_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_custom2_op_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static void invoke(MemorySegment function, MemorySegment dst, MemorySegment a, MemorySegment b, int ith, int nth, MemorySegment userdata) {
        try {
            INVOKER.invokeExact(function, dst, a, b, ith, nth, userdata);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
