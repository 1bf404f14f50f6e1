// Generated from llama_ffm_shim.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/** the llama-ffm native shim: functions, enum values and constants of {@code llama_ffm_shim.h}. */
@SuppressWarnings("unused")
public final class llama_ffm_shim_h {

    private llama_ffm_shim_h() {
    }

    /** {@code #define LLAMA_FFM_EXCEPTION} (int) */
    public static final int LLAMA_FFM_EXCEPTION = -2147483647;

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_shim_version(void)
     * }
     *
     * <pre>
     *  The shim's own version (semantic versioning), e.g. "0.1.0".
     * </pre>
     */
    public static MemorySegment llama_ffm_shim_version() {
        try {
            return (MemorySegment) llama_ffm_shim_version$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_shim_version$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_ffm_shim_version", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_llama_cpp_commit(void)
     * }
     *
     * <pre>
     *  The full 40-hex-digit commit of the llama.cpp source this library was built from.
     * </pre>
     */
    public static MemorySegment llama_ffm_llama_cpp_commit() {
        try {
            return (MemorySegment) llama_ffm_llama_cpp_commit$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_llama_cpp_commit$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_llama_cpp_commit", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_build_options(void)
     * }
     *
     * <pre>
     *  The CMake options the native libraries were built with, as "NAME=VALUE;NAME=VALUE".
     * </pre>
     */
    public static MemorySegment llama_ffm_build_options() {
        try {
            return (MemorySegment) llama_ffm_build_options$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_build_options$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_build_options", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_ffm_abort_on_flag(void * flag)
     * }
     *
     * <pre>
     *  An abort callback with the signature of ggml_abort_callback (ggml.h), to be passed to
     *  llama_set_abort_callback() / ggml_backend_cpu_set_abort_callback() together with
     *  `flag`, a pointer to an int32_t owned by the caller. It returns true (abort) once the flag is
     *  non-zero. It only reads that word, with an atomic relaxed load: no upcall into the JVM per
     *  graph node, so cancellation costs nothing while the flag stays clear. Any thread may set the
     *  flag; the caller keeps the memory alive for as long as the callback is installed.
     * </pre>
     */
    public static boolean llama_ffm_abort_on_flag(MemorySegment flag) {
        try {
            return (boolean) llama_ffm_abort_on_flag$.HANDLE.invokeExact(flag);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_abort_on_flag$ {
        static final MethodHandle HANDLE = NativeSymbols.downcallCritical("llama_ffm_abort_on_flag", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_ffm_memory_breakdown(const struct llama_context * ctx, struct llama_ffm_memory_use * out, size_t capacity)
     * }
     *
     * <pre>
     *  Fills at most `capacity` entries of `out` with llama.cpp's memory breakdown of `ctx` (model,
     *  context and compute bytes per buffer type) and returns the number of buffer types. For a
     *  context of a model loaded with no_alloc, these are the sizes llama.cpp would allocate: an
     *  estimate before any allocation. Returns 0 for NULL or on error.
     * </pre>
     */
    public static long llama_ffm_memory_breakdown(MemorySegment ctx, MemorySegment out, long capacity) {
        try {
            return (long) llama_ffm_memory_breakdown$.HANDLE.invokeExact(ctx, out, capacity);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_memory_breakdown$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_memory_breakdown", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * const char * llama_ffm_last_exception(void)
     * }
     *
     * <pre>
     *  The message of the last exception one of these functions caught on the calling thread; valid
     *  until the thread's next call of one of them; empty when the last call threw nothing.
     * </pre>
     */
    public static MemorySegment llama_ffm_last_exception() {
        try {
            return (MemorySegment) llama_ffm_last_exception$.HANDLE.invokeExact();
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_last_exception$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_last_exception", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_ffm_tokenize(const struct llama_vocab * vocab, const char * text, int32_t text_len, int32_t * tokens, int32_t n_tokens_max, _Bool add_special, _Bool parse_special)
     * }
     */
    public static int llama_ffm_tokenize(MemorySegment vocab, MemorySegment text, int text_len, MemorySegment tokens, int n_tokens_max, boolean add_special, boolean parse_special) {
        try {
            return (int) llama_ffm_tokenize$.HANDLE.invokeExact(vocab, text, text_len, tokens, n_tokens_max, add_special, parse_special);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_tokenize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_tokenize", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_BOOLEAN, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_ffm_token_to_piece(const struct llama_vocab * vocab, int32_t token, char * buf, int32_t length, int32_t lstrip, _Bool special)
     * }
     */
    public static int llama_ffm_token_to_piece(MemorySegment vocab, int token, MemorySegment buf, int length, int lstrip, boolean special) {
        try {
            return (int) llama_ffm_token_to_piece$.HANDLE.invokeExact(vocab, token, buf, length, lstrip, special);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_token_to_piece$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_token_to_piece", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_ffm_detokenize(const struct llama_vocab * vocab, const int32_t * tokens, int32_t n_tokens, char * text, int32_t text_len_max, _Bool remove_special, _Bool unparse_special)
     * }
     */
    public static int llama_ffm_detokenize(MemorySegment vocab, MemorySegment tokens, int n_tokens, MemorySegment text, int text_len_max, boolean remove_special, boolean unparse_special) {
        try {
            return (int) llama_ffm_detokenize$.HANDLE.invokeExact(vocab, tokens, n_tokens, text, text_len_max, remove_special, unparse_special);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_detokenize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_detokenize", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_BOOLEAN, JAVA_BOOLEAN));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_ffm_sampler_sample(struct llama_sampler * sampler, struct llama_context * ctx, int32_t idx)
     * }
     *
     * <pre>
     *  llama_sampler_sample: the token, or LLAMA_FFM_EXCEPTION.
     * </pre>
     */
    public static int llama_ffm_sampler_sample(MemorySegment sampler, MemorySegment ctx, int idx) {
        try {
            return (int) llama_ffm_sampler_sample$.HANDLE.invokeExact(sampler, ctx, idx);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_sampler_sample$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_sampler_sample", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * _Bool llama_ffm_sampler_accept(struct llama_sampler * sampler, int32_t token)
     * }
     *
     * <pre>
     *  llama_sampler_accept: false when it threw.
     * </pre>
     */
    public static boolean llama_ffm_sampler_accept(MemorySegment sampler, int token) {
        try {
            return (boolean) llama_ffm_sampler_accept$.HANDLE.invokeExact(sampler, token);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_sampler_accept$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_sampler_accept", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_ffm_sampler_init_grammar_bounded(const struct llama_vocab * vocab, const char * grammar_str, const char * grammar_root, _Bool lazy, const char ** trigger_patterns, size_t num_trigger_patterns, const int32_t * trigger_tokens, size_t num_trigger_tokens, size_t max_stacks)
     * }
     *
     * <pre>
     *  A grammar sampler: llama_sampler_init_grammar's (lazy = false, no triggers) or
     *  llama_sampler_init_grammar_lazy_patterns' (lazy = true), made of llama.cpp's own grammar engine,
     *  with one difference: after each token it accepts, it counts the parses the grammar follows at
     *  once (llama.cpp's parse stacks), and past `max_stacks` it throws (a C++ exception, which
     *  llama_ffm_sampler_sample and llama_ffm_sampler_accept turn into LLAMA_FFM_EXCEPTION / false).
     *  An ambiguous grammar multiplies the stacks token after token, and every token then costs time in
     *  proportion to them, inside one native call. NULL when llama.cpp cannot parse the grammar (it logs
     *  why) or on an exception (llama_ffm_last_exception).
     * </pre>
     */
    public static MemorySegment llama_ffm_sampler_init_grammar_bounded(MemorySegment vocab, MemorySegment grammar_str, MemorySegment grammar_root, boolean lazy, MemorySegment trigger_patterns, long num_trigger_patterns, MemorySegment trigger_tokens, long num_trigger_tokens, long max_stacks) {
        try {
            return (MemorySegment) llama_ffm_sampler_init_grammar_bounded$.HANDLE.invokeExact(vocab, grammar_str, grammar_root, lazy, trigger_patterns, num_trigger_patterns, trigger_tokens, num_trigger_tokens, max_stacks);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_sampler_init_grammar_bounded$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_sampler_init_grammar_bounded", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_BOOLEAN, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_ffm_sampler_init_penalties(int32_t n_vocab, int32_t penalty_last_n, float penalty_repeat, float penalty_freq, float penalty_present)
     * }
     */
    public static MemorySegment llama_ffm_sampler_init_penalties(int n_vocab, int penalty_last_n, float penalty_repeat, float penalty_freq, float penalty_present) {
        try {
            return (MemorySegment) llama_ffm_sampler_init_penalties$.HANDLE.invokeExact(n_vocab, penalty_last_n, penalty_repeat, penalty_freq, penalty_present);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_sampler_init_penalties$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_sampler_init_penalties", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, JAVA_FLOAT, JAVA_FLOAT, JAVA_FLOAT));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_ffm_sampler_init_dry(const struct llama_vocab * vocab, float dry_multiplier, float dry_base, int32_t dry_allowed_length, int32_t dry_penalty_last_n, const char ** seq_breakers, size_t num_breakers)
     * }
     */
    public static MemorySegment llama_ffm_sampler_init_dry(MemorySegment vocab, float dry_multiplier, float dry_base, int dry_allowed_length, int dry_penalty_last_n, MemorySegment seq_breakers, long num_breakers) {
        try {
            return (MemorySegment) llama_ffm_sampler_init_dry$.HANDLE.invokeExact(vocab, dry_multiplier, dry_base, dry_allowed_length, dry_penalty_last_n, seq_breakers, num_breakers);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_sampler_init_dry$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_sampler_init_dry", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_FLOAT, JAVA_FLOAT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_ffm_sampler_init_logit_bias(int32_t n_vocab, int32_t n_logit_bias, const struct llama_logit_bias * logit_bias)
     * }
     */
    public static MemorySegment llama_ffm_sampler_init_logit_bias(int n_vocab, int n_logit_bias, MemorySegment logit_bias) {
        try {
            return (MemorySegment) llama_ffm_sampler_init_logit_bias$.HANDLE.invokeExact(n_vocab, n_logit_bias, logit_bias);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_sampler_init_logit_bias$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_sampler_init_logit_bias", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_ffm_decode(struct llama_context * ctx, const struct llama_batch * batch)
     * }
     *
     * <pre>
     *  llama_decode / llama_encode, with the batch passed by address.
     * </pre>
     */
    public static int llama_ffm_decode(MemorySegment ctx, MemorySegment batch) {
        try {
            return (int) llama_ffm_decode$.HANDLE.invokeExact(ctx, batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_decode$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_decode", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * int32_t llama_ffm_encode(struct llama_context * ctx, const struct llama_batch * batch)
     * }
     */
    public static int llama_ffm_encode(MemorySegment ctx, MemorySegment batch) {
        try {
            return (int) llama_ffm_encode$.HANDLE.invokeExact(ctx, batch);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_encode$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_encode", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_ffm_string_free(char * text)
     * }
     *
     * <pre>
     *  Frees a string returned by the functions below. NULL is allowed.
     * </pre>
     */
    public static void llama_ffm_string_free(MemorySegment text) {
        try {
            llama_ffm_string_free$.HANDLE.invokeExact(text);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_string_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_string_free", "llama_ffm_shim.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_ffm_chat_templates * llama_ffm_chat_templates_init(const struct llama_model * model, const char * template_source, const char * bos_token, const char * eos_token, char ** error)
     * }
     *
     * <pre>
     *  The chat templates of `model` (its default template and, if present, its "tool_use" one), or
     *  the Jinja template `template_source` when it is not NULL or empty (then `model` may be NULL;
     *  `bos_token` and `eos_token`, which may be NULL, are what the template sees as bos_token and
     *  eos_token; with a model they come from its vocab). A model without a template gets ChatML.
     * </pre>
     */
    public static MemorySegment llama_ffm_chat_templates_init(MemorySegment model, MemorySegment template_source, MemorySegment bos_token, MemorySegment eos_token, MemorySegment error) {
        try {
            return (MemorySegment) llama_ffm_chat_templates_init$.HANDLE.invokeExact(model, template_source, bos_token, eos_token, error);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_chat_templates_init$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_chat_templates_init", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_ffm_chat_templates_free(struct llama_ffm_chat_templates * templates)
     * }
     */
    public static void llama_ffm_chat_templates_free(MemorySegment templates) {
        try {
            llama_ffm_chat_templates_free$.HANDLE.invokeExact(templates);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_chat_templates_free$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_chat_templates_free", "llama_ffm_shim.h",
                FunctionDescriptor.ofVoid(ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * char * llama_ffm_chat_templates_source(const struct llama_ffm_chat_templates * templates, const char * variant, char ** error)
     * }
     *
     * <pre>
     *  The Jinja source of the template in use ("tool_use" for a model's tool-use template, NULL or
     *  "" for the default one).
     * </pre>
     */
    public static MemorySegment llama_ffm_chat_templates_source(MemorySegment templates, MemorySegment variant, MemorySegment error) {
        try {
            return (MemorySegment) llama_ffm_chat_templates_source$.HANDLE.invokeExact(templates, variant, error);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_chat_templates_source$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_chat_templates_source", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * char * llama_ffm_chat_apply(const struct llama_ffm_chat_templates * templates, const char * request_json, char ** error)
     * }
     *
     * <pre>
     *  Renders a conversation. `request_json` is an object with
     *    "messages" (required): OpenAI-style messages, &#123;"role", "content", "tool_calls", "tool_call_id", "name",
     *                           "reasoning_content"&#125;;
     *    "tools": OpenAI-style tools, [&#123;"type":"function","function":&#123;"name","description","parameters"&#125;&#125;];
     *    "tool_choice": "auto" | "required" | "none";  "parallel_tool_calls": bool;
     *    "add_generation_prompt": bool (default true);  "enable_thinking": bool (default true);
     *    "reasoning_format": "none" | "auto" | "deepseek" | "deepseek-legacy" (default "none");
     *    "json_schema": a JSON Schema object (the answer's shape);  "grammar": GBNF text;
     *    "now": seconds since the epoch the template sees as the date (default: the current time);
     *    "chat_template_kwargs": &#123;name: JSON text&#125; extra variables for the template.
     *  Returns an object with "prompt", "format" (int) and "format_name", "grammar", "grammar_lazy",
     *  "grammar_triggers" [&#123;"type": int, "value", "token"&#125;], "preserved_tokens", "additional_stops",
     *  "generation_prompt", "supports_thinking", "thinking_start_tag", "thinking_end_tags" and "parser"
     *  (the serialized output parser that llama_ffm_chat_parse needs).
     * </pre>
     */
    public static MemorySegment llama_ffm_chat_apply(MemorySegment templates, MemorySegment request_json, MemorySegment error) {
        try {
            return (MemorySegment) llama_ffm_chat_apply$.HANDLE.invokeExact(templates, request_json, error);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_chat_apply$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_chat_apply", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * char * llama_ffm_chat_parse(const char * text, _Bool partial, const char * params_json, char ** error)
     * }
     *
     * <pre>
     *  Parses a model's output `text` (what followed the rendered prompt) into an assistant message:
     *  &#123;"role":"assistant","content","reasoning_content","tool_calls":[&#123;"type":"function","function":
     *  &#123;"name","arguments"&#125;,"id"&#125;]&#125;. `params_json` carries "format", "parser" and "generation_prompt"
     *  from llama_ffm_chat_apply's result, plus "reasoning_format" and "parse_tool_calls" (default true).
     *  `partial`: the text is a prefix of an unfinished output (streaming).
     * </pre>
     */
    public static MemorySegment llama_ffm_chat_parse(MemorySegment text, boolean partial, MemorySegment params_json, MemorySegment error) {
        try {
            return (MemorySegment) llama_ffm_chat_parse$.HANDLE.invokeExact(text, partial, params_json, error);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_chat_parse$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_chat_parse", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_BOOLEAN, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * llama_ffm_chat_grammar_sampler(const struct llama_vocab * vocab, const char * chat_json, size_t max_stacks, char ** error)
     * }
     *
     * <pre>
     *  The grammar sampler for a rendered chat (`chat_json` is llama_ffm_chat_apply's result), bounded as
     *  llama_ffm_sampler_init_grammar_bounded is by `max_stacks`, built
     *  as llama.cpp's common sampler builds it: lazy with the result's triggers when "grammar_lazy"
     *  is set, else constraining from the first token, advanced past the result's "generation_prompt".
     *  Returns NULL when the result has no grammar (and then leaves *error NULL) or on error.
     *  The caller owns the sampler (llama_sampler_free, or adds it to a chain).
     * </pre>
     */
    public static MemorySegment llama_ffm_chat_grammar_sampler(MemorySegment vocab, MemorySegment chat_json, long max_stacks, MemorySegment error) {
        try {
            return (MemorySegment) llama_ffm_chat_grammar_sampler$.HANDLE.invokeExact(vocab, chat_json, max_stacks, error);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_chat_grammar_sampler$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_chat_grammar_sampler", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * char * llama_ffm_json_schema_to_grammar(const char * schema_json, char ** error)
     * }
     *
     * <pre>
     *  Converts a JSON Schema (JSON text) into a GBNF grammar whose root rule matches exactly the JSON
     *  documents the schema accepts (within what the converter supports).
     * </pre>
     */
    public static MemorySegment llama_ffm_json_schema_to_grammar(MemorySegment schema_json, MemorySegment error) {
        try {
            return (MemorySegment) llama_ffm_json_schema_to_grammar$.HANDLE.invokeExact(schema_json, error);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_json_schema_to_grammar$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_json_schema_to_grammar", "llama_ffm_shim.h",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    /**
     * {@snippet lang=c :
     * void llama_ffm_embd_normalize(const float * in, float * out, int32_t n, int32_t norm)
     * }
     *
     * <pre>
     *  Normalizes `n` floats from `in` into `out` (which may be `in`) as llama.cpp's
     *  common_embd_normalize does: `norm` -1 none, 0 max-absolute scaled to the int16 range,
     *  1 taxicab, 2 euclidean, &gt; 2 the p-norm.
     * </pre>
     */
    public static void llama_ffm_embd_normalize(MemorySegment in, MemorySegment out, int n, int norm) {
        try {
            llama_ffm_embd_normalize$.HANDLE.invokeExact(in, out, n, norm);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_embd_normalize$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_embd_normalize", "llama_ffm_shim.h",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * float llama_ffm_embd_similarity_cos(const float * a, const float * b, int32_t n)
     * }
     *
     * <pre>
     *  The cosine similarity of two vectors of `n` floats (llama.cpp's common_embd_similarity_cos):
     *  1 when both are zero vectors, 0 when only one is.
     * </pre>
     */
    public static float llama_ffm_embd_similarity_cos(MemorySegment a, MemorySegment b, int n) {
        try {
            return (float) llama_ffm_embd_similarity_cos$.HANDLE.invokeExact(a, b, n);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_embd_similarity_cos$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_embd_similarity_cos", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, ADDRESS, JAVA_INT));
    }

    /**
     * {@snippet lang=c :
     * size_t llama_ffm_layout_probe(char * buffer, size_t size)
     * }
     *
     * <pre>
     *  The layout probe (defined in llama_ffm_layout_probe.c, which the binding generator writes): what
     *  the C compiler says about every struct and union the Java bindings describe, one per line,
     *    "struct &lt;class&gt; &lt;sizeof&gt; &lt;_Alignof&gt;" and "field &lt;class&gt; &lt;layout path&gt; &lt;offsetof&gt; &lt;sizeof&gt;".
     *  Like snprintf: writes at most `size` bytes to `buffer` and returns the length of the whole text,
     *  so a call with (NULL, 0) sizes the buffer.
     * </pre>
     */
    public static long llama_ffm_layout_probe(MemorySegment buffer, long size) {
        try {
            return (long) llama_ffm_layout_probe$.HANDLE.invokeExact(buffer, size);
        } catch (Throwable failure$) {
            throw NativeSymbols.rethrow(failure$);
        }
    }

    private static final class llama_ffm_layout_probe$ {
        static final MethodHandle HANDLE = NativeSymbols.downcall("llama_ffm_layout_probe", "llama_ffm_shim.h",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    }
}
