package org.llamaffm.langchain4j;

import java.util.List;
import java.util.function.Consumer;

/**
 * LangChain4j's stop sequences over a stream of pieces, which neither a chat nor a session knows: text that could be
 * the start of a stop sequence is held back until the next piece tells, and the stream stops (the listener returns
 * false) at the first sequence, which is not passed on.
 */
final class StopSequences {

    private final List<String> stops;
    private final Consumer<String> out;
    private final StringBuilder pending = new StringBuilder();
    private boolean hit;

    StopSequences(List<String> stops, Consumer<String> out) {
        this.stops = stops.stream().filter(s -> !s.isEmpty()).toList();
        this.out = out;
    }

    /** Takes a piece; false once a stop sequence was reached. */
    boolean accept(String piece) {
        if (hit) {
            return false;
        }
        if (stops.isEmpty()) {
            emit(piece);
            return true;
        }
        pending.append(piece);
        int at = firstStop(pending);
        if (at >= 0) {
            hit = true;
            emit(pending.substring(0, at));
            pending.setLength(0);
            return false;
        }
        int keep = heldBack(pending);
        emit(pending.substring(0, pending.length() - keep));
        pending.delete(0, pending.length() - keep);
        return true;
    }

    /** Passes on what was held back (the stream ended without a stop sequence). */
    void finish() {
        if (!hit) {
            emit(pending.toString());
        }
        pending.setLength(0);
    }

    boolean hit() {
        return hit;
    }

    /** {@code text} up to its first stop sequence. */
    String cut(String text) {
        int at = firstStop(text);
        return at < 0 ? text : text.substring(0, at);
    }

    private void emit(String text) {
        if (!text.isEmpty()) {
            out.accept(text);
        }
    }

    private int firstStop(CharSequence text) {
        String s = text.toString();
        int first = -1;
        for (String stop : stops) {
            int at = s.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The longest end of {@code text} that begins some stop sequence. */
    private int heldBack(CharSequence text) {
        String s = text.toString();
        int keep = 0;
        for (String stop : stops) {
            for (int n = Math.min(stop.length() - 1, s.length()); n > keep; n--) {
                if (s.endsWith(stop.substring(0, n))) {
                    keep = n;
                    break;
                }
            }
        }
        return keep;
    }
}
