package org.llamaffm.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark test's result, with llama-bench's field names so the two tools' JSON can be
 * compared directly.
 */
record BenchResult(
        String buildCommit,
        String cpuInfo,
        String gpuInfo,
        String backends,
        String modelFilename,
        String modelType,
        long modelSize,
        long modelParams,
        int batch,
        int microBatch,
        int threads,
        String typeK,
        String typeV,
        int gpuLayers,
        int flashAttention,
        String devices,
        int prompt,
        int gen,
        int depth,
        String testTime,
        List<Long> samplesNs) {

    long avgNs() {
        return Math.round(
                samplesNs.stream().mapToLong(Long::longValue).average().orElse(0));
    }

    long stddevNs() {
        return Math.round(
                stddev(samplesNs.stream().mapToDouble(Long::doubleValue).toArray()));
    }

    List<Double> samplesTs() {
        return samplesNs.stream().map(ns -> 1e9 * (prompt + gen) / ns).toList();
    }

    double avgTs() {
        return samplesTs().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double stddevTs() {
        return stddev(samplesTs().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** llama-bench's sample standard deviation (n - 1). */
    private static double stddev(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        double sum = java.util.Arrays.stream(values)
                .map(v -> (v - mean) * (v - mean))
                .sum();
        return Math.sqrt(sum / (values.length - 1));
    }

    /** The test's name as llama-bench prints it: pp512, tg128, pp512+tg128, with @ d4096 for a depth. */
    String testName() {
        return testName(prompt, gen, depth);
    }

    static String testName(int prompt, int gen, int depth) {
        String name = prompt > 0 && gen == 0
                ? "pp" + prompt
                : gen > 0 && prompt == 0 ? "tg" + gen : "pp" + prompt + "+tg" + gen;
        return depth > 0 ? name + " @ d" + depth : name;
    }

    /** The fields in llama-bench's order and names. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("build_commit", buildCommit);
        f.put("build_number", 0);
        f.put("cpu_info", cpuInfo);
        f.put("gpu_info", gpuInfo);
        f.put("backends", backends);
        f.put("model_filename", modelFilename);
        f.put("model_type", modelType);
        f.put("model_size", modelSize);
        f.put("model_n_params", modelParams);
        f.put("n_batch", batch);
        f.put("n_ubatch", microBatch);
        f.put("n_threads", threads);
        f.put("type_k", typeK);
        f.put("type_v", typeV);
        f.put("n_gpu_layers", gpuLayers);
        f.put("flash_attn", flashAttention);
        f.put("devices", devices);
        f.put("n_prompt", prompt);
        f.put("n_gen", gen);
        f.put("n_depth", depth);
        f.put("test_time", testTime);
        f.put("avg_ns", avgNs());
        f.put("stddev_ns", stddevNs());
        f.put("avg_ts", avgTs());
        f.put("stddev_ts", stddevTs());
        f.put("samples_ns", samplesNs);
        f.put("samples_ts", samplesTs());
        return f;
    }
}
