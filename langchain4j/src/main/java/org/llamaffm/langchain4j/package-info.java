/**
 * LangChain4j's models over llama-ffm: {@link org.llamaffm.langchain4j.LlamaChatModel},
 * {@link org.llamaffm.langchain4j.LlamaStreamingChatModel}, {@link org.llamaffm.langchain4j.LlamaEmbeddingModel} and
 * {@link org.llamaffm.langchain4j.LlamaScoringModel}. Each runs over a local model (a file it loads, or a
 * {@link org.llamaffm.Model} the caller keeps) for single-user applications, or over a policy
 * {@link org.llamaffm.policy.Session} (one tenant's, for servers).
 */
@NullMarked
package org.llamaffm.langchain4j;

import org.jspecify.annotations.NullMarked;
