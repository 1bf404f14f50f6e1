package org.llamaffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.ffi.ggml_backend_h;
import org.llamaffm.internal.ffi.ggml_h;
import org.llamaffm.internal.ffi.ggml_threadpool_params;

/**
 * ggml CPU threadpools, as llama.cpp's own programs use them: threads that stay alive between
 * graph computations and spin briefly ({@code poll}) before sleeping. Without one, the CPU backend
 * starts and joins its threads for every decode. The functions are looked up through the CPU
 * backend's registry (as llama-bench does), so this works when the backend is a dynamically
 * loaded module too.
 */
public final class CpuThreadpool {

    /** llama.cpp's default polling level (common's cpuparams.poll, llama-bench's --poll). */
    public static final int DEFAULT_POLL = 50;

    private static MethodHandle create;
    private static MethodHandle free;

    private CpuThreadpool() {
    }

    private static synchronized void resolve() {
        if (create != null) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment reg = ggml_backend_h.ggml_backend_reg_by_name(arena.allocateFrom("CPU"));
            if (reg.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("the CPU backend is not registered");
            }
            MemorySegment createFn = ggml_backend_h.ggml_backend_reg_get_proc_address(reg, arena.allocateFrom("ggml_threadpool_new"));
            MemorySegment freeFn = ggml_backend_h.ggml_backend_reg_get_proc_address(reg, arena.allocateFrom("ggml_threadpool_free"));
            if (createFn.equals(MemorySegment.NULL) || freeFn.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("the CPU backend does not offer threadpools");
            }
            create = NativeSymbols.invoker(FunctionDescriptor.of(ADDRESS, ADDRESS)).bindTo(createFn);
            free = NativeSymbols.invoker(FunctionDescriptor.ofVoid(ADDRESS)).bindTo(freeFn);
        }
    }

    /** A new threadpool of {@code threads} threads; free it with {@link #free(MemorySegment)}. */
    public static MemorySegment create(int threads, int poll) {
        resolve();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = ggml_h.ggml_threadpool_params_default(arena, threads);
            ggml_threadpool_params.poll(params, poll);
            MemorySegment pool = (MemorySegment) create.invokeExact(params);
            if (pool.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("ggml could not create a threadpool of " + threads + " threads");
            }
            return pool;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static void free(MemorySegment pool) {
        try {
            free.invokeExact(pool);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
