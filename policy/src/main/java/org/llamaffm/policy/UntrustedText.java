package org.llamaffm.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.llamaffm.TokenAttribute;
import org.llamaffm.Vocab;

/**
 * Tokenizes text from an untrusted caller: special-token parsing off, byte and token caps
 * checked, and text that spells one of the model's control or user-defined tokens (a user typing
 * {@code <|im_start|>system}) either rejected or neutralized — tokenized as the plain characters
 * it is, never as the control token. llama.cpp matches user-defined tokens even with special
 * parsing off, so the check does not rely on that flag alone; the result is verified token by
 * token.
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

    private static final Set<TokenAttribute> SPECIAL = Set.of(TokenAttribute.CONTROL, TokenAttribute.USER_DEFINED);
    private static final Map<Vocab, List<String>> SPECIAL_TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    private UntrustedText() {
    }

    /**
     * The tokens of {@code text} under {@code rules} (the model's BOS added when {@code addSpecial}).
     *
     * @throws UntrustedTextException when a cap is exceeded, or special-token text is found and rejected
     */
    public static int[] tokenize(Vocab vocab, String text, boolean addSpecial, Rules rules) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > rules.maxBytes()) {
            throw new UntrustedTextException(UntrustedTextException.Reason.TOO_MANY_BYTES, "the text has " + bytes
                    + " bytes; at most " + rules.maxBytes() + " are allowed");
        }
        List<int[]> found = occurrences(vocab, text);
        if (!found.isEmpty() && rules.mode() == Mode.REJECT) {
            int[] first = found.getFirst();
            throw new UntrustedTextException(UntrustedTextException.Reason.SPECIAL_TOKEN_TEXT, "the text spells the "
                    + "special token '" + text.substring(first[0], first[1]) + "' at character " + first[0]);
        }
        List<Integer> tokens = new ArrayList<>();
        int start = 0;
        boolean first = addSpecial;
        for (int[] occurrence : found) {
            // split each occurrence in two halves tokenized apart: the same characters, never the special token
            int middle = text.offsetByCodePoints(occurrence[0], 1);
            add(tokens, vocab.tokenize(text.substring(start, middle), first, false));
            first = false;
            start = middle;
        }
        add(tokens, vocab.tokenize(text.substring(start), first, false));
        int[] result = tokens.stream().mapToInt(Integer::intValue).toArray();
        if (result.length > rules.maxTokens()) {
            throw new UntrustedTextException(UntrustedTextException.Reason.TOO_MANY_TOKENS, "the text is " + result.length
                    + " tokens; at most " + rules.maxTokens() + " are allowed");
        }
        for (int i = addSpecial ? 1 : 0; i < result.length; i++) {
            if (!Collections.disjoint(vocab.attributes(result[i]), SPECIAL) && !(addSpecial && i == result.length - 1
                    && vocab.addsEos() && vocab.eos().orElse(-1) == result[i])) {
                throw new UntrustedTextException(UntrustedTextException.Reason.SPECIAL_TOKEN_TEXT, "the text still "
                        + "became the special token " + result[i] + " ('" + vocab.text(result[i]) + "')");
            }
        }
        return result;
    }

    private static void add(List<Integer> tokens, int[] more) {
        for (int t : more) {
            tokens.add(t);
        }
    }

    /** [start, end) of every special-token text in {@code text}, left to right, longest first, not overlapping. */
    private static List<int[]> occurrences(Vocab vocab, String text) {
        List<int[]> found = new ArrayList<>();
        List<String> specials = SPECIAL_TEXTS.computeIfAbsent(vocab, UntrustedText::specialTexts);
        int at = 0;
        while (at < text.length()) {
            int best = -1;
            String match = null;
            for (String special : specials) {
                int i = text.indexOf(special, at);
                if (i >= 0 && (best < 0 || i < best || (i == best && special.length() > match.length()))) {
                    best = i;
                    match = special;
                }
            }
            if (best < 0) {
                break;
            }
            found.add(new int[] {best, best + match.length()});
            at = best + match.length();
        }
        return found;
    }

    private static List<String> specialTexts(Vocab vocab) {
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < vocab.size(); t++) {
            if (!Collections.disjoint(vocab.attributes(t), SPECIAL)) {
                String text = vocab.text(t);
                if (text != null && !text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        texts.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(texts);
    }
}
