package org.llamaffm.chat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.llamaffm.ChatException;
import org.llamaffm.ChatInputException;
import org.llamaffm.SpecialTokenText;
import org.llamaffm.Vocab;
import org.llamaffm.internal.IntList;
import org.llamaffm.internal.Internals;

/**
 * Tokenizes a rendered conversation by segment: the template's markup with special-token parsing
 * (its {@code <|im_start|>} becomes the control token), the caller's text without (a user's
 * {@code <|im_start|>} stays characters). llama.cpp's server parses the whole prompt (issue 26532).
 *
 * <p>Which text is the caller's: every field of user, tool and assistant messages (content,
 * reasoning, tool names, call ids, tool-call names and arguments). The system message and the tool
 * definitions are the application's own and count as template markup.
 *
 * <p>Where that text is in the prompt: the conversation is rendered once more with each field that
 * needs it (one that spells a special token) wrapped in two markers made of private-use characters
 * and a random nonce, inside its leading and trailing whitespace (so templates that {@code trim} it
 * render the same). Removing the markers must give back the real prompt exactly, each marker at most
 * once and each field's two together; then the markers' places are the fields' places (a field whose
 * markers are both gone is one the template leaves out, such as the reasoning of earlier turns). A
 * template that rewrites such a field (renders it twice, cuts it, re-serializes it) fails that check:
 * a cut leaves part of a marker behind. Then the turn is refused rather than guessed.
 * Fields that spell nothing stay where the template put them: their tokens are the same with or
 * without special parsing, and the prompt keeps the exact tokens llama.cpp's server would give it.
 */
final class ChatGuard {

    private static final SecureRandom NONCES = new SecureRandom();

    /** A text field of one message that spells a special token and must be tokenized apart. */
    private record Field(int message, boolean reasoning) {}

    private final Vocab vocab;
    private final SpecialTokenText special;
    private final List<ChatMessage> history;
    private final Chat.SpecialText mode;
    private final List<Field> fields = new ArrayList<>();

    private ChatGuard(Vocab vocab, List<ChatMessage> history, Chat.SpecialText mode) {
        this.vocab = vocab;
        this.special = vocab.specialTokenText();
        this.history = history;
        this.mode = mode;
    }

    /**
     * Checks the caller's text before anything is rendered.
     *
     * @param generated the answers the chat generated itself: their special-token text is neutralized,
     *                  never rejected (the conversation must not get stuck on what the model said)
     * @throws ChatInputException in REJECT mode for a message that spells a special token, and in any
     *                            mode for special-token text in a structured field (tool-call names and
     *                            arguments, tool names, call ids), which templates re-serialize
     */
    static ChatGuard check(
            Vocab vocab, List<ChatMessage> history, Predicate<ChatMessage> generated, Chat.SpecialText mode) {
        ChatGuard guard = new ChatGuard(vocab, history, mode);
        if (mode != Chat.SpecialText.TRUSTED) {
            for (int i = 0; i < history.size(); i++) {
                guard.check(i, generated.test(history.get(i)));
            }
        }
        return guard;
    }

    private void check(int index, boolean generated) {
        ChatMessage m = history.get(index);
        if (m.role() == ChatMessage.Role.SYSTEM) {
            return;
        }
        boolean reject = mode == Chat.SpecialText.REJECT && !generated;
        if (needsApart(index, m.content(), "content", reject)) {
            fields.add(new Field(index, false));
        }
        if (needsApart(index, m.reasoning(), "reasoning", reject)) {
            fields.add(new Field(index, true));
        }
        structured(index, m.toolName(), "tool name");
        structured(index, m.toolCallId(), "tool call id");
        for (ToolCall call : m.toolCalls()) {
            structured(index, call.id(), "tool call id");
            structured(index, call.name(), "tool call name");
            structured(index, call.arguments(), "tool call arguments");
        }
    }

    private boolean needsApart(int index, String text, String what, boolean reject) {
        if (text.isEmpty() || !special.spellsSpecialTokens(text)) {
            return false;
        }
        if (reject) {
            special.firstInjection(text).ifPresent(match -> {
                throw refused(
                        index,
                        "its " + what + " spells the special token '"
                                + text.substring(match.start(), match.end()) + "' at character " + match.start()
                                + " (the chat rejects such text; Chat.SpecialText.NEUTRALIZE keeps it as plain characters)");
            });
        }
        return true; // an injection to neutralize, or the unknown token's text, which must stay characters too
    }

    private void structured(int index, String text, String what) {
        Optional<SpecialTokenText.Match> match = text.isEmpty() ? Optional.empty() : special.firstInjection(text);
        match.ifPresent(m -> {
            throw refused(
                    index,
                    "the special token '" + text.substring(m.start(), m.end()) + "' is spelled in its "
                            + what + " at character " + m.start() + " (templates re-serialize " + what
                            + ", so such text cannot be kept apart from their markup)");
        });
    }

    private ChatInputException refused(int index, String why) {
        return new ChatInputException(
                ChatException.Reason.SPECIAL_TOKEN_TEXT,
                index,
                "message " + index + " (" + history.get(index).role().jsonName() + ") is refused: " + why);
    }

    /**
     * The prompt's tokens, BOS/EOS added as the vocabulary wants.
     *
     * @throws ChatInputException when the template rewrites a field that must be tokenized apart
     */
    int[] tokenize(ChatTemplate template, ChatOptions options, ChatPrompt prompt) {
        String text = prompt.text();
        if (mode == Chat.SpecialText.TRUSTED || fields.isEmpty()) {
            return vocab.tokenize(text, true, true);
        }
        int[][] spans = locate(template, options, text);
        int[][] frame = Internals.root().specialFrame(special);
        IntList ids = new IntList(text.length() / 3 + 8);
        ids.add(frame[0]);
        int at = 0;
        for (int k = 0; k < spans.length; k++) {
            if (spans[k][0] > at) {
                ids.add(vocab.tokenize(text.substring(at, spans[k][0]), false, true));
            }
            int[] plain = special.tokenizePlain(text.substring(spans[k][0], spans[k][1]), false);
            int bad = special.firstInjection(plain, false);
            if (bad >= 0) {
                throw refused(
                        fields.get(spans[k][2]).message(),
                        "its text still became the special token " + plain[bad] + " ('" + vocab.text(plain[bad])
                                + "'), which cannot be cut apart");
            }
            ids.add(plain);
            at = spans[k][1];
        }
        if (at < text.length()) {
            ids.add(vocab.tokenize(text.substring(at), false, true));
        }
        ids.add(frame[1]);
        return ids.toArray();
    }

    /** {start, end, field index} of each field in {@code text}, in the order they come there. */
    private int[][] locate(ChatTemplate template, ChatOptions options, String text) {
        String nonce = HexFormat.of().toHexDigits(NONCES.nextLong());
        List<ChatMessage> marked = new ArrayList<>(history);
        for (int k = 0; k < fields.size(); k++) {
            Field f = fields.get(k);
            ChatMessage m = marked.get(f.message());
            String open = "\uE000" + nonce + k + "\uE001";
            String close = "\uE002" + nonce + k + "\uE003";
            marked.set(
                    f.message(),
                    f.reasoning()
                            ? new ChatMessage(
                                    m.role(),
                                    m.content(),
                                    wrap(m.reasoning(), open, close),
                                    m.toolCalls(),
                                    m.toolName(),
                                    m.toolCallId())
                            : new ChatMessage(
                                    m.role(),
                                    wrap(m.content(), open, close),
                                    m.reasoning(),
                                    m.toolCalls(),
                                    m.toolName(),
                                    m.toolCallId()));
        }
        String rendered = template.render(marked, options).text();
        int[][] spans = new int[fields.size()][];
        StringBuilder stripped = new StringBuilder(text.length());
        int from = 0;
        int open = -1;
        int i = 0;
        while (i < rendered.length()) {
            char c = rendered.charAt(i);
            if (c == '\uE000' || c == '\uE002') {
                int endMark = rendered.indexOf(c == '\uE000' ? '\uE001' : '\uE003', i);
                int k = endMark < 0 ? -1 : markerIndex(rendered.substring(i + 1, endMark), nonce);
                if (k >= 0 && k < fields.size()) {
                    stripped.append(rendered, from, i);
                    if (c == '\uE000') {
                        if (spans[k] != null || open >= 0) {
                            throw rewritten(k);
                        }
                        spans[k] = new int[] {stripped.length(), -1};
                        open = k;
                    } else {
                        if (open != k) {
                            throw rewritten(k);
                        }
                        spans[k][1] = stripped.length();
                        open = -1;
                    }
                    i = endMark + 1;
                    from = i;
                    continue;
                }
            }
            i++;
        }
        stripped.append(rendered, from, rendered.length());
        for (int k = 0; k < spans.length; k++) {
            if (spans[k] != null && spans[k][1] < 0) {
                throw rewritten(k);
            }
        }
        if (!stripped.toString().equals(text)) {
            throw rewritten(0);
        }
        // in the prompt's order (templates put reasoning before content, or move a message); never nested
        List<int[]> ordered = new ArrayList<>();
        for (int k = 0; k < spans.length; k++) {
            if (spans[k] != null) { // else the template leaves the field out (e.g. the reasoning of earlier turns)
                ordered.add(new int[] {spans[k][0], spans[k][1], k});
            }
        }
        ordered.sort(Comparator.comparingInt(span -> span[0]));
        return ordered.toArray(int[][]::new);
    }

    private static int markerIndex(String body, String nonce) {
        if (!body.startsWith(nonce)) {
            return -1;
        }
        try {
            return Integer.parseInt(body.substring(nonce.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ChatInputException rewritten(int k) {
        Field f = fields.get(k);
        return refused(
                f.message(),
                "its " + (f.reasoning() ? "reasoning" : "content") + " spells a special token, and "
                        + "the chat template does not render it as given (it trims, cuts, repeats or moves it), so the chat "
                        + "cannot keep that text apart from the template's markup");
    }

    private static String wrap(String text, String open, String close) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, start) + open + text.substring(start, end) + close + text.substring(end);
    }
}
