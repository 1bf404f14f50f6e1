package org.llamaffm;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.llamaffm.internal.GbnfCheck;
import org.llamaffm.internal.NativeLog;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.Utf8;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_logit_bias;
import org.llamaffm.internal.ffi.llama_sampler_chain_params;

/**
 * A chain of llama.cpp's native samplers: filters and transforms of the logits, ending with one
 * that picks the token (greedy, a seeded random draw, or mirostat). Built once per model,
 * reused token after token; with the same seed the same logits give the same tokens.
 *
 * <pre>{@code
 * try (Sampler sampler = Sampler.builder().penalties(64, 1.1f, 0, 0).topK(40).topP(0.95f).minP(0.05f)
 *         .temperature(0.8f).dist(42).build(model)) {
 *     int token = sampler.sample(context, -1);
 * }
 * }</pre>
 */
public final class Sampler implements AutoCloseable {

    private final Arena arena = Arena.ofShared();
    private final MemorySegment chain;
    private final Model model;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final boolean grammar;
    private final List<Setting> settings;
    private volatile boolean used;

    private Sampler(Model model, MemorySegment raw, boolean grammar, List<Setting> settings) {
        this.model = model;
        this.grammar = grammar;
        this.settings = settings;
        this.chain = raw.reinterpret(arena, llama_h::llama_sampler_free);
    }

    /**
     * A sized setting of one sampler of a chain: what makes llama.cpp allocate or compute in
     * proportion to a value, e.g. {@code penalties lastN = 64} (-1 resolved against the model).
     */
    public record Setting(String sampler, String parameter, int value) {}

    /** The sized settings of this chain's samplers, in chain order. */
    public List<Setting> settings() {
        return settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Shortcut for a chain that always picks the most likely token. */
    public static Sampler greedy(Model model) {
        return builder().greedy().build(model);
    }

    /**
     * Samples the token after batch index {@code index} of the context's last decode (-1: the
     * last output) and records it in the chain's history (penalties, DRY, grammar).
     */
    public int sample(Context context, int index) {
        checkOpen();
        if (context.model() != model) {
            throw new IllegalArgumentException(
                    "the sampler was built for " + model + ", the context uses " + context.model());
        }
        used = true;
        return context.sample(chain, index);
    }

    /** Records a token that was chosen another way (e.g. a forced prompt token) in the chain's history. */
    public void accept(int token) {
        checkOpen();
        if (grammar) {
            // llama.cpp aborts the process when a grammar is handed a token it does not allow
            throw new UnsupportedOperationException("accept() is not available on a chain with a grammar");
        }
        model.vocab().checkToken(token);
        used = true;
        if (!llama_ffm_shim_h.llama_ffm_sampler_accept(chain, token)) {
            throw ShimCall.caught("llama_sampler_accept");
        }
    }

    /** Forgets the history (penalties, grammar state) and restarts random draws from the seed. */
    public void reset() {
        checkOpen();
        llama_h.llama_sampler_reset(chain);
        used = false;
    }

    /**
     * Resets a chain that has been used; a new chain is left as built (a chat's grammar starts
     * advanced past the template's generation prompt, which a reset would undo).
     */
    void resetIfUsed() {
        if (used) {
            reset();
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the sampler is closed");
        }
    }

    /** Frees the chain, and the model if it was closed and this held it last (as a context does). Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                arena.close();
            } finally {
                model.release();
            }
        }
    }

    /**
     * One native sampler of the chain, made when the chain is built (it may need the model), with
     * its sized settings as asked (lastN may be -1: the model's context, resolved by {@link #lastN}).
     */
    private record Step(String name, boolean selects, Function<Model, MemorySegment> create, List<Setting> settings) {}

    /**
     * The most tokens {@code penalties} and {@code dry} may look back: llama.cpp allocates a ring
     * buffer of that many tokens per sampler (DRY two), whatever the context.
     */
    public static final int MAX_LAST_N = 1 << 20;
    /** The most DRY sequence breakers: llama.cpp detokenizes the whole vocabulary for each. */
    public static final int MAX_DRY_BREAKERS = 64;
    /** The longest DRY sequence breaker, in UTF-8 bytes (llama.cpp cuts longer ones, mid-character if need be). */
    public static final int MAX_DRY_BREAKER_BYTES = 40;

    /** lastN as llama.cpp gets it: -1 is the model's trained context, at most {@link #MAX_LAST_N}. */
    private static int lastN(int lastN, Model model) {
        return lastN == -1 ? Math.min(model.trainedContextLength(), MAX_LAST_N) : lastN;
    }

    /**
     * Caps on a chain's sized settings, for chains built from someone else's settings (a tenant's):
     * {@link #check(Builder, Model)} before the chain is built, {@link #check(Sampler)} for one already
     * built. A cap of 0 on lastN or counts allows only "off".
     *
     * @param maxPenaltyLastN tokens {@code penalties} may look back (-1 counts as the model's context)
     * @param maxDryLastN     tokens {@code dry} may look back (-1 counts as the model's context)
     * @param maxDryBreakers  DRY sequence breakers
     * @param maxLogitBias    logit-bias entries
     * @param maxMirostatM    mirostat's m (tokens used to estimate s)
     * @param maxTopK         top-k's k
     */
    public record Limits(
            int maxPenaltyLastN, int maxDryLastN, int maxDryBreakers, int maxLogitBias, int maxMirostatM, int maxTopK) {

        /** The library's own maxima: what {@link Builder} accepts anyway. */
        public static final Limits LIBRARY = new Limits(
                MAX_LAST_N, MAX_LAST_N, MAX_DRY_BREAKERS, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

        public Limits {
            if (maxPenaltyLastN < 0
                    || maxDryLastN < 0
                    || maxDryBreakers < 0
                    || maxLogitBias < 0
                    || maxMirostatM < 1
                    || maxTopK < 1) {
                throw new IllegalArgumentException("sampler limits must be >= 0 (maxMirostatM and maxTopK >= 1)");
            }
        }

        /**
         * Checks what a builder would make for {@code model}, before anything native is made.
         *
         * @throws SamplerLimitException naming the first setting over its cap
         */
        public void check(Builder builder, Model model) {
            check(builder, model.trainedContextLength());
        }

        /**
         * Checks what a builder would make for a model trained with {@code contextLength} tokens (what a lastN of
         * -1 stands for), without the model: for a model that runs in another process.
         *
         * @throws SamplerLimitException naming the first setting over its cap
         */
        public void check(Builder builder, int contextLength) {
            for (Step step : builder.steps) {
                for (Setting setting : step.settings()) {
                    check(
                            setting.parameter().equals("lastN") && setting.value() == -1
                                    ? new Setting(setting.sampler(), "lastN", Math.min(contextLength, MAX_LAST_N))
                                    : setting);
                }
            }
        }

        /**
         * Checks a chain already built.
         *
         * @throws SamplerLimitException naming the first setting over its cap
         */
        public void check(Sampler sampler) {
            sampler.settings().forEach(this::check);
        }

        private void check(Setting setting) {
            int limit = switch (setting.sampler() + " " + setting.parameter()) {
                case "penalties lastN" -> maxPenaltyLastN;
                case "dry lastN" -> maxDryLastN;
                case "dry breakers" -> maxDryBreakers;
                case "logit-bias entries" -> maxLogitBias;
                case "mirostat m" -> maxMirostatM;
                case "top-k k" -> maxTopK;
                default -> throw new IllegalStateException("no limit for " + setting);
            };
            if (setting.value() > limit) {
                throw new SamplerLimitException(setting, limit);
            }
        }
    }

    /** Adds samplers in order; the last one must pick the token (greedy, dist or mirostat). */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        private Builder() {}

        private Builder add(String name, boolean selects, Function<Model, MemorySegment> create, Setting... settings) {
            steps.add(new Step(name, selects, create, List.of(settings)));
            return this;
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }

        private static int seed(long seed) {
            check(seed >= 0 && seed <= 0xFFFF_FFFFL, "seed must be in [0, 4294967295], was " + seed);
            return (int) seed;
        }

        /** Picks the most likely token. */
        public Builder greedy() {
            return add("greedy", true, m -> llama_h.llama_sampler_init_greedy());
        }

        /** Draws a token from the distribution, with a seeded random generator. */
        public Builder dist(long seed) {
            int s = seed(seed);
            return add("dist", true, m -> llama_h.llama_sampler_init_dist(s));
        }

        /** Keeps the {@code k} most likely tokens. */
        public Builder topK(int k) {
            check(k >= 1, "topK must be >= 1, was " + k);
            return add("top-k", false, m -> llama_h.llama_sampler_init_top_k(k), new Setting("top-k", "k", k));
        }

        /** Keeps the most likely tokens whose probabilities add up to {@code p}. */
        public Builder topP(float p) {
            return topP(p, 1);
        }

        public Builder topP(float p, int minKeep) {
            check(p > 0 && p <= 1, "topP must be in (0, 1], was " + p);
            check(minKeep >= 1, "minKeep must be >= 1, was " + minKeep);
            return add("top-p", false, m -> llama_h.llama_sampler_init_top_p(p, minKeep));
        }

        /** Drops tokens less likely than {@code p} times the most likely one. */
        public Builder minP(float p) {
            return minP(p, 1);
        }

        public Builder minP(float p, int minKeep) {
            check(p >= 0 && p <= 1, "minP must be in [0, 1], was " + p);
            check(minKeep >= 1, "minKeep must be >= 1, was " + minKeep);
            return add("min-p", false, m -> llama_h.llama_sampler_init_min_p(p, minKeep));
        }

        /** Locally typical sampling. */
        public Builder typical(float p, int minKeep) {
            check(p > 0 && p <= 1, "typical p must be in (0, 1], was " + p);
            check(minKeep >= 1, "minKeep must be >= 1, was " + minKeep);
            return add("typical", false, m -> llama_h.llama_sampler_init_typical(p, minKeep));
        }

        /** Divides the logits by {@code t}; 0 keeps only the most likely token. */
        public Builder temperature(float t) {
            check(t >= 0 && Float.isFinite(t), "temperature must be finite and >= 0, was " + t);
            return add("temp", false, m -> llama_h.llama_sampler_init_temp(t));
        }

        /** Dynamic temperature: {@code t} +- {@code delta} by entropy, with {@code exponent}. */
        public Builder temperature(float t, float delta, float exponent) {
            check(t >= 0 && Float.isFinite(t), "temperature must be finite and >= 0, was " + t);
            check(delta >= 0 && Float.isFinite(delta), "delta must be finite and >= 0, was " + delta);
            check(Float.isFinite(exponent), "exponent must be finite, was " + exponent);
            return add("temp-ext", false, m -> llama_h.llama_sampler_init_temp_ext(t, delta, exponent));
        }

        /**
         * Repetition penalties over the last {@code lastN} tokens (-1: the model's trained context, at
         * most {@link #MAX_LAST_N}; 0: off).
         *
         * @param repeat   divides repeated tokens' logits (1 = off, must be > 0)
         * @param frequency subtracted per occurrence (0 = off)
         * @param presence subtracted once per present token (0 = off)
         */
        public Builder penalties(int lastN, float repeat, float frequency, float presence) {
            check(
                    lastN >= -1 && lastN <= MAX_LAST_N,
                    "penalty lastN must be in [-1, " + MAX_LAST_N + "], was " + lastN);
            check(repeat > 0 && Float.isFinite(repeat), "repeat penalty must be finite and > 0, was " + repeat);
            check(
                    Float.isFinite(frequency) && Float.isFinite(presence),
                    "frequency and presence penalties must be finite");
            return add(
                    "penalties",
                    false,
                    m -> llama_ffm_shim_h.llama_ffm_sampler_init_penalties(
                            m.vocab().size(), lastN(lastN, m), repeat, frequency, presence),
                    new Setting("penalties", "lastN", lastN));
        }

        /**
         * DRY ("don't repeat yourself") penalty on repeated sequences.
         *
         * @param multiplier    strength (0 = off)
         * @param base          growth per repeated token, >= 1
         * @param allowedLength repeats up to this length are free
         * @param lastN         tokens looked back (-1: the model's trained context, at most {@link #MAX_LAST_N})
         * @param breakers      strings that end a sequence (e.g. "\n", ":", "\"", "*"), at most
         *                      {@link #MAX_DRY_BREAKERS} of 1 to {@link #MAX_DRY_BREAKER_BYTES} UTF-8 bytes
         */
        public Builder dry(float multiplier, float base, int allowedLength, int lastN, List<String> breakers) {
            check(
                    multiplier >= 0 && Float.isFinite(multiplier),
                    "dry multiplier must be finite and >= 0, was " + multiplier);
            check(base >= 1 && Float.isFinite(base), "dry base must be finite and >= 1, was " + base);
            check(allowedLength >= 0, "dry allowedLength must be >= 0, was " + allowedLength);
            check(lastN >= -1 && lastN <= MAX_LAST_N, "dry lastN must be in [-1, " + MAX_LAST_N + "], was " + lastN);
            List<String> copy = List.copyOf(breakers);
            check(
                    copy.size() <= MAX_DRY_BREAKERS,
                    "dry takes at most " + MAX_DRY_BREAKERS + " sequence breakers, was " + copy.size());
            for (String breaker : copy) {
                long bytes = Utf8.length(breaker);
                check(
                        bytes >= 1 && bytes <= MAX_DRY_BREAKER_BYTES && breaker.indexOf('\0') < 0,
                        "a dry sequence breaker is 1 to " + MAX_DRY_BREAKER_BYTES + " UTF-8 bytes with no NUL, was '"
                                + breaker + "'");
            }
            return add(
                    "dry",
                    false,
                    m -> {
                        try (Arena call = Arena.ofConfined()) {
                            MemorySegment array = call.allocate(ADDRESS, Math.max(1, copy.size()));
                            for (int i = 0; i < copy.size(); i++) {
                                array.setAtIndex(ADDRESS, i, call.allocateFrom(copy.get(i)));
                            }
                            return llama_ffm_shim_h.llama_ffm_sampler_init_dry(
                                    m.vocab().handleForSamplers(),
                                    multiplier,
                                    base,
                                    allowedLength,
                                    lastN(lastN, m),
                                    array,
                                    copy.size());
                        }
                    },
                    new Setting("dry", "lastN", lastN),
                    new Setting("dry", "breakers", copy.size()));
        }

        /** Exclude Top Choices: with probability {@code p}, drops the top tokens above threshold {@code t}. */
        public Builder xtc(float p, float t, int minKeep, long seed) {
            check(p >= 0 && p <= 1, "xtc probability must be in [0, 1], was " + p);
            check(t >= 0 && t <= 1, "xtc threshold must be in [0, 1], was " + t);
            check(minKeep >= 1, "minKeep must be >= 1, was " + minKeep);
            int s = seed(seed);
            return add("xtc", false, m -> llama_h.llama_sampler_init_xtc(p, t, minKeep, s));
        }

        /** Mirostat 1.0 (picks the token): target surprise {@code tau}, learning rate {@code eta}. */
        public Builder mirostat(float tau, float eta, int m, long seed) {
            check(tau > 0 && eta > 0, "mirostat tau and eta must be > 0");
            check(m >= 1, "mirostat m must be >= 1, was " + m);
            int s = seed(seed);
            return add(
                    "mirostat",
                    true,
                    model -> llama_h.llama_sampler_init_mirostat(model.vocab().size(), s, tau, eta, m),
                    new Setting("mirostat", "m", m));
        }

        /** Mirostat 2.0 (picks the token). */
        public Builder mirostatV2(float tau, float eta, long seed) {
            check(tau > 0 && eta > 0, "mirostat tau and eta must be > 0");
            int s = seed(seed);
            return add("mirostat-v2", true, m -> llama_h.llama_sampler_init_mirostat_v2(s, tau, eta));
        }

        /** Adds {@code bias} to the logits of the given tokens (-infinity bans a token). */
        public Builder logitBias(Map<Integer, Float> bias) {
            Map<Integer, Float> copy = new LinkedHashMap<>(bias);
            return add(
                    "logit-bias",
                    false,
                    m -> {
                        copy.keySet().forEach(m.vocab()::checkToken);
                        try (Arena call = Arena.ofConfined()) {
                            MemorySegment array = llama_logit_bias.allocateArray(Math.max(1, copy.size()), call);
                            int i = 0;
                            for (Map.Entry<Integer, Float> e : copy.entrySet()) {
                                MemorySegment item = array.asSlice(
                                        i++ * llama_logit_bias.LAYOUT.byteSize(), llama_logit_bias.LAYOUT.byteSize());
                                llama_logit_bias.token(item, e.getKey());
                                llama_logit_bias.bias(item, e.getValue());
                            }
                            return llama_ffm_shim_h.llama_ffm_sampler_init_logit_bias(
                                    m.vocab().size(), copy.size(), array);
                        }
                    },
                    new Setting("logit-bias", "entries", copy.size()));
        }

        /**
         * Constrains the tokens to a GBNF grammar ({@code root} is its start rule).
         *
         * @throws GrammarException here for a grammar over the caps, at {@link #build} when llama.cpp
         *                          cannot parse it
         */
        public Builder grammar(String gbnf, String root) {
            checkGrammar(gbnf);
            grammarCheck(
                    root.matches("[A-Za-z][A-Za-z0-9-]*"),
                    "the grammar's root rule name '" + root + "' is not a GBNF name");
            return add("grammar", false, m -> {
                try (Arena call = Arena.ofConfined()) {
                    return llama_ffm_shim_h.llama_ffm_sampler_init_grammar_bounded(
                            m.vocab().handleForSamplers(),
                            call.allocateFrom(gbnf),
                            call.allocateFrom(root),
                            false,
                            MemorySegment.NULL,
                            0,
                            MemorySegment.NULL,
                            0,
                            GrammarLimits.MAX_GRAMMAR_STACKS);
                }
            });
        }

        /**
         * Constrains the tokens to JSON valid against a JSON Schema (JSON text), converted to GBNF by
         * llama.cpp ({@link JsonSchema#toGrammar}).
         *
         * @throws GrammarException for an invalid schema, or one over {@link JsonSchema}'s caps
         */
        public Builder jsonSchema(String schema) {
            return grammar(JsonSchema.toGrammar(schema), "root");
        }

        /** The grammar of a rendered chat (tool calls, schema or grammar), built as llama.cpp's common sampler does. */
        Builder chatGrammar(String grammar, String json) {
            checkGrammar(grammar);
            return add(
                    "grammar",
                    false,
                    m -> ShimCall.pointer(
                            (arena, error) -> llama_ffm_shim_h.llama_ffm_chat_grammar_sampler(
                                    m.vocab().handleForSamplers(),
                                    arena.allocateFrom(json),
                                    GrammarLimits.MAX_GRAMMAR_STACKS,
                                    error),
                            message -> new GrammarException(
                                    "llama.cpp could not create the chat's grammar sampler: " + message)));
        }

        /** What would crash or stall llama.cpp's grammar code is refused before it sees the text: see {@link GbnfCheck}. */
        private static void checkGrammar(String gbnf) {
            GbnfCheck.check(gbnf);
        }

        private static void grammarCheck(boolean ok, String message) {
            if (!ok) {
                throw new GrammarException(message);
            }
        }

        /**
         * Builds the chain for {@code model}.
         *
         * @throws IllegalStateException when the chain does not end with a sampler that picks the token
         */
        public Sampler build(Model model) {
            if (steps.isEmpty() || !steps.getLast().selects()) {
                throw new IllegalStateException("a sampler chain must end with greedy(), dist(seed), mirostat(...) or "
                        + "mirostatV2(...), which pick the token; it was "
                        + steps.stream().map(Step::name).toList());
            }
            for (int i = 0; i < steps.size() - 1; i++) {
                if (steps.get(i).selects()) {
                    throw new IllegalStateException(steps.get(i).name() + " picks the token, so it must come last");
                }
            }
            List<Setting> settings = new ArrayList<>();
            for (Step step : steps) {
                for (Setting setting : step.settings()) {
                    settings.add(
                            setting.parameter().equals("lastN")
                                    ? new Setting(setting.sampler(), "lastN", lastN(setting.value(), model))
                                    : setting);
                }
            }
            // the grammar and DRY samplers keep the model's vocab: the model stays loaded until the chain closes
            model.retain();
            MemorySegment chain;
            try (Arena call = Arena.ofConfined()) {
                MemorySegment params = llama_h.llama_sampler_chain_default_params(call);
                llama_sampler_chain_params.no_perf(params, true);
                chain = llama_h.llama_sampler_chain_init(params);
            } catch (RuntimeException | Error e) {
                model.release();
                throw e;
            }
            Sampler sampler = new Sampler(
                    model, chain, steps.stream().anyMatch(s -> s.name().equals("grammar")), List.copyOf(settings));
            try (NativeLog.Capture log = NativeLog.capture()) {
                for (Step step : steps) {
                    MemorySegment one = step.create().apply(model);
                    if (one.equals(MemorySegment.NULL)) {
                        String thrown = NativeSymbols.string(llama_ffm_shim_h.llama_ffm_last_exception());
                        List<String> why = new ArrayList<>(log.lines());
                        if (!thrown.isEmpty()) {
                            why.add(thrown);
                        }
                        String message =
                                "llama.cpp could not create the " + step.name() + " sampler: " + String.join("; ", why);
                        throw step.name().equals("grammar")
                                ? new GrammarException(message)
                                : new IllegalArgumentException(message);
                    }
                    llama_h.llama_sampler_chain_add(chain, one); // the chain owns it from now on
                }
            } catch (RuntimeException | Error e) {
                sampler.close();
                throw e;
            }
            return sampler;
        }
    }
}
