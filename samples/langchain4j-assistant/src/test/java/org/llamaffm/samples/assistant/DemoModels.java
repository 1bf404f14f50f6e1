package org.llamaffm.samples.assistant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticBert;
import org.llamaffm.testkit.SyntheticModel;

/**
 * Writes the sample's default chat and embedding models into the folder given (the build runs it at test-compile): a BERT with
 * random weights on llama.cpp's bge tokenizer. Its mean pooling makes texts that share words lie closer than texts
 * that do not, which is all the retrieval of the sample needs to be seen working.
 */
public final class DemoModels {

    private DemoModels() {}

    /** The embedding model in {@code folder}. */
    static Path bert(Path folder) throws IOException {
        SyntheticBert bert = SyntheticBert.of(LlamaCppSource.vocab("bert-bge"))
                .pooling(SyntheticBert.Pooling.MEAN)
                .contextLength(512)
                .seed(42);
        return write(folder.resolve("bert-mean.gguf"), bert::write);
    }

    /**
     * The chat model in {@code folder}: a llama with random weights on Qwen2's tokenizer and the chat template of
     * Qwen2.5, whose tool calls llama.cpp parses (the demo model's ChatML template has no tool-call format).
     */
    static Path chat(Path folder) throws IOException {
        String qwen = Files.readString(LlamaCppSource.dir().resolve("models/templates/Qwen-Qwen2.5-7B-Instruct.jinja"));
        SyntheticModel chat = SyntheticModel.llama(LlamaCppSource.vocab("qwen2"))
                .layers(2)
                .weightType(GgmlType.F16)
                .contextLength(2048)
                .seed(21)
                .metadata("tokenizer.chat_template", GgufValue.ofString(qwen));
        return write(folder.resolve("chat-qwen2.gguf"), chat::write);
    }

    /** Writes {@code file} whole or not at all: a run of the sample never sees half a model. */
    private static Path write(Path file, Consumer<Path> writer) throws IOException {
        Path temp = Files.createTempFile(Files.createDirectories(file.getParent()), file.getFileName() + ".", ".tmp");
        try {
            writer.accept(temp);
            return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        System.out.println("chat model: " + chat(folder));
        System.out.println("embedding model: " + bert(folder));
    }
}
