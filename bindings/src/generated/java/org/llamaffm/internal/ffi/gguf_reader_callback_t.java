// Generated from gguf.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@snippet lang=c :
 * unsigned long (*gguf_reader_callback_t)(void * userdata, void * output, unsigned long offset, unsigned long len)
 * }
 *
 * <pre>
 *  callback to simulate or wrap a FILE pointer - read up to `len` bytes at `offset` into `output` and return the number of bytes read
 * </pre>
 */
@FunctionalInterface
public interface gguf_reader_callback_t {

    /** Called from native code; an exception escaping it terminates the JVM. */
    long apply(MemorySegment userdata, MemorySegment output, long offset, long len);

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG);

    /** {@code apply}, as the upcall target. */
    MethodHandle UPCALL = NativeSymbols.upcallTarget(gguf_reader_callback_t.class, DESCRIPTOR);

    /** Calls a C function pointer of this type. */
    MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

    /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
    static MemorySegment allocate(gguf_reader_callback_t fn, Arena arena) {
        return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
    }

    /** Calls the C function at {@code function}. */
    static long invoke(MemorySegment function, MemorySegment userdata, MemorySegment output, long offset, long len) {
        try {
            return (long) INVOKER.invokeExact(function, userdata, output, offset, len);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }
}
