package org.llamaffm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llamaffm.internal.Json;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * JSON Schema to GBNF, with llama.cpp's own converter (common/json-schema-to-grammar): the
 * grammar accepts exactly the JSON documents the schema describes (within what the converter
 * supports: types, properties, required, additionalProperties, items, prefixItems, min/maxItems,
 * enum, const, anyOf/oneOf/allOf, local $ref, string formats, patterns, min/maxLength, integer
 * bounds).
 *
 * <pre>{@code
 * String gbnf = JsonSchema.toGrammar("""
 *         {"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}""");
 * Sampler sampler = Sampler.builder().grammar(gbnf, "root").greedy().build(model);
 * }</pre>
 *
 * <p>Schemas are checked before the converter sees them: at most {@link GrammarLimits#MAX_SCHEMA_CHARS} characters,
 * {@link GrammarLimits#MAX_SCHEMA_DEPTH} levels of nesting, repetition counts up to {@link GrammarLimits#MAX_SCHEMA_REPETITION}, and every
 * {@code $ref} local ({@code #/...}) and resolvable, no cycle made of {@code $ref}s alone, and at most
 * {@link GrammarLimits#MAX_SCHEMA_REF_DEPTH} levels of nesting along any chain of {@code $ref}s (the converter recurses
 * into each target; a recursive schema, whose cycle goes through properties or items, is fine).
 */
public final class JsonSchema {

    /** The keywords whose values llama.cpp's schema reader (common/json-schema.cpp) reads as schemas. */
    private static final Set<String> SCHEMA_KEYWORDS =
            Set.of("properties", "additionalProperties", "items", "prefixItems", "anyOf", "oneOf", "allOf");

    private static final Set<String> REPETITION_KEYWORDS =
            Set.of("minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties");

    private JsonSchema() {}

    /**
     * The GBNF grammar (start rule {@code root}) for a JSON Schema given as JSON text.
     *
     * @throws GrammarException for text that is not a JSON object, a schema over the caps, or one the
     *                          converter rejects (e.g. a remote {@code $ref}); the message says why
     */
    public static String toGrammar(String schema) {
        check(schema);
        String grammar = ShimCall.string(
                (arena, error) -> llama_ffm_shim_h.llama_ffm_json_schema_to_grammar(arena.allocateFrom(schema), error),
                message -> new GrammarException("invalid JSON Schema: " + message));
        if (grammar == null || grammar.isBlank()) {
            throw new GrammarException("llama.cpp's converter made no grammar of the JSON Schema");
        }
        return grammar;
    }

    /**
     * Checks a schema against the caps without converting it.
     *
     * @throws GrammarException when it is not a JSON object or is over a cap
     */
    public static void check(String schema) {
        if (schema == null || schema.isBlank()) {
            throw new GrammarException("the JSON Schema is empty");
        }
        if (schema.length() > GrammarLimits.MAX_SCHEMA_CHARS) {
            throw new GrammarException("the JSON Schema has " + schema.length() + " characters; at most "
                    + GrammarLimits.MAX_SCHEMA_CHARS + " are allowed");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(schema);
        } catch (JsonProcessingException e) {
            throw new GrammarException("the JSON Schema is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !(root.isObject() || root.isBoolean())) {
            throw new GrammarException("a JSON Schema is an object (or true/false)");
        }
        walk(root, "#", 1);
        if (root.isObject()) {
            new Refs(root).check();
        }
    }

    private static void walk(JsonNode node, String path, int depth) {
        if (depth > GrammarLimits.MAX_SCHEMA_DEPTH) {
            throw new GrammarException("the JSON Schema nests more than " + GrammarLimits.MAX_SCHEMA_DEPTH
                    + " levels deep (at " + path + ")");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, depth + 1);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (field.getKey().equals("properties")
                        && value.isObject()
                        && value.size() > GrammarLimits.MAX_SCHEMA_PROPERTIES) {
                    throw new GrammarException("the object at " + path + " has " + value.size()
                            + " properties; at most " + GrammarLimits.MAX_SCHEMA_PROPERTIES + " are allowed");
                }
                if (REPETITION_KEYWORDS.contains(field.getKey())
                        && value.isNumber()
                        && (value.asDouble() > GrammarLimits.MAX_SCHEMA_REPETITION || value.asDouble() < 0)) {
                    throw new GrammarException(field.getKey() + " at " + path + " is " + value.asText()
                            + "; it must be in [0, " + GrammarLimits.MAX_SCHEMA_REPETITION + "]");
                }
                walk(value, path + "/" + field.getKey(), depth + 1);
            }
        }
    }

    /**
     * The {@code $ref} graph, resolved as llama.cpp's schema reader resolves it
     * (common/json-schema.cpp, {@code resolve_ref}: {@code #/} then keys or array indices split at
     * {@code /}, no {@code ~} escapes). The converter follows a {@code $ref} with no guard where an
     * {@code allOf} member is one ({@code _visit_all_of}'s {@code add_component}, which follows a
     * {@code $ref} to a {@code $ref} to ...): a cycle of {@code $ref}s with no schema in between
     * recurses until the stack overflows. Other cycles are guarded (each target is read and
     * converted once), but each {@code $ref} still adds its target's depth to the native recursion.
     */
    /**
     * A schema inside another, as llama.cpp's reader (common/json-schema.cpp) finds them: a property,
     * a member of an array keyword ({@code listed}: one level deeper), or the value of a keyword.
     */
    private record Subschema(String keyword, JsonNode node, String path, boolean listed) {}

    private static List<Subschema> subschemas(JsonNode node, String path) {
        List<Subschema> found = new ArrayList<>();
        for (String keyword : SCHEMA_KEYWORDS) {
            JsonNode value = node.get(keyword);
            if (value == null) {
                continue;
            }
            String at = path + "/" + keyword;
            if (keyword.equals("properties") && value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    found.add(new Subschema(keyword, property.getValue(), at + "/" + property.getKey(), true));
                }
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    found.add(new Subschema(keyword, value.get(i), at + "/" + i, true));
                }
            } else {
                found.add(new Subschema(keyword, value, at, false));
            }
        }
        return found;
    }

    private static final class Refs {
        private static final JsonNode MISSING = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        private final JsonNode root;
        /** ref -> its target's schema depth (own levels, not following refs) and the refs in it. */
        private final Map<String, Target> targets = new LinkedHashMap<>();

        private final Target top;
        /** ref -> the path of its first use. */
        private final Map<String, String> usedAt = new HashMap<>();

        private record Target(JsonNode node, String path, int depth, Map<String, String> refs) {}

        Refs(JsonNode root) {
            this.root = root;
            this.top = scan(root, "#");
            Deque<Target> todo = new ArrayDeque<>(List.of(top));
            while (!todo.isEmpty()) {
                for (Map.Entry<String, String> ref : todo.pop().refs().entrySet()) {
                    if (!targets.containsKey(ref.getKey())) {
                        if (targets.size() == GrammarLimits.MAX_SCHEMA_REFS) {
                            throw new GrammarException("the JSON Schema uses more than " + GrammarLimits.MAX_SCHEMA_REFS
                                    + " distinct $refs");
                        }
                        Target target = scan(resolve(ref.getKey(), ref.getValue()), ref.getKey());
                        targets.put(ref.getKey(), target);
                        usedAt.put(ref.getKey(), ref.getValue());
                        todo.push(target);
                    }
                }
            }
        }

        /** The schema depth of {@code node}'s subtree and the $refs in it, with the path each is at. */
        private Target scan(JsonNode node, String path) {
            Map<String, String> refs = new LinkedHashMap<>();
            int depth = scan(node, path, refs);
            return new Target(node, path, depth, refs);
        }

        private static int scan(JsonNode node, String path, Map<String, String> refs) {
            if (!node.isObject()) {
                return 0; // llama.cpp's reader refuses it with a message of its own
            }
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                // a node with $ref is a $ref and nothing else to llama.cpp's reader
                if (!ref.isTextual() || !ref.asText().startsWith("#/")) {
                    throw new GrammarException("the $ref at " + path + " is " + ref + "; only references into the "
                            + "same document (#/...) are supported");
                }
                refs.putIfAbsent(ref.asText(), path);
                return 1;
            }
            int deepest = 0;
            for (Subschema sub : subschemas(node, path)) {
                deepest = Math.max(deepest, (sub.listed() ? 1 : 0) + scan(sub.node(), sub.path(), refs));
            }
            // {"type": [a, b], ...} is read as {"anyOf": [{"type": a, ...}, {"type": b, ...}]}: one level more
            return 1 + deepest + (node.path("type").isArray() ? 1 : 0);
        }

        /** The target of a local ref, found as llama.cpp finds it. */
        private JsonNode resolve(String ref, String path) {
            JsonNode target = root;
            String[] tokens = ref.substring(1).split("/", -1);
            for (int i = 1; i < tokens.length; i++) {
                String key = tokens[i];
                JsonNode next = null;
                if (target.isObject()) {
                    next = target.get(key);
                } else if (target.isArray() && key.matches("\\d{1,9}")) {
                    next = target.get(Integer.parseInt(key));
                }
                if (next == null) {
                    throw new GrammarException("the $ref " + ref + " at " + path + " points to nothing: '" + key
                            + "' is not in the document");
                }
                target = next;
            }
            return target;
        }

        void check() {
            for (Map.Entry<String, Target> entry : targets.entrySet()) {
                checkNotOnlyRefs(entry.getKey());
            }
            checkInlining();
            checkMergedProperties(root, "#");
            int deepest = new LongestChain().from(top);
            if (deepest > GrammarLimits.MAX_SCHEMA_REF_DEPTH) {
                throw new GrammarException("the JSON Schema nests up to " + deepest + " levels deep when its $refs are "
                        + "followed; at most " + GrammarLimits.MAX_SCHEMA_REF_DEPTH + " are allowed");
            }
        }

        /** A $ref whose target is a $ref whose target is ... back to it: no schema anywhere. */
        private void checkNotOnlyRefs(String start) {
            Set<String> chain = new LinkedHashSet<>();
            String ref = start;
            while (ref != null && chain.add(ref)) {
                JsonNode target = targets.get(ref).node();
                JsonNode next = target.isObject() ? target.get("$ref") : null;
                ref = next == null ? null : next.asText();
            }
            if (ref != null) {
                throw new GrammarException("the JSON Schema's $refs " + String.join(" -> ", chain) + " -> " + ref
                        + " form a cycle with no schema in it (at " + usedAt.get(start)
                        + "); llama.cpp's converter would follow it forever");
            }
        }

        /**
         * A {@code $ref} that an {@code allOf} inlines (a member, or an {@code anyOf} alternative of
         * a member: {@code _visit_all_of}'s {@code add_component}) is not converted through the
         * guarded, once-per-target {@code _resolve_ref}: its target's properties are converted in
         * place, as part of the {@code allOf}, every time. So (1) when what they contain inlines the
         * same {@code $ref} again, directly or through other such {@code $ref}s, the converter
         * recurses without end, and (2) targets that inline others several times multiply: 30 levels
         * of two properties each inlining the next are 2^30 conversions. Here a target's region is
         * its whole subtree up to the {@code $ref}s it only refers to (a superset of what the
         * converter inlines, so this errs towards refusing).
         */
        private void checkInlining() {
            Map<String, Region> regions = new LinkedHashMap<>();
            for (Map.Entry<String, Target> entry : targets.entrySet()) {
                // a target that is itself a $ref: add_component follows it on
                regions.put(entry.getKey(), Region.of(entry.getValue().node(), entry.getKey(), true));
            }
            Map<String, Integer> state = new HashMap<>(); // absent: not seen; 1: on the path; 2: done
            for (String ref : regions.keySet()) {
                List<String> cycle = inlinedCycle(ref, regions, state, new ArrayList<>());
                if (cycle != null) {
                    throw new GrammarException("the JSON Schema's allOf inlines $refs that inline themselves again: "
                            + String.join(" -> ", cycle) + " (at "
                            + regions.get(cycle.get(cycle.size() - 2)).where().get(cycle.getLast())
                            + "); llama.cpp's converter would follow it forever");
                }
            }
            // every target is converted once where it is referred to, and the document from its root
            Map<String, Long> expanded = new HashMap<>();
            long total = expanded(Region.of(root, "#", false), regions, expanded);
            for (String ref : regions.keySet()) {
                total = Math.min(total + expanded(regions.get(ref), regions, expanded), Long.MAX_VALUE / 2);
            }
            if (total > GrammarLimits.MAX_INLINED_SCHEMAS) {
                throw new GrammarException("the JSON Schema's allOf inlines $refs into "
                        + (total > 1L << 40 ? "more than " + (1L << 40) : total) + " schemas to convert; at most "
                        + GrammarLimits.MAX_INLINED_SCHEMAS + " are allowed");
            }
        }

        /** An allOf's members' properties become one object's ({@code _visit_all_of}): at most GrammarLimits.MAX_SCHEMA_PROPERTIES. */
        private void checkMergedProperties(JsonNode node, String path) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    checkMergedProperties(node.get(i), path + "/" + i);
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            JsonNode allOf = node.get("allOf");
            if (allOf != null && allOf.isArray()) {
                long merged = 0;
                for (JsonNode member : allOf) {
                    merged += properties(member);
                    for (JsonNode alternative : member.path("anyOf")) {
                        merged += properties(alternative);
                    }
                }
                if (merged > GrammarLimits.MAX_SCHEMA_PROPERTIES) {
                    throw new GrammarException("the allOf at " + path + " merges " + merged + " properties into one "
                            + "object; at most " + GrammarLimits.MAX_SCHEMA_PROPERTIES + " are allowed");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                checkMergedProperties(field.getValue(), path + "/" + field.getKey());
            }
        }

        /** The properties add_component takes from {@code member}, following a chain of $refs (no cycle: checked). */
        private long properties(JsonNode member) {
            JsonNode node = member;
            for (int hops = 0; node.isObject() && node.has("$ref") && hops <= targets.size(); hops++) {
                Target target = targets.get(node.get("$ref").asText());
                node = target != null ? target.node() : MISSING;
            }
            return node.path("properties").isObject() ? node.get("properties").size() : 0;
        }

        /** The schemas of a region, the refs it inlines (how often) and where each is first. */
        private record Region(long schemas, Map<String, Long> inlines, Map<String, String> where) {

            static Region of(JsonNode node, String path, boolean member) {
                Map<String, Long> inlines = new LinkedHashMap<>();
                Map<String, String> where = new LinkedHashMap<>();
                long schemas = scan(node, path, member, inlines, where);
                return new Region(schemas, inlines, where);
            }

            private static long scan(
                    JsonNode node, String path, boolean member, Map<String, Long> inlines, Map<String, String> where) {
                if (!node.isObject()) {
                    return 0;
                }
                JsonNode ref = node.get("$ref");
                if (ref != null) {
                    if (member) {
                        inlines.merge(ref.asText(), 1L, Long::sum);
                        where.putIfAbsent(ref.asText(), path);
                    }
                    return 1; // any other $ref is converted through the guarded _resolve_ref
                }
                long schemas = 1;
                for (Subschema sub : subschemas(node, path)) {
                    boolean inlining = sub.keyword().equals("allOf");
                    schemas += scan(sub.node(), sub.path(), inlining, inlines, where);
                    if (inlining && sub.node().path("anyOf").isArray()) {
                        for (int j = 0; j < sub.node().get("anyOf").size(); j++) {
                            schemas += scan(
                                    sub.node().get("anyOf").get(j), sub.path() + "/anyOf/" + j, true, inlines, where);
                        }
                    }
                }
                return schemas;
            }
        }

        private static List<String> inlinedCycle(
                String ref, Map<String, Region> regions, Map<String, Integer> state, List<String> path) {
            Integer seen = state.get(ref);
            if (seen != null) {
                if (seen == 2) {
                    return null;
                }
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(ref), path.size()));
                cycle.add(ref);
                return cycle;
            }
            state.put(ref, 1);
            path.add(ref);
            // recursive, but over at most GrammarLimits.MAX_SCHEMA_REFS targets
            for (String next : regions.get(ref).inlines().keySet()) {
                List<String> cycle = inlinedCycle(next, regions, state, path);
                if (cycle != null) {
                    return cycle;
                }
            }
            path.removeLast();
            state.put(ref, 2);
            return null;
        }

        /** The schemas converted for {@code region} with what it inlines, inlined (no cycles: checked first). */
        private static long expanded(Region region, Map<String, Region> regions, Map<String, Long> known) {
            long total = region.schemas();
            for (Map.Entry<String, Long> inlined : region.inlines().entrySet()) {
                Long each = known.get(inlined.getKey());
                if (each == null) {
                    each = expanded(regions.get(inlined.getKey()), regions, known);
                    known.put(inlined.getKey(), each);
                }
                total = Math.min(total + Math.min(inlined.getValue() * each, Long.MAX_VALUE / 4), Long.MAX_VALUE / 2);
            }
            return total;
        }

        /**
         * An upper bound of the nesting along any chain of $refs that never repeats one (llama.cpp
         * reads and converts each target once, so a chain never repeats): Tarjan's strongly
         * connected components of the $ref graph, each weighing the sum of its members' depths (a
         * chain may visit all of them), then the heaviest path through the components, which form
         * a DAG.
         */
        private final class LongestChain {
            private final Map<String, Integer> index = new HashMap<>();
            private final Map<String, Integer> low = new HashMap<>();
            private final Deque<String> stack = new ArrayDeque<>();
            private final Set<String> onStack = new LinkedHashSet<>();
            private final Map<String, List<String>> componentOf = new HashMap<>();
            private final Map<List<String>, Integer> heaviest = new HashMap<>();

            int from(Target top) {
                for (String ref : targets.keySet()) {
                    if (!index.containsKey(ref)) {
                        connect(ref);
                    }
                }
                int deepest = 0;
                for (String ref : top.refs().keySet()) {
                    deepest = Math.max(deepest, heaviest(componentOf.get(ref)));
                }
                return top.depth() + deepest;
            }

            private int heaviest(List<String> component) {
                Integer known = heaviest.get(component);
                if (known != null) {
                    return known;
                }
                int own = 0;
                int next = 0;
                for (String ref : component) {
                    own += targets.get(ref).depth() + 1;
                    for (String out : targets.get(ref).refs().keySet()) {
                        List<String> other = componentOf.get(out);
                        if (other != component) {
                            next = Math.max(next, heaviest(other));
                        }
                    }
                }
                heaviest.put(component, own + next);
                return own + next;
            }

            // recursive, but over at most GrammarLimits.MAX_SCHEMA_REFS targets
            private void connect(String ref) {
                index.put(ref, index.size());
                low.put(ref, index.get(ref));
                stack.push(ref);
                onStack.add(ref);
                for (String out : targets.get(ref).refs().keySet()) {
                    if (!index.containsKey(out)) {
                        connect(out);
                        low.put(ref, Math.min(low.get(ref), low.get(out)));
                    } else if (onStack.contains(out)) {
                        low.put(ref, Math.min(low.get(ref), index.get(out)));
                    }
                }
                if (low.get(ref).equals(index.get(ref))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(ref));
                    for (String m : component) {
                        componentOf.put(m, component);
                    }
                }
            }
        }
    }
}
