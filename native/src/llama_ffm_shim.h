// llama-ffm native shim: the few C-ABI functions that llama.cpp's C API lacks or that are
// awkward or slow to reach through the Foreign Function & Memory API.
//
// Everything here is C (no C++ type crosses this header), so the binding generator can read it
// like llama.h. Nothing here re-implements llama.cpp.
#ifndef LLAMA_FFM_SHIM_H
#define LLAMA_FFM_SHIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef _WIN32
#    ifdef LLAMA_FFM_SHIM_BUILD
#        define LLAMA_FFM_API __declspec(dllexport)
#    else
#        define LLAMA_FFM_API __declspec(dllimport)
#    endif
#else
#    define LLAMA_FFM_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

// The shim's own version (semantic versioning), e.g. "0.1.0".
LLAMA_FFM_API const char * llama_ffm_shim_version(void);

// The full 40-hex-digit commit of the llama.cpp source this library was built from.
LLAMA_FFM_API const char * llama_ffm_llama_cpp_commit(void);

// The CMake options the native libraries were built with, as "NAME=VALUE;NAME=VALUE".
LLAMA_FFM_API const char * llama_ffm_build_options(void);

// An abort callback with the signature of ggml_abort_callback (ggml.h), to be passed to
// llama_set_abort_callback() / ggml_backend_cpu_set_abort_callback() together with
// `flag`, a pointer to an int32_t owned by the caller. It returns true (abort) once the flag is
// non-zero. It only reads that word, with an atomic relaxed load: no upcall into the JVM per
// graph node, so cancellation costs nothing while the flag stays clear. Any thread may set the
// flag; the caller keeps the memory alive for as long as the callback is installed.
LLAMA_FFM_API bool llama_ffm_abort_on_flag(void * flag);

struct llama_context;

// One ggml buffer type's share of a context's memory, in bytes (llama.cpp's memory breakdown).
struct llama_ffm_memory_use {
    char     buffer_type[64]; // e.g. "CPU", "CUDA0", "CPU_REPACK"
    bool     host;            // the buffer is in host (CPU) memory
    uint64_t model;           // the model's weights
    uint64_t context;         // the context's state (KV cache, recurrent state, outputs)
    uint64_t compute;         // the compute buffers
};

// Fills at most `capacity` entries of `out` with llama.cpp's memory breakdown of `ctx` (model,
// context and compute bytes per buffer type) and returns the number of buffer types. For a
// context of a model loaded with no_alloc, these are the sizes llama.cpp would allocate: an
// estimate before any allocation. Returns 0 for NULL or on error.
LLAMA_FFM_API size_t llama_ffm_memory_breakdown(const struct llama_context * ctx, struct llama_ffm_memory_use * out,
                                                size_t capacity);

// ---- llama.cpp's C API, with its C++ exceptions caught ----
//
// Some of llama.cpp's C functions let a C++ exception escape (a vocabulary lookup with .at(), a
// tokenizer's std::runtime_error, std::bad_alloc for a size taken from the input): through C, that
// ends the process. Each function below calls the llama.cpp function of the same name (llama.h)
// with the same arguments and returns what it returns, except that an exception is caught: then
// it returns LLAMA_FFM_EXCEPTION (the int32_t functions), false or NULL, and
// llama_ffm_last_exception() says what was thrown. llama_token is int32_t.

// What the int32_t functions below return when llama.cpp threw (INT32_MIN + 1: no valid result).
#define LLAMA_FFM_EXCEPTION -2147483647

struct llama_vocab;
struct llama_sampler;
struct llama_batch;
struct llama_logit_bias;

// The message of the last exception one of these functions caught on the calling thread; valid
// until the thread's next call of one of them; empty when the last call threw nothing.
LLAMA_FFM_API const char * llama_ffm_last_exception(void);

LLAMA_FFM_API int32_t llama_ffm_tokenize(const struct llama_vocab * vocab, const char * text, int32_t text_len,
                                         int32_t * tokens, int32_t n_tokens_max, bool add_special, bool parse_special);

LLAMA_FFM_API int32_t llama_ffm_token_to_piece(const struct llama_vocab * vocab, int32_t token, char * buf,
                                               int32_t length, int32_t lstrip, bool special);

LLAMA_FFM_API int32_t llama_ffm_detokenize(const struct llama_vocab * vocab, const int32_t * tokens, int32_t n_tokens,
                                           char * text, int32_t text_len_max, bool remove_special,
                                           bool unparse_special);

// llama_sampler_sample: the token, or LLAMA_FFM_EXCEPTION.
LLAMA_FFM_API int32_t llama_ffm_sampler_sample(struct llama_sampler * sampler, struct llama_context * ctx, int32_t idx);

// llama_sampler_accept: false when it threw.
LLAMA_FFM_API bool llama_ffm_sampler_accept(struct llama_sampler * sampler, int32_t token);

LLAMA_FFM_API struct llama_sampler * llama_ffm_sampler_init_grammar(const struct llama_vocab * vocab,
                                                                    const char * grammar_str, const char * grammar_root);

LLAMA_FFM_API struct llama_sampler * llama_ffm_sampler_init_penalties(int32_t n_vocab, int32_t penalty_last_n,
                                                                      float penalty_repeat, float penalty_freq,
                                                                      float penalty_present);

LLAMA_FFM_API struct llama_sampler * llama_ffm_sampler_init_dry(const struct llama_vocab * vocab, float dry_multiplier,
                                                                float dry_base, int32_t dry_allowed_length,
                                                                int32_t dry_penalty_last_n, const char ** seq_breakers,
                                                                size_t num_breakers);

LLAMA_FFM_API struct llama_sampler * llama_ffm_sampler_init_logit_bias(int32_t n_vocab, int32_t n_logit_bias,
                                                                       const struct llama_logit_bias * logit_bias);

// llama_decode / llama_encode, with the batch passed by address.
LLAMA_FFM_API int32_t llama_ffm_decode(struct llama_context * ctx, const struct llama_batch * batch);
LLAMA_FFM_API int32_t llama_ffm_encode(struct llama_context * ctx, const struct llama_batch * batch);

// ---- Chat templates, tool-call parsing and JSON Schema, through llama.cpp's common library ----
//
// These functions exchange JSON text (UTF-8, NUL-terminated) in the OpenAI chat-completion
// conventions that llama.cpp's common library reads and writes itself. Every function that can
// fail returns NULL and, if `error` is not NULL, stores a message there; no C++ exception crosses
// this boundary. Strings returned (results and error messages) are owned by the caller and freed
// with llama_ffm_string_free().

struct llama_model;
struct llama_ffm_chat_templates;

// Frees a string returned by the functions below. NULL is allowed.
LLAMA_FFM_API void llama_ffm_string_free(char * text);

// The chat templates of `model` (its default template and, if present, its "tool_use" one), or
// the Jinja template `template_source` when it is not NULL or empty (then `model` may be NULL;
// `bos_token` and `eos_token`, which may be NULL, are what the template sees as bos_token and
// eos_token; with a model they come from its vocab). A model without a template gets ChatML.
LLAMA_FFM_API struct llama_ffm_chat_templates * llama_ffm_chat_templates_init(const struct llama_model * model,
                                                                               const char * template_source,
                                                                               const char * bos_token,
                                                                               const char * eos_token,
                                                                               char ** error);

LLAMA_FFM_API void llama_ffm_chat_templates_free(struct llama_ffm_chat_templates * templates);

// The Jinja source of the template in use ("tool_use" for a model's tool-use template, NULL or
// "" for the default one).
LLAMA_FFM_API char * llama_ffm_chat_templates_source(const struct llama_ffm_chat_templates * templates,
                                                     const char * variant, char ** error);

// Renders a conversation. `request_json` is an object with
//   "messages" (required): OpenAI-style messages, {"role", "content", "tool_calls", "tool_call_id", "name",
//                          "reasoning_content"};
//   "tools": OpenAI-style tools, [{"type":"function","function":{"name","description","parameters"}}];
//   "tool_choice": "auto" | "required" | "none";  "parallel_tool_calls": bool;
//   "add_generation_prompt": bool (default true);  "enable_thinking": bool (default true);
//   "reasoning_format": "none" | "auto" | "deepseek" | "deepseek-legacy" (default "none");
//   "json_schema": a JSON Schema object (the answer's shape);  "grammar": GBNF text;
//   "now": seconds since the epoch the template sees as the date (default: the current time);
//   "chat_template_kwargs": {name: JSON text} extra variables for the template.
// Returns an object with "prompt", "format" (int) and "format_name", "grammar", "grammar_lazy",
// "grammar_triggers" [{"type": int, "value", "token"}], "preserved_tokens", "additional_stops",
// "generation_prompt", "supports_thinking", "thinking_start_tag", "thinking_end_tags" and "parser"
// (the serialized output parser that llama_ffm_chat_parse needs).
LLAMA_FFM_API char * llama_ffm_chat_apply(const struct llama_ffm_chat_templates * templates, const char * request_json,
                                          char ** error);

// Parses a model's output `text` (what followed the rendered prompt) into an assistant message:
// {"role":"assistant","content","reasoning_content","tool_calls":[{"type":"function","function":
// {"name","arguments"},"id"}]}. `params_json` carries "format", "parser" and "generation_prompt"
// from llama_ffm_chat_apply's result, plus "reasoning_format" and "parse_tool_calls" (default true).
// `partial`: the text is a prefix of an unfinished output (streaming).
LLAMA_FFM_API char * llama_ffm_chat_parse(const char * text, bool partial, const char * params_json, char ** error);

// The grammar sampler for a rendered chat (`chat_json` is llama_ffm_chat_apply's result), built
// as llama.cpp's common sampler builds it: lazy with the result's triggers when "grammar_lazy"
// is set, else constraining from the first token, advanced past the result's "generation_prompt".
// Returns NULL when the result has no grammar (and then leaves *error NULL) or on error.
// The caller owns the sampler (llama_sampler_free, or adds it to a chain).
LLAMA_FFM_API struct llama_sampler * llama_ffm_chat_grammar_sampler(const struct llama_vocab * vocab, const char * chat_json,
                                                                    char ** error);

// Converts a JSON Schema (JSON text) into a GBNF grammar whose root rule matches exactly the JSON
// documents the schema accepts (within what the converter supports).
LLAMA_FFM_API char * llama_ffm_json_schema_to_grammar(const char * schema_json, char ** error);

// ---- Embeddings: llama.cpp's common helpers ----

// Normalizes `n` floats from `in` into `out` (which may be `in`) as llama.cpp's
// common_embd_normalize does: `norm` -1 none, 0 max-absolute scaled to the int16 range,
// 1 taxicab, 2 euclidean, > 2 the p-norm.
LLAMA_FFM_API void llama_ffm_embd_normalize(const float * in, float * out, int32_t n, int32_t norm);

// The cosine similarity of two vectors of `n` floats (llama.cpp's common_embd_similarity_cos):
// 1 when both are zero vectors, 0 when only one is.
LLAMA_FFM_API float llama_ffm_embd_similarity_cos(const float * a, const float * b, int32_t n);

// The layout probe (defined in llama_ffm_layout_probe.c, which the binding generator writes): what
// the C compiler says about every struct and union the Java bindings describe, one per line,
//   "struct <class> <sizeof> <_Alignof>" and "field <class> <layout path> <offsetof> <sizeof>".
// Like snprintf: writes at most `size` bytes to `buffer` and returns the length of the whole text,
// so a call with (NULL, 0) sizes the buffer.
LLAMA_FFM_API size_t llama_ffm_layout_probe(char * buffer, size_t size);

#ifdef __cplusplus
}
#endif

#endif // LLAMA_FFM_SHIM_H
