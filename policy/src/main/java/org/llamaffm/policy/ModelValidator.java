package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufTensorInfo;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.ModelRejectedException.Reason;

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
 * {@link ModelRejectedException} naming the {@link ModelRejectedException.Reason}.
 *
 * <pre>{@code
 * GgufFile ok = ModelValidator.validate(Path.of("model.gguf"), ModelValidator.Rules.DEFAULT);
 * }</pre>
 */
public final class ModelValidator {

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
        for (String arch : new TreeSet<>(architectures)) {
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
    static final List<String> SPECIAL_IDS = List.of(
            "bos",
            "eos",
            "eot",
            "eom",
            "unknown",
            "seperator",
            "padding",
            "cls",
            "mask",
            "fim_pre",
            "fim_suf",
            "fim_mid",
            "fim_pad",
            "fim_rep",
            "fim_sep",
            "prefix",
            "suffix",
            "middle");

    private ModelValidator() {}

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
            Reason reason = switch (e.reason()) {
                case IO -> Reason.UNREADABLE;
                case NOT_GGUF -> Reason.NOT_GGUF;
                case UNSUPPORTED_VERSION -> Reason.VERSION;
                case TRUNCATED -> Reason.TRUNCATED;
                case MALFORMED -> Reason.STRUCTURE;
            };
            throw new ModelRejectedException(reason, file, e.getMessage(), e);
        }
        for (String key : gguf.metadata().keySet()) {
            if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw reject(Reason.KEY_NOT_ASCII, file, "metadata key '" + printable(key) + "'");
            }
        }
        for (GgufTensorInfo t : gguf.tensors()) {
            for (long d : t.shape()) {
                if (d < 1) {
                    throw reject(Reason.ZERO_DIMENSION, file, "tensor " + t.name() + " has a dimension of " + d);
                }
            }
        }
        GgufValue name = gguf.metadata().get("general.name");
        if (name != null && name.type() != GgufType.STRING) {
            // llama-model.cpp:load_hparams reads it with get_key<std::string>, which throws on another type
            throw reject(Reason.HYPERPARAMETER, file, "general.name is " + name + ": llama.cpp reads it as a STRING");
        }
        String arch = architecture(file, gguf, rules);
        hyperparameters(file, gguf, arch);
        HyperparameterRules.check(file, gguf, arch);
        tokenizer(file, gguf);
        VocabularyRules.check(file, gguf);
        return gguf;
    }

    private static ModelRejectedException reject(Reason reason, Path file, String detail) {
        return new ModelRejectedException(reason, file, detail, null);
    }

    static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints()
                .forEach(c -> sb.append(
                        c >= 0x20 && c <= 0x7E ? Character.toString(c) : String.format(Locale.ROOT, "\\u%04x", c)));
        return sb.toString();
    }

    private static String architecture(Path file, GgufFile gguf, Rules rules) {
        GgufValue value = gguf.metadata().get("general.architecture");
        if (value == null || value.type() != GgufType.STRING || value.asString().isEmpty()) {
            throw reject(
                    Reason.ARCHITECTURE_MISSING,
                    file,
                    value == null ? "no general.architecture" : "general.architecture is " + value);
        }
        String arch = value.asString();
        if (!rules.allowed().contains(arch)) {
            throw reject(
                    Reason.ARCHITECTURE_NOT_ALLOWED,
                    file,
                    "architecture '" + printable(arch) + "' is not in "
                            + rules.allowed().stream().sorted().toList()
                            + (rules.architectures().isEmpty()
                                    ? " (the architectures the validator has rules for)"
                                    : ""));
        }
        return arch;
    }

    private static void hyperparameters(Path file, GgufFile gguf, String arch) {
        GgufValue blocks = gguf.metadata().get(arch + ".block_count");
        if (blocks != null) {
            long n = integer(file, arch + ".block_count", blocks);
            if (n < 1 || n > MAX_LAYERS) {
                throw reject(Reason.HYPERPARAMETER, file, arch + ".block_count is " + n + ", not in 1.." + MAX_LAYERS);
            }
        }
        for (String key : List.of(arch + ".context_length", arch + ".embedding_length")) {
            GgufValue value = gguf.metadata().get(key);
            if (value != null && integer(file, key, value) < 1) {
                throw reject(Reason.HYPERPARAMETER, file, key + " is " + value.asLong() + ", not >= 1");
            }
        }
    }

    private static long integer(Path file, String key, GgufValue value) {
        if (!(value.value() instanceof Long)) {
            throw reject(Reason.HYPERPARAMETER, file, key + " is " + value + ", not an integer");
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
            throw reject(Reason.TOKENIZER_TYPES, file, "tokenizer.ggml.model is " + model + ", not a string");
        }
        if (tokens == null) {
            if (scores != null || types != null) {
                throw reject(Reason.TOKENIZER_LENGTHS, file, "tokenizer.ggml.scores or .token_type without .tokens");
            }
            for (String id : SPECIAL_IDS) {
                if (m.containsKey("tokenizer.ggml." + id + "_token_id")) {
                    throw reject(Reason.SPECIAL_TOKEN, file, "tokenizer.ggml." + id + "_token_id without a vocabulary");
                }
            }
            return;
        }
        int size = tokens.length();
        if (size == 0) {
            throw reject(Reason.TOKENIZER_LENGTHS, file, "tokenizer.ggml.tokens is empty");
        }
        for (GgufValue other : new GgufValue[] {scores, types}) {
            if (other != null && other.length() != size) {
                throw reject(
                        Reason.TOKENIZER_LENGTHS,
                        file,
                        (other == scores ? "tokenizer.ggml.scores" : "tokenizer.ggml.token_type") + " has "
                                + other.length() + " entries, tokenizer.ggml.tokens " + size);
            }
        }
        if (types != null) {
            int[] values = (int[]) types.value();
            List<String> texts = tokens.asStrings();
            for (int i = 0; i < values.length; i++) {
                if (values[i] < 0 || values[i] > TOKEN_TYPE_BYTE) {
                    throw reject(Reason.TOKEN_TYPE, file, "token " + i + " has type " + values[i]);
                }
                if (values[i] == TOKEN_TYPE_BYTE
                        && !BYTE_TOKEN_TEXT.matcher(texts.get(i)).matches()) {
                    throw reject(Reason.BYTE_TOKEN, file, "BYTE token " + i + " is '" + printable(texts.get(i)) + "'");
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
                throw reject(
                        Reason.SPECIAL_TOKEN,
                        file,
                        key + " is " + value.value() + ", the vocabulary has " + size + " tokens");
            }
        }
    }

    private static void expectArray(Path file, String key, GgufValue value, GgufType element) {
        if (value != null && (value.type() != GgufType.ARRAY || value.elementType() != element)) {
            throw reject(Reason.TOKENIZER_TYPES, file, key + " is " + value + ", not an array of " + element);
        }
    }
}
