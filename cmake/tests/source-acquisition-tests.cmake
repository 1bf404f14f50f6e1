# Tests of llama-cpp-source.cmake: what stops the build and what it says. Run by Maven (native
# module, test phase) or by hand:  cmake -DWORK_DIR=/tmp/x -P cmake/tests/source-acquisition-tests.cmake
# None of them needs the network or the real source: each failure is provoked with small fakes.

cmake_minimum_required(VERSION 3.18)
set(script "${CMAKE_CURRENT_LIST_DIR}/../llama-cpp-source.cmake")
include("${script}")
if (NOT WORK_DIR)
    message(FATAL_ERROR "usage: cmake -DWORK_DIR=<dir> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(passed 0)
set(failed 0)

function(check name condition detail)
    separate_arguments(condition UNIX_COMMAND "${condition}")
    if (${condition})
        message(STATUS "PASS ${name}")
        math(EXPR n "${passed} + 1")
        set(passed ${n} PARENT_SCOPE)
    else()
        message(STATUS "FAIL ${name}: ${detail}")
        math(EXPR n "${failed} + 1")
        set(failed ${n} PARENT_SCOPE)
    endif()
endfunction()

# Runs the acquisition script with a cache folder and environment; sets rc and out.
function(acquire cache)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env --unset=LLAMA_CPP_DIR --unset=LLAMA_FFM_ALLOW_UNPINNED
            --unset=LLAMA_FFM_NPM_TARBALL --unset=LLAMA_FFM_OFFLINE ${ARGN}
            "${CMAKE_COMMAND}" "-DLLAMA_FFM_CACHE=${cache}" -P "${script}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    string(REGEX REPLACE "[ \n]+" " " text "${stdout}${stderr}")
    set(rc ${rc} PARENT_SCOPE)
    set(out "${text}" PARENT_SCOPE)
endfunction()

# A git repository that looks like llama.cpp but is at another commit.
function(fake_llama_repo dir out_commit)
    file(WRITE "${dir}/include/llama.h" "// not llama.cpp\n")
    execute_process(COMMAND "${GIT_EXECUTABLE}" init -q "${dir}")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${dir}" add -A)
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${dir}" -c user.name=t -c user.email=t@t
        commit -q -m fake)
    llama_ffm_git_head("${dir}" head)
    set(${out_commit} "${head}" PARENT_SCOPE)
endfunction()

# 1. npm integrity strings are base64 of the digest (RFC 4648 test vectors).
set(ok TRUE)
foreach (pair "66=Zg==" "666f=Zm8=" "666f6f=Zm9v" "666f6f62=Zm9vYg==" "666f6f6261=Zm9vYmE=" "666f6f626172=Zm9vYmFy")
    string(FIND "${pair}" "=" eq)
    string(SUBSTRING "${pair}" 0 ${eq} hex)
    math(EXPR start "${eq} + 1")
    string(SUBSTRING "${pair}" ${start} -1 expected)
    llama_ffm_hex_to_base64("${hex}" actual)
    if (NOT actual STREQUAL expected)
        set(ok FALSE)
        set(bad "${hex}: expected ${expected}, got ${actual}")
    endif()
endforeach()
check("base64 of digests matches RFC 4648 vectors" ok "${bad}")

# 2. A tampered tarball stops the build and says what did not match.
file(WRITE "${WORK_DIR}/tampered.tgz" "this is not the published node-llama-cpp tarball")
file(SHA512 "${WORK_DIR}/tampered.tgz" tampered_hex)
llama_ffm_hex_to_base64("${tampered_hex}" tampered_b64)
acquire("${WORK_DIR}/cache2" LLAMA_FFM_NPM_TARBALL=${WORK_DIR}/tampered.tgz)
string(FIND "${out}" "integrity mismatch" at)
string(FIND "${out}" "expected ${LLAMA_FFM_NPM_INTEGRITY}, got sha512-${tampered_b64}" at2)
check("tampered tarball stops the build" "NOT rc EQUAL 0 AND at GREATER -1 AND at2 GREATER -1" "rc=${rc}: ${out}")
check("tampered tarball leaves no source in the cache"
    "NOT EXISTS ${WORK_DIR}/cache2/src/llama.cpp-${LLAMA_FFM_LLAMA_CPP_COMMIT}" "source folder exists")

# 3. LLAMA_CPP_DIR at the wrong commit stops the build, naming both commits.
fake_llama_repo("${WORK_DIR}/wrong" wrong_commit)
acquire("${WORK_DIR}/cache3" LLAMA_CPP_DIR=${WORK_DIR}/wrong)
string(FIND "${out}" "is at commit ${wrong_commit}, expected ${LLAMA_FFM_LLAMA_CPP_COMMIT}" at)
check("LLAMA_CPP_DIR at a wrong commit stops the build" "NOT rc EQUAL 0 AND at GREATER -1" "rc=${rc}: ${out}")

# 4. ... unless unpinned builds are asked for explicitly.
acquire("${WORK_DIR}/cache4" LLAMA_CPP_DIR=${WORK_DIR}/wrong LLAMA_FFM_ALLOW_UNPINNED=1)
string(FIND "${out}" "building an unpinned llama.cpp" at)
check("LLAMA_FFM_ALLOW_UNPINNED=1 accepts another commit with a warning" "rc EQUAL 0 AND at GREATER -1" "rc=${rc}: ${out}")

# 5. A folder that is no llama.cpp tree at all.
file(MAKE_DIRECTORY "${WORK_DIR}/empty")
acquire("${WORK_DIR}/cache5" LLAMA_CPP_DIR=${WORK_DIR}/empty)
string(FIND "${out}" "is not a llama.cpp source tree" at)
check("LLAMA_CPP_DIR without llama.h stops the build" "NOT rc EQUAL 0 AND at GREATER -1" "rc=${rc}: ${out}")

# 6. A cached tree at the wrong commit is discarded, not used.
fake_llama_repo("${WORK_DIR}/cache6/src/llama.cpp-${LLAMA_FFM_LLAMA_CPP_COMMIT}" _)
acquire("${WORK_DIR}/cache6" LLAMA_FFM_NPM_TARBALL=${WORK_DIR}/tampered.tgz)
string(FIND "${out}" "discarding the cached source" at)
check("a cached tree at a wrong commit is discarded" "NOT rc EQUAL 0 AND at GREATER -1" "rc=${rc}: ${out}")

# 7. A tree with local modifications is refused.
fake_llama_repo("${WORK_DIR}/modified" _)
file(APPEND "${WORK_DIR}/modified/include/llama.h" "// edited\n")
set(saved "${LLAMA_FFM_LLAMA_CPP_COMMIT}")
llama_ffm_git_head("${WORK_DIR}/modified" LLAMA_FFM_LLAMA_CPP_COMMIT)
llama_ffm_check_tree("${WORK_DIR}/modified" problem)
set(LLAMA_FFM_LLAMA_CPP_COMMIT "${saved}")
string(FIND "${problem}" "has local modifications" at)
check("a tree with modified tracked files is refused" "at GREATER -1" "${problem}")

# 8. Nothing works: the error lists every place tried and the fix.
acquire("${WORK_DIR}/cache8" LLAMA_FFM_NPM_TARBALL=${WORK_DIR}/missing.tgz LLAMA_FFM_OFFLINE=1)
string(FIND "${out}" "LLAMA_CPP_DIR: not set" at1)
string(FIND "${out}" "LLAMA_FFM_NPM_TARBALL ${WORK_DIR}/missing.tgz: no such file" at2)
string(FIND "${out}" "skipped (LLAMA_FFM_OFFLINE=1)" at3)
string(FIND "${out}" "Fix:" at4)
check("when nothing works the error lists every place tried"
    "NOT rc EQUAL 0 AND at1 GREATER -1 AND at2 GREATER -1 AND at3 GREATER -1 AND at4 GREATER -1" "rc=${rc}: ${out}")

message("build-scripts: ${passed} passed, ${failed} failed")
if (failed GREATER 0)
    message(FATAL_ERROR "build script tests failed")
endif()
