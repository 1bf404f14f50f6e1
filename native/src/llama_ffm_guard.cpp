// llama.cpp's C API functions that can throw a C++ exception (std::out_of_range from a vocabulary
// lookup, std::runtime_error from a tokenizer or a sampler, std::bad_alloc), wrapped so that no
// exception crosses into the JVM: there it would end the process (std::terminate). See
// llama_ffm_shim.h for the contract.
#include "llama_ffm_shim.h"

#include "llama.h"

#include <exception>
#include <string>

namespace {

// The message of the last exception caught on this thread (llama_ffm_last_exception).
thread_local std::string last_exception;

template <typename T, typename F> T guarded(T failed, F && body) {
    last_exception.clear();
    try {
        return body();
    } catch (const std::exception & e) {
        last_exception = e.what();
    } catch (...) {
        last_exception = "unknown C++ exception";
    }
    if (last_exception.empty()) {
        last_exception = "C++ exception without a message";
    }
    return failed;
}

}  // namespace

extern "C" {

const char * llama_ffm_last_exception(void) { return last_exception.c_str(); }

int32_t llama_ffm_tokenize(const struct llama_vocab * vocab, const char * text, int32_t text_len, int32_t * tokens,
                           int32_t n_tokens_max, bool add_special, bool parse_special) {
    return guarded<int32_t>(LLAMA_FFM_EXCEPTION, [&] {
        return llama_tokenize(vocab, text, text_len, tokens, n_tokens_max, add_special, parse_special);
    });
}

int32_t llama_ffm_token_to_piece(const struct llama_vocab * vocab, int32_t token, char * buf, int32_t length,
                                 int32_t lstrip, bool special) {
    return guarded<int32_t>(LLAMA_FFM_EXCEPTION,
                            [&] { return llama_token_to_piece(vocab, token, buf, length, lstrip, special); });
}

int32_t llama_ffm_detokenize(const struct llama_vocab * vocab, const int32_t * tokens, int32_t n_tokens, char * text,
                             int32_t text_len_max, bool remove_special, bool unparse_special) {
    return guarded<int32_t>(LLAMA_FFM_EXCEPTION, [&] {
        return llama_detokenize(vocab, tokens, n_tokens, text, text_len_max, remove_special, unparse_special);
    });
}

int32_t llama_ffm_sampler_sample(struct llama_sampler * sampler, struct llama_context * ctx, int32_t idx) {
    return guarded<int32_t>(LLAMA_FFM_EXCEPTION, [&] { return llama_sampler_sample(sampler, ctx, idx); });
}

bool llama_ffm_sampler_accept(struct llama_sampler * sampler, int32_t token) {
    return guarded<bool>(false, [&] {
        llama_sampler_accept(sampler, token);
        return true;
    });
}

struct llama_sampler * llama_ffm_sampler_init_grammar(const struct llama_vocab * vocab, const char * grammar_str,
                                                      const char * grammar_root) {
    return guarded<llama_sampler *>(nullptr,
                                    [&] { return llama_sampler_init_grammar(vocab, grammar_str, grammar_root); });
}

struct llama_sampler * llama_ffm_sampler_init_penalties(int32_t n_vocab, int32_t penalty_last_n, float penalty_repeat,
                                                        float penalty_freq, float penalty_present) {
    return guarded<llama_sampler *>(nullptr, [&] {
        return llama_sampler_init_penalties(n_vocab, penalty_last_n, penalty_repeat, penalty_freq, penalty_present);
    });
}

struct llama_sampler * llama_ffm_sampler_init_dry(const struct llama_vocab * vocab, float dry_multiplier, float dry_base, int32_t dry_allowed_length,
                                                  int32_t dry_penalty_last_n, const char ** seq_breakers,
                                                  size_t num_breakers) {
    return guarded<llama_sampler *>(nullptr, [&] {
        return llama_sampler_init_dry(vocab, dry_multiplier, dry_base, dry_allowed_length,
                                      dry_penalty_last_n, seq_breakers, num_breakers);
    });
}

struct llama_sampler * llama_ffm_sampler_init_logit_bias(int32_t n_vocab, int32_t n_logit_bias,
                                                         const struct llama_logit_bias * logit_bias) {
    return guarded<llama_sampler *>(nullptr, [&] {
        return llama_sampler_init_logit_bias(n_vocab, n_logit_bias, logit_bias);
    });
}

int32_t llama_ffm_decode(struct llama_context * ctx, const struct llama_batch * batch) {
    return guarded<int32_t>(LLAMA_FFM_EXCEPTION, [&] { return llama_decode(ctx, *batch); });
}

int32_t llama_ffm_encode(struct llama_context * ctx, const struct llama_batch * batch) {
    return guarded<int32_t>(LLAMA_FFM_EXCEPTION, [&] { return llama_encode(ctx, *batch); });
}

}  // extern "C"
