// A grammar sampler with a bound on its parse stacks: llama.cpp's own grammar engine
// (src/llama-grammar.h), in a sampler of llama.cpp's custom-sampler kind (llama_sampler_init)
// that is llama_sampler_init_grammar's except for one check after each accepted token. See
// llama_ffm_shim.h.
//
// Why: an ambiguous grammar ("s ::= "a" s "b" | "a" s "c" | """) multiplies llama.cpp's parse
// stacks with every token, and every later token costs time in proportion to them (measured on a
// small model: 10 ms, 0.4 s, 4.5 s, then 140 s for one token), inside one native call that no
// deadline can interrupt. No static check can find every such grammar, so the count is checked
// as it grows.
#include "llama_ffm_shim.h"

#include "llama_ffm_guard.h"

#include "llama-grammar.h"
#include "llama.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct bounded_grammar {
    std::string            grammar_str;
    std::string            grammar_root;
    struct llama_grammar * grammar;
    size_t                 max_stacks;
};

const char * bounded_grammar_name(const struct llama_sampler * /*sampler*/) { return "grammar"; }

void bounded_grammar_accept(struct llama_sampler * sampler, llama_token token) {
    auto * ctx = static_cast<bounded_grammar *>(sampler->ctx);
    llama_grammar_accept_impl(*ctx->grammar, token);
    const size_t stacks = llama_grammar_get_stacks(ctx->grammar).size();
    if (stacks > ctx->max_stacks) {
        // thrown through llama_sampler_sample / llama_sampler_accept to the shim's guard
        throw std::runtime_error("the grammar is ambiguous: after token " + std::to_string(token) + " it follows " +
                                 std::to_string(stacks) + " parses at once; at most " +
                                 std::to_string(ctx->max_stacks) + " are allowed");
    }
}

void bounded_grammar_apply(struct llama_sampler * sampler, llama_token_data_array * cur_p) {
    llama_grammar_apply_impl(*static_cast<bounded_grammar *>(sampler->ctx)->grammar, cur_p);
}

// As llama_sampler_grammar_reset (src/llama-sampler.cpp): the grammar again from its text, with its triggers.
void bounded_grammar_reset(struct llama_sampler * sampler) {
    auto *                    ctx = static_cast<bounded_grammar *>(sampler->ctx);
    std::vector<const char *> patterns;
    for (const auto & pattern : ctx->grammar->trigger_patterns) {
        patterns.push_back(pattern.pattern.c_str());
    }
    llama_grammar * fresh = llama_grammar_init_impl(ctx->grammar->vocab, ctx->grammar_str.c_str(),
                                                    ctx->grammar_root.c_str(), ctx->grammar->lazy, patterns.data(),
                                                    patterns.size(), ctx->grammar->trigger_tokens.data(),
                                                    ctx->grammar->trigger_tokens.size());
    if (fresh == nullptr) {
        throw std::runtime_error("the grammar could not be parsed again");
    }
    llama_grammar_free_impl(ctx->grammar);
    ctx->grammar = fresh;
}

struct llama_sampler * bounded_grammar_clone(const struct llama_sampler * sampler);

void bounded_grammar_free(struct llama_sampler * sampler) {
    auto * ctx = static_cast<bounded_grammar *>(sampler->ctx);
    llama_grammar_free_impl(ctx->grammar);
    delete ctx;
}

struct llama_sampler_i bounded_grammar_i = {
    /* .name              = */ bounded_grammar_name,
    /* .accept            = */ bounded_grammar_accept,
    /* .apply             = */ bounded_grammar_apply,
    /* .reset             = */ bounded_grammar_reset,
    /* .clone             = */ bounded_grammar_clone,
    /* .free              = */ bounded_grammar_free,
    /* .backend_init      = */ nullptr,
    /* .backend_accept    = */ nullptr,
    /* .backend_apply     = */ nullptr,
    /* .backend_set_input = */ nullptr,
    /* .backend_reset     = */ nullptr,
    /* .copy_state        = */ nullptr,
};

struct llama_sampler * bounded_grammar_clone(const struct llama_sampler * sampler) {
    const auto * ctx = static_cast<const bounded_grammar *>(sampler->ctx);
    return llama_sampler_init(&bounded_grammar_i,
                              new bounded_grammar{ ctx->grammar_str, ctx->grammar_root,
                                                   llama_grammar_clone_impl(*ctx->grammar), ctx->max_stacks });
}

}  // namespace

extern "C" {

struct llama_sampler * llama_ffm_sampler_init_grammar_bounded(const struct llama_vocab * vocab, const char * grammar_str,
                                                              const char * grammar_root, bool lazy,
                                                              const char ** trigger_patterns, size_t num_trigger_patterns,
                                                              const int32_t * trigger_tokens, size_t num_trigger_tokens,
                                                              size_t max_stacks) {
    return llama_ffm::guarded<llama_sampler *>(nullptr, [&]() -> llama_sampler * {
        if (vocab == nullptr || grammar_str == nullptr || grammar_root == nullptr || grammar_str[0] == '\0') {
            throw std::invalid_argument("a vocab, a grammar and its root rule are needed");
        }
        llama_grammar * grammar = llama_grammar_init_impl(vocab, grammar_str, grammar_root, lazy, trigger_patterns,
                                                          num_trigger_patterns, trigger_tokens, num_trigger_tokens);
        if (grammar == nullptr) {
            return nullptr;  // llama.cpp logged why
        }
        return llama_sampler_init(&bounded_grammar_i, new bounded_grammar{ grammar_str, grammar_root, grammar, max_stacks });
    });
}

}  // extern "C"
