package org.llamaffm;

import java.util.List;

/**
 * Text in, text safe to show out: what could be the start of a stop string is held back until
 * the following text shows whether it is one. Once a stop string appears, the text before it is
 * the last to come out; it and everything after it are dropped. Without stop strings every text
 * passes as it is, with no copy.
 */
final class StopStringFilter {

    private final String[] stops;
    private final StringBuilder held = new StringBuilder();
    private boolean stopped;

    /** {@code stops}: non-empty strings; when several appear, the earliest ends the text. */
    StopStringFilter(List<String> stops) {
        this.stops = stops.toArray(String[]::new);
    }

    /**
     * Adds {@code text}.
     *
     * @return the text that can no longer be part of a stop string (possibly empty); once a stop
     *         string is found ({@link #stopped()}), the text before it, and empty ever after
     */
    String offer(String text) {
        if (stops.length == 0) {
            return text;
        }
        if (stopped) {
            return "";
        }
        held.append(text);
        int stopAt = -1;
        for (String stop : stops) {
            int at = held.indexOf(stop);
            if (at >= 0 && (stopAt < 0 || at < stopAt)) {
                stopAt = at;
            }
        }
        if (stopAt >= 0) {
            String before = held.substring(0, stopAt);
            held.setLength(0);
            stopped = true;
            return before;
        }
        int length = held.length();
        int keep = 0;
        for (String stop : stops) {
            for (int k = Math.min(stop.length() - 1, length); k > keep; k--) {
                if (endsWith(stop, k)) {
                    keep = k;
                    break;
                }
            }
        }
        if (keep == length) {
            return "";
        }
        String safe = held.substring(0, length - keep);
        held.delete(0, length - keep);
        return safe;
    }

    /** Whether the held text ends with the first {@code k} chars of {@code stop} (no copy of it, per token). */
    private boolean endsWith(String stop, int k) {
        int from = held.length() - k;
        for (int i = 0; i < k; i++) {
            if (held.charAt(from + i) != stop.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True once a stop string was found. */
    boolean stopped() {
        return stopped;
    }

    /** Empties the filter at the end of the text: returns what was held back (no stop string followed it). */
    String drain() {
        if (held.isEmpty()) {
            return "";
        }
        String rest = held.toString();
        held.setLength(0);
        return rest;
    }
}
