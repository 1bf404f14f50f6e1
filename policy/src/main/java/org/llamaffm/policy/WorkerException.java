package org.llamaffm.policy;

import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A request run in a worker process did not come back: the worker died (a {@code GGML_ASSERT}'s abort, a
 * segfault, the OOM killer, any exit), missed its deadline and was killed, could not start, or broke the
 * protocol. The host is untouched. The exception carries what the operating system reported (exit code,
 * signal) and the worker's last log lines, where llama.cpp's last words usually are; or, for
 * {@link Reason#REQUEST_FAILED}, the type of the error the worker reported (the worker itself lives on).
 */
public final class WorkerException extends PolicyException {

    /** Why the request failed. */
    public enum Reason {
        /** The worker could not be started, or did not get ready in time. */
        START_FAILED,
        /** The worker process ended during the request. */
        DIED,
        /** The request missed its deadline; the worker was stopped and killed. */
        TIMED_OUT,
        /** The worker sent something the protocol does not allow; it was killed. */
        PROTOCOL,
        /** The worker reported a typed error of the engine (e.g. a decode failure); it is still alive. */
        REQUEST_FAILED
    }

    private final Reason reason;
    private final int exitCode;
    private final int signal;
    private final List<String> lastLog;
    private final String remoteType;

    private static final String UNTRUSTED_TEXT = "UntrustedTextException/";

    public WorkerException(
            Reason reason,
            String message,
            int exitCode,
            int signal,
            List<String> lastLog,
            String remoteType,
            @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.exitCode = exitCode;
        this.signal = signal;
        this.lastLog = List.copyOf(lastLog);
        this.remoteType = remoteType;
    }

    public Reason reason() {
        return reason;
    }

    /** The worker's exit code as a shell reports it (128 + signal for a signal), or -1 while it ran or when unknown. */
    public int exitCode() {
        return exitCode;
    }

    /**
     * The signal that ended the worker (6 for SIGABRT, 9 for SIGKILL), or the one the worker's JVM caught
     * and reported before it exited (11 for SIGSEGV in native code: the JVM then exits with code 1).
     */
    public OptionalInt signal() {
        return signal > 0 ? OptionalInt.of(signal) : OptionalInt.empty();
    }

    /** The last lines the worker wrote (its native log among them), oldest first. */
    public List<String> lastLog() {
        return lastLog;
    }

    /** For {@link Reason#REQUEST_FAILED}: the simple name of the worker's exception, e.g. {@code DecodeException}. */
    public String remoteType() {
        return remoteType;
    }

    /**
     * How a worker names an exception of its request in an ERROR frame: a refusal of the guard or of a chat's
     * message as {@code UntrustedTextException/<reason>} (see {@link #untrustedText()}), anything else by its simple
     * class name.
     */
    public static String remoteType(Exception e) {
        if (e instanceof UntrustedTextException u) {
            return UNTRUSTED_TEXT + u.reason().name();
        }
        if (e instanceof org.llamaffm.ChatInputException c) {
            return UNTRUSTED_TEXT + UntrustedTextException.reason(c).name();
        }
        return e.getClass().getSimpleName();
    }

    /**
     * The refusal of the worker's guard (or of a grammar or JSON Schema, {@code INVALID_GRAMMAR}) this failure
     * reports, rebuilt as the host's own exception (the same type, reason and message as in process), or null when
     * it reports something else.
     */
    public @Nullable UntrustedTextException untrustedText() {
        boolean grammar = remoteType.equals("GrammarException"); // the library's caps, or llama.cpp's parser
        if (reason != Reason.REQUEST_FAILED || !(grammar || remoteType.startsWith(UNTRUSTED_TEXT))) {
            return null;
        }
        String prefix = "the worker's request failed: " + remoteType + ": ";
        String message = getMessage();
        return new UntrustedTextException(
                grammar
                        ? UntrustedTextException.Reason.INVALID_GRAMMAR
                        : UntrustedTextException.Reason.valueOf(remoteType.substring(UNTRUSTED_TEXT.length())),
                message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
