# Sourced by loop-parity.sh and compare-llama-bench.sh (with $root set): compiles llama-bench's timed loops
# (benchmarks/native/bench_loops.c) against the build's libllama, in native/target/llama.cpp-tools, into
# FOLDER/libbench_loops.so (FOLDER gets the link-time names of the libraries too).
build_bench_loops() { # FOLDER
    local libs="$root/native/target/llama.cpp-tools" source_dir lib
    source_dir="$(sed -n 's/^llama.cpp.dir=//p' "$root/native/target/llama-cpp-source.properties")"
    for lib in llama ggml ggml-base ggml-cpu; do
        ln -s "$libs/lib$lib.so.0" "$1/lib$lib.so"
    done
    cc -O2 -shared -fPIC -o "$1/libbench_loops.so" "$root/benchmarks/native/bench_loops.c" \
        -I"$source_dir/include" -I"$source_dir/ggml/include" -L"$1" -lllama -lggml -lggml-base -lggml-cpu \
        -Wl,-rpath,"$libs"
}
