package org.llamaffm;

/** Why a {@link Generation} ended. */
public enum StopReason {
    /** The model produced an end-of-generation token (EOS, EOT, ...). */
    END_OF_GENERATION,
    /** {@link GenerationParams#maxTokens()} tokens were generated. */
    MAX_TOKENS,
    /** The text reached one of {@link GenerationParams#stopStrings()} (not included in the output). */
    STOP_STRING,
    /** The context's memory is full. */
    CONTEXT_FULL,
    /** {@link Context#abort()} was called. */
    ABORTED,
    /** {@link GenerationParams#timeout()} passed. */
    TIMEOUT,
    /** The {@link Generation.PieceListener} asked to stop. */
    LISTENER
}
