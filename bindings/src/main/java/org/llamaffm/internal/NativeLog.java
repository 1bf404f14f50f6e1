package org.llamaffm.internal;

import java.lang.System.Logger.Level;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.llamaffm.internal.ffi.ggml_h;
import org.llamaffm.internal.ffi.ggml_log_callback;
import org.llamaffm.internal.ffi.llama_h;

/**
 * llama.cpp's and ggml's log, bridged to {@code System.Logger} "llama.cpp" instead of their
 * default (stderr). Levels: ggml ERROR -> ERROR, WARN -> WARNING, INFO -> DEBUG (llama.cpp's INFO
 * is a chatty per-load report), DEBUG -> TRACE. Continuation pieces (GGML_LOG_LEVEL_CONT) are
 * joined into lines per thread.
 *
 * <p>A thread can also {@link #capture() capture} the warnings and errors it causes, so that a
 * failed native call can say why (llama.cpp reports most failures only in its log).
 */
public final class NativeLog {

    private static volatile System.Logger log = System.getLogger("llama.cpp");
    private static final ThreadLocal<Line> LINE = ThreadLocal.withInitial(Line::new);
    private static final ThreadLocal<List<String>> CAPTURE = new ThreadLocal<>();
    private static boolean installed;

    private static final class Line {
        final StringBuilder text = new StringBuilder();
        int level = ggml_h.GGML_LOG_LEVEL_INFO;
    }

    private NativeLog() {}

    /** Installs the bridge (once; the upcall stub lives as long as the process). */
    public static synchronized void install() {
        if (!installed) {
            MemorySegment callback = ggml_log_callback.allocate(NativeLog::onLog, Arena.global());
            llama_h.llama_log_set(callback, MemorySegment.NULL);
            installed = true;
        }
    }

    // Called from native code on any thread: must never throw.
    private static void onLog(int level, MemorySegment text, MemorySegment userData) {
        try {
            Line line = LINE.get();
            if (level != ggml_h.GGML_LOG_LEVEL_CONT) {
                flush(line);
                line.level = level;
            }
            if (!wanted(line.level)) {
                return; // a model load logs hundreds of INFO lines: not even read when nobody would see them
            }
            line.text.append(NativeSymbols.string(text));
            if (line.text.length() > 0 && line.text.charAt(line.text.length() - 1) == '\n') {
                flush(line);
            }
        } catch (Throwable ignored) {
            // a log line is not worth the process: an exception escaping an upcall ends the JVM
        }
    }

    /** Whether a line of this ggml level is captured or logged: warnings and errors always, else as the logger says. */
    private static boolean wanted(int level) {
        return level == ggml_h.GGML_LOG_LEVEL_ERROR
                || level == ggml_h.GGML_LOG_LEVEL_WARN
                || log.isLoggable(level(level));
    }

    private static Level level(int ggmlLevel) {
        return switch (ggmlLevel) {
            case ggml_h.GGML_LOG_LEVEL_ERROR -> Level.ERROR;
            case ggml_h.GGML_LOG_LEVEL_WARN -> Level.WARNING;
            case ggml_h.GGML_LOG_LEVEL_DEBUG -> Level.TRACE;
            default -> Level.DEBUG;
        };
    }

    private static void flush(Line line) {
        if (line.text.isEmpty()) {
            return;
        }
        String text = line.text.toString().strip();
        line.text.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        List<String> captured = CAPTURE.get();
        if (captured != null
                && (line.level == ggml_h.GGML_LOG_LEVEL_ERROR || line.level == ggml_h.GGML_LOG_LEVEL_WARN)) {
            captured.add(text);
        }
        log.log(level(line.level), text);
    }

    /** Sends the lines to {@code logger} instead (tests); returns the one used before. */
    static System.Logger redirect(System.Logger logger) {
        System.Logger old = log;
        log = logger;
        return old;
    }

    /**
     * Warnings and errors logged by this thread from now until {@link Capture#close()}. Cheap:
     * the outermost capture of a thread is one reused object (decode calls capture every time).
     */
    public static Capture capture() {
        Capture reusable = REUSABLE.get();
        if (reusable.active) {
            Capture nested = new Capture(CAPTURE.get());
            nested.active = true;
            CAPTURE.set(nested.lines);
            return nested;
        }
        reusable.lines.clear();
        reusable.active = true;
        CAPTURE.set(reusable.lines);
        return reusable;
    }

    private static final ThreadLocal<Capture> REUSABLE = ThreadLocal.withInitial(() -> new Capture(null));

    /** Lines captured on one thread. */
    public static final class Capture implements AutoCloseable {
        private final List<String> lines = new ArrayList<>();
        private final List<String> outer;
        private boolean active;

        private Capture(List<String> outer) {
            this.outer = outer;
        }

        public List<String> lines() {
            flush(LINE.get());
            return List.copyOf(lines);
        }

        @Override
        public void close() {
            active = false;
            CAPTURE.set(outer);
        }
    }
}
