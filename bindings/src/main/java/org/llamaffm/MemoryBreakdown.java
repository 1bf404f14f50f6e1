package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.llamaffm.internal.ffi.llama_ffm_memory_use;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * llama.cpp's own account of a context's memory, per ggml buffer type: the model's weights, the
 * context's state (KV cache, outputs) and the compute buffers. {@link Context#memoryBreakdown()}
 * reports what was allocated; {@link #estimate} what a model and context would need, computed by
 * llama.cpp without allocating anything (its {@code no_alloc} simulation).
 *
 * @param buffers one entry per buffer type (e.g. CPU, CPU_REPACK, CUDA0)
 */
public record MemoryBreakdown(List<Buffer> buffers) {

    /**
     * One buffer type's share, in bytes.
     *
     * @param type    the ggml buffer type's name
     * @param host    it lives in host (CPU) memory
     * @param model   the model's weights
     * @param context the context's state
     * @param compute the compute buffers
     */
    public record Buffer(String type, boolean host, long model, long context, long compute) {

        public long total() {
            return model + context + compute;
        }
    }

    public MemoryBreakdown {
        buffers = List.copyOf(buffers);
    }

    public long model() {
        return buffers.stream().mapToLong(Buffer::model).sum();
    }

    public long context() {
        return buffers.stream().mapToLong(Buffer::context).sum();
    }

    public long compute() {
        return buffers.stream().mapToLong(Buffer::compute).sum();
    }

    public long total() {
        return model() + context() + compute();
    }

    /** The bytes in host memory (what a CPU-only process's RSS grows by). */
    public long host() {
        return buffers.stream().filter(Buffer::host).mapToLong(Buffer::total).sum();
    }

    /**
     * What loading {@code file} with {@code model} params and creating a context with
     * {@code context} params would allocate, computed by llama.cpp without allocating: the model
     * is loaded with {@code no_alloc} (metadata only) and the context reserves its graphs in
     * simulation.
     *
     * @throws ModelLoadException  as {@link Model#load} would
     * @throws ContextException    as {@link Context#create} would
     */
    public static MemoryBreakdown estimate(Path file, ModelParams model, ContextParams context) {
        try (Model simulated = Model.load(file, model, true);
                Context c = Context.create(simulated, context, true)) {
            return c.memoryBreakdown();
        }
    }

    static MemoryBreakdown read(MemorySegment context) {
        try (Arena arena = Arena.ofConfined()) {
            long n = llama_ffm_shim_h.llama_ffm_memory_breakdown(context, MemorySegment.NULL, 0);
            MemorySegment entries = llama_ffm_memory_use.allocateArray(Math.max(1, n), arena);
            n = Math.min(n, llama_ffm_shim_h.llama_ffm_memory_breakdown(context, entries, n));
            List<Buffer> buffers = new ArrayList<>();
            long size = llama_ffm_memory_use.LAYOUT.byteSize();
            for (long i = 0; i < n; i++) {
                MemorySegment e = entries.asSlice(i * size, size);
                String type = llama_ffm_memory_use.buffer_type(e).getString(0, StandardCharsets.UTF_8);
                buffers.add(new Buffer(
                        type,
                        llama_ffm_memory_use.host(e),
                        llama_ffm_memory_use.model(e),
                        llama_ffm_memory_use.context(e),
                        llama_ffm_memory_use.compute(e)));
            }
            return new MemoryBreakdown(buffers);
        }
    }
}
