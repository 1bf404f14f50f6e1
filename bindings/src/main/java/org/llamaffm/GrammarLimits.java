package org.llamaffm;

/**
 * Every cap on an untrusted grammar or JSON Schema, in one place: what {@link Sampler.Builder#grammar},
 * {@link Sampler.Builder#jsonSchema}, {@link JsonSchema#toGrammar} and the chat's tools and response
 * formats refuse with a {@link GrammarException} before llama.cpp's parsers see the text, because past
 * them llama.cpp's recursive code overflows a thread stack or stalls. Each says where its value comes from.
 */
public final class GrammarLimits {

    private GrammarLimits() {}

    // ---- GBNF grammars

    /** The longest GBNF grammar {@link Sampler.Builder#grammar} accepts. */
    public static final int MAX_GRAMMAR_CHARS = 256 * 1024;
    /** The deepest nesting of parenthesized groups {@link Sampler.Builder#grammar} accepts (llama.cpp's parser recurses per group). */
    public static final int MAX_GRAMMAR_NESTING = 64;
    /** The largest repetition count ({@code x{m,n}}) {@link Sampler.Builder#grammar} accepts (llama.cpp's own threshold). */
    public static final int MAX_REPETITION = 2000;
    /**
     * The longest chain of rules in a grammar where each starts with the next (or with items that can
     * be empty, then the next): llama.cpp's left-recursion check recurses once per rule of it
     * (8192 overflowed a 1 MiB thread stack). Rules llama.cpp makes of repetitions count.
     */
    public static final int MAX_GRAMMAR_CHAIN = 1024;
    /**
     * The most parse stacks one position of a grammar may lead to before a character is matched
     * (an upper bound computed from the grammar; optional items that can be empty, nested in each
     * other, multiply them): llama.cpp builds each and matches every candidate token against each.
     * It bounds the generation too: an ambiguous grammar ({@code s ::= "a" s "b" | "a" s "c" | ""})
     * multiplies the stacks token after token, which no static check can see, so the grammar
     * sampler (the shim's llama_ffm_sampler_init_grammar_bounded, llama.cpp's grammar engine) counts
     * them after each token and past this many ends the generation with a {@link NativeException}.
     */
    public static final int MAX_GRAMMAR_STACKS = 4096;
    /**
     * The largest repetition count a JSON Schema may ask for (minItems, maxItems, minLength, maxLength,
     * minProperties, maxProperties): {@link #MAX_REPETITION}, as the grammar it becomes repeats that often.
     */
    public static final int MAX_SCHEMA_REPETITION = MAX_REPETITION;

    // ---- JSON Schemas

    /** The longest JSON Schema accepted, in characters. */
    public static final int MAX_SCHEMA_CHARS = 64 * 1024;
    /** The deepest nesting of JSON objects and arrays accepted in a schema. */
    public static final int MAX_SCHEMA_DEPTH = 32;
    /**
     * The deepest nesting accepted when every {@code $ref} is followed (JSON levels, counted as in
     * {@link #MAX_SCHEMA_DEPTH}, plus one per {@code $ref}): llama.cpp's schema reader and converter recurse
     * once per level and per {@code $ref} on the calling thread's stack (a chain of 2000 {@code $ref}s
     * overflowed a 1 MiB stack, one of 300, about 600 levels here, did not).
     */
    public static final int MAX_SCHEMA_REF_DEPTH = 256;
    /** The most distinct {@code $ref} targets a schema may use. */
    public static final int MAX_SCHEMA_REFS = 256;
    /**
     * The most schemas llama.cpp's converter may have to convert once each {@code $ref} that an
     * {@code allOf} inlines is counted as often as it is inlined (see {@code JsonSchema}'s check of inlining).
     */
    public static final int MAX_INLINED_SCHEMAS = 100_000;
    /**
     * The most properties of one object, or of the object an {@code allOf} merges: llama.cpp's
     * converter builds the rule of an object's optional properties with a recursion per property and
     * work that grows with the cube of their number (2000 took 17 s, 2400 overflowed the stack).
     */
    public static final int MAX_SCHEMA_PROPERTIES = 256;
}
