#!/usr/bin/env bash
# The C baseline for DowncallBenchmark: compiles benchmarks/native/downcall_baseline.c against the
# build's libllama (native/target/llama.cpp-tools, from `mvn install`) and runs it on GPT-2's vocab.
# Compare with: mvn -B -q -pl benchmarks exec:exec@jmh -Djmh.args="Downcall"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
libs="$root/native/target/llama.cpp-tools"
source_dir="$(sed -n 's/^llama.cpp.dir=//p' "$root/native/target/llama-cpp-source.properties")"
if [ ! -f "$libs/libllama.so.0" ] || [ -z "$source_dir" ]; then
    echo "downcall-baseline: build first (mvn -B -q install -DskipTests)" >&2
    exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ln -s "$libs/libllama.so.0" "$out/libllama.so"
cc -O2 -o "$out/downcall_baseline" "$root/benchmarks/native/downcall_baseline.c" \
    -I"$source_dir/include" -I"$source_dir/ggml/include" -L"$out" -lllama -Wl,-rpath,"$libs"
"$out/downcall_baseline" "$source_dir/models/ggml-vocab-gpt-2.gguf"
