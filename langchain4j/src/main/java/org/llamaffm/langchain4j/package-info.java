/**
 * LangChain4j's models over llama-ffm: {@link org.llamaffm.langchain4j.LlamaChatModel},
 * {@link org.llamaffm.langchain4j.LlamaStreamingChatModel}, {@link org.llamaffm.langchain4j.LlamaEmbeddingModel} and
 * {@link org.llamaffm.langchain4j.LlamaScoringModel}. Each runs over a local model (a file it loads, or a
 * {@link org.llamaffm.Model} the caller keeps) for single-user applications, or over a policy
 * {@link org.llamaffm.policy.Session} (one tenant's, for servers).
 *
 * <p>LangChain4j's own suites run against them in this module's tests ({@code *IT}: the chat, streaming chat,
 * listener and embedding suites of {@code langchain4j-core}'s test jar). What they refuse, with LangChain4j's
 * {@link dev.langchain4j.exception.UnsupportedFeatureException}: images (in chat and embeddings), a model chosen by
 * {@code modelName} (a model runs the one it was built over), an embedding input type or a number of dimensions.
 * A streaming chat answers on its own thread ({@code LlamaStreamingChatModel.Builder.executor}); a tool call in it is
 * given as one {@code onCompleteToolCall} once the answer is parsed (no partial tool calls). JSON mode (a JSON
 * response format without a schema) constrains the answer to a JSON object; a schema, to JSON of the schema.
 *
 * <pre>{@code
 * try (var model = LlamaStreamingChatModel.builder().modelPath(Path.of("qwen.gguf")).listeners(listener).build()) {
 *     model.chat("Hello!", handler);   // returns at once; the handler hears the answer from another thread
 * }
 * }</pre>
 */
@NullMarked
package org.llamaffm.langchain4j;

import org.jspecify.annotations.NullMarked;
