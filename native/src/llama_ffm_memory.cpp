// The memory llama.cpp allocated (or, for a model loaded with no_alloc, would allocate) per ggml
// buffer type: llama.cpp's own breakdown (llama_context::memory_breakdown, in its C++ staging API
// src/llama-ext.h), given a C ABI. No C++ exception crosses this boundary.
#include "llama_ffm_shim.h"

#include "llama-ext.h"

#include <cstdio>

extern "C" LLAMA_FFM_API size_t llama_ffm_memory_breakdown(const struct llama_context * ctx,
                                                           struct llama_ffm_memory_use * out, size_t capacity) {
    if (ctx == nullptr) {
        return 0;
    }
    try {
        const llama_memory_breakdown breakdown = llama_get_memory_breakdown(ctx);
        size_t n = 0;
        for (const auto & entry : breakdown) {
            if (out != nullptr && n < capacity) {
                ggml_backend_buffer_type_t buft = entry.first;
                std::snprintf(out[n].buffer_type, sizeof(out[n].buffer_type), "%s",
                              buft != nullptr ? ggml_backend_buft_name(buft) : "unknown");
                out[n].host    = buft == nullptr || ggml_backend_buft_is_host(buft);
                out[n].model   = entry.second.model;
                out[n].context = entry.second.context;
                out[n].compute = entry.second.compute;
            }
            n++;
        }
        return n;
    } catch (...) {
        return 0;
    }
}
