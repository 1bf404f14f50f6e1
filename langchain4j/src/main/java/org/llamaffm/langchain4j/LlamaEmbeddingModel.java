package org.llamaffm.langchain4j;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.embedding.DimensionAwareEmbeddingModel;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.langchain4j.model.embedding.request.EmbeddingInput;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.response.EmbeddingResponse;
import dev.langchain4j.model.embedding.response.EmbeddingResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Model;
import org.llamaffm.embed.Embedder;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Normalization;
import org.llamaffm.policy.Session;

/**
 * LangChain4j's {@link dev.langchain4j.model.embedding.EmbeddingModel} over an embedding model (pooled, e.g. BERT),
 * local or in a session. Local requests take turns; the context size is the model's trained length. Responses carry
 * the model name and the prompt tokens embedded (through a session: what the session counted); listeners hear every
 * request. Text only: an input type, a number of dimensions or an image is refused with LangChain4j's
 * {@link UnsupportedFeatureException}.
 */
public final class LlamaEmbeddingModel extends DimensionAwareEmbeddingModel implements AutoCloseable {

    private final @Nullable Embedder embedder;
    private final @Nullable Model owned;
    private final @Nullable Session session;
    private final Normalization normalization;
    private final String modelName;
    private final List<EmbeddingModelListener> listeners;

    private LlamaEmbeddingModel(Builder builder) {
        builder.checkSource();
        if (builder.contextSize != null) {
            throw new IllegalStateException("an embedding model's context is its trained length: no contextSize");
        }
        this.normalization = builder.normalization;
        this.modelName = builder.modelName;
        this.listeners = builder.listeners;
        this.session = builder.session;
        if (session != null) {
            this.embedder = null;
            this.owned = null;
            return;
        }
        Model model = builder.loadModel();
        this.owned = builder.ownsModel() ? model : null;
        try {
            EmbeddingParams.Builder params = EmbeddingParams.builder().normalization(normalization);
            if (builder.threads != null) {
                params.threads(builder.threads);
            }
            this.embedder = Embedder.open(model, params.build());
            this.dimension = embedder.dimensions();
        } catch (RuntimeException | Error e) {
            if (owned != null) {
                owned.close();
            }
            throw e;
        }
    }

    /** A builder; give a {@code modelPath}, a {@code model} or a {@code session}. */
    public static Builder builder() {
        return new Builder();
    }

    // In LangChain4j 1.19 embedAll and doEmbed each call the other by default: doEmbed is the one that embeds, and
    // every other method (embed, embedAll) reaches it through embed(EmbeddingRequest), which tells the listeners.
    @Override
    public EmbeddingResponse doEmbed(EmbeddingRequest request) {
        List<String> texts = new ArrayList<>(request.inputs().size());
        for (EmbeddingInput input : request.inputs()) {
            if (!supportedContentTypes().containsAll(input.contentTypes())) {
                throw new UnsupportedFeatureException(
                        "llama-ffm's embedding model takes text only, not " + input.contentTypes());
            }
            texts.add(input.text());
        }
        List<float[]> vectors;
        int tokens;
        if (session != null) {
            // the session counts the prompt tokens of what it embeds; our own requests on it take turns, so the
            // difference is this request's (another user of the same session at the same time would add to it)
            synchronized (session) {
                long before = session.counters().get("promptTokens");
                vectors = session.embed(texts, normalization);
                tokens = (int) (session.counters().get("promptTokens") - before);
            }
        } else {
            Embedder e = Objects.requireNonNull(embedder);
            synchronized (e) {
                tokens = e.tokenCount(texts);
                vectors = e.embed(texts);
            }
        }
        return EmbeddingResponse.builder()
                .embeddings(vectors.stream().map(Embedding::from).toList())
                .metadata(EmbeddingResponseMetadata.builder()
                        .modelName(modelName)
                        .tokenUsage(new TokenUsage(tokens))
                        .build())
                .build();
    }

    @Override
    public List<EmbeddingModelListener> listeners() {
        return listeners;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    /** Frees the embedder, and the model when this embedding model loaded it. */
    @Override
    public void close() {
        if (embedder != null) {
            synchronized (embedder) {
                embedder.close();
            }
        }
        if (owned != null) {
            owned.close();
        }
    }

    /** Builds a {@link LlamaEmbeddingModel}. */
    public static final class Builder extends SourceBuilder<Builder> {
        private Normalization normalization = Normalization.EUCLIDEAN;
        private String modelName = "llama-ffm";
        private List<EmbeddingModelListener> listeners = List.of();

        private Builder() {}

        /** Listeners that hear every request, its response and its error; default none. */
        public Builder listeners(List<EmbeddingModelListener> listeners) {
            this.listeners = List.copyOf(listeners);
            return this;
        }

        /** As {@link #listeners(List)}. */
        public Builder listeners(EmbeddingModelListener... listeners) {
            return listeners(List.of(listeners));
        }

        /** How vectors are normalized; default {@link Normalization#EUCLIDEAN}. */
        public Builder normalization(Normalization normalization) {
            this.normalization = Objects.requireNonNull(normalization, "normalization");
            return this;
        }

        /** The name {@link LlamaEmbeddingModel#modelName()} reports; default "llama-ffm". */
        public Builder modelName(String modelName) {
            this.modelName = Objects.requireNonNull(modelName, "modelName");
            return this;
        }

        /**
         * Loads the model (when given a path) and opens the embedder.
         *
         * @throws IllegalStateException when not exactly one of a path, a model and a session is given
         */
        public LlamaEmbeddingModel build() {
            return new LlamaEmbeddingModel(this);
        }
    }
}
