// Generated from ggml-opt.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * void (*ggml_opt_epoch_callback)(_Bool train, struct ggml_opt_context * opt_ctx, struct ggml_opt_dataset * dataset, struct ggml_opt_result * result, long ibatch, long ibatch_max, long t_start_us)
 * }
 *
 * <pre>
 *  signature for a callback while evaluating opt_ctx on dataset, called after an evaluation
 * </pre>
 */
@FunctionalInterface
public interface ggml_opt_epoch_callback {

    /** Called from native code; an exception escaping it terminates the JVM. */
    void apply(boolean train, MemorySegment opt_ctx, MemorySegment dataset, MemorySegment result, long ibatch, long ibatch_max, long t_start_us);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(ggml_opt_epoch_callback.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(ggml_opt_epoch_callback fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static void invoke(MemorySegment function, boolean train, MemorySegment opt_ctx, MemorySegment dataset, MemorySegment result, long ibatch, long ibatch_max, long t_start_us) {
        try {
            INVOKER.invokeExact(function, train, opt_ctx, dataset, result, ibatch, ibatch_max, t_start_us);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
