package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Model;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufValue;

/**
 * A model a {@link Sandbox} admitted: what it is (name, SHA-256, metadata) and where it runs (its
 * {@link Isolation}). It is data, not a native handle: the same in both modes, so that application code does
 * not change when the policy moves a model into a worker process. Open {@link Session}s on it with
 * {@link Sandbox#openSession}; {@link #close()} unloads it (in process) or stops its workers.
 */
public final class AdmittedModel implements AutoCloseable {

    private final String name;
    private final String sha256;
    private final Path file;
    private final GgufFile gguf;
    private final Isolation isolation;
    /** In process: the loaded model; null in a worker. */
    private final @Nullable Model model;
    /** In a worker: its pools; null in process. */
    private final @Nullable ModelWorkers workers;

    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AdmittedModel(
            String name,
            String sha256,
            Path file,
            GgufFile gguf,
            @Nullable Model model,
            @Nullable ModelWorkers workers,
            Runnable release) {
        this.name = name;
        this.sha256 = sha256;
        this.file = file;
        this.gguf = gguf;
        this.isolation = model != null ? Isolation.IN_PROCESS : Isolation.WORKER;
        this.model = model;
        this.workers = workers;
        this.release = release;
    }

    static AdmittedModel inProcess(String name, String sha256, Path file, GgufFile gguf, Model model) {
        return new AdmittedModel(name, sha256, file, gguf, Objects.requireNonNull(model), null, model::close);
    }

    static AdmittedModel inWorkers(
            String name, String sha256, Path file, GgufFile gguf, ModelWorkers workers, Runnable release) {
        return new AdmittedModel(name, sha256, file, gguf, null, Objects.requireNonNull(workers), release);
    }

    /** The model's name in the policy's allowlist. */
    public String name() {
        return name;
    }

    /** The SHA-256 of the file (lower-case hex), as admission computed it. */
    public String sha256() {
        return sha256;
    }

    /** The file as the caller named it. */
    public Path file() {
        return file;
    }

    /** Where the model runs. */
    public Isolation isolation() {
        return isolation;
    }

    /** The file's metadata, in file order, as the validator read it (no native code). */
    public Map<String, GgufValue> metadata() {
        return gguf.metadata();
    }

    /** {@code general.architecture}. */
    public String architecture() {
        return gguf.architecture().orElse("");
    }

    /** The context length the model was trained with ({@code <arch>.context_length}), or 0 when absent. */
    public int trainedContextLength() {
        long length = gguf.getLong(architecture() + ".context_length").orElse(0L);
        return (int) Math.min(Math.max(length, 0), Integer.MAX_VALUE);
    }

    /**
     * What each worker of this model locked down, as its first ready worker reported it (for a model in
     * process: empty, nothing is locked down).
     */
    public List<Protection> protections() {
        return workers == null ? List.of() : workers.protections();
    }

    /** Whether {@link #close()} has run. */
    public boolean isClosed() {
        return closed.get();
    }

    /** The loaded model, in process; empty in a worker. */
    Optional<Model> model() {
        return Optional.ofNullable(model);
    }

    /** The worker pools, in a worker; empty in process. */
    Optional<ModelWorkers> workers() {
        return Optional.ofNullable(workers);
    }

    /**
     * Unloads the model (in process) or stops its workers, and releases its memory reservation; idempotent.
     * Close its sessions first.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }

    @Override
    public String toString() {
        return name + " (" + sha256.substring(0, 12) + ", " + isolation + ")";
    }
}
