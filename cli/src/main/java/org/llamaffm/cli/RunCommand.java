package org.llamaffm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.Sampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code llama-ffm run}: generates text from a prompt and streams it to stdout. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates text from a prompt and streams it to stdout.",
            "Without --model it uses the built-in demo model (random weights)."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "GGUF model file (default: the demo model)")
    Path model;

    @Option(names = {"-p", "--prompt"}, paramLabel = "TEXT", description = "the prompt (else -f, else stdin)")
    String prompt;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "read the prompt from a file")
    Path promptFile;

    @Option(names = {"-n", "--n-predict"}, paramLabel = "N", defaultValue = "128",
            description = "tokens to generate at most (default: ${DEFAULT-VALUE})")
    int maxTokens;

    @Option(names = "--temp", defaultValue = "0.8", description = "temperature; 0 = greedy (default: ${DEFAULT-VALUE})")
    float temperature;

    @Option(names = "--top-k", defaultValue = "40", description = "top-k; 0 = off (default: ${DEFAULT-VALUE})")
    int topK;

    @Option(names = "--top-p", defaultValue = "0.95", description = "top-p; 1 = off (default: ${DEFAULT-VALUE})")
    float topP;

    @Option(names = "--min-p", defaultValue = "0.05", description = "min-p; 0 = off (default: ${DEFAULT-VALUE})")
    float minP;

    @Option(names = "--repeat-penalty", defaultValue = "1.0",
            description = "repetition penalty; 1 = off (default: ${DEFAULT-VALUE})")
    float repeatPenalty;

    @Option(names = "--repeat-last-n", defaultValue = "64",
            description = "tokens the repetition penalty looks back (default: ${DEFAULT-VALUE})")
    int repeatLastN;

    @Option(names = {"-s", "--seed"}, paramLabel = "N", description = "random seed, 0..4294967295 (default: random)")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "threads (default: all processors)")
    Integer threads;

    @Option(names = {"-c", "--ctx-size"}, paramLabel = "N", defaultValue = "4096",
            description = "context size in tokens; 0 = the model's (default: ${DEFAULT-VALUE}, at most the model's)")
    int contextSize;

    @Option(names = {"-ngl", "--gpu-layers"}, paramLabel = "N", defaultValue = "-1",
            description = "layers to offload to GPUs; -1 = all (default: ${DEFAULT-VALUE})")
    int gpuLayers;

    @Option(names = "--token-ids", description = "print the generated token ids (space-separated, one line) instead of text")
    boolean tokenIds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = promptText();
        Path file = model != null ? model : DemoModel.path(err);
        try (Model m = Model.load(file, ModelParams.builder().gpuLayers(gpuLayers).build())) {
            int trained = m.trainedContextLength();
            int size = contextSize == 0 || (trained > 0 && contextSize > trained) ? trained : contextSize;
            ContextParams.Builder params = ContextParams.builder().contextSize(size);
            if (threads != null) {
                params.threads(threads);
            }
            try (Context context = m.newContext(params.build()); Sampler sampler = sampler(m)) {
                GenerationParams generation = GenerationParams.builder().maxTokens(maxTokens).build();
                if (tokenIds) {
                    int[] ids = Generation.run(context, sampler, text, generation).tokens();
                    out.println(java.util.Arrays.stream(ids).mapToObj(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(" ")));
                } else {
                    Generation.run(context, sampler, text, generation, piece -> {
                        out.print(piece);
                        out.flush();
                        return true;
                    });
                    out.println();
                }
            }
        }
        return 0;
    }

    private String promptText() throws IOException {
        if (prompt != null && promptFile != null) {
            throw new IllegalArgumentException("give the prompt with -p or -f, not both");
        }
        if (prompt != null) {
            return prompt;
        }
        if (promptFile != null) {
            return Files.readString(promptFile, StandardCharsets.UTF_8);
        }
        if (System.console() != null && System.console().isTerminal()) {
            throw new IllegalArgumentException("no prompt: give one with -p TEXT, -f FILE or on stdin");
        }
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private Sampler sampler(Model m) {
        Sampler.Builder chain = Sampler.builder();
        if (repeatPenalty != 1.0f) {
            chain.penalties(repeatLastN, repeatPenalty, 0, 0);
        }
        if (temperature <= 0) {
            return chain.greedy().build(m);
        }
        if (topK > 0) {
            chain.topK(topK);
        }
        if (topP < 1) {
            chain.topP(topP);
        }
        if (minP > 0) {
            chain.minP(minP);
        }
        long s = seed != null ? seed : new SecureRandom().nextLong(0, 0x1_0000_0000L);
        return chain.temperature(temperature).dist(s).build(m);
    }
}
