package org.llamaffm.chat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llamaffm.ChatException;
import org.llamaffm.internal.Utf8;

/**
 * A static scan of a Jinja chat template's source, run before llama.cpp's Jinja engine (common/jinja)
 * sees it. That engine has no limit of its own: no cap on recursion, loop iterations, output size or
 * memory, and no cancel hook (jinja::context has none; the parser and {@code statement::execute} are
 * plain recursive descent on the calling thread's stack). It parses the template and renders it
 * (capability probing, common/jinja/caps.cpp) as soon as a ChatTemplate is made. So what can be seen
 * in the source is refused here, with the cap it exceeded:
 *
 * <ul>
 *   <li>the size, in UTF-8 bytes;
 *   <li>nesting: blocks ({@code if} with each {@code elif}, which llama.cpp parses and runs as a
 *       nested if, {@code for}, {@code macro}, {@code call}, {@code filter}, block {@code set}) plus
 *       brackets in expressions, summed along the deepest chain of macro calls;
 *   <li>tokens in one {@code {{ }}} or {@code {% %}} tag (a chain like {@code 1+1+...} is parsed
 *       into a tree as deep as it is long, and run and freed recursively);
 *   <li>macro recursion: a cycle of macro calls in which no call descends into its data (an
 *       argument that is a parameter's or a loop variable's member, item or filter result, as in a
 *       JSON-Schema renderer) recurses without end; a macro used as a value (aliased or passed)
 *       could hide such a cycle and is refused too;
 *   <li>literal loop and repetition counts: {@code range(...)} of literal bounds and a literal
 *       operand of {@code *} (string repetition), each times the literal ranges of the loops around it.
 * </ul>
 *
 * <p>What a static scan cannot see, and only a separate, killable worker process can contain:
 * counts computed at run time ({@code range(1000 * 1000 * 1000)}, {@code range(messages|length * n)}),
 * growth by doubling in a loop ({@code {% set ns.s = ns.s ~ ns.s %}}), output that is the product of
 * loops over the caller's data, recursion that descends into a cyclic value the template built
 * itself ({@code {% set ns.next = ns %}}), and recursion as deep as the caller's data (tool schemas).
 */
final class TemplateScan {

    /**
     * The caps. The defaults leave headroom over every template llama.cpp ships in models/templates
     * (largest 16,738 bytes, openai-gpt-oss-120b; deepest nesting 26, Kimi-K3; longest tag 56 tokens)
     * and stay far below what overflows a 1 MiB thread stack (see ChatTemplateTest).
     *
     * @param maxBytes           template size in UTF-8 bytes
     * @param maxDepth           blocks + expression brackets, summed along macro calls
     * @param maxTagTokens       tokens in one tag
     * @param maxLoopIterations  the product of nested literal loop ranges, and of a literal range with
     *                           the loops around it (none of the shipped templates has a literal range;
     *                           llama.cpp's engine takes from 60 us to milliseconds an iteration here, with
     *                           macro calls or namespace() in the body, and a template is rendered several
     *                           times when it is made: only a worker bounds the time)
     * @param maxRepeat          a literal operand of {@code *} (string repetition), times the loops around it
     */
    record Limits(int maxBytes, int maxDepth, int maxTagTokens, long maxLoopIterations, long maxRepeat) {

        static final Limits DEFAULT = new Limits(128 * 1024, 64, 512, 1_000, 100_000);
    }

    /** What the scan measured (for tests and for choosing the defaults). */
    record Stats(int bytes, int depth, int tagTokens) {}

    private enum Kind {
        IDENT,
        INT,
        NUMBER,
        STRING,
        PUNCT
    }

    private record Token(Kind kind, String text, int line) {

        boolean is(String punct) {
            return kind != Kind.STRING && text.equals(punct);
        }
    }

    /** A macro: its calls, and the names that hold its data. */
    private static final class Macro {
        final String name;
        final int line;
        /** Parameters, and names bound to them or to values computed from them. */
        final Set<String> parameters = new HashSet<>();
        /** Names bound to a part of a parameter: loop variables over it, members and items of it. */
        final Set<String> parts = new HashSet<>();

        final List<Call> calls = new ArrayList<>();

        Macro(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    /** A call of {@code callee} at {@code depth} (blocks and brackets inside its macro). */
    private record Call(String callee, int depth, boolean descends, int line) {}

    private record Frame(String statement, long iterations, Macro macro, int depth) {}

    private final String name;
    private final String source;
    private final Limits limits;
    private final Deque<Frame> blocks = new ArrayDeque<>();
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Macro top = new Macro("(top level)", 1);
    private final List<Token> valueUses = new ArrayList<>();
    private int maxTagTokens;
    private int maxNesting;
    private int line = 1;

    private TemplateScan(String name, String source, Limits limits) {
        this.name = name;
        this.source = source;
        this.limits = limits;
    }

    /** Scans with the default caps. */
    static Stats check(String name, String source) {
        return check(name, source, Limits.DEFAULT);
    }

    /**
     * Scans {@code source}.
     *
     * @param name what the template is, for the message (e.g. the model's metadata key)
     * @throws ChatException naming the template, the cap and the line where it was exceeded
     */
    static Stats check(String name, String source, Limits limits) {
        long bytes = Utf8.length(source);
        if (bytes > limits.maxBytes()) {
            throw new ChatException(
                    ChatException.Reason.TEMPLATE_TOO_LARGE,
                    "the chat template " + name + " has " + bytes + " bytes, over the cap of " + limits.maxBytes());
        }
        TemplateScan scan = new TemplateScan(name, source, limits);
        scan.scan();
        int calls = scan.checkCalls();
        return new Stats((int) bytes, Math.max(calls, scan.maxNesting), scan.maxTagTokens);
    }

    private ChatException refuse(ChatException.Reason reason, int at, String what) {
        return new ChatException(
                reason,
                "the chat template " + name + " is refused before llama.cpp runs it: " + what + " (line " + at + ")");
    }

    // --- the source: text, comments and tags, as llama.cpp's lexer splits them (common/jinja/lexer.cpp)

    private void scan() {
        int pos = 0;
        int n = source.length();
        while (pos < n) {
            int open = source.indexOf('{', pos);
            if (open < 0 || open + 1 >= n) {
                countLines(pos, n);
                return;
            }
            char kind = source.charAt(open + 1);
            if (kind != '{' && kind != '%' && kind != '#') {
                countLines(pos, open + 1);
                pos = open + 1;
                continue;
            }
            countLines(pos, open);
            if (kind == '#') {
                int close = source.indexOf("#}", open + 2);
                int end = close < 0 ? n : close + 2;
                countLines(open, end);
                pos = end;
                continue;
            }
            pos = tag(open + 2, kind == '%');
        }
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
    }

    /** Lexes one tag from {@code pos} (after its opener) to its closer; returns the position after it. */
    private int tag(int pos, boolean statement) {
        int start = line;
        List<Token> tokens = new ArrayList<>();
        int n = source.length();
        int curly = 0;
        if (pos < n && source.charAt(pos) == '-') {
            pos++;
        }
        while (pos < n) {
            char c = source.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (c == '-' && (source.startsWith("%}", pos + 1) || source.startsWith("}}", pos + 1))) {
                pos++;
                c = source.charAt(pos);
            }
            if (statement && source.startsWith("%}", pos)) {
                pos += 2;
                break;
            }
            if (!statement && curly == 0 && source.startsWith("}}", pos)) {
                pos += 2;
                break;
            }
            if (c == '\'' || c == '"') {
                int end = pos + 1;
                while (end < n && source.charAt(end) != c) {
                    if (source.charAt(end) == '\\') {
                        end++;
                    }
                    if (end < n && source.charAt(end) == '\n') {
                        line++;
                    }
                    end++;
                }
                tokens.add(new Token(Kind.STRING, source.substring(pos + 1, Math.min(end, n)), line));
                pos = end + 1;
                continue;
            }
            if (Character.isDigit(c)) {
                int end = pos;
                while (end < n && Character.isDigit(source.charAt(end))) {
                    end++;
                }
                boolean fraction =
                        end + 1 < n && source.charAt(end) == '.' && Character.isDigit(source.charAt(end + 1));
                if (fraction) {
                    end++;
                    while (end < n && Character.isDigit(source.charAt(end))) {
                        end++;
                    }
                }
                tokens.add(new Token(fraction ? Kind.NUMBER : Kind.INT, source.substring(pos, end), line));
                pos = end;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = pos;
                while (end < n && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENT, source.substring(pos, end), line));
                pos = end;
                continue;
            }
            String two = pos + 1 < n ? source.substring(pos, pos + 2) : "";
            String punct = switch (two) {
                case "<=", ">=", "==", "!=" -> two;
                default -> String.valueOf(c);
            };
            if (punct.equals("{")) {
                curly++;
            } else if (punct.equals("}")) {
                curly = Math.max(0, curly - 1);
            }
            tokens.add(new Token(Kind.PUNCT, punct, line));
            pos += punct.length();
        }
        if (statement) {
            statement(tokens, start);
        } else {
            expression(tokens, 0, currentDepth());
        }
        maxTagTokens = Math.max(maxTagTokens, tokens.size());
        if (tokens.size() > limits.maxTagTokens()) {
            throw refuse(
                    ChatException.Reason.TEMPLATE_TOO_DEEP,
                    start,
                    "a tag of " + tokens.size()
                            + " tokens (llama.cpp parses a chain of operators into a tree as deep as it is long), over the cap of "
                            + limits.maxTagTokens());
        }
        return pos;
    }

    // --- statements: the block stack

    private Macro currentMacro() {
        for (Frame frame : blocks) {
            if (frame.macro() != null) {
                return frame.macro();
            }
        }
        return top;
    }

    /** Nesting inside the innermost macro (or the top level): what a call made here adds to the stack. */
    private int currentDepth() {
        Frame innermost = blocks.peek();
        return innermost == null ? 0 : innermost.depth();
    }

    private long iterations() {
        long product = 1;
        for (Frame frame : blocks) {
            if (frame.macro() != null) {
                break;
            }
            product = saturatedMultiply(product, frame.iterations());
        }
        return product;
    }

    private void push(String statement, long iterations, Macro macro, int at) {
        int depth = macro != null ? 0 : currentDepth() + 1;
        blocks.push(new Frame(statement, iterations, macro, depth));
        maxNesting = Math.max(maxNesting, depth);
        if (macro == null && depth > limits.maxDepth()) {
            throw refuse(
                    ChatException.Reason.TEMPLATE_TOO_DEEP,
                    at,
                    "blocks nested " + depth + " deep, over the cap of " + limits.maxDepth());
        }
    }

    private void pop(String... statements) {
        Set<String> names = Set.of(statements);
        while (!blocks.isEmpty() && blocks.peek().statement().equals("elif") && !names.contains("elif")) {
            blocks.pop();
        }
        if (!blocks.isEmpty() && names.contains(blocks.peek().statement())) {
            blocks.pop();
        }
        // a mismatched end tag is llama.cpp's parse error to report
    }

    private void statement(List<Token> tokens, int at) {
        if (tokens.isEmpty() || tokens.getFirst().kind() != Kind.IDENT) {
            expression(tokens, 0, currentDepth());
            return;
        }
        String keyword = tokens.getFirst().text();
        switch (keyword) {
            case "if", "filter", "call" -> {
                expression(tokens, 1, currentDepth());
                push(keyword, 1, null, at);
            }
            case "elif" -> {
                expression(tokens, 1, currentDepth());
                push("elif", 1, null, at); // llama.cpp parses (and runs) each elif as an if nested in the last
            }
            case "for" -> {
                // its range was checked with the loops around it (expression)
                push("for", forLoop(tokens), null, at);
            }
            case "macro" -> macro(tokens, at);
            case "set" -> {
                expression(tokens, 1, currentDepth());
                if (tokens.stream().noneMatch(t -> t.is("="))) {
                    push("set", 1, null, at); // {% set x %}...{% endset %}
                } else if (tokens.size() > 3
                        && tokens.get(1).kind() == Kind.IDENT
                        && tokens.get(2).is("=")) {
                    // {% set props = schema.get('properties') %}: props is a part of the data, as a loop variable is
                    Macro macro = currentMacro();
                    String variable = tokens.get(1).text();
                    if (descends(tokens, 3, tokens.size(), macro)) {
                        macro.parts.add(variable);
                    } else if (mentionsData(tokens, 3, tokens.size(), macro)) {
                        macro.parameters.add(variable);
                    }
                }
            }
            case "endif" -> pop("if");
            case "endfor" -> pop("for");
            case "endmacro" -> pop("macro");
            case "endcall" -> pop("call");
            case "endfilter" -> pop("filter");
            case "endset" -> pop("set");
            default -> expression(tokens, 1, currentDepth());
        }
    }

    private void macro(List<Token> tokens, int at) {
        if (tokens.size() < 2 || tokens.get(1).kind() != Kind.IDENT) {
            return; // llama.cpp reports the syntax error
        }
        // defaults are expressions of the enclosing scope
        expression(tokens, 2, currentDepth());
        // a redefinition: both bodies count, as one node of the call graph
        Macro macro = macros.computeIfAbsent(tokens.get(1).text(), name -> new Macro(name, at));
        for (int i = 3; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT
                    && (tokens.get(i - 1).is("(") || tokens.get(i - 1).is(","))) {
                macro.parameters.add(t.text());
            }
        }
        push("macro", 1, macro, at);
    }

    /** Records a for loop's variables (parts of the data when they iterate over it) and returns its literal range size, or 1. */
    private long forLoop(List<Token> tokens) {
        int in = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.IDENT && tokens.get(i).text().equals("in")) {
                in = i;
                break;
            }
        }
        if (in < 0) {
            return 1;
        }
        expression(tokens, in + 1, currentDepth());
        Macro macro = currentMacro();
        if (mentionsData(tokens, in + 1, tokens.size(), macro)) {
            // an item of the data is a part of it; a number of range(n) is not
            Set<String> names = tokens.get(in + 1).text().equals("range") ? macro.parameters : macro.parts;
            for (int i = 1; i < in; i++) {
                if (tokens.get(i).kind() == Kind.IDENT) {
                    names.add(tokens.get(i).text());
                }
            }
        }
        return literalRange(tokens, in + 1);
    }

    /** The size of {@code range(a[, b[, c]])} of integer literals at {@code from}, else 1 (not known here). */
    private static long literalRange(List<Token> tokens, int from) {
        if (from + 2 >= tokens.size()
                || !tokens.get(from).text().equals("range")
                || !tokens.get(from + 1).is("(")) {
            return 1;
        }
        List<Long> args = new ArrayList<>();
        int i = from + 2;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean negative = false;
            if (t.is("-") && i + 1 < tokens.size()) {
                negative = true;
                t = tokens.get(++i);
            }
            if (t.kind() != Kind.INT) {
                return 1;
            }
            long v = parse(t.text());
            args.add(negative ? -v : v);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && next.is(",")) {
                i += 2;
            } else if (next != null && next.is(")")) {
                break;
            } else {
                return 1;
            }
        }
        return rangeSize(args);
    }

    private static long rangeSize(List<Long> args) {
        if (args.isEmpty() || args.size() > 3) {
            return 1; // llama.cpp's error
        }
        long start = args.size() == 1 ? 0 : args.get(0);
        long stop = args.size() == 1 ? args.get(0) : args.get(1);
        long step = args.size() == 3 ? args.get(2) : 1;
        if (step == 0) {
            return 1;
        }
        double size = Math.ceil(((double) stop - start) / step);
        return size <= 0 ? 0 : size >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) size;
    }

    // --- expressions

    /** Checks {@code tokens[from..]}: bracket depth, calls, literal ranges and repetitions, macros used as values. */
    private void expression(List<Token> tokens, int from, int depth) {
        Macro macro = currentMacro();
        int brackets = 0;
        long repeated = 1;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                brackets++;
                maxNesting = Math.max(maxNesting, depth + brackets);
                if (depth + brackets > limits.maxDepth()) {
                    throw refuse(
                            ChatException.Reason.TEMPLATE_TOO_DEEP,
                            t.line(),
                            "nesting " + (depth + brackets) + " deep (blocks and brackets), over the cap of "
                                    + limits.maxDepth());
                }
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                brackets = Math.max(0, brackets - 1);
            } else if (t.kind() == Kind.INT
                    && repeats(tokens, i)
                    && saturatedMultiply(repeated = saturatedMultiply(repeated, parse(t.text())), iterations())
                            > limits.maxRepeat()) {
                // the literal operands of * in one tag multiply ('x' * 1000 * 1000 is a million)
                throw refuse(
                        ChatException.Reason.UNBOUNDED_LOOP,
                        t.line(),
                        "a repetition by "
                                + (repeated == parse(t.text()) ? t.text() : repeated + " in all")
                                + (iterations() > 1 ? " in loops of " + iterations() + " iterations" : "")
                                + ", over the cap of "
                                + limits.maxRepeat());
            } else if (t.kind() == Kind.IDENT) {
                boolean member = i > from && tokens.get(i - 1).is(".");
                boolean called = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
                if (called && !member) {
                    int close = closing(tokens, i + 1);
                    if (t.text().equals("range")) {
                        // made (and walked) once per iteration of the loops around it
                        long size = literalRange(tokens, i);
                        if (saturatedMultiply(size, iterations()) > limits.maxLoopIterations()) {
                            throw refuse(
                                    ChatException.Reason.UNBOUNDED_LOOP,
                                    t.line(),
                                    "a literal range of " + size
                                            + " items"
                                            + (iterations() > 1 ? " in loops of " + iterations() + " iterations" : "")
                                            + ", over the cap of " + limits.maxLoopIterations());
                        }
                    }
                    macro.calls.add(
                            new Call(t.text(), depth + brackets, descends(tokens, i + 2, close, macro), t.line()));
                } else if (!member
                        && !(i + 1 < tokens.size() && tokens.get(i + 1).is("="))) {
                    valueUses.add(t); // a macro's name used as a value? known once all macros are read
                }
            }
        }
    }

    /** Whether the integer literal at {@code i} is an operand of {@code *}. */
    private static boolean repeats(List<Token> tokens, int i) {
        return (i > 0 && tokens.get(i - 1).is("*"))
                || (i + 1 < tokens.size() && tokens.get(i + 1).is("*"));
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(") || tokens.get(i).is("[") || tokens.get(i).is("{")) {
                depth++;
            } else if (tokens.get(i).is(")")
                    || tokens.get(i).is("]")
                    || tokens.get(i).is("}")) {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    /**
     * Whether a call's arguments (or a set's value) descend into the macro's data: a parameter followed
     * by a member, item or filter ({@code spec.items}, {@code value['properties']}, {@code spec|items}),
     * or a name bound to such a part (a loop variable over it, a set of it).
     */
    private static boolean descends(List<Token> tokens, int from, int to, Macro macro) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || (i > from && tokens.get(i - 1).is("."))) {
                continue;
            }
            if (macro.parts.contains(t.text())) {
                return true; // already a part of the data its loop iterates over
            }
            if (macro.parameters.contains(t.text())
                    && i + 1 < to
                    && (tokens.get(i + 1).is(".")
                            || tokens.get(i + 1).is("[")
                            || tokens.get(i + 1).is("|"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsData(List<Token> tokens, int from, int to, Macro macro) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT
                    && !(i > from && tokens.get(i - 1).is("."))
                    && (macro.parameters.contains(t.text()) || macro.parts.contains(t.text()))) {
                return true;
            }
        }
        return false;
    }

    // --- the macro call graph

    /** Refuses macros used as values and unbounded recursion; returns the deepest nesting along a call chain. */
    private int checkCalls() {
        for (Token use : valueUses) {
            if (macros.containsKey(use.text())) {
                throw refuse(
                        ChatException.Reason.MACRO_RECURSION,
                        use.line(),
                        "the macro " + use.text()
                                + " is used as a value (aliased or passed), which could hide a recursion");
            }
        }
        Set<String> acyclic = new HashSet<>();
        for (Macro m : macros.values()) {
            requireNoEndlessCycle(m, new ArrayList<>(), acyclic);
        }
        Map<String, Integer> memo = new HashMap<>();
        int depth = 0;
        for (Call call : top.calls) {
            depth = Math.max(depth, call.depth() + deepest(call.callee(), new HashSet<>(), memo));
        }
        if (depth > limits.maxDepth()) {
            throw refuse(
                    ChatException.Reason.TEMPLATE_TOO_DEEP,
                    1,
                    "macro calls nested " + depth + " deep (with their blocks and brackets), over the cap of "
                            + limits.maxDepth());
        }
        return depth;
    }

    /**
     * Refuses a cycle of calls none of which descends into its data: it never ends. (A cycle in
     * which some call descends, as a JSON-Schema renderer recursing into {@code spec.items}, ends
     * with the data; how deep is up to the caller's input.)
     */
    private void requireNoEndlessCycle(Macro macro, List<String> path, Set<String> acyclic) {
        if (acyclic.contains(macro.name)) {
            return;
        }
        int at = path.indexOf(macro.name);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(macro.name);
            throw refuse(
                    ChatException.Reason.MACRO_RECURSION,
                    macro.line,
                    "the macro " + macro.name
                            + " recurses without descending into its arguments (" + String.join(" -> ", cycle)
                            + "), which never ends");
        }
        path.add(macro.name);
        for (Call call : macro.calls) {
            Macro callee = macros.get(call.callee());
            if (callee != null && !call.descends()) {
                requireNoEndlessCycle(callee, path, acyclic);
            }
        }
        path.removeLast();
        acyclic.add(macro.name);
    }

    /** The deepest nesting a call of {@code name} adds (a recursive call adds what its data allows: not counted). */
    private int deepest(String name, Set<String> path, Map<String, Integer> memo) {
        Macro macro = macros.get(name);
        if (macro == null || path.contains(name)) {
            return 0; // a built-in, a filter, or a recursion that descends into data
        }
        Integer known = memo.get(name);
        if (known != null) {
            return known;
        }
        path.add(name);
        int depth = 1;
        for (Call call : macro.calls) {
            depth = Math.max(depth, 1 + call.depth() + deepest(call.callee(), path, memo));
            if (depth > limits.maxDepth()) {
                throw refuse(
                        ChatException.Reason.TEMPLATE_TOO_DEEP,
                        call.line(),
                        "macro calls nested " + depth + " deep (with their blocks and brackets), over the cap of "
                                + limits.maxDepth());
            }
        }
        path.remove(name);
        memo.put(name, depth);
        return depth;
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedMultiply(long a, long b) {
        long r = a * b;
        return (b != 0 && (r / b != a || r < 0)) ? Long.MAX_VALUE : r;
    }
}
