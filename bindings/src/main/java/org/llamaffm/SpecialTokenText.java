package org.llamaffm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.llamaffm.internal.IntList;

/**
 * Where text spells a vocabulary's special tokens (a user typing {@code <|im_start|>system}),
 * found in one pass, and the tokens of such text as the plain characters it is. Get it from
 * {@link Vocab#specialTokenText()}; it is built once per vocabulary and is thread-safe.
 *
 * <p>An <em>injection</em> token is one that text from a caller must never become:
 * <ul>
 * <li>a {@link TokenAttribute#CONTROL control} token (BOS, EOS, chat-template markers; llama.cpp
 * also promotes the FIM and end-of-turn tokens it recognises by name to control), or</li>
 * <li>a {@link TokenAttribute#USER_DEFINED user-defined} token that the model marks as special:
 * one of its special-token ids (BOS, EOS, EOT, SEP, PAD, MASK, the FIM ids, every end-of-generation
 * token), or one spelled the way llama.cpp's converter marks control
 * ({@code <|...|>}, {@code <｜...｜>}, {@code <pad>}, {@code <mask>}, {@code <unused...>}: conversion/base.py
 * {@code does_token_look_special}). Older files (deepseek-coder's {@code <|EOT|>}) and llama.cpp's own
 * gpt-oss override (llama-vocab.cpp turns {@code <|start|>}, {@code <|channel|>}, {@code <|message|>} into
 * user-defined tokens) leave such markers user-defined.</li>
 * </ul>
 * Other user-defined tokens are ordinary pieces of text (deepseek-coder's {@code ö}, gpt-neox's runs of
 * spaces) and are not injections: llama.cpp matches them even with special parsing off, as Hugging Face's
 * tokenizers do, and that is their right tokenization.
 *
 * <p>Spellings are matched with an Aho-Corasick automaton over the texts of the injection tokens and
 * of the unknown token, so a scan costs O(length) plus the matches it reports, whatever the number of
 * special tokens.
 */
public final class SpecialTokenText {

    /**
     * One spelling found in a text.
     *
     * @param start the first char (a {@link String} index)
     * @param end   the char after the last
     * @param token the token it spells
     */
    public record Match(int start, int end, int token) {}

    private final Vocab vocab;
    /** Per token: is it an injection. */
    private final boolean[] injection;
    /** Per token: does llama.cpp match its text even with parse_special false (user-defined, not control/unknown). */
    private final boolean[] matchedUnparsed;

    private final Automaton automaton;

    private SpecialTokenText(Vocab vocab) {
        this.vocab = vocab;
        int size = vocab.size();
        injection = new boolean[size];
        matchedUnparsed = new boolean[size];
        boolean[] roles = new boolean[size];
        for (int id : vocab.specialRoleTokens()) {
            if (id >= 0 && id < size) {
                roles[id] = true;
            }
        }
        Map<String, Integer> spellings = new HashMap<>();
        for (int t = 0; t < size; t++) {
            var attributes = vocab.attributes(t);
            boolean control = attributes.contains(TokenAttribute.CONTROL);
            boolean unknown = attributes.contains(TokenAttribute.UNKNOWN);
            boolean userDefined = attributes.contains(TokenAttribute.USER_DEFINED);
            if (!control && !unknown && !userDefined) {
                continue;
            }
            String text = vocab.text(t);
            if (text == null || text.isEmpty()) {
                continue;
            }
            // llama.cpp's tokenizer_st_partition skips control and unknown tokens when parse_special is false
            // and still splits out every other user-defined token:
            // https://github.com/ggml-org/llama.cpp/blob/de3ff815ea7d559ee917f063901b8986f038abc6/src/llama-vocab.cpp#L3256
            matchedUnparsed[t] = userDefined && !control && !unknown;
            injection[t] = control || (userDefined && (roles[t] || vocab.isEndOfGeneration(t) || looksSpecial(text)));
            if (injection[t]) {
                Integer other = spellings.get(text);
                if (other == null || !injection[other]) {
                    spellings.put(text, t); // a spelling shared with a non-injection token counts as the injection
                }
            } else if (unknown) {
                spellings.putIfAbsent(text, t);
            }
        }
        automaton = new Automaton(spellings);
    }

    static SpecialTokenText build(Vocab vocab) {
        return new SpecialTokenText(vocab);
    }

    /** llama.cpp's converter's rule for added tokens that "ought to be control tokens" (conversion/base.py). */
    private static boolean looksSpecial(String text) {
        return text.equals("<pad>")
                || text.equals("<mask>")
                || text.equals("<2mass>")
                || text.equals("[@BOS@]")
                || (text.length() > 4 && text.startsWith("<|") && text.endsWith("|>"))
                || (text.length() > 4 && text.startsWith("<｜") && text.endsWith("｜>"))
                || (text.startsWith("<unused") && text.endsWith(">"));
    }

    /** Whether text from a caller must never become {@code token} (see the class comment). */
    public boolean isInjection(int token) {
        vocab.checkToken(token);
        return injection[token];
    }

    /**
     * Every spelling of an injection token or the unknown token in {@code text}, overlapping ones
     * included, ordered by where they end (longest first among those ending at one place).
     */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        automaton.scan(text, (start, end, token) -> {
            found.add(new Match(start, end, token));
            return true;
        });
        return found;
    }

    /** The first spelling of an injection token in {@code text} (the one that ends first), if any. */
    public Optional<Match> firstInjection(String text) {
        Match[] first = new Match[1];
        automaton.scan(text, (start, end, token) -> {
            if (!injection[token]) {
                return true;
            }
            first[0] = new Match(start, end, token);
            return false;
        });
        return Optional.ofNullable(first[0]);
    }

    /** Whether {@code text} spells an injection token or the unknown token (text special parsing would change). */
    public boolean spellsSpecialTokens(String text) {
        boolean[] any = new boolean[1];
        automaton.scan(text, (start, end, token) -> {
            any[0] = true;
            return false;
        });
        return any[0];
    }

    /**
     * The pieces {@link #tokenizePlain} tokenizes apart: {@code text} cut one code point into every
     * spelling of an injection token that llama.cpp would still match with special parsing off (a
     * user-defined marker such as deepseek-coder's {@code <|EOT|>}); the whole text when there is none.
     * Control tokens need no cut: with special parsing off llama.cpp does not match them.
     */
    public List<String> plainSegments(String text) {
        boolean[] cut = new boolean[text.length() + 1];
        boolean[] any = new boolean[1];
        automaton.scan(text, (start, end, token) -> {
            if (injection[token] && matchedUnparsed[token]) {
                cut[text.offsetByCodePoints(start, 1)] = true; // a one-code-point marker cannot be cut (verified later)
                any[0] = true;
            }
            return true;
        });
        if (!any[0]) {
            return List.of(text);
        }
        List<String> segments = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < text.length(); i++) {
            if (cut[i]) {
                segments.add(text.substring(from, i));
                from = i;
            }
        }
        segments.add(text.substring(from));
        return segments;
    }

    /**
     * The tokens of {@code text} as plain characters: special parsing off, and every user-defined
     * marker cut apart ({@link #plainSegments}) so that llama.cpp cannot match it either. Identical
     * pieces are tokenized once, so text made of one spelling repeated costs a few tokenizer calls.
     * Check the result with {@link #firstInjection(int[], boolean)}: a one-character marker cannot be cut.
     *
     * @param addSpecial add the model's BOS/EOS, as {@link Vocab#tokenize(String, boolean, boolean)} does
     */
    public int[] tokenizePlain(String text, boolean addSpecial) {
        List<String> segments = plainSegments(text);
        if (segments.size() == 1) {
            return vocab.tokenize(text, addSpecial, false);
        }
        int[][] frame = addSpecial ? specialFrame() : new int[][] {{}, {}};
        IntList out = new IntList(text.length() / 2 + 4);
        out.add(frame[0]);
        Map<String, int[]> memo = new HashMap<>();
        for (String segment : segments) {
            out.add(
                    segment.length() <= 256
                            ? memo.computeIfAbsent(segment, s -> vocab.tokenize(s, false, false))
                            : vocab.tokenize(segment, false, false));
        }
        out.add(frame[1]);
        return out.toArray();
    }

    /**
     * How many tokens at the end of {@code frame} (what addSpecial adds to empty text) come after the
     * text: the trailing EOS and SEP, but not the first token when one comes before the text (BOS, or
     * WPM's CLS, which llama.cpp adds whatever add_bos says).
     */
    private int suffixLength(int[] frame) {
        int eos = vocab.eos().orElse(-1);
        int sep = vocab.sep().orElse(-1);
        int first = vocab.addsBos() || vocab.type() == VocabType.WPM ? 1 : 0;
        int n = 0;
        while (frame.length - n - 1 >= first
                && (frame[frame.length - n - 1] == eos || frame[frame.length - n - 1] == sep)) {
            n++;
        }
        return n;
    }

    /** What addSpecial adds to text: {prefix, suffix} tokens. */
    int[][] specialFrame() {
        int[] frame = vocab.tokenize("", true, false);
        int suffix = suffixLength(frame);
        return new int[][] {
            Arrays.copyOf(frame, frame.length - suffix), Arrays.copyOfRange(frame, frame.length - suffix, frame.length)
        };
    }

    /**
     * The index of the first injection token in {@code tokens}, or -1; with {@code addSpecial}, the
     * BOS/EOS that tokenizing added at the ends do not count.
     */
    public int firstInjection(int[] tokens, boolean addSpecial) {
        int from = 0;
        int to = tokens.length;
        if (addSpecial) {
            int[][] frame = specialFrame();
            from = Math.min(frame[0].length, tokens.length);
            to = Math.max(from, tokens.length - frame[1].length);
        }
        return firstInjection(tokens, from, to);
    }

    /** The index of the first injection token in {@code tokens[from, to)}, or -1. */
    int firstInjection(int[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            vocab.checkToken(tokens[i]);
            if (injection[tokens[i]]) {
                return i;
            }
        }
        return -1;
    }

    /** What a scan reports; false stops it. */
    @FunctionalInterface
    private interface Sink {
        boolean match(int start, int end, int token);
    }

    /**
     * Aho-Corasick over UTF-16 chars. Matching chars is matching bytes: UTF-8 and UTF-16 both encode
     * code points one to one, so a spelling is in the text's UTF-8 exactly where it is in its chars.
     */
    private static final class Automaton {
        private final char[][] keys; // per node, sorted child chars
        private final int[][] next; // per node, child nodes
        private final int[] fail;
        private final int[] output; // the token spelled by the path to the node, or -1
        private final int[] outputLink; // the nearest node on the fail chain with an output, or -1
        private final int[] depth;

        Automaton(Map<String, Integer> spellings) {
            List<TreeMap<Character, Integer>> children = new ArrayList<>();
            List<Integer> outputs = new ArrayList<>();
            List<Integer> depths = new ArrayList<>();
            children.add(new TreeMap<>());
            outputs.add(-1);
            depths.add(0);
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                int node = 0;
                for (char c : e.getKey().toCharArray()) {
                    Integer child = children.get(node).get(c);
                    if (child == null) {
                        child = children.size();
                        children.add(new TreeMap<>());
                        outputs.add(-1);
                        depths.add(depths.get(node) + 1);
                        children.get(node).put(c, child);
                    }
                    node = child;
                }
                outputs.set(node, e.getValue());
            }
            int n = children.size();
            keys = new char[n][];
            next = new int[n][];
            output = new int[n];
            depth = new int[n];
            for (int i = 0; i < n; i++) {
                TreeMap<Character, Integer> c = children.get(i);
                keys[i] = new char[c.size()];
                next[i] = new int[c.size()];
                int k = 0;
                for (Map.Entry<Character, Integer> e : c.entrySet()) {
                    keys[i][k] = e.getKey();
                    next[i][k++] = e.getValue();
                }
                output[i] = outputs.get(i);
                depth[i] = depths.get(i);
            }
            fail = new int[n];
            outputLink = new int[n];
            outputLink[0] = -1;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int child : next[0]) {
                fail[child] = 0;
                outputLink[child] = -1;
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int k = 0; k < keys[node].length; k++) {
                    int child = next[node][k];
                    int f = fail[node];
                    int target;
                    while ((target = child(f, keys[node][k])) < 0 && f != 0) {
                        f = fail[f];
                    }
                    fail[child] = target >= 0 ? target : 0;
                    int failNode = fail[child];
                    outputLink[child] = output[failNode] >= 0 ? failNode : outputLink[failNode];
                    queue.add(child);
                }
            }
        }

        private int child(int node, char c) {
            int k = Arrays.binarySearch(keys[node], c);
            return k >= 0 ? next[node][k] : -1;
        }

        void scan(String text, Sink sink) {
            if (keys[0].length == 0) {
                return;
            }
            int node = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int target;
                while ((target = child(node, c)) < 0 && node != 0) {
                    node = fail[node];
                }
                node = target >= 0 ? target : 0;
                for (int m = output[node] >= 0 ? node : outputLink[node]; m >= 0; m = outputLink[m]) {
                    if (!sink.match(i + 1 - depth[m], i + 1, output[m])) {
                        return;
                    }
                }
            }
        }
    }
}
