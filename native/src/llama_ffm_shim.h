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
