package org.llamaffm.samples.hello;

import java.nio.file.Path;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;

/** Generates a continuation of a prompt with the model given as the first argument. */
public final class Hello {

    private Hello() {}

    public static void main(String[] args) {
        try (Model model = Model.load(Path.of(args[0]));
                Context context = model.newContext(
                        ContextParams.builder().contextSize(2048).build());
                Sampler sampler = Sampler.builder()
                        .topK(40)
                        .topP(0.95f)
                        .temperature(0.8f)
                        .dist(42)
                        .build(model);
                Generation generation = Generation.start(
                        context,
                        sampler,
                        "The three primary colors are",
                        GenerationParams.builder()
                                .maxTokens(64)
                                .stopStrings("\n\n")
                                .build())) {
            generation.stream().forEach(System.out::print);
            System.out.println(
                    "\n[" + generation.stopReason().orElseThrow() + ", " + generation.tokens().length + " tokens]");
        }
    }
}
