/**
 * Embeddings and reranking: {@link org.llamaffm.embed.Embedder} for pooled or per-token embeddings,
 * {@link org.llamaffm.embed.Reranker} for the scores of a model with a classification head (rerankers,
 * classifiers). Both batch their inputs as llama.cpp's {@code llama-embedding} does. Their errors are
 * {@link org.llamaffm.EmbeddingException}, in the root package with the rest of the
 * {@link org.llamaffm.LlamaException} family.
 *
 * <p>Nothing in this package is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.llamaffm.embed;

import org.jspecify.annotations.NullMarked;
