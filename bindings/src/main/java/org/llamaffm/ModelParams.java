package org.llamaffm;

import java.util.Objects;

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
public record ModelParams(int gpuLayers, int mainGpu, SplitMode splitMode, LoadMode loadMode, boolean vocabOnly,
        boolean checkTensors, LoadProgressListener progress, java.util.List<String> devices) {

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
        AUTO(-1), NONE(0), MMAP(1), MLOCK(2), MMAP_MLOCK(3), DIRECT_IO(4);

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

    /** llama.cpp's defaults: all layers on GPUs, layer split, AUTO load mode. */
    public static ModelParams defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder().gpuLayers(gpuLayers).mainGpu(mainGpu).splitMode(splitMode).loadMode(loadMode)
                .vocabOnly(vocabOnly).checkTensors(checkTensors).progress(progress).devices(devices);
    }

    public static final class Builder {
        private int gpuLayers = -1;
        private int mainGpu;
        private SplitMode splitMode = SplitMode.LAYER;
        private LoadMode loadMode = LoadMode.AUTO;
        private boolean vocabOnly;
        private boolean checkTensors;
        private LoadProgressListener progress;
        private java.util.List<String> devices;

        private Builder() {
        }

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

        public Builder progress(LoadProgressListener progress) {
            this.progress = progress;
            return this;
        }

        /** Offload only to these devices (by name, e.g. "CUDA0"); an empty list: none, CPU only. */
        public Builder devices(java.util.List<String> devices) {
            this.devices = devices;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public ModelParams build() {
            return new ModelParams(gpuLayers, mainGpu, splitMode, loadMode, vocabOnly, checkTensors, progress, devices);
        }
    }
}
