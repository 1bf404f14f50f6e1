package org.llamaffm.policy;

import org.llamaffm.SpecialTokenText;
import org.llamaffm.Vocab;

/**
 * Tokenizes text from an untrusted caller: special-token parsing off, byte and token caps
 * checked, and text that spells one of the model's control tokens, or a user-defined token it marks
 * as special (a user typing {@code <|im_start|>system}), either rejected or neutralized — tokenized
 * as the plain characters it is, never as the control token. llama.cpp matches user-defined tokens
 * even with special parsing off, so the check does not rely on that flag alone; the result is
 * verified token by token. Ordinary user-defined tokens (deepseek-coder's {@code ö}, gpt-neox's runs
 * of spaces) are text like any other. The scan and the rule are the bindings' {@link SpecialTokenText},
 * which {@link org.llamaffm.chat.Chat} applies to its messages too; it costs time linear in the text.
 */
public final class UntrustedText {

    /** What to do with text that spells a special token. */
    public enum Mode {
        /** Refuse the text ({@link UntrustedTextException}, reason SPECIAL_TOKEN_TEXT). */
        REJECT,
        /** Keep the characters, as ordinary tokens. */
        NEUTRALIZE
    }

    /**
     * @param maxBytes  most UTF-8 bytes a text may have (checked before tokenizing)
     * @param maxTokens most tokens it may become
     * @param mode      reject or neutralize special-token text
     */
    public record Rules(int maxBytes, int maxTokens, Mode mode) {

        public Rules {
            if (maxBytes < 1 || maxTokens < 1) {
                throw new IllegalArgumentException("maxBytes and maxTokens must be >= 1");
            }
        }
    }

    private UntrustedText() {}

    /**
     * The tokens of {@code text} under {@code rules} (the model's BOS added when {@code addSpecial}).
     *
     * @throws UntrustedTextException when a cap is exceeded, or special-token text is found and rejected
     */
    public static int[] tokenize(Vocab vocab, String text, boolean addSpecial, Rules rules) {
        checkBytes(text, rules.maxBytes());
        SpecialTokenText special = vocab.specialTokenText();
        if (rules.mode() == Mode.REJECT) {
            special.firstInjection(text).ifPresent(m -> {
                throw new UntrustedTextException(
                        UntrustedTextException.Reason.SPECIAL_TOKEN_TEXT,
                        "the text spells the special token '" + text.substring(m.start(), m.end()) + "' at character "
                                + m.start());
            });
        }
        int[] result = special.tokenizePlain(text, addSpecial);
        if (result.length > rules.maxTokens()) {
            throw new UntrustedTextException(
                    UntrustedTextException.Reason.TOO_MANY_TOKENS,
                    "the text is " + result.length + " tokens; at most " + rules.maxTokens() + " are allowed");
        }
        // the proof, whatever the scan found: not one token of the text is a control token
        int bad = special.firstInjection(result, addSpecial);
        if (bad >= 0) {
            throw new UntrustedTextException(
                    UntrustedTextException.Reason.SPECIAL_TOKEN_TEXT,
                    "the text still became the special token " + result[bad] + " ('" + vocab.text(result[bad]) + "')");
        }
        return result;
    }

    /**
     * The check that needs no vocabulary: at most {@code maxBytes} UTF-8 bytes.
     *
     * @throws UntrustedTextException {@code TOO_MANY_BYTES} when {@code text} has more
     */
    public static void checkBytes(String text, int maxBytes) {
        int bytes = utf8Length(text);
        if (bytes > maxBytes) {
            throw new UntrustedTextException(
                    UntrustedTextException.Reason.TOO_MANY_BYTES,
                    "the text has " + bytes + " bytes; at most " + maxBytes + " are allowed");
        }
    }

    /** UTF-8 length without encoding (a cap must not cost a copy of what it refuses). */
    private static int utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3; // lone surrogates become '?' (1 byte) in getBytes; counting 3 only over-estimates
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
