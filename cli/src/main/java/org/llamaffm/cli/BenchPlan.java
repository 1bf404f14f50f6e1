package org.llamaffm.cli;

import java.nio.file.Path;
import java.util.List;
import org.llamaffm.ContextParams;
import org.llamaffm.ContextParams.FlashAttention;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.GgmlType;

/**
 * Everything one {@code llama-ffm bench} will run, every value checked before a model loads: each
 * {@link Load} (a model file on a set of devices) runs every {@link Run}, in llama-bench's order.
 *
 * @param loads       the model loads, files outer, device sets inner
 * @param runs        the tests on each load: threads, batch, micro-batch, flash attention, depth, test
 * @param repetitions timed repetitions of each run
 * @param keyType     the KV cache's key type
 * @param valueType   the KV cache's value type
 * @param warmup      whether each run is warmed up first
 */
record BenchPlan(
        List<Load> loads, List<Run> runs, int repetitions, GgmlType keyType, GgmlType valueType, boolean warmup) {

    BenchPlan {
        loads = List.copyOf(loads);
        runs = List.copyOf(runs);
    }

    /** The tests in all: each load runs each run. */
    int size() {
        return loads.size() * runs.size();
    }

    /**
     * A model file on a set of devices.
     *
     * @param devices null: llama.cpp's choice (all); empty: none, the CPU only
     */
    record Load(Path file, List<String> devices, ModelParams params) {

        /** llama-bench's {@code devices} field: auto, none, or the names joined by '/'. */
        String devicesField() {
            return devices == null ? "auto" : devices.isEmpty() ? "none" : String.join("/", devices);
        }
    }

    /** One test on a loaded model, with the context it runs in. */
    record Run(
            int threads,
            int batch,
            int microBatch,
            FlashAttention flashAttention,
            int depth,
            int prompt,
            int gen,
            ContextParams params) {

        int flashAttnField() {
            return BenchPlan.flashAttnField(flashAttention);
        }
    }

    /** llama-bench's {@code flash_attn} field (and {@link BenchLoops}'s flag): -1 auto, 0 off, 1 on. */
    static int flashAttnField(FlashAttention flashAttention) {
        return switch (flashAttention) {
            case AUTO -> -1;
            case OFF -> 0;
            case ON -> 1;
        };
    }
}
