#include "llama_ffm_shim.h"

#include <stdatomic.h>
#include <stddef.h>

#ifndef LLAMA_FFM_SHIM_VERSION
#    error "LLAMA_FFM_SHIM_VERSION must be defined by the build"
#endif
#ifndef LLAMA_FFM_LLAMA_CPP_COMMIT
#    error "LLAMA_FFM_LLAMA_CPP_COMMIT must be defined by the build"
#endif
#ifndef LLAMA_FFM_BUILD_OPTIONS
#    error "LLAMA_FFM_BUILD_OPTIONS must be defined by the build"
#endif

const char * llama_ffm_shim_version(void) {
    return LLAMA_FFM_SHIM_VERSION;
}

const char * llama_ffm_llama_cpp_commit(void) {
    return LLAMA_FFM_LLAMA_CPP_COMMIT;
}

const char * llama_ffm_build_options(void) {
    return LLAMA_FFM_BUILD_OPTIONS;
}

bool llama_ffm_abort_on_flag(void * flag) {
    if (flag == NULL) {
        return false;
    }
    // Relaxed is enough: the flag carries no data, and a decode polls it once per graph node.
    return atomic_load_explicit((_Atomic int32_t *) flag, memory_order_relaxed) != 0;
}
