package org.llamaffm.policy;

import java.nio.file.Path;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;

/**
 * The raw native calls of admission and of a first prompt, with no validator in front: what a
 * {@link ValidatorAbortTest} child JVM runs to show the old failure. {@code estimate FILE} is what
 * {@code Sandbox.admit} does before loading (llama.cpp builds the model and reserves a graph);
 * {@code tokenize FILE HEX} loads the vocabulary and tokenizes the bytes, special tokens added.
 */
public final class UnguardedAdmission {

    private UnguardedAdmission() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "estimate" -> {
                MemoryBreakdown estimate = MemoryBreakdown.estimate(file, ModelParams.defaults(),
                        ContextParams.builder().contextSize(256).batchSize(32).threads(1).build());
                System.out.println("estimated " + estimate.total());
            }
            case "tokenize" -> {
                try (Model model = Model.load(file, ModelParams.builder().vocabOnly(true).build())) {
                    byte[] text = java.util.HexFormat.of().parseHex(args[2]);
                    int[] tokens = model.vocab().tokenize(text, true, false);
                    System.out.println("tokenized " + java.util.Arrays.toString(tokens) + " -> "
                            + model.vocab().detokenize(tokens, false, false));
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
