package org.llamaffm.cli;

import java.util.Locale;
import org.llamaffm.ContextParams;
import org.llamaffm.ContextParams.FlashAttention;
import org.llamaffm.Model;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The context options, spelled and defaulted as llama.cpp's tools do (common/arg.cpp, common.h):
 * {@code -c/--ctx-size}, {@code -b/--batch-size}, {@code -ub/--ubatch-size}, {@code -t/--threads},
 * {@code -fa/--flash-attn}. The commands that generate ({@code run}, {@code chat}) take them all
 * through this mixin; each option is a mixin of its own too, for the commands that use only some
 * ({@code embed}: -c, -b, -t; {@code inspect}: -c, -ub).
 */
final class ContextOptions {

    @Mixin
    Size size;

    @Mixin
    Batch batch;

    @Mixin
    MicroBatch microBatch;

    @Mixin
    Threads threads;

    @Mixin
    FlashAttn flashAttention;

    /** The context for {@code model}: the size asked for, at most what the model was trained for. */
    ContextParams params(Model model) {
        return params(model.trainedContextLength());
    }

    /**
     * The context for one generation on {@code model} that holds {@code tokens} tokens at most (its prompt and
     * answer): as {@link #params(Model)}, and no larger than that, as llama.cpp's llama-simple sizes its context
     * (llama.cpp rounds it up to a multiple of 256). A smaller KV cache and compute buffer, the same tokens.
     */
    ContextParams params(Model model, long tokens) {
        int size = size(model.trainedContextLength()); // 0: the model does not say
        return sized((int) Math.min(size == 0 ? Integer.MAX_VALUE : size, tokens));
    }

    /** The context for a model trained for {@code trained} tokens (0: not known here; the size as asked). */
    ContextParams params(int trained) {
        return sized(size(trained));
    }

    private int size(int trained) {
        return this.size.value == 0 || (trained > 0 && this.size.value > trained) ? trained : this.size.value;
    }

    private ContextParams sized(int size) {
        // llama.cpp takes a micro-batch above the batch as the batch (llama_context: n_ubatch = min(n_batch, n_ubatch))
        ContextParams.Builder params = ContextParams.builder()
                .contextSize(size)
                .batchSize(batch.value)
                .microBatchSize(Math.min(microBatch.value, batch.value))
                .flashAttention(flashAttention.value);
        if (threads.value != null) {
            params.threads(threads.value);
        }
        return params.build();
    }

    static final class Size {
        @Option(
                names = {"-c", "--ctx-size"},
                paramLabel = "N",
                defaultValue = "0",
                description = "context size in tokens; 0 = the model's trained length (default: ${DEFAULT-VALUE})")
        int value;
    }

    static final class Batch {
        @Option(
                names = {"-b", "--batch-size"},
                paramLabel = "N",
                defaultValue = "2048",
                description = "logical batch size: most tokens per decode (default: ${DEFAULT-VALUE})")
        int value;
    }

    static final class MicroBatch {
        @Option(
                names = {"-ub", "--ubatch-size"},
                paramLabel = "N",
                defaultValue = "512",
                description = "physical batch size: most tokens computed at once (default: ${DEFAULT-VALUE})")
        int value;
    }

    static final class Threads {
        @Option(
                names = {"-t", "--threads"},
                paramLabel = "N",
                description = "threads (default: all processors)")
        Integer value;
    }

    static final class FlashAttn {
        @Option(
                names = {"-fa", "--flash-attn"},
                paramLabel = "on|off|auto",
                defaultValue = "auto",
                converter = FlashAttnConverter.class,
                description = "flash attention (default: ${DEFAULT-VALUE})")
        FlashAttention value;
    }

    /** {@code -fa}'s values as llama.cpp reads them (common_arg_utils: is_truthy, is_falsey, is_autoy). */
    static final class FlashAttnConverter implements ITypeConverter<FlashAttention> {
        @Override
        public FlashAttention convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "on", "enabled", "true", "1" -> FlashAttention.ON;
                case "off", "disabled", "false", "0" -> FlashAttention.OFF;
                case "auto", "-1" -> FlashAttention.AUTO;
                default -> throw new TypeConversionException("'" + value + "' is not on, off or auto");
            };
        }
    }

    /**
     * {@code run} and {@code chat}: a context of 4096 tokens unless {@code -c} says otherwise. llama.cpp's
     * default, 0 (the model's trained length), relies on its tools fitting the context into free memory
     * (common.cpp, common_fit_params, down to {@code fit_params_min_ctx} = 4096); without that a model
     * trained for 128k tokens would ask for a KV cache that rarely fits, so these commands start at that
     * floor.
     */
    static final class GenerationDefaults implements IDefaultValueProvider {
        static final int CONTEXT_SIZE = 4096;

        @Override
        public String defaultValue(ArgSpec argSpec) {
            return argSpec instanceof OptionSpec option && option.longestName().equals("--ctx-size")
                    ? String.valueOf(CONTEXT_SIZE)
                    : null;
        }
    }
}
