package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.llamaffm.ModelLoadException.Reason;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.internal.Internals;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_progress_callback;

/**
 * A loaded model ({@code llama_model}). Read-only once loaded: many threads and many
 * {@link Context}s may share it. {@link #close()} frees it once every context made from it is
 * closed too.
 *
 * <pre>{@code
 * try (Model model = Model.load(Path.of("model.gguf"))) {
 *     int[] tokens = model.vocab().tokenize("Hello", true, false);
 * }
 * }</pre>
 */
public final class Model implements AutoCloseable {

    static {
        Internals.install(new RootInternals());
    }

    private final Path file;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;
    private final Vocab vocab;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** One for the model itself plus one per open context. */
    private final AtomicInteger references = new AtomicInteger(1);

    private final boolean simulated;
    private final java.util.List<Runnable> closeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Model(Path file, MemorySegment raw, boolean simulated) {
        this.file = file;
        this.simulated = simulated;
        this.handle = raw.reinterpret(arena, llama_h::llama_model_free);
        this.vocab = new Vocab(this, llama_h.llama_model_get_vocab(handle));
    }

    /** Loads {@code file} with llama.cpp's default parameters. */
    public static Model load(Path file) {
        return load(file, ModelParams.defaults());
    }

    /**
     * Loads a GGUF model. The file is checked in Java first (exists, is GGUF, is complete, has a
     * valid header), so the common problems get a precise error before native code sees the file.
     *
     * @throws ModelLoadException with the {@link ModelLoadException#reason() reason}
     */
    public static Model load(Path file, ModelParams params) {
        return load(file, params, false);
    }

    /** With {@code noAlloc}: metadata only, allocations simulated (for {@link MemoryBreakdown#estimate}). */
    static Model load(Path file, ModelParams params, boolean noAlloc) {
        LlamaRuntime runtime = LlamaRuntime.get();
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ModelLoadException(
                    Reason.FILE_NOT_FOUND, path, "model file not found or not readable: " + path, null);
        }
        GgufFile gguf = checkGguf(path);
        if (params.mainGpu() > 0) {
            long gpus = runtime.devices().stream()
                    .filter(d -> d.type() != DeviceType.CPU)
                    .count();
            if (params.mainGpu() >= gpus) {
                throw new IllegalArgumentException(
                        "mainGpu " + params.mainGpu() + " does not exist: there are " + gpus + " GPU devices");
            }
        }
        ProgressBridge progress = params.progress() == null ? null : new ProgressBridge(params.progress());
        try (Arena call = Arena.ofShared();
                NativeLog.Capture log = NativeLog.capture()) {
            MemorySegment nativeParams = params.toNative(call, noAlloc, progress);
            MemorySegment raw = llama_h.llama_model_load_from_file(call.allocateFrom(path.toString()), nativeParams);
            if (!raw.equals(MemorySegment.NULL)) {
                return new Model(path, raw, noAlloc);
            }
            throw failure(path, gguf, progress, log.lines());
        }
    }

    private static GgufFile checkGguf(Path path) {
        try {
            return Gguf.read(path);
        } catch (GgufException e) {
            Reason reason = switch (e.reason()) {
                case NOT_GGUF, UNSUPPORTED_VERSION -> Reason.NOT_GGUF;
                case TRUNCATED -> Reason.TRUNCATED;
                case MALFORMED -> Reason.MALFORMED;
                case IO -> Reason.FILE_NOT_FOUND;
            };
            String what = switch (reason) {
                case NOT_GGUF -> "not a GGUF model file (llama.cpp loads GGUF v2/v3 only)";
                case TRUNCATED -> "model file is truncated (an interrupted download or copy?)";
                default -> "model file is invalid";
            };
            throw new ModelLoadException(reason, path, what + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeException failure(Path path, GgufFile gguf, ProgressBridge progress, List<String> log) {
        if (progress != null && progress.failure != null) {
            if (progress.failure instanceof RuntimeException r) {
                return r;
            }
            if (progress.failure instanceof Error e) {
                throw e;
            }
            return new ModelLoadException(
                    Reason.CANCELLED,
                    path,
                    "model load cancelled by an exception of the progress listener: " + progress.failure,
                    progress.failure);
        }
        if (progress != null && progress.cancelled) {
            return new ModelLoadException(
                    Reason.CANCELLED, path, "model load cancelled by the progress listener: " + path, null);
        }
        String details = log.isEmpty() ? "(llama.cpp logged no error)" : String.join("\n  ", log);
        if (log.stream().anyMatch(l -> l.contains("unknown model architecture"))) {
            return new ModelLoadException(
                    Reason.UNSUPPORTED_ARCHITECTURE,
                    path,
                    "llama.cpp does not support the architecture '"
                            + gguf.architecture().orElse("?") + "' of " + path,
                    null);
        }
        return new ModelLoadException(
                Reason.FAILED, path, "llama.cpp could not load " + path + ":\n  " + details, null);
    }

    /** Forwards llama.cpp's progress calls; never lets an exception reach native code. */
    private static final class ProgressBridge implements llama_progress_callback {
        private final LoadProgressListener listener;
        volatile boolean cancelled;
        volatile Throwable failure;

        ProgressBridge(LoadProgressListener listener) {
            this.listener = listener;
        }

        @Override
        public boolean apply(float progress, MemorySegment userData) {
            try {
                boolean goOn = listener.onProgress(progress);
                cancelled |= !goOn;
                return goOn;
            } catch (Throwable t) {
                failure = t;
                return false;
            }
        }
    }

    /** A new context for this model; see {@link Context#create(Model, ContextParams)}. */
    public Context newContext(ContextParams params) {
        return Context.create(this, params);
    }

    /** The model's file. */
    public Path file() {
        return file;
    }

    /** The tokenizer. */
    public Vocab vocab() {
        return vocab;
    }

    /** All metadata key/values as llama.cpp reports them (arrays summarized by llama.cpp), in file order. */
    public SequencedMap<String, String> metadata() {
        MemorySegment model = handle();
        int count = llama_h.llama_model_meta_count(model);
        SequencedMap<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            String key = readString((buf, size) -> llama_h.llama_model_meta_key_by_index(model, index, buf, size));
            String value =
                    readString((buf, size) -> llama_h.llama_model_meta_val_str_by_index(model, index, buf, size));
            metadata.put(key, value);
        }
        return java.util.Collections.unmodifiableSequencedMap(metadata);
    }

    /** One metadata value, e.g. {@code metadata("general.name")}. */
    public Optional<String> metadata(String key) {
        MemorySegment model = handle();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment nativeKey = arena.allocateFrom(key);
            String value = readString((buf, size) -> llama_h.llama_model_meta_val_str(model, nativeKey, buf, size));
            return Optional.ofNullable(value);
        }
    }

    /** llama.cpp's one-line description, e.g. {@code "llama 7B Q4_K - Medium"}. */
    public String description() {
        MemorySegment model = handle();
        return readString((buf, size) -> llama_h.llama_model_desc(model, buf, size));
    }

    /** The total size of the weights in bytes. */
    public long sizeBytes() {
        return llama_h.llama_model_size(handle());
    }

    public long parameterCount() {
        return llama_h.llama_model_n_params(handle());
    }

    /** The context length the model was trained with. */
    public int trainedContextLength() {
        return llama_h.llama_model_n_ctx_train(handle());
    }

    public int embeddingSize() {
        return llama_h.llama_model_n_embd(handle());
    }

    public int layerCount() {
        return llama_h.llama_model_n_layer(handle());
    }

    public int headCount() {
        return llama_h.llama_model_n_head(handle());
    }

    /** The model's default chat template (Jinja source), if it has one. */
    public Optional<String> chatTemplate() {
        return Optional.ofNullable(
                NativeSymbols.string(llama_h.llama_model_chat_template(handle(), MemorySegment.NULL)));
    }

    @FunctionalInterface
    private interface StringCall {
        int call(MemorySegment buffer, long size);
    }

    /** Calls an snprintf-style llama.cpp function, growing the buffer when needed; null when it returns -1. */
    private static String readString(StringCall call) {
        try (Arena arena = Arena.ofConfined()) {
            long size = 256;
            while (true) {
                MemorySegment buffer = arena.allocate(size);
                int n = call.call(buffer, size);
                if (n < 0) {
                    return null;
                }
                if (n < size) {
                    return buffer.getString(0);
                }
                size = n + 1L;
            }
        }
    }

    /** The native pointer; fails once the model is freed (closed, and no context uses it any more). */
    MemorySegment handle() {
        if (references.get() == 0) {
            throw new IllegalStateException("the model is closed: " + file);
        }
        return handle;
    }

    /** A context holds the model open until it closes. */
    void retain() {
        while (true) {
            int n = references.get();
            if (n == 0 || closed.get()) {
                throw new IllegalStateException("the model is closed: " + file);
            }
            if (references.compareAndSet(n, n + 1)) {
                return;
            }
        }
    }

    void release() {
        if (references.decrementAndGet() == 0) {
            arena.close();
            closeListeners.forEach(Runnable::run);
        }
    }

    /** True for a model loaded without its weights, only to simulate allocations. */
    boolean simulated() {
        return simulated;
    }

    /**
     * Runs {@code listener} once the model's memory is freed (after {@link #close()} and the
     * close of its last context); e.g. to release a memory reservation.
     */
    public void onFree(Runnable listener) {
        closeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    /** True once {@link #close()} was called (the memory is freed when the last context closes). */
    public boolean isClosed() {
        return closed.get();
    }

    /** Frees the model, now or, when contexts still use it, when the last of them closes. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    @Override
    public String toString() {
        return "Model[" + file + (closed.get() ? ", closed]" : "]");
    }
}
