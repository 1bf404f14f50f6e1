package org.llamaffm.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llamaffm.GrammarException;
import org.llamaffm.GrammarLimits;
import org.llamaffm.Sampler;

/**
 * Reads a GBNF grammar as llama.cpp's parser reads it (src/llama-grammar.cpp,
 * {@code llama_grammar_parser::parse}: comments, string literals and character classes with their
 * escapes, tokens, rule names, groups, repetitions) to refuse, before llama.cpp sees it, what would
 * crash or stall it:
 *
 * <ul>
 * <li>groups nested deeper than {@link Sampler#MAX_GRAMMAR_NESTING}: the parser recurses per group;</li>
 * <li>repetition counts over {@link Sampler#MAX_REPETITION}: {@code x{m,n}} becomes n rules;</li>
 * <li>a chain of more than {@link Sampler#MAX_GRAMMAR_CHAIN} rules, each the first item of the one before
 *     (or first after items that can be empty): llama.cpp's left-recursion check
 *     ({@code llama_grammar_detect_left_recursion}) recurses once per rule of it;</li>
 * <li>left recursion through rules that only produce the empty string indirectly, which llama.cpp's own
 *     check misses (it only sees rules with a literally empty alternative): the initial
 *     {@code llama_grammar_advance_stack} then grows its stacks until memory runs out;</li>
 * <li>more than {@link Sampler#MAX_GRAMMAR_STACKS} parse stacks from one position: each is a stack
 *     {@code llama_grammar_advance_stack} builds and every candidate token is matched against, at
 *     every token; nested optional groups multiply them (2^24 from a grammar of 25 short rules).</li>
 * </ul>
 *
 * Text llama.cpp cannot parse is left to llama.cpp, whose parser stops at the same place: only what
 * comes before the first error reaches its recursion. A grammar this accepts can still make the
 * stacks grow token after token (an ambiguous, recursive grammar such as
 * {@code s ::= "a" s "b" | "a" s "c" | ""} doubles them per token); only a process that can be
 * killed bounds that.
 */
public final class GbnfCheck {

    /** An element of a sequence: a terminal, a rule reference, a group, or a repeated element. */
    private sealed interface Item permits Terminal, Ref, Group, Repeat {}

    private record Terminal() implements Item {}

    private record Ref(String name) implements Item {}

    private record Group(Rule rule) implements Item {}

    /** {@code item{min,max}}, max -1: unbounded; nesting: 1 + how many repetitions {@code item} is of repetitions. */
    private record Repeat(Item item, long min, long max, int nesting) implements Item {}

    /** A rule's alternatives, each a sequence of items. */
    private static final class Rule {
        final String name; // null for a group
        final int start;
        final List<List<Item>> alternatives = new ArrayList<>();
        boolean nullable;

        Rule(String name, int start) {
            this.name = name;
            this.start = start;
        }
    }

    private String describe(Rule rule) {
        return rule.name != null ? rule.name : "(the group at " + at(rule.start) + ")";
    }

    private static final Terminal TERMINAL = new Terminal();

    private final String text;
    private int pos;
    private int depth;
    private final Map<String, Rule> named = new LinkedHashMap<>();
    private final List<Rule> groups = new ArrayList<>();

    private GbnfCheck(String text) {
        int nul = text.indexOf('\0');
        this.text = nul < 0 ? text : text.substring(0, nul); // llama.cpp reads a C string
    }

    /**
     * @throws GrammarException when the grammar is empty or over a cap; the message says which
     */
    public static void check(String gbnf) {
        fail(!gbnf.isBlank(), "the grammar is empty");
        fail(
                gbnf.length() <= GrammarLimits.MAX_GRAMMAR_CHARS,
                "the grammar has " + gbnf.length() + " characters; at most " + GrammarLimits.MAX_GRAMMAR_CHARS
                        + " are allowed");
        GbnfCheck check = new GbnfCheck(gbnf);
        if (check.parse()) {
            check.checkStacks();
        }
    }

    private static void fail(boolean ok, String message) {
        if (!ok) {
            throw new GrammarException(message);
        }
    }

    /** A place in the text for messages: line and column, 1-based. */
    private String at(int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    /** Thrown where llama.cpp's parser would throw: it stops there, so the rest never reaches it. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether it parsed to the end (false: llama.cpp will refuse it with its own message). */
    private boolean parse() {
        try {
            space(true);
            while (pos < text.length()) {
                parseRule();
            }
            return true;
        } catch (Stop stop) {
            return false;
        }
    }

    private void space(boolean newlineOk) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == ' ' || c == '\t' || (newlineOk && (c == '\r' || c == '\n'))) {
                pos++;
            } else {
                return;
            }
        }
    }

    private String name() {
        int start = pos;
        while (isWordChar(peek(0))) {
            pos++;
        }
        if (pos == start) {
            throw new Stop();
        }
        return text.substring(start, pos);
    }

    private long integer() {
        int start = pos;
        while (isDigit(peek(0))) {
            pos++;
        }
        if (pos == start) {
            throw new Stop();
        }
        String digits = text.substring(start, pos).replaceFirst("^0+(?=.)", "");
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** One character of a literal or class: an escape, or one code point. */
    private void character() {
        char c = peek(0);
        if (c == '\0') {
            throw new Stop();
        }
        if (c != '\\') {
            pos++; // a UTF-16 unit: no GBNF syntax is a surrogate, so this stays in step with llama.cpp's UTF-8
            return;
        }
        int hex = switch (peek(1)) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            case 't', 'r', 'n', '\\', '"', '[', ']', '-' -> 0;
            default -> throw new Stop();
        };
        pos += 2;
        for (int i = 0; i < hex; i++) {
            if (Character.digit(peek(0), 16) < 0) {
                throw new Stop();
            }
            pos++;
        }
    }

    private void parseRule() {
        int start = pos;
        Rule rule = new Rule(name(), start);
        space(false);
        if (!text.startsWith("::=", pos)) {
            throw new Stop();
        }
        pos += 3;
        space(true);
        named.put(rule.name, rule); // a second definition replaces the first, as in llama.cpp
        alternatives(rule, false);
        if (peek(0) == '\r') {
            pos += peek(1) == '\n' ? 2 : 1;
        } else if (peek(0) == '\n') {
            pos++;
        } else if (pos < text.length()) {
            throw new Stop();
        }
        space(true);
    }

    private void alternatives(Rule rule, boolean nested) {
        rule.alternatives.add(sequence(nested));
        while (peek(0) == '|') {
            pos++;
            space(true);
            rule.alternatives.add(sequence(nested));
        }
    }

    private List<Item> sequence(boolean nested) {
        List<Item> items = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                int chars = 0;
                while (peek(0) != '"') {
                    character();
                    chars++;
                }
                pos++;
                if (chars > 0) { // "" adds no element: the item before it stays the one a repetition repeats
                    items.add(TERMINAL);
                }
                space(nested);
            } else if (c == '[') {
                pos++;
                if (peek(0) == '^') {
                    pos++;
                }
                while (peek(0) != ']') {
                    character();
                    if (peek(0) == '-' && peek(1) != ']') {
                        pos++;
                        character();
                    }
                }
                pos++;
                items.add(TERMINAL);
                space(nested);
            } else if (c == '<' || c == '!') {
                if (c == '!') {
                    pos++;
                }
                token();
                items.add(TERMINAL);
                space(nested);
            } else if (isWordChar(c)) {
                items.add(new Ref(name()));
                space(nested);
            } else if (c == '(') {
                pos++;
                depth++;
                if (depth > GrammarLimits.MAX_GRAMMAR_NESTING) {
                    throw new GrammarException("the grammar nests groups more than " + GrammarLimits.MAX_GRAMMAR_NESTING
                            + " deep (at " + at(pos - 1) + "); at most " + GrammarLimits.MAX_GRAMMAR_NESTING
                            + " levels are allowed");
                }
                space(true);
                Rule group = new Rule(null, pos - 1);
                groups.add(group);
                alternatives(group, true);
                if (peek(0) != ')') {
                    throw new Stop();
                }
                pos++;
                depth--;
                items.add(new Group(group));
                space(nested);
            } else if (c == '.') {
                pos++;
                items.add(TERMINAL);
                space(nested);
            } else if (c == '*' || c == '+' || c == '?') {
                pos++;
                space(nested);
                repeat(items, c == '+' ? 1 : 0, c == '?' ? 1 : -1);
            } else if (c == '{') {
                int start = pos;
                pos++;
                space(nested);
                if (!isDigit(peek(0))) {
                    throw new Stop();
                }
                long min = integer();
                space(nested);
                long max;
                if (peek(0) == '}') {
                    max = min;
                } else if (peek(0) == ',') {
                    pos++;
                    space(nested);
                    max = isDigit(peek(0)) ? integer() : -1;
                    space(nested);
                    if (peek(0) != '}') {
                        throw new Stop();
                    }
                } else {
                    throw new Stop();
                }
                pos++;
                space(nested);
                // llama.cpp refuses a min over its threshold but turns a larger max into "unbounded": cap both
                fail(
                        min <= GrammarLimits.MAX_REPETITION && max <= GrammarLimits.MAX_REPETITION,
                        "the grammar repeats something "
                                + text.substring(start, pos).strip() + " times; at most " + GrammarLimits.MAX_REPETITION
                                + " repetitions are allowed");
                repeat(items, min, max);
            } else {
                break;
            }
        }
        return items;
    }

    /** {@code <[id]>}, or {@code <text>} that llama.cpp tokenizes. */
    private void token() {
        if (peek(0) != '<') {
            throw new Stop();
        }
        pos++;
        if (peek(0) == '[') {
            pos++;
            integer();
            if (peek(0) != ']' || peek(1) != '>') {
                throw new Stop();
            }
            pos += 2;
            return;
        }
        int end = text.indexOf('>', pos);
        if (end < 0) {
            throw new Stop();
        }
        pos = end + 1;
    }

    private void repeat(List<Item> items, long min, long max) {
        if (items.isEmpty()) {
            throw new Stop(); // "expecting preceding item"
        }
        Item item = items.removeLast();
        int nesting = item instanceof Repeat r ? r.nesting() + 1 : 1;
        if (nesting > GrammarLimits.MAX_GRAMMAR_NESTING) {
            throw new GrammarException("the grammar repeats a repetition (as in x**) more than "
                    + GrammarLimits.MAX_GRAMMAR_NESTING + " times over (at " + at(pos) + "); at most "
                    + GrammarLimits.MAX_GRAMMAR_NESTING + " are allowed");
        }
        items.add(new Repeat(item, min, max, nesting));
    }

    // ---- what llama_grammar_advance_stack can be made to do

    /** Whether an item can match the empty string, once {@link #computeNullable} has run. */
    private boolean nullable(Item item) {
        return switch (item) {
            case Terminal t -> false;
            case Ref r -> named.containsKey(r.name()) && named.get(r.name()).nullable;
            case Group g -> g.rule().nullable;
            case Repeat r -> r.min() == 0 || nullable(r.item());
        };
    }

    /** The rule an item's emptiness depends on; null: it is always empty-able or never (a terminal, an undefined rule). */
    private Rule dependency(Item item) {
        return switch (item) {
            case Terminal t -> null;
            case Ref r -> named.get(r.name());
            case Group g -> g.rule();
            case Repeat r -> r.min() == 0 ? null : dependency(r.item());
        };
    }

    private static boolean alwaysEmpty(Item item) {
        return item instanceof Repeat r && (r.min() == 0 || alwaysEmpty(r.item()));
    }

    private List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(named.values());
        all.addAll(groups);
        return all;
    }

    /**
     * Which rules can match the empty string: a worklist over the alternatives, each waiting for
     * the rules its items depend on (linear in the grammar's size, whatever the order of the rules).
     */
    private void computeNullable() {
        List<Rule> all = allRules();
        Map<Rule, List<int[]>> waiting = new HashMap<>(); // rule -> {alternative index, ...} of its users
        List<Rule> owners = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        ArrayDeque<Rule> ready = new ArrayDeque<>();
        for (Rule rule : all) {
            rule.nullable = false;
        }
        for (Rule rule : all) {
            for (List<Item> alternative : rule.alternatives) {
                int index = owners.size();
                owners.add(rule);
                int count = 0;
                for (Item item : alternative) {
                    if (alwaysEmpty(item)) {
                        continue;
                    }
                    count++;
                    Rule dependency = dependency(item);
                    if (dependency != null) {
                        waiting.computeIfAbsent(dependency, r -> new ArrayList<>())
                                .add(new int[] {index});
                    }
                }
                missing.add(count);
                if (count == 0 && !rule.nullable) {
                    rule.nullable = true;
                    ready.add(rule);
                }
            }
        }
        while (!ready.isEmpty()) {
            for (int[] user : waiting.getOrDefault(ready.poll(), List.of())) {
                int left = missing.get(user[0]) - 1;
                missing.set(user[0], left);
                Rule owner = owners.get(user[0]);
                if (left == 0 && !owner.nullable) {
                    owner.nullable = true;
                    ready.add(owner);
                }
            }
        }
    }

    /** What expanding something on top of a stack reaches: stacks made, and rules recursed through. */
    private record Reach(long stacks, long chain) {
        static final Reach NOTHING = new Reach(0, 0);

        Reach or(Reach other) {
            return new Reach(Math.min(MANY, stacks + other.stacks), Math.max(chain, other.chain));
        }
    }

    private final Map<Rule, Reach> reached = new HashMap<>();
    private final List<Rule> inProgress = new ArrayList<>();

    private static final long MANY = GrammarLimits.MAX_GRAMMAR_STACKS + 1L;

    /**
     * How many stacks llama_grammar_advance_stack can make from every position of every rule, at
     * most: expanding a rule makes one per alternative's first terminal, and goes on past an item
     * that can be empty (duplicates are merged, so this is an upper bound). The same walk measures
     * the chains of first rules that llama.cpp's left-recursion check recurses through.
     */
    private void checkStacks() {
        computeNullable();
        for (Rule rule : allRules()) {
            for (List<Item> alternative : rule.alternatives) {
                for (Reach reach : suffixes(alternative)) {
                    if (reach.stacks() >= MANY) {
                        throw new GrammarException("the grammar can be in more than " + GrammarLimits.MAX_GRAMMAR_STACKS
                                + " states at once (in rule " + describe(rule)
                                + "; optional or repeated items that can "
                                + "be empty, nested in each other, multiply them); at most "
                                + GrammarLimits.MAX_GRAMMAR_STACKS
                                + " are allowed");
                    }
                }
            }
        }
    }

    /**
     * What a sequence's start reaches: only its leftmost items (its first, and the next while they can
     * be empty), as llama_grammar_advance_stack expands them.
     */
    private Reach leftmost(List<Item> sequence) {
        Reach total = Reach.NOTHING;
        for (Item item : sequence) {
            total = total.or(leading(item));
            if (!nullable(item)) {
                break;
            }
        }
        return total;
    }

    /** What each position of a sequence reaches: its item, and what follows when the item can be empty. */
    private Reach[] suffixes(List<Item> sequence) {
        Reach[] reach = new Reach[sequence.size() + 1];
        reach[sequence.size()] = Reach.NOTHING;
        for (int i = sequence.size() - 1; i >= 0; i--) {
            Item item = sequence.get(i);
            reach[i] = nullable(item) ? leading(item).or(reach[i + 1]) : leading(item);
        }
        return Arrays.copyOf(reach, sequence.size());
    }

    /** What an item reaches when it is on top, not counting what follows it. */
    private Reach leading(Item item) {
        return switch (item) {
            case Terminal t -> new Reach(1, 0);
            case Ref r ->
                named.containsKey(r.name()) ? expand(named.get(r.name())) : Reach.NOTHING; // llama.cpp refuses it
            case Group g -> expand(g.rule());
            case Repeat r -> {
                // x{m,n} is x m times then n-m nested optional rules, x* is x then a rule that calls itself last:
                // when x can be empty, each copy of x is a place a stack can start, and the rules chain
                Reach x = leading(r.item());
                boolean empty = nullable(r.item());
                long copies = r.max() == 0 ? 0 : !empty ? 1 : r.max() < 0 ? r.min() + 1 : r.max();
                long rules = empty ? (r.max() < 0 ? 1 : r.max() - r.min()) : 1;
                yield new Reach(Math.min(MANY, copies * x.stacks()), x.chain() + rules);
            }
        };
    }

    private Reach expand(Rule rule) {
        Reach known = reached.get(rule);
        if (known != null) {
            return known;
        }
        int cycle = inProgress.indexOf(rule);
        if (cycle >= 0) {
            List<String> names = new ArrayList<>();
            inProgress.subList(cycle, inProgress.size()).forEach(r -> names.add(describe(r)));
            names.add(describe(rule));
            throw new GrammarException("the grammar is left-recursive: " + String.join(" -> ", names) + " without "
                    + "matching any text (llama.cpp's own check misses rules that are empty only through other rules, "
                    + "and then grows its stacks until memory runs out)");
        }
        failChain(inProgress.size() + 1, rule); // before this walk's own recursion gets as deep
        inProgress.add(rule);
        Reach total = Reach.NOTHING;
        for (List<Item> alternative : rule.alternatives) {
            total = total.or(leftmost(alternative));
        }
        inProgress.removeLast();
        total = new Reach(total.stacks(), total.chain() + 1);
        failChain(total.chain(), rule);
        reached.put(rule, total);
        return total;
    }

    private void failChain(long chain, Rule rule) {
        if (chain > GrammarLimits.MAX_GRAMMAR_CHAIN) {
            throw new GrammarException("the grammar has a chain of more than " + GrammarLimits.MAX_GRAMMAR_CHAIN
                    + " rules, each starting with the next (from rule " + describe(rule) + "); at most "
                    + GrammarLimits.MAX_GRAMMAR_CHAIN + " are allowed");
        }
    }
}
