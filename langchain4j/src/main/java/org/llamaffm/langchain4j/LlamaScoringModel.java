package org.llamaffm.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.llamaffm.Model;
import org.llamaffm.embed.EmbeddingParams;
import org.llamaffm.embed.Reranker;
import org.llamaffm.policy.Session;

/**
 * LangChain4j's {@link ScoringModel} over a reranker (a model with RANK pooling), local or in a session: each
 * segment's score is the reranker's relevance of it to the query (higher is more relevant).
 */
public final class LlamaScoringModel implements ScoringModel, AutoCloseable {

    private final @Nullable Reranker reranker;
    private final @Nullable Model owned;
    private final @Nullable Session session;

    private LlamaScoringModel(Builder builder) {
        builder.checkSource();
        if (builder.contextSize != null) {
            throw new IllegalStateException("a reranker's context is its trained length: no contextSize");
        }
        this.session = builder.session;
        if (session != null) {
            this.reranker = null;
            this.owned = null;
            return;
        }
        Model model = builder.loadModel();
        this.owned = builder.ownsModel() ? model : null;
        try {
            EmbeddingParams.Builder params = EmbeddingParams.builder();
            if (builder.threads != null) {
                params.threads(builder.threads);
            }
            this.reranker = Reranker.open(model, params.build());
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

    @Override
    public Response<List<Double>> scoreAll(List<TextSegment> segments, String query) {
        List<String> documents = segments.stream().map(TextSegment::text).toList();
        float[] scores;
        if (session != null) {
            scores = session.rerank(query, documents);
        } else {
            Reranker r = Objects.requireNonNull(reranker);
            synchronized (r) {
                scores = r.rerank(query, documents);
            }
        }
        List<Double> result = new ArrayList<>(scores.length);
        for (float score : scores) {
            result.add((double) score);
        }
        return Response.from(result);
    }

    /** Frees the reranker, and the model when this scoring model loaded it. */
    @Override
    public void close() {
        if (reranker != null) {
            synchronized (reranker) {
                reranker.close();
            }
        }
        if (owned != null) {
            owned.close();
        }
    }

    /** Builds a {@link LlamaScoringModel}. */
    public static final class Builder extends SourceBuilder<Builder> {
        private Builder() {}

        /**
         * Loads the model (when given a path) and opens the reranker.
         *
         * @throws IllegalStateException when not exactly one of a path, a model and a session is given
         */
        public LlamaScoringModel build() {
            return new LlamaScoringModel(this);
        }
    }
}
