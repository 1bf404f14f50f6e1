package org.llamaffm.samples.assistant;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.tool.ToolExecution;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.llamaffm.SamplingParams;
import org.llamaffm.langchain4j.LlamaChatModel;
import org.llamaffm.langchain4j.LlamaChatRequestParameters;
import org.llamaffm.langchain4j.LlamaEmbeddingModel;

/**
 * A bank's assistant: LangChain4j's {@link AiServices} over a local chat model, with a tool ({@link LoanTools}) and
 * retrieval over a few documents (embedded by a local embedding model into an in-memory store).
 *
 * <p>Arguments: the chat model, the embedding model, the question.
 */
public final class Assistant {

    /** The documents the assistant answers from (resources beside this class). */
    static final List<String> DOCUMENTS = List.of("loans.txt", "savings.txt", "opening-hours.txt");

    /** What the application calls; AiServices implements it. */
    interface Advisor {
        @SystemMessage("You are a bank's assistant. Answer from the documents you are given, in one or two sentences."
                + " Compute loan payments with the tool.")
        Result<String> ask(String question);
    }

    private Assistant() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: Assistant CHAT_MODEL.gguf EMBEDDING_MODEL.gguf QUESTION");
            System.exit(2);
        }
        try (LlamaChatModel chat = LlamaChatModel.builder()
                        .modelPath(Path.of(args[0]))
                        .contextSize(2048)
                        .sampling(SamplingParams.greedy())
                        .maxTokens(128)
                        .build();
                LlamaEmbeddingModel embeddings = LlamaEmbeddingModel.builder()
                        .modelPath(Path.of(args[1]))
                        .build()) {
            print(advisor(chat, retriever(embeddings), new LoanTools()).ask(args[2]), System.out);
        }
    }

    /** The assistant: {@code chat} answers, {@code tools} compute, {@code retriever} finds the documents. */
    static Advisor advisor(ChatModel chat, ContentRetriever retriever, LoanTools tools) {
        return AiServices.builder(Advisor.class)
                .chatModel(chat)
                .tools(tools)
                .contentRetriever(retriever)
                .chatRequestTransformer(Assistant::toolFirst)
                .build();
    }

    /**
     * A call of {@code monthlyPayment} in the Hermes tool-call format of Qwen 2.5 and 3 and Hermes models (GBNF), with
     * arguments the tool accepts.
     */
    static final String CALL_THE_TOOL = """
            root ::= "<tool_call>\\n{\\"name\\": \\"monthlyPayment\\", \\"arguments\\": {\\"principal\\": " amount \
            ", \\"yearlyRatePercent\\": " rate ", \\"months\\": " months "}}\\n</tool_call>"
            amount ::= [1-9] [0-9]{0,5}
            rate ::= [0-9] ("." [0-9])?
            months ::= [1-9] [0-9]?
            """;

    /**
     * The step before the tool has answered must call it, the step after must answer in words. ToolChoice.REQUIRED
     * alone does not hold a local model to a call (llama.cpp's grammar for the Hermes format lets free text come
     * first), so the first step also carries {@link #CALL_THE_TOOL} in our request parameters: a model with random
     * weights shows the whole loop, and a real one computes instead of guessing.
     */
    static ChatRequest toolFirst(ChatRequest request) {
        boolean toolAnswered = request.messages().getLast() instanceof ToolExecutionResultMessage;
        LlamaChatRequestParameters step = LlamaChatRequestParameters.builder()
                .overrideWith(request.parameters())
                .toolChoice(toolAnswered ? ToolChoice.NONE : ToolChoice.REQUIRED)
                .grammar(toolAnswered ? null : CALL_THE_TOOL)
                .build();
        return request.toBuilder().parameters(step).build();
    }

    /** The two documents nearest to the question, from an in-memory store of all of them. */
    static ContentRetriever retriever(EmbeddingModel embeddings) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        for (String name : DOCUMENTS) {
            TextSegment segment = TextSegment.from(document(name), Metadata.from("file", name));
            store.add(embeddings.embed(segment).content(), segment);
        }
        return EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(embeddings)
                .maxResults(2)
                .build();
    }

    static String document(String name) {
        try (InputStream in = Assistant.class.getResourceAsStream("documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no document " + name + " beside " + Assistant.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents retrieved, the tool's calls and the answer, one line each. */
    static void print(Result<String> result, PrintStream out) {
        for (Content content : result.sources()) {
            out.printf(
                    Locale.ROOT,
                    "retrieved: %s (score %.4f)%n",
                    content.textSegment().metadata().getString("file"),
                    (Double) content.metadata().get(ContentMetadata.SCORE));
        }
        for (ToolExecution execution : result.toolExecutions()) {
            out.println("tool: " + execution.request().name()
                    + execution.request().arguments() + " -> " + execution.result());
        }
        out.println("answer: " + result.content());
    }
}
