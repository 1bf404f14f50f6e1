package org.llamaffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import org.llamaffm.internal.CpuThreadpool;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.UseGuard;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_perf_context_data;

/**
 * An inference context ({@code llama_context}): a KV cache (memory) of {@code contextSize}
 * tokens over one or more sequences, and the compute buffers to decode batches with a
 * {@link Model}. Used by one thread at a time: a call from a second thread while one is running
 * fails with {@link IllegalStateException}. {@link #abort()} is the exception: any thread may
 * call it to stop a running decode.
 *
 * <p>The memory (KV cache) is worked on through {@link #memory()} and the whole state saved and
 * restored through {@link #state()}: views that share this guard. Positions and sequence ranges
 * follow llama.cpp: {@code from} inclusive, {@code to} exclusive, a negative bound meaning "open".
 */
public final class Context implements AutoCloseable {

    private static final VarHandle FLAG = JAVA_INT.varHandle();

    private final Model model;
    /** Owns the llama_context: closing it calls llama_free. */
    private final Arena arena;

    private final MemorySegment handle;
    /** The llama_memory_t (KV cache); NULL for models without one. */
    private final MemorySegment memoryHandle;

    private final MemorySegment abortFlag;
    private final UseGuard guard = new UseGuard(
            "context",
            "a context serves one thread at a time; give each thread its own context",
            "close it from that thread, or abort() and wait for the decode to end");
    private final int contextSize;
    private final int batchSize;
    private final int sequences;
    private final int vocabSize;
    private final boolean embeddings;
    /** The pooling llama.cpp resolved (the model's default when UNSPECIFIED was asked). */
    private final ContextParams.Pooling pooling;
    /** Floats per token or pooled embedding ({@code llama_model_n_embd_out}), per RANK output ({@code n_cls_out}). */
    private final int embeddingWidth;

    private final int classifierOutputs;
    private final int microBatchSize;
    /** The CPU threadpools (null for a simulated context; batchThreadpool null when it is threadpool's size). */
    private final CpuThreadpool threadpool;

    private final CpuThreadpool batchThreadpool;
    /** Output rows of the last decode: batch index -> row (-1 = no output), and how many. */
    private int[] outputRow = new int[0];

    private int outputs;
    /** After a state load the outputs are llama.cpp's restored ones: only the last (-1) can be asked for. */
    private boolean restoredOutputs;

    private final Memory memoryView = new Memory();
    private final State stateView = new State();

    private Context(
            Model model,
            Arena arena,
            MemorySegment handle,
            CpuThreadpool threadpool,
            CpuThreadpool batchThreadpool,
            ContextParams params) {
        this.model = model;
        this.arena = arena;
        this.handle = handle;
        this.memoryHandle = llama_h.llama_get_memory(handle);
        this.contextSize = llama_h.llama_n_ctx(handle);
        this.batchSize = llama_h.llama_n_batch(handle);
        this.sequences = params.sequences();
        this.vocabSize = model.vocab().size();
        this.embeddings = params.embeddings();
        this.pooling = ContextParams.Pooling.ofNative(llama_h.llama_pooling_type(handle));
        this.embeddingWidth = llama_h.llama_model_n_embd_out(model.handle());
        this.classifierOutputs = llama_h.llama_model_n_cls_out(model.handle());
        this.microBatchSize = llama_h.llama_n_ubatch(handle);
        this.threadpool = threadpool;
        this.batchThreadpool = batchThreadpool;
        if (threadpool != null) {
            llama_h.llama_attach_threadpool(
                    handle,
                    threadpool.handle(),
                    batchThreadpool != null ? batchThreadpool.handle() : MemorySegment.NULL);
        }
        this.abortFlag = arena.allocate(JAVA_INT);
        llama_h.llama_set_abort_callback(
                handle, NativeSymbols.address("llama_ffm_abort_on_flag", "llama_ffm_shim.h"), abortFlag);
    }

    /**
     * Takes {@code raw} over at once and makes the rest (threadpools that stay alive between decodes,
     * as llama.cpp's own programs run them): when any of it fails, everything made so far is freed.
     */
    private static Context own(Model model, MemorySegment raw, ContextParams params, boolean simulated) {
        Arena arena = Arena.ofShared();
        MemorySegment handle = raw.reinterpret(arena, llama_h::llama_free);
        CpuThreadpool pool = null;
        CpuThreadpool batchPool = null;
        try {
            if (!simulated) {
                pool = CpuThreadpool.create(params.threads());
                if (params.batchThreads() != params.threads()) {
                    batchPool = CpuThreadpool.create(params.batchThreads());
                }
            }
            return new Context(model, arena, handle, pool, batchPool, params);
        } catch (RuntimeException | Error e) {
            free(arena, pool, batchPool, null);
            throw e;
        }
    }

    /** llama_free first (the context stops using the threadpools), then the pools, then the model's reference. */
    private static void free(Arena arena, CpuThreadpool pool, CpuThreadpool batchPool, Model model) {
        try {
            arena.close();
        } finally {
            try {
                if (batchPool != null) {
                    batchPool.close();
                }
            } finally {
                try {
                    if (pool != null) {
                        pool.close();
                    }
                } finally {
                    if (model != null) {
                        model.release();
                    }
                }
            }
        }
    }

    /**
     * Creates a context for {@code model}. The model stays loaded until this context is closed.
     *
     * @throws ContextException when llama.cpp cannot create it (its error is in the message)
     */
    public static Context create(Model model, ContextParams params) {
        if (model.simulated()) {
            throw new IllegalArgumentException("the model was loaded without weights (memory estimate only)");
        }
        return create(model, params, false);
    }

    /** {@code simulated}: a context of a no_alloc model, for {@link MemoryBreakdown#estimate} (no threadpools). */
    static Context create(Model model, ContextParams params, boolean simulated) {
        int trained = model.trainedContextLength();
        if (params.contextSize() > 0 && trained > 0 && params.contextSize() > 4L * trained) {
            throw new IllegalArgumentException("contextSize must be in [1, " + 4L * trained
                    + "] (4x the model's trained context of " + trained + "), was " + params.contextSize());
        }
        // llama.cpp reserves an output row per sequence at creation and asserts (ending the process) that
        // they fit its outputs per batch: n_batch, capped by n_ctx for causal models (llama-context.cpp)
        int context = params.contextSize() > 0 ? params.contextSize() : trained;
        int outputs = context > 0 ? Math.min(params.batchSize(), context) : params.batchSize();
        if (params.sequences() > outputs) {
            throw new IllegalArgumentException("sequences (" + params.sequences() + ") must be <= the batch size ("
                    + outputs + (outputs < params.batchSize() ? ", the context size" : "")
                    + "): llama.cpp reserves one "
                    + "output per sequence in a batch");
        }
        model.retain();
        try (Arena call = Arena.ofConfined();
                NativeLog.Capture log = NativeLog.capture()) {
            MemorySegment raw = llama_h.llama_init_from_model(model.handle(), params.toNative(call));
            if (raw.equals(MemorySegment.NULL)) {
                throw new ContextException("llama.cpp could not create a context (" + params + "):\n  "
                        + String.join("\n  ", log.lines()));
            }
            return own(model, raw, params, simulated);
        } catch (RuntimeException | Error e) {
            model.release();
            throw e;
        }
    }

    public Model model() {
        return model;
    }

    /** Tokens the memory holds (may be rounded up from the requested size). */
    public int contextSize() {
        return contextSize;
    }

    /** Most tokens one {@link #decode} takes. */
    public int batchSize() {
        return batchSize;
    }

    public int sequences() {
        return sequences;
    }

    /** Most tokens computed at once; a non-causal (encoder) model must get a whole decode in one micro-batch. */
    public int microBatchSize() {
        return microBatchSize;
    }

    /** Whether the context computes embeddings ({@code ContextParams.embeddings}). */
    public boolean embeddings() {
        return embeddings;
    }

    /**
     * The pooling this context applies: the one asked for in {@link ContextParams#pooling()}, or the
     * model's own when that was UNSPECIFIED (NONE for models that declare none).
     */
    public ContextParams.Pooling pooling() {
        return pooling;
    }

    /** False for models without a KV cache (encoders such as BERT): llama.cpp encodes their batches whole. */
    boolean hasMemory() {
        return !memoryHandle.equals(MemorySegment.NULL);
    }

    private void enter() {
        guard.enter();
    }

    private void exit() {
        guard.exit();
    }

    /**
     * Decodes a batch: computes the model for its tokens and stores them in memory.
     *
     * @throws DecodeException when llama.cpp reports a failure (no KV slot, aborted, invalid)
     */
    public void decode(Batch batch) {
        enter();
        try {
            checkBatch(batch);
            int code;
            try (NativeLog.Capture log = NativeLog.capture()) {
                code = llama_ffm_shim_h.llama_ffm_decode(handle, batch.struct());
                if (code != 0) {
                    outputs = 0;
                    throw decodeFailure(code, log);
                }
            }
            recordOutputs(batch);
        } finally {
            exit();
        }
    }

    /** llama.cpp's account of this context's memory (and its model's), per buffer type. */
    public MemoryBreakdown memoryBreakdown() {
        enter();
        try {
            return MemoryBreakdown.read(handle);
        } finally {
            exit();
        }
    }

    /** Waits until the work queued by {@link #decode} is done (decode may return before a GPU finishes). */
    public void synchronize() {
        enter();
        try {
            llama_h.llama_synchronize(handle);
        } finally {
            exit();
        }
    }

    private DecodeException decodeFailure(int code, NativeLog.Capture log) {
        String lines = log.lines().isEmpty() ? "" : ": " + String.join("; ", log.lines());
        return switch (code) {
            case 1 ->
                new DecodeException(
                        DecodeException.Reason.NO_KV_SLOT,
                        code,
                        "no room in the KV cache for the batch (context size " + contextSize
                                + "): shorten the batch, remove tokens or use a larger context" + lines);
            case 2 -> {
                FLAG.setVolatile(abortFlag, 0L, 0);
                yield new DecodeException(
                        DecodeException.Reason.ABORTED,
                        code,
                        "decode aborted; the micro-batches computed before the abort stay in memory");
            }
            case -1 ->
                new DecodeException(DecodeException.Reason.INVALID_BATCH, code, "llama.cpp rejected the batch" + lines);
            case llama_ffm_shim_h.LLAMA_FFM_EXCEPTION ->
                new DecodeException(
                        DecodeException.Reason.FATAL,
                        code,
                        "llama_decode threw: " + ShimCall.caught("llama_decode").getMessage() + lines);
            default ->
                new DecodeException(DecodeException.Reason.FATAL, code, "llama_decode failed with " + code + lines);
        };
    }

    /** llama.cpp asserts (aborting the process) on some invalid batches: they are refused here first. */
    private void checkBatch(Batch batch) {
        int n = batch.size();
        if (n == 0) {
            throw new IllegalArgumentException("the batch is empty");
        }
        if (n > batchSize) {
            throw new IllegalArgumentException(
                    "the batch has " + n + " tokens, more than the context's batch size " + batchSize);
        }
        for (int i = 0; i < n; i++) {
            int token = batch.token(i);
            if (token < 0 || token >= vocabSize) {
                throw new IllegalArgumentException(
                        "batch token " + i + " is " + token + ", out of the vocabulary's range [0, " + vocabSize + ")");
            }
            for (int s = 0; s < batch.sequenceCount(i); s++) {
                int seq = batch.sequence(i, s);
                if (seq >= sequences) {
                    throw new IllegalArgumentException("batch token " + i + " is in sequence " + seq
                            + ", but the context has sequences 0.." + (sequences - 1));
                }
            }
        }
    }

    private void recordOutputs(Batch batch) {
        restoredOutputs = false;
        int n = batch.size();
        if (outputRow.length < n) {
            outputRow = new int[Math.max(n, outputRow.length * 2)];
        }
        int rows = 0;
        for (int i = 0; i < n; i++) {
            outputRow[i] = batch.output(i) ? rows++ : -1;
        }
        for (int i = n; i < outputRow.length; i++) {
            outputRow[i] = -1;
        }
        outputs = rows;
    }

    /** Checks that the last decode computed an output for batch index {@code index} (-1: the last output). */
    void checkOutput(int index) {
        if (restoredOutputs
                && index == -1
                && !llama_h.llama_get_logits_ith(handle, -1).equals(MemorySegment.NULL)) {
            return;
        }
        if (restoredOutputs
                || (index == -1 ? outputs == 0 : index < 0 || index >= outputRow.length || outputRow[index] < 0)) {
            throw new IllegalArgumentException(
                    "batch index " + index + " has no output in the last decode: add the token with output = true");
        }
    }

    /** The logits (one per vocabulary token) of batch index {@code index} of the last decode; -1 = the last output. */
    public float[] logits(int index) {
        enter();
        try {
            checkOutput(index);
            MemorySegment logits = llama_h.llama_get_logits_ith(handle, index);
            return logits.reinterpret((long) vocabSize * Float.BYTES).toArray(JAVA_FLOAT);
        } finally {
            exit();
        }
    }

    /**
     * The pooled embedding of sequence {@code sequence} after the last decode: {@code
     * llama_model_n_embd_out} floats, or with pooling RANK the model's {@code n_cls_out} classifier
     * outputs (a reranker's score). Needs a context created with {@code embeddings(true)} and a
     * pooling other than NONE, and the sequence's tokens all in that decode (for several sequences
     * of different lengths in one batch, with {@code kvUnified(true)}: see {@link ContextParams}).
     *
     * @throws EmbeddingException when the context does not compute pooled embeddings, or the last
     *                            decode had no tokens of {@code sequence}
     */
    public float[] sequenceEmbedding(int sequence) {
        enter();
        try {
            checkEmbeddings();
            checkSequence(sequence);
            if (pooling == ContextParams.Pooling.NONE) {
                throw new EmbeddingException(
                        EmbeddingException.Reason.WRONG_POOLING,
                        "the context's pooling is NONE: "
                                + "it computes one embedding per token (tokenEmbedding), no pooled embedding per sequence");
            }
            MemorySegment embd = llama_h.llama_get_embeddings_seq(handle, sequence);
            if (embd.equals(MemorySegment.NULL)) {
                throw new EmbeddingException(
                        EmbeddingException.Reason.NO_OUTPUT,
                        "no pooled embedding for sequence " + sequence + ": the last decode had no tokens of it");
            }
            int width = pooling == ContextParams.Pooling.RANK ? classifierOutputs : embeddingWidth;
            return embd.reinterpret((long) width * Float.BYTES).toArray(JAVA_FLOAT);
        } finally {
            exit();
        }
    }

    /**
     * The embedding of the token at batch index {@code index} of the last decode (-1: the last
     * one): {@code llama_model_n_embd_out} floats. Needs a context created with {@code
     * embeddings(true)} and pooling NONE.
     *
     * @throws EmbeddingException when the context does not compute per-token embeddings
     */
    public float[] tokenEmbedding(int index) {
        enter();
        try {
            checkEmbeddings();
            if (pooling != ContextParams.Pooling.NONE) {
                throw new EmbeddingException(
                        EmbeddingException.Reason.WRONG_POOLING,
                        "the context pools embeddings per sequence (" + pooling
                                + "): per-token embeddings need pooling NONE");
            }
            checkOutput(index);
            MemorySegment embd = llama_h.llama_get_embeddings_ith(handle, index);
            if (embd.equals(MemorySegment.NULL)) {
                throw new EmbeddingException(
                        EmbeddingException.Reason.NO_OUTPUT, "no embedding for batch index " + index);
            }
            return embd.reinterpret((long) embeddingWidth * Float.BYTES).toArray(JAVA_FLOAT);
        } finally {
            exit();
        }
    }

    private void checkEmbeddings() {
        if (!embeddings) {
            throw new EmbeddingException(
                    EmbeddingException.Reason.EMBEDDINGS_DISABLED,
                    "the context was not created with embeddings(true): it computes logits only");
        }
    }

    private void checkSequence(int sequence) {
        if (sequence < 0 || sequence >= sequences) {
            throw new IllegalArgumentException("sequence " + sequence + " is out of range [0, " + sequences + ")");
        }
    }

    /**
     * The context's memory (KV cache), sequence by sequence. The view is the context's own: it has
     * nothing to close, and each call is guarded as the context's calls are (one thread at a time,
     * not once the context is closed).
     */
    public Memory memory() {
        return memoryView;
    }

    /** Saving and restoring the context's whole state (memory, outputs, RNG), as bytes or to a file. */
    public State state() {
        return stateView;
    }

    /**
     * The memory of a {@link Context} ({@code llama_memory_*}, seen through {@link Context#memory()}).
     * Positions and sequence ranges follow llama.cpp: {@code from} inclusive, {@code to} exclusive, a
     * negative bound meaning "open".
     */
    public final class Memory {

        private Memory() {}

        /** Empties the memory of every sequence. */
        public void clear() {
            enter();
            try {
                llama_h.llama_memory_clear(memoryHandle, true);
                outputs = 0;
                restoredOutputs = false;
            } finally {
                exit();
            }
        }

        /**
         * Removes positions [from, to) of {@code sequence} (-1: every sequence) from memory.
         *
         * @return false when the memory cannot remove a partial range (recurrent models)
         */
        public boolean remove(int sequence, int from, int to) {
            enter();
            try {
                if (sequence != -1) {
                    checkSequence(sequence);
                }
                return llama_h.llama_memory_seq_rm(memoryHandle, sequence, from, to);
            } finally {
                exit();
            }
        }

        /** Makes positions [from, to) of {@code source} part of {@code target} too (shares them, no copy). */
        public void copy(int source, int target, int from, int to) {
            enter();
            try {
                checkSequence(source);
                checkSequence(target);
                llama_h.llama_memory_seq_cp(memoryHandle, source, target, from, to);
            } finally {
                exit();
            }
        }

        /** Removes every sequence but {@code sequence}. */
        public void keepOnly(int sequence) {
            enter();
            try {
                checkSequence(sequence);
                llama_h.llama_memory_seq_keep(memoryHandle, sequence);
            } finally {
                exit();
            }
        }

        /** Adds {@code delta} to positions [from, to) of {@code sequence} (a context shift). */
        public void shift(int sequence, int from, int to, int delta) {
            enter();
            try {
                checkSequence(sequence);
                if (!llama_h.llama_memory_can_shift(memoryHandle)) {
                    throw new UnsupportedOperationException("this model's memory cannot shift positions");
                }
                llama_h.llama_memory_seq_add(memoryHandle, sequence, from, to, delta);
            } finally {
                exit();
            }
        }

        /** The smallest position of {@code sequence} in memory, -1 when it is empty. */
        public int minPosition(int sequence) {
            enter();
            try {
                checkSequence(sequence);
                return llama_h.llama_memory_seq_pos_min(memoryHandle, sequence);
            } finally {
                exit();
            }
        }

        /** The largest position of {@code sequence} in memory, -1 when it is empty. */
        public int maxPosition(int sequence) {
            enter();
            try {
                checkSequence(sequence);
                return llama_h.llama_memory_seq_pos_max(memoryHandle, sequence);
            } finally {
                exit();
            }
        }
    }

    /**
     * The state of a {@link Context} ({@code llama_state_*}, seen through {@link Context#state()}): a
     * state loads into a context of the same model and params. After a load, only the last output
     * ({@code -1}) of the restored outputs can be asked for.
     */
    public final class State {

        private State() {}

        /** The whole state (memory, outputs, RNG) as bytes, for {@link #load(byte[])}. */
        public byte[] save() {
            enter();
            try {
                long size = llama_h.llama_state_get_size(handle);
                if (size > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException(
                            "the state is " + size + " bytes, too large for a byte[]: use save(Path, int[])");
                }
                try (Arena call = Arena.ofConfined()) {
                    MemorySegment buffer = call.allocate(size);
                    long written = llama_h.llama_state_get_data(handle, buffer, size);
                    return buffer.asSlice(0, written).toArray(JAVA_BYTE);
                }
            } finally {
                exit();
            }
        }

        /**
         * Restores a state saved by {@link #save()} (from a context of the same model and params).
         *
         * @throws ContextException when the bytes are not a state llama.cpp accepts
         */
        public void load(byte[] state) {
            enter();
            try (Arena call = Arena.ofConfined();
                    NativeLog.Capture log = NativeLog.capture()) {
                MemorySegment buffer = call.allocate(Math.max(1, state.length));
                MemorySegment.copy(state, 0, buffer, JAVA_BYTE, 0, state.length);
                long read = llama_h.llama_state_set_data(handle, buffer, state.length);
                if (read == 0) {
                    throw new ContextException("llama.cpp rejected the state (" + state.length + " bytes): "
                            + String.join("; ", log.lines()));
                }
                outputs = 0;
                restoredOutputs = true;
            } finally {
                exit();
            }
        }

        /** Saves the state and the tokens it holds to a file. */
        public void save(Path file, int[] tokens) {
            enter();
            try (Arena call = Arena.ofConfined();
                    NativeLog.Capture log = NativeLog.capture()) {
                MemorySegment ids = call.allocateFrom(JAVA_INT, tokens);
                if (!llama_h.llama_state_save_file(handle, call.allocateFrom(file.toString()), ids, tokens.length)) {
                    throw new ContextException(
                            "could not save the state to " + file + ": " + String.join("; ", log.lines()));
                }
            } finally {
                exit();
            }
        }

        /**
         * Loads a state saved by {@link #save(Path, int[])}.
         *
         * @return the tokens saved with it
         */
        public int[] load(Path file) {
            enter();
            try (Arena call = Arena.ofConfined();
                    NativeLog.Capture log = NativeLog.capture()) {
                MemorySegment ids = call.allocate(JAVA_INT, contextSize);
                MemorySegment count = call.allocate(JAVA_LONG);
                if (!llama_h.llama_state_load_file(
                        handle, call.allocateFrom(file.toString()), ids, contextSize, count)) {
                    throw new ContextException(
                            "could not load a state from " + file + ": " + String.join("; ", log.lines()));
                }
                outputs = 0;
                restoredOutputs = true;
                return ids.asSlice(0, count.get(JAVA_LONG, 0) * Integer.BYTES).toArray(JAVA_INT);
            } finally {
                exit();
            }
        }
    }

    /** Performance counters (zeros unless the context was created with {@code performance(true)}). */
    public PerformanceCounters performance() {
        enter();
        try (Arena call = Arena.ofConfined()) {
            llama_h.llama_synchronize(handle); // the counters are updated when the computation is collected
            MemorySegment data = llama_h.llama_perf_context(call, handle);
            return new PerformanceCounters(
                    llama_perf_context_data.t_load_ms(data),
                    llama_perf_context_data.t_p_eval_ms(data),
                    llama_perf_context_data.t_eval_ms(data),
                    llama_perf_context_data.n_p_eval(data),
                    llama_perf_context_data.n_eval(data),
                    llama_perf_context_data.n_reused(data));
        } finally {
            exit();
        }
    }

    /**
     * Stops the running (or the next) {@link #decode} of this context: it ends with a
     * {@link DecodeException} of reason ABORTED, and the context stays usable. Any thread may call
     * it; it only sets a flag the native code reads between graph nodes.
     */
    public void abort() {
        if (!guard.isClosed()) {
            FLAG.setVolatile(abortFlag, 0L, 1);
        }
    }

    /** True when an abort was requested and no decode has consumed it yet. */
    boolean abortRequested() {
        return (int) FLAG.getVolatile(abortFlag, 0L) != 0;
    }

    void clearAbort() {
        FLAG.setVolatile(abortFlag, 0L, 0);
    }

    /** {@code llama_sampler_sample} on this context, holding it (no allocation: called per token). */
    int sample(MemorySegment chain, int index) {
        enter();
        try {
            checkOutput(index);
            int token = llama_ffm_shim_h.llama_ffm_sampler_sample(chain, handle, index);
            if (token == llama_ffm_shim_h.LLAMA_FFM_EXCEPTION) {
                throw ShimCall.caught("llama_sampler_sample");
            }
            return token;
        } finally {
            exit();
        }
    }

    public boolean isClosed() {
        return guard.isClosed();
    }

    /** True while a thread is inside a call of this context (a snapshot; for tests that wait for one). */
    boolean inUse() {
        return guard.inUse();
    }

    /** Frees the context (and the model, if it was closed and this was its last context). Idempotent. */
    @Override
    public void close() {
        guard.close(() -> free(arena, threadpool, batchThreadpool, model));
    }
}
