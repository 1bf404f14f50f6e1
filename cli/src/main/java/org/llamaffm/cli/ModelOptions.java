package org.llamaffm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The model options of the commands that load one model ({@code run}, {@code chat}, {@code embed}),
 * spelled as llama.cpp's tools spell them (common/arg.cpp): {@code -m/--model} and
 * {@code -ngl/--n-gpu-layers}. {@link GpuLayers} is a mixin of its own for the commands that take
 * no {@code -m} ({@code inspect}'s estimate, {@code bench}'s list of models).
 */
final class ModelOptions {

    @Option(
            names = {"-m", "--model"},
            paramLabel = "FILE",
            description = "GGUF model file (default: the demo model)")
    Path model;

    @Mixin
    GpuLayers gpuLayers;

    /** The model file given, else the demo model (with its notice on {@code err}). */
    Path file(PrintWriter err) {
        return model != null ? model : DemoModel.path(err);
    }

    /** Loads the model (the demo model, with its notice on {@code err}, when none was given). */
    Model load(PrintWriter err) {
        return Model.load(
                file(err), ModelParams.builder().gpuLayers(gpuLayers.value).build());
    }

    /**
     * {@code -ngl}: llama.cpp's default is -1 (common.h {@code n_gpu_layers}), which {@code llama.h} reads
     * as all layers; llama.cpp's tools then fit what does not fit in memory back to the CPU, which we do
     * not, so here -1 simply means all. The three spellings are llama.cpp's own (llama-bench knows the
     * first two).
     */
    static final class GpuLayers {
        @Option(
                names = {"-ngl", "--n-gpu-layers", "--gpu-layers"},
                paramLabel = "N",
                defaultValue = "-1",
                description = "layers to offload to GPUs; -1 = all (default: ${DEFAULT-VALUE})")
        int value;
    }
}
