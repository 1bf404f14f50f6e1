// Embedding helpers of llama.cpp's common library (common.h), with a C ABI. See llama_ffm_shim.h.
#include "llama_ffm_shim.h"

#include "common.h"

extern "C" {

void llama_ffm_embd_normalize(const float * in, float * out, int32_t n, int32_t norm) {
    common_embd_normalize(in, out, n, norm);
}

float llama_ffm_embd_similarity_cos(const float * a, const float * b, int32_t n) {
    return common_embd_similarity_cos(a, b, n);
}

}  // extern "C"
