package org.llamaffm.langchain4j;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.policy.Session;

/**
 * What every model of this package runs over: exactly one of a model file it loads (and closes), a {@link Model} the
 * caller keeps, or a policy {@link Session} (the caller keeps it; the admitted model's parameters then apply, and
 * {@link #contextSize}, {@link #threads} and {@link #gpuLayers} are refused).
 *
 * @param <B> the concrete builder
 */
public abstract class SourceBuilder<B extends SourceBuilder<B>> {

    @Nullable
    Path modelPath;

    @Nullable
    Model model;

    @Nullable
    Session session;

    @Nullable
    Integer contextSize;

    @Nullable
    Integer threads;

    @Nullable
    Integer gpuLayers;

    SourceBuilder() {}

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /** A GGUF file to load; the built model closes it. */
    public B modelPath(Path modelPath) {
        this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
        return self();
    }

    /** A loaded model, which the caller keeps (and closes after the built model). */
    public B model(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        return self();
    }

    /** A tenant's session, which the caller keeps: every request goes through its policy. */
    public B session(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        return self();
    }

    /** The context's size in tokens; default llama.cpp's (the model's trained length where 0). */
    public B contextSize(int contextSize) {
        this.contextSize = contextSize;
        return self();
    }

    /** The threads that decode; default llama.cpp's. */
    public B threads(int threads) {
        this.threads = threads;
        return self();
    }

    /** The layers to offload to a GPU (-1: all); default llama.cpp's. Only with {@link #modelPath}. */
    public B gpuLayers(int gpuLayers) {
        this.gpuLayers = gpuLayers;
        return self();
    }

    final void checkSource() {
        int sources = (modelPath != null ? 1 : 0) + (model != null ? 1 : 0) + (session != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalStateException("give exactly one of modelPath, model and session, gave " + sources);
        }
        if (session != null && (contextSize != null || threads != null || gpuLayers != null)) {
            throw new IllegalStateException(
                    "a session's model and context are the sandbox's: contextSize, threads and gpuLayers do not apply");
        }
        if (model != null && gpuLayers != null) {
            throw new IllegalStateException("gpuLayers applies when the model is loaded: give a modelPath");
        }
    }

    /** The model: the given one, or the file loaded. */
    final Model loadModel() {
        if (model != null) {
            return model;
        }
        ModelParams.Builder params = ModelParams.builder();
        if (gpuLayers != null) {
            params.gpuLayers(gpuLayers);
        }
        return Model.load(Objects.requireNonNull(modelPath), params.build());
    }

    final boolean ownsModel() {
        return modelPath != null;
    }

    final ContextParams contextParams() {
        ContextParams.Builder params = ContextParams.builder();
        if (contextSize != null) {
            params.contextSize(contextSize);
        }
        if (threads != null) {
            params.threads(threads);
        }
        return params.build();
    }
}
