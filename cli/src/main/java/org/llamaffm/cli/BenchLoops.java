package org.llamaffm.cli;

import java.util.Random;
import org.llamaffm.Batch;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Model;
import org.llamaffm.gguf.GgmlType;

/**
 * The timed loops of {@code llama-ffm bench}, llama-bench's {@code test_prompt} and
 * {@code test_gen} through the Java API. Public so that {@code benchmarks/loop-parity.sh} can run
 * them rep by rep against the same loops in C, in one process.
 */
public final class BenchLoops {

    private BenchLoops() {}

    /**
     * llama-bench's context for a test: {@code size} = prompt + generation + depth tokens; flash
     * attention 1 (on), 0 (off) or -1 (auto).
     */
    public static ContextParams contextParams(
            int size, int threads, int batch, int microBatch, int flash, GgmlType keyType, GgmlType valueType) {
        return ContextParams.builder()
                .contextSize(size)
                .batchSize(batch)
                .microBatchSize(Math.min(microBatch, batch))
                .threads(threads)
                .flashAttention(
                        flash == 1
                                ? ContextParams.FlashAttention.ON
                                : flash == 0 ? ContextParams.FlashAttention.OFF : ContextParams.FlashAttention.AUTO)
                .keyType(keyType)
                .valueType(valueType)
                .build();
    }

    /** The token llama-bench starts with: the model's BOS when its vocabulary adds one, else -1 (a random token). */
    public static int bos(Model model) {
        return model.vocab().addsBos() ? model.vocab().bos().orElse(-1) : -1;
    }

    /** llama-bench's test_prompt: random tokens (BOS first) in batches, then synchronize. */
    public static void prompt(
            Context context, Batch batch, int start, int count, int batchSize, int vocab, int bos, Random random) {
        for (int done = 0; done < count; ) {
            int n = Math.min(count - done, Math.min(batchSize, batch.capacity()));
            batch.clear();
            for (int i = 0; i < n; i++) {
                int token = done == 0 && i == 0 && bos >= 0 ? bos : random.nextInt(vocab);
                batch.add(token, start + done + i, i == n - 1, 0); // like llama_batch_get_one: the last of each batch
            }
            context.decode(batch);
            done += n;
        }
        context.synchronize();
    }

    /** llama-bench's test_gen: one token at a time, synchronized after each. */
    public static void generate(Context context, Batch batch, int start, int count, int vocab, int bos, Random random) {
        int token = bos >= 0 ? bos : random.nextInt(vocab);
        for (int i = 0; i < count; i++) {
            batch.clear().add(token, start + i, true, 0);
            context.decode(batch);
            context.synchronize();
            token = random.nextInt(vocab);
        }
    }
}
