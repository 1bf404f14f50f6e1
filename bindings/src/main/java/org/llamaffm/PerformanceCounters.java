package org.llamaffm;

/**
 * llama.cpp's performance counters of a context ({@code llama_perf_context}); collected only
 * when {@link ContextParams#performance()} is on.
 *
 * @param loadMillis    time to load the model
 * @param promptMillis  time spent on prompt batches
 * @param evalMillis    time spent generating tokens one at a time
 * @param promptTokens  tokens processed in prompt batches
 * @param evalTokens    tokens generated
 * @param graphsReused  how often a compute graph was reused
 */
public record PerformanceCounters(
        double loadMillis, double promptMillis, double evalMillis, int promptTokens, int evalTokens, int graphsReused) {

    /** Prompt processing speed in tokens per second (0 when nothing was processed). */
    public double promptTokensPerSecond() {
        return promptMillis > 0 ? promptTokens * 1000.0 / promptMillis : 0;
    }

    /** Generation speed in tokens per second (0 when nothing was generated). */
    public double evalTokensPerSecond() {
        return evalMillis > 0 ? evalTokens * 1000.0 / evalMillis : 0;
    }
}
