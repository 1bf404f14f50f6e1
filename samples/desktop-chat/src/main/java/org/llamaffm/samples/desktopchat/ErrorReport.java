package org.llamaffm.samples.desktopchat;

import org.llamaffm.ChatException;
import org.llamaffm.ContextException;
import org.llamaffm.DecodeException;
import org.llamaffm.LlamaException;
import org.llamaffm.ModelLoadException;
import org.llamaffm.gguf.GgufException;

/**
 * What the error banner shows for a failure: a title that names the kind of error, with its type and
 * reason (e.g. "Not a GGUF model file (ModelLoadException: NOT_GGUF)"), and the exception's message,
 * which says what was wrong and with which file.
 */
record ErrorReport(String title, String message) {

    static ErrorReport of(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String title = switch (e) {
            case ModelLoadException m ->
                switch (m.reason()) {
                            case FILE_NOT_FOUND -> "Model file not found";
                            case NOT_GGUF -> "Not a GGUF model file";
                            case TRUNCATED -> "Truncated model file";
                            case MALFORMED -> "Invalid model file";
                            case UNSUPPORTED_ARCHITECTURE -> "Unsupported model architecture";
                            case CANCELLED -> "Load cancelled";
                            case FAILED -> "llama.cpp could not load the model";
                        }
                        + typed(m, m.reason());
            case GgufException g ->
                switch (g.reason()) {
                            case NOT_GGUF, UNSUPPORTED_VERSION -> "Not a GGUF model file";
                            case TRUNCATED -> "Truncated model file";
                            case MALFORMED -> "Invalid model file";
                            case IO -> "Model file not readable";
                        }
                        + typed(g, g.reason());
            case ContextException c -> "Cannot create the model's context" + typed(c, null);
            case ChatException c -> "The message was refused" + typed(c, c.reason());
            case DecodeException d -> "Generation failed" + typed(d, d.reason());
            case LlamaException l -> "llama-ffm failed" + typed(l, null);
            case IllegalArgumentException i -> "Not possible" + typed(i, null);
            default -> "Unexpected error" + typed(e, null);
        };
        return new ErrorReport(title, message);
    }

    private static String typed(Throwable e, Enum<?> reason) {
        return " (" + e.getClass().getSimpleName() + (reason == null ? "" : ": " + reason.name()) + ")";
    }
}
