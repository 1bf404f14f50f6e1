package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufTensorInfo;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;

/**
 * The strict model validator: everything ggml's and llama.cpp's loaders would otherwise assert
 * on, overflow on or silently accept, checked in Java before any native code sees the file. It
 * checks the consistency of what is present; of a file without tensors (a vocabulary) it does not
 * require a complete model, of one with tensors it requires the keys llama.cpp requires. The
 * hyperparameter asserts of llama.cpp's load and graph code are known per architecture
 * ({@link #KNOWN_ARCHITECTURES}; {@code HyperparameterRules}), so only those architectures pass;
 * the vocabulary shapes that make the tokenizer throw through the C API are {@code
 * VocabularyRules}'. What depends on tensor data rather than metadata (NaN weights, for one) is
 * left to the worker process. The first problem found is reported as a
 * {@link ModelRejectedException} naming the {@link Check}.
 *
 * <pre>{@code
 * GgufFile ok = ModelValidator.validate(Path.of("model.gguf"), ModelValidator.Rules.DEFAULT);
 * }</pre>
 */
public final class ModelValidator {

    /** The checks, in the order they run. */
    public enum Check {
        /** The file cannot be read. */
        UNREADABLE("the file can be opened and read"),
        /** (Sandbox) The real path, symlinks resolved, is outside the policy's model roots. */
        OUTSIDE_ROOTS("the file's real path (no '..', symlinks resolved) is inside a model root"),
        /** (Sandbox) A directory, device, FIFO or socket. */
        NOT_A_FILE("the file is a regular file"),
        /** (Sandbox) The SHA-256 is not on the allowlist. */
        NOT_ALLOWED("the file's SHA-256 is on the policy's allowlist"),
        /** Not GGUF (magic). */
        NOT_GGUF("the file starts with the GGUF magic"),
        /** GGUF version other than 2 or 3. */
        VERSION("the GGUF version is 2 or 3"),
        /** The file is shorter than its header says (counts, lengths, tensor data). */
        TRUNCATED("every count, length and tensor extent fits in the bytes the file has"),
        /** The strict reader's structural checks (see {@link Gguf#read}). */
        STRUCTURE("value types are valid; bool bytes are 0/1; keys are non-empty and unique; arrays are not nested "
                + "and within limits; strings within limits; general.alignment is a UINT32 power of two <= 1 MiB; "
                + "tensor names are 1..63 bytes and unique; n_dims is 1..4; element and byte counts do not overflow; "
                + "tensor types exist in the pinned ggml; rows are whole blocks; data offsets are aligned, in order, "
                + "contiguous and inside the file"),
        /** A metadata key that is not printable ASCII. */
        KEY_NOT_ASCII("metadata keys are printable ASCII"),
        /** A tensor dimension of 0. */
        ZERO_DIMENSION("every tensor dimension is >= 1"),
        /** general.architecture missing or not a string. */
        ARCHITECTURE_MISSING("general.architecture is present and a string"),
        /**
         * The architecture is not on the policy's list, or (for an empty list) not one the
         * validator has rules for ({@link #KNOWN_ARCHITECTURES}).
         */
        ARCHITECTURE_NOT_ALLOWED("the architecture is on the policy's list; with an empty list, one the validator has "
                + "rules for"),
        /** A hyperparameter of the wrong type, out of range or missing. */
        HYPERPARAMETER("<arch>.block_count is an integer in 1..512 (LLAMA_MAX_LAYERS); <arch>.context_length and "
                + "<arch>.embedding_length, when present, are integers >= 1; every key llama.cpp reads has the GGUF type "
                + "its strict getters insist on (per-layer arrays one entry per layer); a model (a file with tensors) "
                + "has the keys llama.cpp requires"),
        /** Hyperparameters that llama.cpp's loader or the architecture's graph asserts or throws on. */
        ARCHITECTURE_SHAPE("expert, head, head-size, rope and pooling values satisfy what llama.cpp's load_hparams, "
                + "the architecture's load code and its graph builder assert (see HyperparameterRules)"),
        /** Tokenizer arrays of the wrong element type. */
        TOKENIZER_TYPES("tokenizer.ggml.tokens and .merges are string arrays, .scores a float32 array, .token_type an "
                + "int32 array, .model a string"),
        /** Tokenizer arrays of different lengths. */
        TOKENIZER_LENGTHS("tokens is present and non-empty when scores or token_type are, and they have its length"),
        /** A token type value llama.cpp does not know. */
        TOKEN_TYPE("every token_type is 0..6 (llama_token_type)"),
        /** A special-token id outside the vocabulary. */
        SPECIAL_TOKEN("every tokenizer.ggml.*_token_id is an integer in [0, vocabulary size)"),
        /** A BYTE token whose text is not {@code <0xNN>}. */
        BYTE_TOKEN("every BYTE token's text is <0xNN> with two hex digits"),
        /** A vocabulary shape that makes llama.cpp's vocabulary load or its tokenizer throw or abort. */
        VOCABULARY_SHAPE("the tokenizer model and pre-tokenizer are known; BPE has merges; token texts are unique; "
                + "SPM has a byte token for every byte; WPM has CLS, SEP and UNK and no byte tokens; UGM has UNK and a "
                + "well-formed precompiled charsmap; add_bos/add_eos have a BOS/EOS token (see VocabularyRules)"),
        /** (Sandbox) A chat template's SHA-256 is not approved. */
        CHAT_TEMPLATE_NOT_APPROVED("every chat template (tokenizer.chat_template and each tokenizer.chat_template.<name>), "
                + "when the policy requires it, has an approved SHA-256"),
        /** (Sandbox) A chat template is not a string, or fails the static scan llama.cpp's limitless Jinja engine needs. */
        CHAT_TEMPLATE_UNSAFE("every chat template (tokenizer.chat_template and each tokenizer.chat_template.<name>) is a "
                + "string that passes ChatTemplate.check: at most 128 KiB, nesting at most 64, no endless macro recursion, "
                + "literal loop ranges and repetitions at most 100,000"),
        /** (Sandbox) The file was written to (in place) or replaced while it was checked and loaded. */
        CHANGED("the file did not change between its checks and llama.cpp's load");

        private final String description;

        Check(String description) {
            this.description = description;
        }

        /** What the check requires. */
        public String description() {
            return description;
        }
    }

    /**
     * The architectures the validator has rules for (llama.cpp's hyperparameter asserts of their
     * load and graph code): a policy may allow only these, since a file of any other architecture
     * could pass every check and still abort llama.cpp.
     */
    public static final Set<String> KNOWN_ARCHITECTURES = HyperparameterRules.KNOWN;

    /**
     * What the validator enforces beyond the fixed checks.
     *
     * @param limits        the GGUF reader's memory bounds
     * @param architectures the allowed {@code general.architecture} values, each one of
     *                      {@link #KNOWN_ARCHITECTURES}; empty: any of those
     */
    public record Rules(Gguf.Limits limits, Set<String> architectures) {

        /** Default limits, any architecture the validator knows. */
        public static final Rules DEFAULT = new Rules(Gguf.Limits.DEFAULT, Set.of());

        /** @throws IllegalArgumentException when an architecture is not one the validator knows */
        public Rules {
            Objects.requireNonNull(limits, "limits");
            architectures = Set.copyOf(architectures);
            checkKnown(architectures);
        }

        /** The architectures a file may have: the list, or all the validator knows when it is empty. */
        public Set<String> allowed() {
            return architectures.isEmpty() ? KNOWN_ARCHITECTURES : architectures;
        }
    }

    /**
     * @throws IllegalArgumentException naming the first architecture the validator has no rules for
     *                                  and listing those it has
     */
    static void checkKnown(Set<String> architectures) {
        for (String arch : new java.util.TreeSet<>(architectures)) {
            if (!KNOWN_ARCHITECTURES.contains(arch)) {
                throw new IllegalArgumentException("architectures: the validator has no rules for '" + printable(arch)
                        + "', so it cannot be allowed; known architectures: " + KNOWN_ARCHITECTURES);
            }
        }
    }

    /** llama.cpp's LLAMA_MAX_LAYERS. */
    static final int MAX_LAYERS = 512;
    private static final Pattern BYTE_TOKEN_TEXT = Pattern.compile("<0x[0-9A-Fa-f]{2}>");
    private static final int TOKEN_TYPE_BYTE = 6;
    static final List<String> SPECIAL_IDS = List.of("bos", "eos", "eot", "eom", "unknown", "seperator", "padding",
            "cls", "mask", "fim_pre", "fim_suf", "fim_mid", "fim_pad", "fim_rep", "fim_sep", "prefix", "suffix", "middle");

    private ModelValidator() {
    }

    /**
     * Validates {@code file}; pure Java, no native call.
     *
     * @return the file's header, when every check passes
     * @throws ModelRejectedException at the first failed check
     */
    public static GgufFile validate(Path file, Rules rules) {
        GgufFile gguf;
        try {
            gguf = Gguf.read(file, rules.limits());
        } catch (GgufException e) {
            Check check = switch (e.reason()) {
                case IO -> Check.UNREADABLE;
                case NOT_GGUF -> Check.NOT_GGUF;
                case UNSUPPORTED_VERSION -> Check.VERSION;
                case TRUNCATED -> Check.TRUNCATED;
                case MALFORMED -> Check.STRUCTURE;
            };
            throw new ModelRejectedException(check, file, e.getMessage(), e);
        }
        for (String key : gguf.metadata().keySet()) {
            if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw reject(Check.KEY_NOT_ASCII, file, "metadata key '" + printable(key) + "'");
            }
        }
        for (GgufTensorInfo t : gguf.tensors()) {
            for (long d : t.shape()) {
                if (d < 1) {
                    throw reject(Check.ZERO_DIMENSION, file, "tensor " + t.name() + " has a dimension of " + d);
                }
            }
        }
        GgufValue name = gguf.metadata().get("general.name");
        if (name != null && name.type() != GgufType.STRING) {
            // llama-model.cpp:load_hparams reads it with get_key<std::string>, which throws on another type
            throw reject(Check.HYPERPARAMETER, file, "general.name is " + name + ": llama.cpp reads it as a STRING");
        }
        String arch = architecture(file, gguf, rules);
        hyperparameters(file, gguf, arch);
        HyperparameterRules.check(file, gguf, arch);
        tokenizer(file, gguf);
        VocabularyRules.check(file, gguf);
        return gguf;
    }

    private static ModelRejectedException reject(Check check, Path file, String detail) {
        return new ModelRejectedException(check, file, detail, null);
    }

    static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> sb.append(c >= 0x20 && c <= 0x7E ? Character.toString(c)
                : String.format(Locale.ROOT, "\\u%04x", c)));
        return sb.toString();
    }

    private static String architecture(Path file, GgufFile gguf, Rules rules) {
        GgufValue value = gguf.metadata().get("general.architecture");
        if (value == null || value.type() != GgufType.STRING || value.asString().isEmpty()) {
            throw reject(Check.ARCHITECTURE_MISSING, file, value == null ? "no general.architecture"
                    : "general.architecture is " + value);
        }
        String arch = value.asString();
        if (!rules.allowed().contains(arch)) {
            throw reject(Check.ARCHITECTURE_NOT_ALLOWED, file, "architecture '" + printable(arch) + "' is not in "
                    + rules.allowed().stream().sorted().toList() + (rules.architectures().isEmpty()
                            ? " (the architectures the validator has rules for)" : ""));
        }
        return arch;
    }

    private static void hyperparameters(Path file, GgufFile gguf, String arch) {
        GgufValue blocks = gguf.metadata().get(arch + ".block_count");
        if (blocks != null) {
            long n = integer(file, arch + ".block_count", blocks);
            if (n < 1 || n > MAX_LAYERS) {
                throw reject(Check.HYPERPARAMETER, file, arch + ".block_count is " + n + ", not in 1.." + MAX_LAYERS);
            }
        }
        for (String key : List.of(arch + ".context_length", arch + ".embedding_length")) {
            GgufValue value = gguf.metadata().get(key);
            if (value != null && integer(file, key, value) < 1) {
                throw reject(Check.HYPERPARAMETER, file, key + " is " + value.asLong() + ", not >= 1");
            }
        }
    }

    private static long integer(Path file, String key, GgufValue value) {
        if (!(value.value() instanceof Long)) {
            throw reject(Check.HYPERPARAMETER, file, key + " is " + value + ", not an integer");
        }
        return value.asLong();
    }

    private static void tokenizer(Path file, GgufFile gguf) {
        Map<String, GgufValue> m = gguf.metadata();
        GgufValue tokens = m.get("tokenizer.ggml.tokens");
        GgufValue scores = m.get("tokenizer.ggml.scores");
        GgufValue types = m.get("tokenizer.ggml.token_type");
        GgufValue merges = m.get("tokenizer.ggml.merges");
        GgufValue model = m.get("tokenizer.ggml.model");
        expectArray(file, "tokenizer.ggml.tokens", tokens, GgufType.STRING);
        expectArray(file, "tokenizer.ggml.scores", scores, GgufType.FLOAT32);
        expectArray(file, "tokenizer.ggml.token_type", types, GgufType.INT32);
        expectArray(file, "tokenizer.ggml.merges", merges, GgufType.STRING);
        if (model != null && model.type() != GgufType.STRING) {
            throw reject(Check.TOKENIZER_TYPES, file, "tokenizer.ggml.model is " + model + ", not a string");
        }
        if (tokens == null) {
            if (scores != null || types != null) {
                throw reject(Check.TOKENIZER_LENGTHS, file, "tokenizer.ggml.scores or .token_type without .tokens");
            }
            for (String id : SPECIAL_IDS) {
                if (m.containsKey("tokenizer.ggml." + id + "_token_id")) {
                    throw reject(Check.SPECIAL_TOKEN, file, "tokenizer.ggml." + id + "_token_id without a vocabulary");
                }
            }
            return;
        }
        int size = tokens.length();
        if (size == 0) {
            throw reject(Check.TOKENIZER_LENGTHS, file, "tokenizer.ggml.tokens is empty");
        }
        for (GgufValue other : new GgufValue[] {scores, types}) {
            if (other != null && other.length() != size) {
                throw reject(Check.TOKENIZER_LENGTHS, file, (other == scores ? "tokenizer.ggml.scores" : "tokenizer.ggml.token_type")
                        + " has " + other.length() + " entries, tokenizer.ggml.tokens " + size);
            }
        }
        if (types != null) {
            int[] values = (int[]) types.value();
            List<String> texts = tokens.asStrings();
            for (int i = 0; i < values.length; i++) {
                if (values[i] < 0 || values[i] > TOKEN_TYPE_BYTE) {
                    throw reject(Check.TOKEN_TYPE, file, "token " + i + " has type " + values[i]);
                }
                if (values[i] == TOKEN_TYPE_BYTE && !BYTE_TOKEN_TEXT.matcher(texts.get(i)).matches()) {
                    throw reject(Check.BYTE_TOKEN, file, "BYTE token " + i + " is '" + printable(texts.get(i)) + "'");
                }
            }
        }
        for (String id : SPECIAL_IDS) {
            String key = "tokenizer.ggml." + id + "_token_id";
            GgufValue value = m.get(key);
            if (value == null) {
                continue;
            }
            if (!(value.value() instanceof Long) || value.asLong() < 0 || value.asLong() >= size) {
                throw reject(Check.SPECIAL_TOKEN, file, key + " is " + value.value() + ", the vocabulary has " + size
                        + " tokens");
            }
        }
    }

    private static void expectArray(Path file, String key, GgufValue value, GgufType element) {
        if (value != null && (value.type() != GgufType.ARRAY || value.elementType() != element)) {
            throw reject(Check.TOKENIZER_TYPES, file, key + " is " + value + ", not an array of " + element);
        }
    }
}
