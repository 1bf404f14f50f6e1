package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.policy.ModelRejectedException.Reason;

/**
 * What llama.cpp asserts (or throws on) about an architecture's hyperparameters, in Java: the
 * common part of {@code llama_model_base::load_hparams} (llama-model.cpp), the strict key getters
 * of llama-model-loader.cpp, and, per architecture the validator knows, that architecture's
 * {@code load_arch_hparams}, {@code load_arch_tensors} and graph builder (src/models/*.cpp).
 * Those run during admission itself: {@code MemoryBreakdown.estimate} loads the model and
 * reserves its graph, so a {@code GGML_ASSERT} there aborts the process.
 *
 * <p>Sources are cited as {@code file:function} of the pinned llama.cpp; {@code (assert)} marks a
 * {@code GGML_ASSERT}/{@code GGML_ABORT} (process abort), {@code (throw)} a C++ exception that the
 * loader turns into a failed load.
 */
final class HyperparameterRules {

    /** llama-hparams.h LLAMA_MAX_EXPERTS. */
    static final int MAX_EXPERTS = 1024;

    /** How llama.cpp reads a key: the GGUF type {@code GGUFMeta::GKV<T>::get_kv} insists on. */
    enum Read {
        /** {@code get_key<uint32_t>}: exactly UINT32. */
        UINT32,
        /** {@code get_key<float>}: exactly FLOAT32. */
        FLOAT32,
        /** {@code get_key<bool>}: exactly BOOL. */
        BOOL,
        /** {@code get_key<std::string>}: exactly STRING. */
        STRING,
        /** {@code get_key_or_arr<std::array<uint32_t, 512>>}: a UINT32, or a BOOL/INT32/UINT32 array of block_count. */
        PER_LAYER,
        /** {@code get_arr<std::array<uint32_t, 512>>}: an array of BOOL/INT32/UINT32, at most 512 long. */
        LAYER_ARRAY_OR_UINT32,
        /** {@code get_arr<std::vector<std::string>>}: an array of strings. */
        STRINGS
    }

    /** The keys every architecture's load reads (llama-model.cpp:load_hparams), {@code <arch>.} omitted. */
    private static final Map<String, Read> COMMON_KEYS = keys(
            "context_length", Read.UINT32,
            "embedding_length", Read.UINT32,
            "embedding_length_out", Read.UINT32,
            "attention.causal", Read.BOOL,
            "pooling_type", Read.UINT32,
            "block_count", Read.UINT32,
            "nextn_predict_layers", Read.UINT32,
            "expert_count", Read.UINT32,
            "expert_used_count", Read.PER_LAYER,
            "expert_group_count", Read.UINT32,
            "expert_group_used_count", Read.UINT32,
            "feed_forward_length", Read.PER_LAYER,
            "attention.head_count", Read.PER_LAYER,
            "attention.head_count_kv", Read.PER_LAYER,
            "rope.scaling.finetuned", Read.BOOL,
            "rope.scaling.original_context_length", Read.UINT32,
            "rope.freq_base", Read.FLOAT32,
            "rope.scaling.type", Read.STRING,
            "rope.scaling.factor", Read.FLOAT32,
            "rope.scale_linear", Read.FLOAT32,
            "rope.scaling.attn_factor", Read.FLOAT32,
            "rope.scaling.alpha", Read.FLOAT32,
            "attention.key_length", Read.UINT32,
            "attention.value_length", Read.UINT32,
            "attention.key_length_swa", Read.UINT32,
            "attention.value_length_swa", Read.UINT32,
            "rope.dimension_count", Read.UINT32,
            "rope.dimension_count_swa", Read.UINT32,
            "classifier.output_labels", Read.STRINGS);

    /** Key/type pairs, in the order the validator checks them (the order llama.cpp reads them). */
    private static Map<String, Read> keys(Object... pairs) {
        Map<String, Read> keys = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.put((String) pairs[i], (Read) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(keys);
    }

    /** llama-model.cpp LLAMA_ROPE_SCALING_TYPES (load_hparams asserts the name is one of them). */
    private static final Set<String> ROPE_SCALING_TYPES = Set.of("none", "linear", "yarn", "longrope");

    /** What an architecture's load code, tensors and graph builder assume: a column of the table below. */
    enum Shape {
        /** llama-model.cpp:load_hparams throws "invalid n_rot: %u, expected %u" unless rope.dimension_count is the key head size. */
        ROPE_IS_KEY_HEAD_AT_LOAD,
        /** models/ARCH.cpp graph: GGML_ASSERT(n_embd_head == hparams.n_embd_head_k()), n_embd_head = n_embd_head_v(). */
        VALUE_HEAD_IS_KEY_HEAD,
        /** models/ARCH.cpp graph: GGML_ASSERT(n_embd_head == n_rot). */
        ROPE_IS_HEAD,
        /** The graph ropes Q and K: ggml-cpu ops.cpp asserts n_dims <= ne0 and n_dims % 2 == 0 (at decode). */
        ROPE,
        /** wq is {n_embd, n_embd}: reshaping Q to {head size, heads} asserts ggml_nelements(a) == ne0*ne1*ne2. */
        QUERY_WIDTH_IS_EMBEDDING,
        /** Every layer is a mixture of experts: load_arch_tensors throws "n_expert must be > 0" / "n_expert_used must be > 0". */
        EXPERTS,
        /** load_arch_tensors throws "model needs to define token type count". */
        TOKEN_TYPES,
        /**
         * A sliding window (attention.sliding_window > 0) makes the model SWA: load_swa_pattern reads the
         * pattern (get_arr throws past 512 entries) and create_memory asserts is_swa_any().
         */
        SLIDING_WINDOW
    }

    /** One row per architecture the validator knows: the keys its load_arch_hparams reads, its required norm key, its shapes. */
    enum Architecture {
        /** models/llama.cpp. */
        LLAMA(
                "llama",
                keys("attention.layer_norm_rms_epsilon", Read.FLOAT32, "vocab_size", Read.UINT32),
                "attention.layer_norm_rms_epsilon",
                EnumSet.of(
                        Shape.ROPE_IS_KEY_HEAD_AT_LOAD, Shape.VALUE_HEAD_IS_KEY_HEAD, Shape.ROPE_IS_HEAD, Shape.ROPE)),
        /** models/qwen2.cpp. */
        QWEN2(
                "qwen2",
                keys("attention.layer_norm_rms_epsilon", Read.FLOAT32),
                "attention.layer_norm_rms_epsilon",
                EnumSet.of(
                        Shape.VALUE_HEAD_IS_KEY_HEAD, Shape.ROPE_IS_HEAD, Shape.ROPE, Shape.QUERY_WIDTH_IS_EMBEDDING)),
        /** models/qwen3.cpp. */
        QWEN3(
                "qwen3",
                keys("attention.layer_norm_rms_epsilon", Read.FLOAT32),
                "attention.layer_norm_rms_epsilon",
                EnumSet.of(Shape.VALUE_HEAD_IS_KEY_HEAD, Shape.ROPE_IS_HEAD, Shape.ROPE)),
        /** models/qwen3moe.cpp. */
        QWEN3MOE(
                "qwen3moe",
                keys("attention.layer_norm_rms_epsilon", Read.FLOAT32, "expert_feed_forward_length", Read.PER_LAYER),
                "attention.layer_norm_rms_epsilon",
                EnumSet.of(Shape.VALUE_HEAD_IS_KEY_HEAD, Shape.ROPE_IS_HEAD, Shape.ROPE, Shape.EXPERTS)),
        /** models/gemma3.cpp. */
        GEMMA3(
                "gemma3",
                keys(
                        "attention.layer_norm_rms_epsilon",
                        Read.FLOAT32,
                        "attention.sliding_window",
                        Read.UINT32,
                        "attention.sliding_window_pattern",
                        Read.LAYER_ARRAY_OR_UINT32,
                        "rope.freq_base_swa",
                        Read.FLOAT32,
                        "final_logit_softcapping",
                        Read.FLOAT32),
                "attention.layer_norm_rms_epsilon",
                EnumSet.of(Shape.ROPE, Shape.SLIDING_WINDOW)),
        /** models/bert.cpp (absolute positions: no rope). */
        BERT(
                "bert",
                keys("attention.layer_norm_epsilon", Read.FLOAT32),
                "attention.layer_norm_epsilon",
                EnumSet.of(Shape.VALUE_HEAD_IS_KEY_HEAD, Shape.QUERY_WIDTH_IS_EMBEDDING, Shape.TOKEN_TYPES));

        final String name;
        final Map<String, Read> keys;
        /** load_arch_hparams' {@code get_key} without {@code false}: a model without it fails to load (throw). */
        final String requiredNormKey;

        final Set<Shape> shapes;

        Architecture(String name, Map<String, Read> keys, String requiredNormKey, Set<Shape> shapes) {
            this.name = name;
            this.keys = keys;
            this.requiredNormKey = requiredNormKey;
            this.shapes = Set.copyOf(shapes);
        }

        boolean has(Shape shape) {
            return shapes.contains(shape);
        }

        private static final Map<String, Architecture> BY_NAME =
                Stream.of(values()).collect(Collectors.toUnmodifiableMap(a -> a.name, Function.identity()));
    }

    /** The architectures the validator has rules for, sorted. */
    static final Set<String> KNOWN = Collections.unmodifiableSortedSet(
            Stream.of(Architecture.values()).map(a -> a.name).collect(Collectors.toCollection(TreeSet<String>::new)));

    private final Path file;
    private final Map<String, GgufValue> metadata;
    private final String arch;
    private final Architecture architecture;
    private final boolean model;

    private HyperparameterRules(Path file, GgufFile gguf, String arch) {
        this.file = file;
        this.metadata = gguf.metadata();
        this.arch = arch;
        this.architecture = Architecture.BY_NAME.get(arch);
        // a file with tensors is a model llama.cpp loads in full; one without is a vocabulary (vocab_only) file
        this.model = !gguf.tensors().isEmpty();
    }

    /** Checks {@code arch}'s hyperparameters in {@code gguf}: types first, then llama.cpp's asserts and throws. */
    static void check(Path file, GgufFile gguf, String arch) {
        new HyperparameterRules(file, gguf, arch).run();
    }

    private void run() {
        // types: llama-model-loader.cpp GKV::get_kv throws "key %s has wrong type" (throw)
        COMMON_KEYS.forEach(this::type);
        if (architecture != null) {
            architecture.keys.forEach(this::type);
        }
        // required keys: load_hparams' get_key without 'false' throws "key not found in model" (throw)
        if (model) {
            for (String key : List.of("context_length", "embedding_length", "block_count")) {
                required(key);
            }
            if (architecture != null) {
                required(architecture.requiredNormKey);
            }
        }
        long layers = uint("block_count", 0);
        // load_hparams: GGML_ASSERT(hparams.n_layer_nextn <= hparams.n_layer_all) (assert)
        long nextn = uint("nextn_predict_layers", 0);
        if (nextn > layers && has("block_count")) {
            throw shape(key("nextn_predict_layers") + " is " + nextn + ", more than " + key("block_count") + " "
                    + layers + " (llama.cpp asserts n_layer_nextn <= n_layer_all)");
        }
        experts(layers);
        // ggml-cpu ops.cpp, ggml_compute_forward_rms_norm / _norm: GGML_ASSERT(eps >= 0.0f) (assert, at the first
        // decode); NaN fails it too
        for (String norm : List.of("attention.layer_norm_rms_epsilon", "attention.layer_norm_epsilon")) {
            GgufValue eps = metadata.get(key(norm));
            if (eps != null && eps.value() instanceof Double value && !(value >= 0 && Double.isFinite(value))) {
                throw shape(key(norm) + " is " + value.floatValue() + "; ggml asserts a norm's epsilon is >= 0");
            }
        }
        // load_hparams: GGML_ASSERT(rope_scaling_type_train != LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED) (assert)
        GgufValue scaling = metadata.get(key("rope.scaling.type"));
        if (scaling != null && !ROPE_SCALING_TYPES.contains(scaling.asString())) {
            throw shape(
                    key("rope.scaling.type") + " is '" + ModelValidator.printable(scaling.asString()) + "', not one of "
                            + new TreeSet<>(ROPE_SCALING_TYPES) + " (llama.cpp asserts a known rope scaling type)");
        }
        // llama-context.cpp -> llama-graph.cpp:build_pooling: GGML_ABORT("unknown pooling type") (assert)
        long pooling = uint("pooling_type", 0);
        if (has("pooling_type") && pooling > 4 && pooling != 0xFFFF_FFFFL) {
            throw shape(key("pooling_type") + " is " + pooling + ", not a llama_pooling_type (0 none, 1 mean, 2 cls, "
                    + "3 last, 4 rank)");
        }
        if (architecture != null) {
            attention(layers);
            architecture();
        }
    }

    /** load_hparams' expert checks, in its order. */
    private void experts(long layers) {
        long experts = uint("expert_count", 0);
        long[] used = perLayer("expert_used_count", layers, 0);
        long usedMax = Arrays.stream(used).max().orElse(0);
        long groups = uint("expert_group_count", 0);
        long groupsUsed = uint("expert_group_used_count", 0);
        // GGML_ASSERT(hparams.n_expert <= LLAMA_MAX_EXPERTS)
        if (experts > MAX_EXPERTS) {
            throw shape(key("expert_count") + " is " + experts + ", more than LLAMA_MAX_EXPERTS " + MAX_EXPERTS);
        }
        // GGML_ASSERT(n_expert_used_max <= hparams.n_expert)
        if (usedMax > experts) {
            throw shape(key("expert_used_count") + " is " + usedMax + ", more than " + key("expert_count") + " "
                    + experts + (experts == 0 ? " (expert counts without experts)" : ""));
        }
        if (experts > 0) {
            // GGML_ASSERT(n_expert_used_max > 0); the same as load_tensors' throw "model has expert layers but no
            // expert layers are used"
            if (usedMax == 0) {
                throw shape(key("expert_count") + " is " + experts + " but " + key("expert_used_count")
                        + " is 0 or missing: llama.cpp asserts that a model with experts uses some");
            }
            // GGML_ASSERT(hparams.n_expert_groups < hparams.n_expert)
            if (groups >= experts) {
                throw shape(key("expert_group_count") + " is " + groups + ", not less than " + key("expert_count") + " "
                        + experts);
            }
            if (groups > 1) {
                // GGML_ASSERT(hparams.n_expert % hparams.n_expert_groups == 0)
                if (experts % groups != 0) {
                    throw shape(key("expert_count") + " " + experts + " is not a multiple of "
                            + key("expert_group_count") + " " + groups);
                }
                // GGML_ASSERT(hparams.n_group_used > 0); GGML_ASSERT(hparams.n_group_used < hparams.n_expert_groups)
                if (groupsUsed == 0 || groupsUsed >= groups) {
                    throw shape(key("expert_group_used_count") + " is " + groupsUsed + ", not in 1.." + (groups - 1)
                            + " (" + key("expert_group_count") + " " + groups + ")");
                }
            }
        } else if (groups != 0) {
            // GGML_ASSERT(hparams.n_expert_groups == 0) when there are no experts
            throw shape(key("expert_group_count") + " is " + groups + " but the model has no experts ("
                    + key("expert_count") + " 0 or missing)");
        }
    }

    /** Attention shapes: what the known architectures' tensors and graphs assume of heads, head sizes and rope. */
    private void attention(long layers) {
        long[] heads = perLayer("attention.head_count", layers, 0);
        long[] kvHeads = has("attention.head_count_kv") ? perLayer("attention.head_count_kv", layers, 0) : heads;
        long embedding = uint("embedding_length", 0);
        if (model && !has("attention.head_count")) {
            throw missing("attention.head_count");
        }
        for (int il = 0; il < heads.length; il++) {
            // every layer of these architectures is attention: with 0 heads load_hparams skips the head sizes, and
            // gemma3's load_arch_hparams divides n_embd by n_head(0) (SIGFPE for the 27B layout)
            if (has("attention.head_count") && heads[il] == 0) {
                throw shape(key("attention.head_count") + " is 0" + layer("attention.head_count", il) + "; " + arch
                        + " needs >= 1");
            }
            // llm_graph_context::build_attn: K and V heads are broadcast over the query heads (ggml_mul_mat
            // asserts ggml_can_mul_mat: q heads a multiple of kv heads; flash attention the same)
            if (heads[il] > 0 && (kvHeads[il] == 0 || heads[il] % kvHeads[il] != 0)) {
                throw shape(key("attention.head_count_kv") + " is " + kvHeads[il] + layer("attention.head_count_kv", il)
                        + ", which does not divide " + key("attention.head_count") + " " + heads[il]
                        + " (KV-head counts must divide the head count)");
            }
        }
        if (heads.length == 0 || heads[0] == 0) {
            return;
        }
        // load_hparams: n_embd_head_k = n_embd / n_head() unless attention.key_length; n_rot = n_embd_head_k
        // unless rope.dimension_count
        long headK = has("attention.key_length") ? uint("attention.key_length", 0) : embedding / heads[0];
        long headV = has("attention.value_length") ? uint("attention.value_length", 0) : embedding / heads[0];
        long rot = has("rope.dimension_count") ? uint("rope.dimension_count", 0) : headK;
        String headKText = has("attention.key_length")
                ? key("attention.key_length") + " " + headK
                : "the head size " + key("embedding_length") + " / " + key("attention.head_count") + " = " + headK;
        if (has("attention.key_length") || has("embedding_length")) {
            if (headK == 0) {
                throw shape(headKText + " is 0 (" + key("embedding_length") + " " + embedding + " is less than "
                        + key("attention.head_count") + " " + heads[0] + ")");
            }
        }
        if (architecture.has(Shape.ROPE_IS_KEY_HEAD_AT_LOAD) && rot != headK) {
            // llama-model.cpp:load_hparams throws "invalid n_rot: %u, expected %u" for LLM_ARCH_LLAMA (throw)
            throw shape(key("rope.dimension_count") + " is " + rot + ", but " + headKText
                    + " (llama.cpp requires them equal for " + arch + ")");
        }
        if (architecture.has(Shape.VALUE_HEAD_IS_KEY_HEAD)) {
            // models/<arch>.cpp graph: GGML_ASSERT(n_embd_head == hparams.n_embd_head_k()) with n_embd_head =
            // n_embd_head_v() (assert)
            if (headV != headK) {
                throw shape(
                        (has("attention.value_length") ? key("attention.value_length") + " " : "the value head size ")
                                + headV + " is not " + headKText + " (llama.cpp's " + arch
                                + " graph asserts equal head sizes)");
            }
        }
        if (architecture.has(Shape.ROPE_IS_HEAD) && rot != headV) {
            // models/<arch>.cpp graph: GGML_ASSERT(n_embd_head == n_rot) (assert)
            throw shape(key("rope.dimension_count") + " is " + rot + ", not the head size " + headV + " (llama.cpp's "
                    + arch + " graph asserts that rope covers the whole head)");
        }
        // ggml-cpu ops.cpp rope: GGML_ASSERT(n_dims <= ne0); GGML_ASSERT(n_dims % 2 == 0) (assert, at decode)
        if (architecture.has(Shape.ROPE) && (rot > headK || rot % 2 != 0)) {
            throw shape(key("rope.dimension_count") + " is " + rot + ": rope needs an even dimension count that is "
                    + "at most " + headKText + " (head sizes must be even)");
        }
        if (architecture.has(Shape.SLIDING_WINDOW) && has("rope.dimension_count_swa")) {
            long rotSwa = uint("rope.dimension_count_swa", 0);
            long headKSwa = has("attention.key_length_swa") ? uint("attention.key_length_swa", 0) : headK;
            if (rotSwa > headKSwa || rotSwa % 2 != 0) {
                throw shape(key("rope.dimension_count_swa") + " is " + rotSwa + ": rope needs an even dimension count "
                        + "that is at most the sliding-window head size " + headKSwa);
            }
        }
        if (architecture.has(Shape.QUERY_WIDTH_IS_EMBEDDING)
                && has("embedding_length")
                && headK * heads[0] != embedding) {
            // models/<arch>.cpp: wq is {n_embd, n_embd}; build_qkv / ggml_reshape_3d(Qcur, n_embd_head, n_head,
            // n_tokens) asserts ggml_nelements(a) == ne0*ne1*ne2 (assert)
            throw shape(key("embedding_length") + " " + embedding + " is not " + key("attention.head_count") + " "
                    + heads[0] + " x " + headKText + " (the width must be a multiple of the head count)");
        }
    }

    /** The rest of each architecture's own load code. */
    private void architecture() {
        if (architecture.has(Shape.EXPERTS)) {
            // models/qwen3moe.cpp:load_arch_tensors throws "n_expert must be > 0 for QWEN3MOE" and
            // "n_expert_used must be > 0 for QWEN3MOE" (throw)
            if (model && uint("expert_count", 0) == 0) {
                throw shape(key("expert_count") + " is 0 or missing; " + arch + " needs experts");
            }
            // (the throw reads layer 0; every layer routes through its experts, so each needs >= 1)
            long[] used = perLayer("expert_used_count", uint("block_count", 0), 0);
            for (int il = 0; model && il < used.length; il++) {
                if (used[il] == 0) {
                    throw shape(key("expert_used_count") + " is 0 or missing" + layer("expert_used_count", il) + "; "
                            + arch + " needs >= 1 expert used in every layer");
                }
            }
        }
        if (architecture.has(Shape.TOKEN_TYPES) && model) {
            // models/bert.cpp:load_arch_tensors throws "model needs to define token type count" (throw)
            GgufValue types = metadata.get("tokenizer.ggml.token_type_count");
            if (types == null || types.type() != GgufType.UINT32 || types.asLong() == 0) {
                throw shape("tokenizer.ggml.token_type_count is " + (types == null ? "missing" : types.toString())
                        + "; " + arch + " needs a UINT32 >= 1");
            }
        }
        if (architecture.has(Shape.SLIDING_WINDOW)) {
            // llama-model.cpp:load_swa_pattern -> llama-model-loader.cpp get_arr<std::array<.., 512>> throws
            // "array length %u for key %s exceeds max %u" (throw)
            GgufValue pattern = metadata.get(key("attention.sliding_window_pattern"));
            if (pattern != null && pattern.type() == GgufType.ARRAY && pattern.length() > ModelValidator.MAX_LAYERS) {
                throw shape(key("attention.sliding_window_pattern") + " has " + pattern.length()
                        + " entries, more than LLAMA_MAX_LAYERS " + ModelValidator.MAX_LAYERS);
            }
            // a sliding window makes gemma3 SWA (load_arch_hparams); llama-model.cpp:create_memory then asserts
            // GGML_ASSERT(hparams.is_swa_any()): the pattern must mark some layer as sliding-window (assert)
            if (uint("attention.sliding_window", 0) > 0
                    && !swaAny(pattern, uint("block_count", 1) - uint("nextn_predict_layers", 0))) {
                throw shape(key("attention.sliding_window") + " is " + uint("attention.sliding_window", 0) + " but "
                        + key("attention.sliding_window_pattern") + " (" + (pattern == null ? "missing" : pattern)
                        + ") marks no layer as sliding-window (llama.cpp asserts one)");
            }
        }
    }

    /** An INT32/UINT32 (as unsigned) or BOOL (0/1) array's values as llama.cpp's get_arr reads them; empty otherwise. */
    private static long[] integers(GgufValue array) {
        return switch (array.value()) {
            case int[] a -> Arrays.stream(a).mapToLong(Integer::toUnsignedLong).toArray();
            case boolean[] a -> {
                long[] b = new long[a.length];
                for (int i = 0; i < a.length; i++) {
                    b[i] = a[i] ? 1 : 0;
                }
                yield b;
            }
            default -> new long[0];
        };
    }

    /**
     * llama-model.cpp:load_swa_pattern: an array sets each layer's flag; a number n (default 6)
     * sets llama_hparams::set_swa_pattern(n): layer il is SWA when n == 0 or il % n < n - 1.
     */
    private static boolean swaAny(GgufValue pattern, long layers) {
        if (pattern != null && pattern.type() == GgufType.ARRAY) {
            // is_swa_any() reads all n_layer_all flags; those past the array stay 0
            return Arrays.stream(integers(pattern)).anyMatch(f -> f != 0);
        }
        long n = pattern == null ? 6 : pattern.asLong();
        return layers >= 1 && (n == 0 || n >= 2);
    }

    // --- reading keys the way llama-model-loader.cpp does

    private void type(String suffix, Read read) {
        String key = key(suffix);
        GgufValue value = metadata.get(key);
        if (value == null) {
            return;
        }
        boolean ok = switch (read) {
            case UINT32 -> value.type() == GgufType.UINT32;
            case FLOAT32 -> value.type() == GgufType.FLOAT32;
            case BOOL -> value.type() == GgufType.BOOL;
            case STRING -> value.type() == GgufType.STRING;
            case PER_LAYER, LAYER_ARRAY_OR_UINT32 -> value.type() == GgufType.UINT32 || layerArray(value);
            case STRINGS -> value.type() == GgufType.ARRAY && value.elementType() == GgufType.STRING;
        };
        if (!ok) {
            String wanted = switch (read) {
                case UINT32, FLOAT32, BOOL, STRING -> "a " + read;
                case PER_LAYER, LAYER_ARRAY_OR_UINT32 -> "a UINT32 or an array of UINT32/INT32/BOOL (one per layer)";
                case STRINGS -> "an array of strings";
            };
            throw new ModelRejectedException(
                    Reason.HYPERPARAMETER,
                    file,
                    key + " is " + describe(value) + ": llama.cpp reads it as " + wanted
                            + " and fails to load anything else",
                    null);
        }
        if (read == Read.PER_LAYER
                && value.type() == GgufType.ARRAY
                && has("block_count")
                && value.length() != uint("block_count", 0)) {
            // get_key_or_arr throws "key %s has wrong array length; expected %u, got %u" (throw)
            throw new ModelRejectedException(
                    Reason.HYPERPARAMETER,
                    file,
                    key + " has " + value.length()
                            + " entries, " + key("block_count") + " is " + uint("block_count", 0)
                            + ": a per-layer array needs one "
                            + "entry per layer",
                    null);
        }
    }

    private static boolean layerArray(GgufValue value) {
        return value.type() == GgufType.ARRAY
                && (value.elementType() == GgufType.UINT32
                        || value.elementType() == GgufType.INT32
                        || value.elementType() == GgufType.BOOL);
    }

    private static String describe(GgufValue value) {
        if (value.type() == GgufType.ARRAY) {
            return value.toString();
        }
        Object v = value.value();
        return (v instanceof String s ? "'" + ModelValidator.printable(s) + "'" : String.valueOf(v)) + " ("
                + value.type() + ")";
    }

    private void required(String suffix) {
        if (!has(suffix)) {
            throw missing(suffix);
        }
    }

    private ModelRejectedException missing(String suffix) {
        return new ModelRejectedException(
                Reason.HYPERPARAMETER,
                file,
                key(suffix) + " is missing: llama.cpp requires it to load a " + arch + " model",
                null);
    }

    private String key(String suffix) {
        return arch + "." + suffix;
    }

    private boolean has(String suffix) {
        return metadata.containsKey(key(suffix));
    }

    /** A UINT32 key's value (types were checked first), or {@code otherwise} when absent. */
    private long uint(String suffix, long otherwise) {
        GgufValue value = metadata.get(key(suffix));
        return value == null || !(value.value() instanceof Long l) ? otherwise : l;
    }

    /** A per-layer key as get_key_or_arr fills it: one value per layer (at least one entry). */
    private long[] perLayer(String suffix, long layers, long otherwise) {
        int n = (int) Math.max(1, Math.min(layers, ModelValidator.MAX_LAYERS));
        long[] values = new long[n];
        GgufValue value = metadata.get(key(suffix));
        if (value == null) {
            Arrays.fill(values, otherwise);
        } else if (value.type() == GgufType.ARRAY) {
            long[] array = integers(value);
            return array.length == 0 ? values : array;
        } else {
            Arrays.fill(values, value.asLong());
        }
        return values;
    }

    private String layer(String suffix, int il) {
        GgufValue value = metadata.get(key(suffix));
        return value != null && value.type() == GgufType.ARRAY ? " for layer " + il : "";
    }

    private ModelRejectedException shape(String detail) {
        return new ModelRejectedException(Reason.ARCHITECTURE_SHAPE, file, detail, null);
    }
}
