package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.ModelRejectedException.Reason;

/**
 * The vocabulary shapes that make llama.cpp's vocabulary load or its tokenizer throw or abort
 * (llama-vocab.cpp). A C++ exception out of {@code llama_tokenize} or {@code llama_token_to_piece}
 * crosses the C API and terminates the process, so these are checked before any native code
 * sees the file. Sources are cited as {@code llama-vocab.cpp:function}; {@code (assert)} marks a
 * process abort, {@code (throw)} an exception (a failed load when it happens while loading,
 * {@code std::terminate} when it happens in a tokenizer call).
 */
final class VocabularyRules {

    /** llama-vocab.cpp:load, the tokenizer.ggml.model values it knows (it throws "unknown tokenizer" otherwise). */
    private static final Set<String> MODELS = Set.of(
            "no_vocab",
            "none",
            "llama",
            "bert",
            "gpt2",
            "hybriddna",
            "whitespace",
            "t5",
            "rwkv",
            "test",
            "plamo2",
            "gemma4");

    private static final Set<String> BPE = Set.of("gpt2", "hybriddna", "whitespace", "gemma4");

    /** llama-vocab.cpp:load, the tokenizer.ggml.pre values of BPE vocabularies (it throws "unknown pre-tokenizer type"). */
    private static final Set<String> PRE_TOKENIZERS = Set.of(
            "default",
            "minicpm5",
            "llama3",
            "llama-v3",
            "llama-bpe",
            "falcon3",
            "falcon-h1",
            "pixtral",
            "midm-2.0",
            "lfm2",
            "jina-v5-nano",
            "deepseek-llm",
            "deepseek-coder",
            "deepseek-v3",
            "spark2_5",
            "youtu",
            "falcon",
            "mpt",
            "starcoder",
            "gpt-2",
            "phi-2",
            "jina-es",
            "jina-de",
            "gigachat",
            "jina-v2-es",
            "jina-v2-de",
            "a.x-4.0",
            "mellum",
            "modern-bert",
            "jais-2",
            "gemma4",
            "granite-embed-multi-311m",
            "sarvam-moe",
            "jina-v1-en",
            "jina-v2-code",
            "roberta-bpe",
            "whitespace",
            "refact",
            "command-r",
            "qwen2",
            "deepseek-r1-qwen",
            "kormo",
            "f2llmv2",
            "qwen35",
            "stablelm2",
            "olmo",
            "dbrx",
            "smaug-bpe",
            "poro-chat",
            "glm4",
            "chatglm-bpe",
            "viking",
            "jais",
            "tekken",
            "smollm",
            "codeshell",
            "bloom",
            "gpt3-finnish",
            "exaone",
            "exaone4",
            "exaone-moe",
            "chameleon",
            "minerva-7b",
            "megrez",
            "gpt-4o",
            "llama4",
            "kanana2",
            "talkie",
            "granite-embed-multi-97m",
            "tiny_aya",
            "cohere2moe",
            "superbpe",
            "trillion",
            "granite-docling",
            "bailingmoe",
            "bailingmoe2",
            "llada-moe",
            "seed-coder",
            "hunyuan",
            "hunyuan-dense",
            "hy_v4",
            "joyai-llm",
            "kimi-k2",
            "ufakzeka",
            "grok-2",
            "afmoe",
            "laguna",
            "minimax-m2",
            "solar-open",
            "mellum2");
    /** The BPE pre-tokenizers for which llama-vocab.cpp:load sets add_bos = true. */
    private static final Set<String> PRE_ADD_BOS = Set.of(
            "llama3",
            "llama-v3",
            "llama-bpe",
            "falcon3",
            "falcon-h1",
            "pixtral",
            "midm-2.0",
            "lfm2",
            "jina-v5-nano",
            "tekken",
            "chameleon",
            "gemma4");

    private static final List<String> BOOL_KEYS = List.of(
            "add_bos_token",
            "add_eos_token",
            "add_sep_token",
            "add_space_prefix",
            "remove_extra_whitespaces",
            "normalizer.lowercase",
            "normalizer.strip_accents");
    private static final int TOKEN_TYPE_BYTE = 6;
    private static final long NULL = -1;

    private final Path file;
    private final Map<String, GgufValue> m;
    private final boolean model;

    private VocabularyRules(Path file, GgufFile gguf) {
        this.file = file;
        this.m = gguf.metadata();
        this.model = !gguf.tensors().isEmpty();
    }

    /** Checks the vocabulary of {@code gguf}; ModelValidator checked the arrays' types and lengths and the ids' ranges. */
    static void check(Path file, GgufFile gguf) {
        new VocabularyRules(file, gguf).run();
    }

    private void run() {
        types();
        GgufValue modelValue = m.get("tokenizer.ggml.model");
        GgufValue tokens = m.get("tokenizer.ggml.tokens");
        if (modelValue == null) {
            // load: ml.get_key(LLM_KV_TOKENIZER_MODEL, tokenizer_model) is required (throw)
            if (model || tokens != null) {
                throw shape("tokenizer.ggml.model is missing: llama.cpp requires it to load the vocabulary");
            }
            return;
        }
        String type = modelValue.asString();
        if (!MODELS.contains(type)) {
            throw shape("tokenizer.ggml.model is '" + ModelValidator.printable(type) + "', not one llama.cpp knows "
                    + new TreeSet<>(MODELS) + " (it throws \"unknown tokenizer\")");
        }
        if (type.equals("no_vocab") || type.equals("none")) {
            return;
        }
        if (tokens == null) {
            // load: "cannot find tokenizer vocab in model file" (throw)
            throw shape("tokenizer.ggml.tokens is missing for tokenizer.ggml.model '" + type + "'");
        }
        String pre = string("tokenizer.ggml.pre");
        if (BPE.contains(type)) {
            // load: "cannot find tokenizer merges in model file" (throw); Kimi-K2 (gpt2 family) has none
            if (!m.containsKey("tokenizer.ggml.merges") && (type.equals("gemma4") || !"kimi-k2".equals(pre))) {
                throw shape("tokenizer.ggml.merges is missing; a BPE vocabulary ('" + type + "') needs its merges");
            }
            // load: "unknown pre-tokenizer type: '%s'" (throw)
            if (!type.equals("gemma4") && pre != null && !pre.isEmpty() && !PRE_TOKENIZERS.contains(pre)) {
                throw shape("tokenizer.ggml.pre is '" + ModelValidator.printable(pre) + "', a pre-tokenizer llama.cpp "
                        + "does not know (it throws \"unknown pre-tokenizer type\")");
            }
        }
        List<String> texts = tokens.asStrings();
        int[] types = m.get("tokenizer.ggml.token_type") instanceof GgufValue t ? (int[]) t.value() : null;
        Map<String, Integer> ids = unique(texts);
        specials(type, pre, texts.size());
        switch (type) {
            case "llama" -> byteFallback(ids);
            case "bert" -> {
                // token_to_piece -> token_to_byte: GGML_ABORT for WPM byte tokens; load fills the piece cache for every
                // token (assert)
                for (int i = 0; types != null && i < types.length; i++) {
                    if (types[i] == TOKEN_TYPE_BYTE) {
                        throw shape(
                                "token " + i + " is a BYTE token in a WPM (bert) vocabulary, which llama.cpp cannot "
                                        + "decode (token_to_byte aborts)");
                    }
                }
            }
            case "t5" -> charsmap();
            case "rwkv" -> rwkv(texts);
            default -> {
                // BPE drops bytes it has no token for (no throw); PLaMo-2 falls back to its byte table
            }
        }
        phi3(ids);
    }

    /** Scalar tokenizer keys llama.cpp reads with its strict getters (llama-model-loader.cpp GKV::get_kv, throw). */
    private void types() {
        expect("tokenizer.ggml.pre", GgufType.STRING);
        expect("tokenizer.ggml.token_type_count", GgufType.UINT32);
        for (String key : BOOL_KEYS) {
            expect("tokenizer.ggml." + key, GgufType.BOOL);
        }
        for (String id : ModelValidator.SPECIAL_IDS) {
            expect("tokenizer.ggml." + id + "_token_id", GgufType.UINT32);
        }
        // load: "invalid gguf type for tokenizer.ggml.suppress_tokens" / ".precompiled_charsmap" (throw)
        GgufValue suppress = m.get("tokenizer.ggml.suppress_tokens");
        if (suppress != null && (suppress.type() != GgufType.ARRAY || suppress.elementType() != GgufType.INT32)) {
            throw types("tokenizer.ggml.suppress_tokens is " + suppress + ", not an array of INT32");
        }
        GgufValue charsmap = m.get("tokenizer.ggml.precompiled_charsmap");
        if (charsmap != null
                && (charsmap.type() != GgufType.ARRAY
                        || (charsmap.elementType() != GgufType.UINT8 && charsmap.elementType() != GgufType.INT8))) {
            throw types("tokenizer.ggml.precompiled_charsmap is " + charsmap + ", not an array of UINT8 or INT8");
        }
    }

    private void expect(String key, GgufType type) {
        GgufValue value = m.get(key);
        if (value != null && value.type() != type) {
            throw types(
                    key + " is " + value + ": llama.cpp reads it as a " + type + " and fails to load anything else");
        }
    }

    /** load: GGML_ASSERT(id_to_token.size() == token_to_id.size()): texts must be unique (assert). */
    private Map<String, Integer> unique(List<String> texts) {
        Map<String, Integer> ids = new HashMap<>(texts.size() * 2);
        for (int i = 0; i < texts.size(); i++) {
            // an empty text becomes "[EMPTY_<i>]" (load), which may collide too
            String text = texts.get(i).isEmpty() ? "[EMPTY_" + i + "]" : texts.get(i);
            Integer before = ids.putIfAbsent(text, i);
            if (before != null) {
                throw shape("tokens " + before + " and " + i + " are both '" + ModelValidator.printable(text)
                        + "': llama.cpp asserts that every token's text is unique");
            }
        }
        return ids;
    }

    /**
     * The special tokens the tokenizer appends or emits, as llama-vocab.cpp:load resolves them: the
     * vocabulary type's default id (dropped when outside the vocabulary), replaced by the key.
     */
    private void specials(String type, String pre, int size) {
        long bos = id(
                "bos",
                switch (type) {
                    case "llama", "plamo2" -> 1;
                    case "bert" -> 101;
                    case "gpt2", "hybriddna", "whitespace" -> 11;
                    default -> NULL;
                },
                size);
        long eos = id(
                "eos",
                switch (type) {
                    case "llama", "plamo2" -> 2;
                    case "t5" -> 1;
                    case "gpt2", "hybriddna", "whitespace" -> 11;
                    default -> NULL;
                },
                size);
        long unk = id(
                "unknown",
                switch (type) {
                    case "llama", "plamo2" -> 0;
                    case "bert" -> 100;
                    case "t5" -> 2;
                    default -> NULL;
                },
                size);
        long sep = id("seperator", type.equals("bert") ? 102 : NULL, size);
        boolean bpe = BPE.contains(type);
        boolean addBos = flag(
                "add_bos_token",
                switch (type) {
                    case "llama", "bert" -> true;
                    default -> bpe && pre != null && PRE_ADD_BOS.contains(pre);
                });
        // load: the Gemma 4 workaround forces add_bos for its pre-tokenizer
        addBos |= type.equals("gemma4") || (bpe && "gemma4".equals(pre));
        boolean addEos = flag("add_eos_token", type.equals("t5"));
        switch (type) {
            case "bert" -> {
                // tokenize (WPM, add_special): GGML_ASSERT(special_bos_id != LLAMA_TOKEN_NULL) and
                // GGML_ASSERT(special_sep_id != LLAMA_TOKEN_NULL) (assert)
                if (bos == NULL) {
                    throw shape(
                            "the WPM (bert) vocabulary has no CLS token: tokenizer.ggml.bos_token_id is missing and "
                                    + "the default 101 is outside its " + size
                                    + " tokens (llama.cpp asserts one when adding "
                                    + "special tokens)");
                }
                if (sep == NULL) {
                    throw shape("the WPM (bert) vocabulary has no SEP token: tokenizer.ggml.seperator_token_id is "
                            + "missing and the default 102 is outside its " + size + " tokens (llama.cpp asserts one "
                            + "when adding special tokens)");
                }
                // WPM and UGM tokenizers emit token_unk() for what they cannot match; -1 then throws std::out_of_range
                // in llama_token_to_piece / llama_detokenize (id_to_token.at)
                if (unk == NULL) {
                    throw shape("the WPM (bert) vocabulary has no UNK token (tokenizer.ggml.unknown_token_id missing, "
                            + "the default 100 outside its " + size + " tokens): unknown words would become token -1");
                }
            }
            case "t5" -> {
                if (unk == NULL) {
                    throw shape(
                            "the UGM (t5) vocabulary has no UNK token (tokenizer.ggml.unknown_token_id missing, the "
                                    + "default 2 outside its " + size + " tokens): unknown text would become token -1");
                }
            }
            default -> {}
        }
        if (type.equals("llama") || type.equals("t5") || bpe) {
            // tokenize (SPM, UGM; BPE append_bos / append_eos): GGML_ASSERT(special_bos_id != LLAMA_TOKEN_NULL) when
            // add_bos, GGML_ASSERT(special_eos_id != LLAMA_TOKEN_NULL) when add_eos (assert)
            if (addBos && bos == NULL) {
                throw shape("the vocabulary adds a BOS token ("
                        + (m.containsKey("tokenizer.ggml.add_bos_token")
                                ? "tokenizer.ggml.add_bos_token is true"
                                : "the default for '" + type + "'")
                        + ") but has none: tokenizer.ggml.bos_token_id is missing and the default is outside its "
                        + size
                        + " tokens (add_bos without a BOS token)");
            }
            if (addEos && eos == NULL) {
                throw shape("the vocabulary adds an EOS token ("
                        + (m.containsKey("tokenizer.ggml.add_eos_token")
                                ? "tokenizer.ggml.add_eos_token is true"
                                : "the default for '" + type + "'")
                        + ") but has none: tokenizer.ggml.eos_token_id is missing and the default is outside its "
                        + size
                        + " tokens");
            }
        }
    }

    private long id(String name, long fallback, int size) {
        GgufValue value = m.get("tokenizer.ggml." + name + "_token_id");
        if (value != null) {
            return value.asLong(); // ModelValidator checked it is in range
        }
        return fallback >= size ? NULL : fallback;
    }

    private boolean flag(String key, boolean fallback) {
        GgufValue value = m.get("tokenizer.ggml." + key);
        return value == null ? fallback : value.asBoolean();
    }

    /**
     * SPM byte fallback: the tokenizer's resegment() maps every byte no token covers with
     * llama_vocab::byte_to_token, which looks up "<0xXX>" or the byte itself with
     * {@code token_to_id.at} — std::out_of_range through llama_tokenize (throw, terminate).
     */
    private void byteFallback(Map<String, Integer> ids) {
        for (int b = 0; b < 256; b++) {
            String hex = String.format(Locale.ROOT, "<0x%02X>", b);
            boolean plain = b < 0x80 && ids.containsKey(String.valueOf((char) b));
            if (!ids.containsKey(hex) && !plain) {
                throw shape("the SPM (llama) vocabulary has no byte token " + hex
                        + (b < 0x80 ? " (nor the byte itself)" : "")
                        + ": text with that byte would make llama_tokenize throw (byte_to_token)");
            }
        }
    }

    /**
     * RWKV: llm_tokenizer_rwkv_session::tokenize walks a trie of the unescaped token bytes from
     * each position. A first byte without a token of its own and no longer match sets the position
     * back to 0 (token_length stays 0): tokenizing loops for ever, growing its output. A byte that
     * starts no token becomes token_unk(), which RWKV vocabularies do not define by default: -1,
     * which llama_token_to_piece then rejects with std::out_of_range (id_to_token.at).
     */
    private void rwkv(List<String> texts) {
        boolean[] single = new boolean[256];
        boolean[] first = new boolean[256];
        int[] example = new int[256];
        for (int i = 0; i < texts.size(); i++) {
            byte[] bytes = unescapeRwkv(texts.get(i));
            if (bytes.length == 0) {
                continue;
            }
            int b = bytes[0] & 0xFF;
            if (!first[b]) {
                example[b] = i;
            }
            first[b] = true;
            single[b] |= bytes.length == 1;
        }
        for (int b = 0; b < 256; b++) {
            if (first[b] && !single[b]) {
                throw shape("the RWKV vocabulary has tokens that start with byte 0x" + Integer.toHexString(b)
                        + " (token "
                        + example[b] + ") but no token of that byte alone: llama_tokenize would loop for ever on text "
                        + "where no longer token matches");
            }
        }
        if (!m.containsKey("tokenizer.ggml.unknown_token_id")) {
            for (int b = 0; b < 256; b++) {
                if (!first[b]) {
                    throw shape("the RWKV vocabulary has no token for byte 0x" + Integer.toHexString(b) + " and no UNK "
                            + "token: llama_tokenize would return token -1 for it");
                }
            }
        }
    }

    /** llama-vocab.cpp llama_unescape_rwkv_token, over the token's UTF-8 bytes. */
    static byte[] unescapeRwkv(String text) {
        byte[] escaped = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(escaped.length);
        boolean escaping = false;
        int hexRemaining = 0;
        int hex = 0;
        for (byte x : escaped) {
            int c = x & 0xFF;
            if (hexRemaining != 0) {
                // as llama.cpp computes it, whatever the digit
                hex = ((hex << 4) + (c >= 'a' ? c - 'a' + 10 : c - '0')) & 0xFF;
                if (--hexRemaining == 0) {
                    out.write(hex);
                    hex = 0;
                }
                continue;
            }
            if (escaping) {
                switch (c) {
                    case 't' -> out.write('\t');
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 'x' -> hexRemaining = 2;
                    default -> out.write(c);
                }
                escaping = false;
                continue;
            }
            if (c == '\\') {
                escaping = true;
                continue;
            }
            out.write(c);
        }
        return out.toByteArray();
    }

    /**
     * The UGM precompiled charsmap: a 4-byte blob size, an XOR-compressed double array (XCDA) and
     * NUL-terminated replacement strings. load throws on the first two problems; the rest surface
     * in llm_tokenizer_ugm_session::normalize_prefix during llama_tokenize (throw, terminate):
     * "Index out of array bounds in XCDA array!", "... in precompiled charsmap!", "Unterminated
     * string in precompiled charsmap!". Every node any input can reach is walked here.
     */
    private void charsmap() {
        GgufValue value = m.get("tokenizer.ggml.precompiled_charsmap");
        if (value == null) {
            return;
        }
        byte[] b = (byte[]) value.value();
        if (b.length == 0) {
            return; // an empty charsmap means no normalization
        }
        if (b.length < 4) {
            throw shape(
                    "tokenizer.ggml.precompiled_charsmap has " + b.length + " bytes, too few for its 4-byte header");
        }
        long blob = u32(b, 0);
        if (blob + 4 >= b.length) {
            throw shape("tokenizer.ggml.precompiled_charsmap's XCDA size " + blob + " does not fit in its " + b.length
                    + " bytes");
        }
        int entries = (int) (blob / 4);
        int replacements = (int) (4 + blob);
        int replacementsSize = b.length - replacements;
        if (entries == 0) {
            return;
        }
        // the offset of the first NUL at or after each replacement offset (-1: none)
        int[] nul = new int[replacementsSize + 1];
        nul[replacementsSize] = -1;
        for (int i = replacementsSize - 1; i >= 0; i--) {
            nul[i] = b[replacements + i] == 0 ? i : nul[i + 1];
        }
        ArrayDeque<Long> pending = new ArrayDeque<>();
        HashSet<Long> seen = new HashSet<>();
        long start = base(node(b, 0));
        pending.push(start);
        seen.add(start);
        while (!pending.isEmpty()) {
            long state = pending.pop();
            for (int c = 1; c < 256; c++) {
                long index = state ^ c;
                if (index >= entries) {
                    throw shape("tokenizer.ggml.precompiled_charsmap: input byte 0x" + Integer.toHexString(c)
                            + " reads XCDA entry " + index + " of " + entries
                            + " (llama_tokenize would throw \"Index out "
                            + "of array bounds in XCDA array!\")");
                }
                long packed = node(b, index);
                if ((packed & ((1L << 31) | 0xff)) != c) {
                    continue; // not a child: matching stops here
                }
                boolean leaf = ((packed >> 8) & 1) == 1;
                long next = index ^ base(packed);
                if (leaf) {
                    if (next >= entries) {
                        throw shape("tokenizer.ggml.precompiled_charsmap: a match reads XCDA entry " + next + " of "
                                + entries + " for its replacement (llama_tokenize would throw)");
                    }
                    long offset = node(b, next) & ((1L << 31) - 1);
                    if (offset >= replacementsSize) {
                        throw shape("tokenizer.ggml.precompiled_charsmap: replacement offset " + offset + " is outside "
                                + "its " + replacementsSize + " bytes of replacements (llama_tokenize would throw)");
                    }
                    if (nul[(int) offset] < 0) {
                        throw shape("tokenizer.ggml.precompiled_charsmap: the replacement at offset " + offset
                                + " has no terminating NUL (llama_tokenize would throw \"Unterminated string\")");
                    }
                }
                if (seen.add(next)) {
                    pending.push(next);
                }
            }
        }
    }

    private static long node(byte[] b, long index) {
        return u32(b, (int) (4 + index * 4));
    }

    /** xcda_array_view::get_base. */
    private static long base(long packed) {
        return ((packed >> 10) << ((packed & (1L << 9)) >> 6)) & 0xFFFF_FFFFL;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    /**
     * load, per-token attributes: a general.name with "phi-3"/"phi3" makes llama.cpp set attributes
     * of "&lt;/s&gt;", "&lt;unk&gt;", "&lt;s&gt;" and "&lt;|endoftext|&gt;" with {@code token_to_id.at} (throw).
     */
    private void phi3(Map<String, Integer> ids) {
        String name = string("general.name");
        if (name == null) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("phi-3") || lower.contains("phi3")) {
            for (String token : List.of("</s>", "<unk>", "<s>", "<|endoftext|>")) {
                if (!ids.containsKey(token)) {
                    throw shape("general.name '" + ModelValidator.printable(name) + "' makes llama.cpp treat the "
                            + "vocabulary as Phi-3's, which needs the token '" + token + "'");
                }
            }
        }
    }

    private String string(String key) {
        GgufValue value = m.get(key);
        return value != null && value.type() == GgufType.STRING ? value.asString() : null;
    }

    private ModelRejectedException shape(String detail) {
        return new ModelRejectedException(Reason.VOCABULARY_SHAPE, file, detail, null);
    }

    private ModelRejectedException types(String detail) {
        return new ModelRejectedException(Reason.TOKENIZER_TYPES, file, detail, null);
    }
}
