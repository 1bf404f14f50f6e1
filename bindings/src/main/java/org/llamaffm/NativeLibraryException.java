package org.llamaffm;

import java.util.List;

/**
 * The native libraries could not be found, verified or loaded. The message lists every place the
 * loader tried, in order, with why each one failed, and the likely fix.
 */
public final class NativeLibraryException extends LlamaException {

    private final List<String> attempts;

    /**
     * @param summary  what failed, in one sentence
     * @param attempts every place tried and why it did not work, in the order tried
     * @param hints    likely fixes, most likely first
     */
    public NativeLibraryException(String summary, List<String> attempts, List<String> hints) {
        super(format(summary, attempts, hints));
        this.attempts = List.copyOf(attempts);
    }

    /** Every place the loader tried, in order, each with the reason it failed. */
    public List<String> attempts() {
        return attempts;
    }

    private static String format(String summary, List<String> attempts, List<String> hints) {
        var sb = new StringBuilder(summary);
        if (!attempts.isEmpty()) {
            sb.append("\nTried, in order:");
            for (int i = 0; i < attempts.size(); i++) {
                sb.append("\n  ").append(i + 1).append(". ").append(attempts.get(i));
            }
        }
        for (String hint : hints) {
            sb.append("\nFix: ").append(hint);
        }
        return sb.toString();
    }
}
