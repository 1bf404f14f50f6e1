package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.llamaffm.internal.ffi.ggml_backend_h;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_model_params;
import org.llamaffm.internal.ffi.llama_progress_callback;

/**
 * How to load a model; defaults are llama.cpp's ({@code llama_model_default_params()}).
 *
 * @param gpuLayers    layers to offload to GPUs: 0 none, -1 all (default), n the first n
 * @param mainGpu      the device index that holds the whole model when {@code splitMode} is NONE
 * @param splitMode    how to split the model over several GPUs
 * @param loadMode     mmap / mlock / plain reads; AUTO picks by device
 * @param vocabOnly    load only the vocabulary (for tokenizing; no weights)
 * @param checkTensors validate the tensor data while loading (slower)
 * @param progress     sees the progress, can cancel; null for none
 * @param devices      names of the devices to offload to ({@link Device#name()}); null: all GPUs (default);
 *                     empty: none (CPU only)
 */
public record ModelParams(
        int gpuLayers,
        int mainGpu,
        SplitMode splitMode,
        LoadMode loadMode,
        boolean vocabOnly,
        boolean checkTensors,
        @Nullable LoadProgressListener progress,
        @Nullable List<String> devices) {

    /** How a model is split over several GPUs ({@code enum llama_split_mode}). */
    public enum SplitMode {
        /** One GPU ({@code mainGpu}). */
        NONE,
        /** Whole layers per GPU. */
        LAYER,
        /** Rows of tensors spread over GPUs. */
        ROW,
        /** Tensors split over GPUs (tensor parallelism). */
        TENSOR
    }

    /** How the weights are read ({@code enum llama_load_mode}). */
    public enum LoadMode {
        AUTO(-1),
        NONE(0),
        MMAP(1),
        MLOCK(2),
        MMAP_MLOCK(3),
        DIRECT_IO(4);

        final int nativeValue;

        LoadMode(int nativeValue) {
            this.nativeValue = nativeValue;
        }
    }

    public ModelParams {
        if (gpuLayers < -1) {
            throw new IllegalArgumentException("gpuLayers must be -1 (all) or >= 0, was " + gpuLayers);
        }
        if (mainGpu < 0) {
            throw new IllegalArgumentException("mainGpu must be >= 0, was " + mainGpu);
        }
        Objects.requireNonNull(splitMode, "splitMode");
        Objects.requireNonNull(loadMode, "loadMode");
        devices = devices == null ? null : java.util.List.copyOf(devices);
    }

    /**
     * These params as a native {@code llama_model_params}, allocated (with the device list and the
     * progress upcall) in {@code arena}: llama.cpp's defaults ({@code llama_model_default_params()})
     * with every field this record holds set.
     *
     * @param noAlloc  metadata only, allocations simulated ({@code no_alloc}, for {@link MemoryBreakdown#estimate})
     * @param progress the callback that forwards to {@link #progress()}; null for none
     * @throws IllegalArgumentException when a device in {@link #devices()} does not exist
     */
    MemorySegment toNative(Arena arena, boolean noAlloc, llama_progress_callback progress) {
        MemorySegment p = llama_h.llama_model_default_params(arena);
        llama_model_params.n_gpu_layers(p, gpuLayers);
        llama_model_params.main_gpu(p, mainGpu);
        llama_model_params.split_mode(p, splitMode.ordinal());
        llama_model_params.load_mode(p, loadMode.nativeValue);
        llama_model_params.vocab_only(p, vocabOnly);
        llama_model_params.check_tensors(p, checkTensors);
        llama_model_params.no_alloc(p, noAlloc);
        if (noAlloc) {
            // llama.cpp asserts that a no_alloc load maps nothing (as common/fit.cpp loads for its estimate)
            llama_model_params.load_mode(p, LoadMode.NONE.nativeValue);
        }
        if (progress != null) {
            llama_model_params.progress_callback(p, llama_progress_callback.allocate(progress, arena));
        }
        if (devices != null) {
            llama_model_params.devices(p, deviceList(devices, arena));
        }
        return p;
    }

    /** A NULL-terminated array of ggml devices, by name. */
    private static MemorySegment deviceList(List<String> names, Arena arena) {
        MemorySegment array = arena.allocate(ValueLayout.ADDRESS, names.size() + 1L);
        for (int i = 0; i < names.size(); i++) {
            MemorySegment device = ggml_backend_h.ggml_backend_dev_by_name(arena.allocateFrom(names.get(i)));
            if (device.equals(MemorySegment.NULL)) {
                throw new IllegalArgumentException("no device named '" + names.get(i) + "'; there are "
                        + LlamaRuntime.get().devices().stream()
                                .map(Device::name)
                                .toList());
            }
            array.setAtIndex(ValueLayout.ADDRESS, i, device);
        }
        return array;
    }

    /** llama.cpp's defaults: all layers on GPUs, layer split, AUTO load mode. */
    public static ModelParams defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder()
                .gpuLayers(gpuLayers)
                .mainGpu(mainGpu)
                .splitMode(splitMode)
                .loadMode(loadMode)
                .vocabOnly(vocabOnly)
                .checkTensors(checkTensors)
                .progress(progress)
                .devices(devices);
    }

    public static final class Builder {
        private int gpuLayers = -1;
        private int mainGpu;
        private SplitMode splitMode = SplitMode.LAYER;
        private LoadMode loadMode = LoadMode.AUTO;
        private boolean vocabOnly;
        private boolean checkTensors;
        private @Nullable LoadProgressListener progress;
        private @Nullable List<String> devices;

        private Builder() {}

        public Builder gpuLayers(int gpuLayers) {
            this.gpuLayers = gpuLayers;
            return this;
        }

        public Builder mainGpu(int mainGpu) {
            this.mainGpu = mainGpu;
            return this;
        }

        public Builder splitMode(SplitMode splitMode) {
            this.splitMode = splitMode;
            return this;
        }

        public Builder loadMode(LoadMode loadMode) {
            this.loadMode = loadMode;
            return this;
        }

        public Builder vocabOnly(boolean vocabOnly) {
            this.vocabOnly = vocabOnly;
            return this;
        }

        public Builder checkTensors(boolean checkTensors) {
            this.checkTensors = checkTensors;
            return this;
        }

        public Builder progress(@Nullable LoadProgressListener progress) {
            this.progress = progress;
            return this;
        }

        /** Offload only to these devices (by name, e.g. "CUDA0"); an empty list: none, CPU only. */
        public Builder devices(@Nullable List<String> devices) {
            this.devices = devices;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public ModelParams build() {
            return new ModelParams(gpuLayers, mainGpu, splitMode, loadMode, vocabOnly, checkTensors, progress, devices);
        }
    }
}
