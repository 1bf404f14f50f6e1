// The shim's own C++ helpers (not part of its C ABI): catching llama.cpp's C++ exceptions.
#ifndef LLAMA_FFM_GUARD_H
#define LLAMA_FFM_GUARD_H

#include <exception>
#include <string>

namespace llama_ffm {

// The message of the last exception a guarded call caught on this thread (llama_ffm_last_exception).
std::string & last_exception();

// Runs `body` and returns its result; a C++ exception is caught, its message kept for
// llama_ffm_last_exception(), and `failed` returned instead.
template <typename T, typename F> T guarded(T failed, F && body) {
    std::string & message = last_exception();
    message.clear();
    try {
        return body();
    } catch (const std::exception & e) {
        message = e.what();
    } catch (...) {
        message = "unknown C++ exception";
    }
    if (message.empty()) {
        message = "C++ exception without a message";
    }
    return failed;
}

}  // namespace llama_ffm

#endif  // LLAMA_FFM_GUARD_H
