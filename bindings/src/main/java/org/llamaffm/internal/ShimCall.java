package org.llamaffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Function;
import org.llamaffm.NativeException;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * Calls a shim function of the "result or NULL plus an error message" kind (llama_ffm_shim.h):
 * strings in are allocated in a confined arena, the returned string and the error message are
 * copied to Java and freed.
 */
public final class ShimCall {

    /** A shim call: gets an arena for its arguments and the error out-parameter. */
    @FunctionalInterface
    public interface Body {
        MemorySegment call(Arena arena, MemorySegment error);
    }

    private ShimCall() {}

    /**
     * The exception that one of the shim's guarded llama.cpp calls (llama_ffm_tokenize, ...) just
     * caught on this thread, for {@code function}, the llama.cpp function it wraps.
     */
    public static NativeException caught(String function) {
        return new NativeException(function, NativeSymbols.string(llama_ffm_shim_h.llama_ffm_last_exception()));
    }

    /** Runs {@code body} and returns its string result; an error becomes {@code failure.apply(message)}. */
    public static String string(Body body, Function<String, RuntimeException> failure) {
        MemorySegment result = pointer(body, failure);
        try {
            return NativeSymbols.string(result);
        } finally {
            llama_ffm_shim_h.llama_ffm_string_free(result);
        }
    }

    /**
     * Runs {@code body} and returns the pointer it returned (the caller owns what it points to);
     * NULL without an error message is returned as NULL.
     */
    public static MemorySegment pointer(Body body, Function<String, RuntimeException> failure) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(ADDRESS);
            MemorySegment result = body.call(arena, error);
            MemorySegment message = error.get(ADDRESS, 0);
            if (!message.equals(MemorySegment.NULL)) {
                String text = NativeSymbols.string(message);
                llama_ffm_shim_h.llama_ffm_string_free(message);
                throw failure.apply(text);
            }
            return result;
        }
    }
}
