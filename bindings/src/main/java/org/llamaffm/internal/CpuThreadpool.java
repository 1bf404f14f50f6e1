package org.llamaffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.llamaffm.internal.ffi.ggml_backend_h;
import org.llamaffm.internal.ffi.ggml_h;
import org.llamaffm.internal.ffi.ggml_threadpool_params;

/**
 * A ggml CPU threadpool, as llama.cpp's own programs use them: threads that stay alive between
 * graph computations and spin briefly ({@code poll}) before sleeping. Without one, the CPU backend
 * starts and joins its threads for every decode. The functions are looked up through the CPU
 * backend's registry (as llama-bench does), so this works when the backend is a dynamically
 * loaded module too. The owner of one {@code ggml_threadpool*}: freed by {@link #close()}, once.
 */
public final class CpuThreadpool implements AutoCloseable {

    /** llama.cpp's default polling level (common's cpuparams.poll, llama-bench's --poll). */
    public static final int DEFAULT_POLL = 50;

    private static MethodHandle create;
    private static MethodHandle free;
    private static final AtomicInteger LIVE = new AtomicInteger();
    /** What makes a pool's native threadpool; replaced only by tests, to make creation fail. */
    private static volatile IntFunction<MemorySegment> maker = threads -> make(threads, DEFAULT_POLL);

    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CpuThreadpool(MemorySegment raw) {
        handle = raw.reinterpret(arena, CpuThreadpool::freeNative);
        LIVE.incrementAndGet();
    }

    /**
     * A new threadpool of {@code threads} threads, polling at {@link #DEFAULT_POLL}.
     *
     * @throws IllegalStateException when ggml cannot create it
     */
    public static CpuThreadpool create(int threads) {
        MemorySegment raw = maker.apply(threads);
        if (raw.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("ggml could not create a threadpool of " + threads + " threads");
        }
        return new CpuThreadpool(raw);
    }

    /** The native {@code ggml_threadpool*}, valid until {@link #close()}. */
    public MemorySegment handle() {
        return handle;
    }

    /** Frees the threads (whatever used them must be done with them). Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            arena.close();
            LIVE.decrementAndGet();
        }
    }

    /** How many pools are open in this process (for leak checks). */
    public static int live() {
        return LIVE.get();
    }

    /**
     * Tests only: makes the native threadpools with {@code test} (NULL: creation fails) instead of
     * ggml; {@code null} restores ggml.
     */
    public static void makeWith(IntFunction<MemorySegment> test) {
        maker = test != null ? test : threads -> make(threads, DEFAULT_POLL);
    }

    /** ggml_threadpool_new with llama.cpp's defaults for {@code threads} and this polling; NULL on failure. */
    public static MemorySegment make(int threads, int poll) {
        resolve();
        try (Arena call = Arena.ofConfined()) {
            MemorySegment params = ggml_h.ggml_threadpool_params_default(call, threads);
            ggml_threadpool_params.poll(params, poll);
            return (MemorySegment) create.invokeExact(params);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void freeNative(MemorySegment pool) {
        try {
            free.invokeExact(pool);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
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
            MemorySegment createFn =
                    ggml_backend_h.ggml_backend_reg_get_proc_address(reg, arena.allocateFrom("ggml_threadpool_new"));
            MemorySegment freeFn =
                    ggml_backend_h.ggml_backend_reg_get_proc_address(reg, arena.allocateFrom("ggml_threadpool_free"));
            if (createFn.equals(MemorySegment.NULL) || freeFn.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("the CPU backend does not offer threadpools");
            }
            create = NativeSymbols.invoker(FunctionDescriptor.of(ADDRESS, ADDRESS))
                    .bindTo(createFn);
            free = NativeSymbols.invoker(FunctionDescriptor.ofVoid(ADDRESS)).bindTo(freeFn);
        }
    }
}
