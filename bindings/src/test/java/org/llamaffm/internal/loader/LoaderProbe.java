package org.llamaffm.internal.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.JsonSchema;
import org.llamaffm.LlamaRuntime;
import org.llamaffm.Model;
import org.llamaffm.NativeBuild;
import org.llamaffm.Sampler;

/**
 * Run in child JVMs by the tests: "extract BASE", "runtime" (load and report) or "on-demand MODEL" (generate,
 * then convert a JSON Schema, reporting after each whether llama.cpp's common library is mapped).
 */
public final class LoaderProbe {

    private LoaderProbe() {}

    private static boolean commonMapped() throws java.io.IOException {
        return Files.readString(Path.of("/proc/self/maps")).contains("libllama-common");
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "extract" -> {
                NativeExtractor.Result result = ClasspathNatives.load().extractInto(Path.of(args[1]));
                System.out.println("folder=" + result.folder() + " reused=" + result.reused());
            }
            case "runtime" -> {
                NativeBuild build = LlamaRuntime.get().nativeBuild();
                System.out.println("source=" + build.source() + " folder=" + build.libraryFolder() + " commit="
                        + build.llamaCppCommit() + " devices="
                        + LlamaRuntime.get().devices().size());
            }
            case "on-demand" -> {
                try (Model model = Model.load(Path.of(args[1]));
                        Context context = model.newContext(
                                ContextParams.builder().contextSize(256).build());
                        Sampler greedy = Sampler.greedy(model)) {
                    Generation.Result result = Generation.run(
                            context,
                            greedy,
                            "Hello",
                            GenerationParams.builder().maxTokens(4).build());
                    System.out.println("generated=" + (result.tokens().length > 0) + " common=" + commonMapped());
                }
                String grammar = JsonSchema.toGrammar("{\"type\": \"integer\"}");
                System.out.println("grammar=" + !grammar.isBlank() + " common=" + commonMapped());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
