package org.llamaffm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import picocli.CommandLine.Option;

/** The model and context options of the commands that generate ({@code run}, {@code chat}). */
final class ModelOptions {

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "GGUF model file (default: the demo model)")
    Path model;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "threads (default: all processors)")
    Integer threads;

    @Option(names = {"-c", "--ctx-size"}, paramLabel = "N", defaultValue = "4096",
            description = "context size in tokens; 0 = the model's (default: ${DEFAULT-VALUE}, at most the model's)")
    int contextSize;

    @Option(names = {"-ngl", "--gpu-layers"}, paramLabel = "N", defaultValue = "-1",
            description = "layers to offload to GPUs; -1 = all (default: ${DEFAULT-VALUE})")
    int gpuLayers;

    /** Loads the model (the demo model, with its notice on {@code err}, when none was given). */
    Model load(PrintWriter err) {
        Path file = model != null ? model : DemoModel.path(err);
        return Model.load(file, ModelParams.builder().gpuLayers(gpuLayers).build());
    }

    /** The context for {@code model}: the size asked for, at most what the model was trained for. */
    ContextParams context(Model model) {
        int trained = model.trainedContextLength();
        int size = contextSize == 0 || (trained > 0 && contextSize > trained) ? trained : contextSize;
        ContextParams.Builder params = ContextParams.builder().contextSize(size);
        if (threads != null) {
            params.threads(threads);
        }
        return params.build();
    }
}
