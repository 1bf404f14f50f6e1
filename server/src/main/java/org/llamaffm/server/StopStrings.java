package org.llamaffm.server;

import java.util.List;

/**
 * OpenAI's {@code stop}: the text is cut where the first stop sequence begins, and a stream holds back what could
 * still become one (as llama-server does), so no part of a stop sequence is ever sent.
 */
final class StopStrings {

    private final List<String> stops;
    private final StringBuilder pending = new StringBuilder();
    private boolean stopped;

    StopStrings(List<String> stops) {
        this.stops = stops;
    }

    /** The text of {@code piece} (and of what was held back) that can be sent now; "" once stopped. */
    String feed(String piece) {
        if (stopped) {
            return "";
        }
        pending.append(piece);
        int cut = first(pending);
        if (cut >= 0) {
            stopped = true;
            String out = pending.substring(0, cut);
            pending.setLength(0);
            return out;
        }
        int keep = heldBack(pending);
        String out = pending.substring(0, pending.length() - keep);
        pending.delete(0, pending.length() - keep);
        return out;
    }

    /** What was held back, at the end of a generation that did not stop on a sequence. */
    String flush() {
        String out = stopped ? "" : pending.toString();
        pending.setLength(0);
        return out;
    }

    /** Whether a stop sequence was met. */
    boolean stopped() {
        return stopped;
    }

    /** {@code text} cut before its first stop sequence. */
    String cut(String text) {
        int at = first(text);
        return at < 0 ? text : text.substring(0, at);
    }

    private int first(CharSequence text) {
        int best = -1;
        String s = text.toString();
        for (String stop : stops) {
            int at = s.indexOf(stop);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** The length of the longest end of {@code text} that begins some stop sequence. */
    private int heldBack(CharSequence text) {
        int keep = 0;
        for (String stop : stops) {
            for (int n = Math.min(stop.length() - 1, text.length()); n > keep; n--) {
                if (stop.regionMatches(0, text.toString(), text.length() - n, n)) {
                    keep = n;
                    break;
                }
            }
        }
        return keep;
    }
}
