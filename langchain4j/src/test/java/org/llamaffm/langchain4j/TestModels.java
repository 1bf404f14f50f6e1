package org.llamaffm.langchain4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/**
 * The synthetic models of these tests (random weights): {@code chat} (Qwen2's tokenizer and chat template, so
 * Hermes-style tool calls), {@code bert} (pooled embeddings) and {@code reranker}.
 */
record TestModels(Path root, Path chat, Path bert, Path reranker) {

    static TestModels write(Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("models"));
        String qwen = Files.readString(LlamaCppSource.dir().resolve("models/templates/Qwen-Qwen2.5-7B-Instruct.jinja"));
        Path chat = root.resolve("chat.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("qwen2"))
                .layers(2)
                .weightType(GgmlType.F16)
                .contextLength(4096)
                .seed(21)
                .metadata("tokenizer.chat_template", GgufValue.ofString(qwen))
                .write(chat);
        Path bert = root.resolve("bert.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .contextLength(64)
                .seed(22)
                .write(bert);
        Path reranker = root.resolve("reranker.gguf");
        SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .classifier(List.of())
                .seed(23)
                .write(reranker);
        return new TestModels(root, chat, bert, reranker);
    }
}
