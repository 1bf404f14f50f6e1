# Builds the native libraries of llama-ffm and stages them for packaging. Run by Maven (native/pom.xml):
#
#   cmake -DNATIVE_DIR=<native module> -DOUTPUT_DIR=<staging folder> -DPLATFORM=linux-x86_64
#         -DPROFILE=cpu [-DBUILD_TOOLS=ON -DTOOLS_DIR=<folder>] [-DEXTRA_OPTIONS=-DA=B;-DC=D]
#         [-DSHIM_VERSION=x.y.z] [-DJOBS=n] [-DSOURCE_INFO=<file>] [-DDEMO_DIR=<folder>]
#         -P cmake/native-build.cmake
#
# Cache (outside the repository; $LLAMA_FFM_CACHE, else the user cache folder):
#   src/llama.cpp-<commit>/    the verified source tree (see llama-cpp-source.cmake)
#   build/<build key>/         CMake build tree, keyed by (commit, source folder, options, compilers)
#   dist/<dist key>/           finished libraries + manifest, keyed by (build key, shim sources,
#                              these scripts)
# A dist folder that exists is complete (it is renamed into place last), so an unchanged build
# costs a copy. A shim change reuses the build tree and recompiles only the shim.

cmake_minimum_required(VERSION 3.18)
include("${CMAKE_CURRENT_LIST_DIR}/llama-cpp-source.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/profiles.cmake")

foreach (required NATIVE_DIR OUTPUT_DIR PLATFORM PROFILE)
    if (NOT ${required})
        message(FATAL_ERROR "native-build.cmake: -D${required}=... is required")
    endif()
endforeach()
if (NOT SHIM_VERSION)
    set(SHIM_VERSION "0.0.0")
endif()
if (NOT BUILD_TOOLS)
    set(BUILD_TOOLS OFF)
endif()
if (NOT JOBS)
    cmake_host_system_information(RESULT JOBS QUERY NUMBER_OF_LOGICAL_CORES)
endif()

# The cache folder.
llama_ffm_cache_dir(cache)
file(MAKE_DIRECTORY "${cache}")
file(LOCK "${cache}/build.lock" GUARD PROCESS TIMEOUT 7200 RESULT_VARIABLE lock_rc)
if (NOT lock_rc EQUAL 0)
    message(FATAL_ERROR "llama-ffm: could not lock ${cache}/build.lock: ${lock_rc}")
endif()

llama_ffm_acquire_source("${cache}" llama_dir llama_commit)
message(STATUS "llama-ffm: llama.cpp ${llama_commit} from ${llama_dir}")
if (SOURCE_INFO)
    llama_ffm_write_source_info("${SOURCE_INFO}" "${llama_dir}" "${llama_commit}")
endif()
# The tokenizer of the CLI's built-in demo model: llama.cpp's GPT-2 vocab file (MIT-licensed, like llama.cpp).
if (DEMO_DIR)
    file(COPY "${llama_dir}/models/ggml-vocab-gpt-2.gguf" DESTINATION "${DEMO_DIR}")
endif()

# Options and keys.
llama_ffm_profile_options("${PROFILE}" options)
list(APPEND options ${EXTRA_OPTIONS})
list(APPEND options -DLLAMA_FFM_BUILD_TOOLS=${BUILD_TOOLS})
list(SORT options)
list(JOIN options " " options_text)
foreach (var CC CXX CUDACXX CMAKE_GENERATOR)
    string(APPEND toolchain "${var}=$ENV{${var}};")
endforeach()
string(SHA256 build_key "${llama_commit}|${llama_dir}|${options_text}|${toolchain}|${CMAKE_VERSION}|${PLATFORM}")
string(SUBSTRING "${build_key}" 0 16 build_key)

file(GLOB_RECURSE shim_files RELATIVE "${NATIVE_DIR}" "${NATIVE_DIR}/src/*")
list(SORT shim_files)
set(shim_hash_input "${build_key}|${SHIM_VERSION}")
foreach (f CMakeLists.txt ${shim_files})
    file(SHA256 "${NATIVE_DIR}/${f}" h)
    string(APPEND shim_hash_input "|${f}=${h}")
endforeach()
# The scripts that stage the result (this one, the profiles) shape the dist folder too.
file(GLOB driver_files "${CMAKE_CURRENT_LIST_DIR}/*.cmake")
list(SORT driver_files)
foreach (f ${driver_files})
    file(SHA256 "${f}" h)
    get_filename_component(n "${f}" NAME)
    string(APPEND shim_hash_input "|cmake/${n}=${h}")
endforeach()
string(SHA256 dist_key "${shim_hash_input}")
string(SUBSTRING "${dist_key}" 0 16 dist_key)

set(build_dir "${cache}/build/${build_key}")
file(MAKE_DIRECTORY "${build_dir}")

# Stops with the end of <log> when a step failed: the full output stays in the log file.
function(llama_ffm_check_step rc what log)
    if (NOT rc EQUAL 0)
        file(STRINGS "${log}" lines)
        list(LENGTH lines n)
        set(first 0)
        if (n GREATER 60)
            math(EXPR first "${n} - 60")
        endif()
        list(SUBLIST lines ${first} -1 tail)
        list(JOIN tail "\n" tail_text)
        message(FATAL_ERROR "llama-ffm: ${what} failed (${rc}). Last lines of ${log}:\n${tail_text}")
    endif()
endfunction()
set(dist_dir "${cache}/dist/${dist_key}")
set(manifest_name "llama-ffm-native.properties")

if (EXISTS "${dist_dir}/${manifest_name}")
    message(STATUS "llama-ffm: native build cache hit ${dist_dir} (nothing to compile)")
else()
    message(STATUS "llama-ffm: building ${PROFILE} natives in ${build_dir} (${options_text})")
    # The CMake project is copied into the cache, so every clone of the repository shares one
    # build tree; configure_file rewrites only what changed, so make sees only real changes.
    set(project_dir "${build_dir}/project")
    file(GLOB_RECURSE old_files RELATIVE "${project_dir}" "${project_dir}/*")
    foreach (f ${old_files})
        if (NOT EXISTS "${NATIVE_DIR}/${f}")
            file(REMOVE "${project_dir}/${f}")
        endif()
    endforeach()
    foreach (f CMakeLists.txt ${shim_files})
        configure_file("${NATIVE_DIR}/${f}" "${project_dir}/${f}" COPYONLY)
    endforeach()

    list(JOIN options ";" options_for_shim)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -S "${project_dir}" -B "${build_dir}/tree"
            -DLLAMA_CPP_SOURCE_DIR=${llama_dir}
            -DLLAMA_FFM_LLAMA_CPP_COMMIT=${llama_commit}
            -DLLAMA_FFM_SHIM_VERSION=${SHIM_VERSION}
            "-DLLAMA_FFM_BUILD_OPTIONS=${options_text}"
            ${options}
        RESULT_VARIABLE rc OUTPUT_FILE "${build_dir}/configure.log" ERROR_FILE "${build_dir}/configure.log")
    llama_ffm_check_step(${rc} "CMake configure" "${build_dir}/configure.log")
    message(STATUS "llama-ffm: compiling with ${JOBS} jobs (a cold build takes minutes; log: ${build_dir}/build.log)")
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${build_dir}/tree" --config Release --parallel ${JOBS}
        RESULT_VARIABLE rc OUTPUT_FILE "${build_dir}/build.log" ERROR_FILE "${build_dir}/build.log")
    llama_ffm_check_step(${rc} "native build" "${build_dir}/build.log")

    # Stage into dist/<key>.tmp, then rename: a dist folder either is complete or does not exist.
    file(STRINGS "${build_dir}/tree/libraries.txt" entries)
    set(staging "${dist_dir}.tmp")
    file(REMOVE_RECURSE "${staging}")
    file(MAKE_DIRECTORY "${staging}/tools")
    set(load "")
    set(backends "")
    set(ondemand "")
    set(hashes "")
    foreach (entry ${entries})
        string(REGEX MATCH "^([a-z-]+):(.+)$" _ "${entry}")
        set(kind "${CMAKE_MATCH_1}")
        set(name "${CMAKE_MATCH_2}")
        set(file "${build_dir}/tree/bin/${name}")
        if (NOT EXISTS "${file}")
            message(FATAL_ERROR "llama-ffm: the build did not produce ${file}")
        endif()
        if (kind STREQUAL "tool" OR kind STREQUAL "tool-lib")
            file(COPY_FILE "${file}" "${staging}/tools/${name}")
            continue()
        endif()
        # COPY_FILE follows symlinks: the packaged file carries the soname the others link to.
        file(COPY_FILE "${file}" "${staging}/${name}")
        file(SHA256 "${staging}/${name}" h)
        string(APPEND hashes "sha256.${name}=${h}\n")
        if (kind STREQUAL "load")
            list(APPEND load "${name}")
        elseif (kind STREQUAL "ondemand")
            list(APPEND ondemand "${name}")
        elseif (kind STREQUAL "backend")
            list(APPEND backends "${name}")
        else()
            message(FATAL_ERROR "llama-ffm: unknown entry '${entry}' in libraries.txt")
        endif()
    endforeach()
    list(JOIN load "," load_text)
    list(JOIN backends "," backends_text)
    list(JOIN ondemand "," ondemand_text)
    string(TIMESTAMP now "%Y-%m-%dT%H:%M:%SZ" UTC)
    file(WRITE "${staging}/${manifest_name}"
        "# llama-ffm native libraries: what the loader extracts, verifies and loads.\n"
        "format=1\n"
        "platform=${PLATFORM}\n"
        "profile=${PROFILE}\n"
        "llama.cpp.commit=${llama_commit}\n"
        "llama.cpp.version=${LLAMA_FFM_LLAMA_CPP_VERSION}\n"
        "shim.version=${SHIM_VERSION}\n"
        "build.options=${options_text}\n"
        "build.key=${dist_key}\n"
        "build.time=${now}\n"
        "load=${load_text}\n"
        "ondemand=${ondemand_text}\n"
        "backends=${backends_text}\n"
        "${hashes}")
    file(REMOVE_RECURSE "${dist_dir}")
    file(RENAME "${staging}" "${dist_dir}")
endif()

# Hand the result to Maven: libraries + manifest for the jar, tools beside them if asked for.
file(REMOVE_RECURSE "${OUTPUT_DIR}")
file(MAKE_DIRECTORY "${OUTPUT_DIR}")
file(GLOB dist_files LIST_DIRECTORIES false "${dist_dir}/*")
file(COPY ${dist_files} DESTINATION "${OUTPUT_DIR}")
if (BUILD_TOOLS AND TOOLS_DIR)
    file(REMOVE_RECURSE "${TOOLS_DIR}")
    file(MAKE_DIRECTORY "${TOOLS_DIR}")
    file(GLOB tool_files LIST_DIRECTORIES false "${dist_dir}/tools/*")
    # The tools find the libraries beside them ($ORIGIN), as the jar's loader does.
    file(COPY ${dist_files} ${tool_files} DESTINATION "${TOOLS_DIR}")
    message(STATUS "llama-ffm: llama.cpp tools in ${TOOLS_DIR}")
endif()
message(STATUS "llama-ffm: natives staged in ${OUTPUT_DIR}")
