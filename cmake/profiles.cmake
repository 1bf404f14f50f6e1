# The native build profiles: which llama.cpp / ggml CMake options each one passes.
# Selected with the Maven profiles of the same name (see README.md, "Build profiles").

function(llama_ffm_profile_options profile out)
    # Common to all: a release build of the libraries only (tests, tools and examples are off in
    # native/CMakeLists.txt).
    set(options -DCMAKE_BUILD_TYPE=Release)
    if (profile STREQUAL "cpu")
        # Fastest on the build machine, not portable to older CPUs: for development and CI.
        list(APPEND options -DGGML_NATIVE=ON)
    elseif (profile STREQUAL "portable")
        # The way llama.cpp's own releases ship: one CPU backend per ISA level, picked at run time.
        list(APPEND options -DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON)
    elseif (profile STREQUAL "cuda")
        # The CUDA backend as a loadable module beside the portable CPU variants, so the same jar
        # still runs (on the CPU) where no NVIDIA driver is installed. Needs a complete CUDA
        # toolkit (nvcc and cuBLAS). CMAKE_CUDA_ARCHITECTURES can be narrowed with
        # -Dnative.cmake.args=-DCMAKE_CUDA_ARCHITECTURES=90 to cut the build time.
        list(APPEND options -DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON -DGGML_CUDA=ON)
    elseif (profile STREQUAL "metal")
        # Apple silicon: Metal with its shader library embedded in the dylib (no separate
        # .metallib file to ship), Accelerate BLAS, the CPU backend for the M-series baseline.
        list(APPEND options -DGGML_NATIVE=OFF -DGGML_METAL=ON -DGGML_METAL_EMBED_LIBRARY=ON -DGGML_BLAS=ON)
    else()
        message(FATAL_ERROR "llama-ffm: unknown native profile '${profile}' (expected cpu, portable, cuda or metal)")
    endif()
    set(${out} "${options}" PARENT_SCOPE)
endfunction()
