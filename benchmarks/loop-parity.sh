#!/usr/bin/env bash
# llama-ffm bench's timed loops against llama-bench's own (compiled from benchmarks/native/bench_loops.c
# against the build's libllama), in one process, taking turns rep by rep: prints tokens/s of each and
# the median of the rounds' ratios per test (pp512, tg128; all cores). Complements
# compare-llama-bench.sh, whose two programs run one after the other on a host that drifts.
#
#   benchmarks/loop-parity.sh [ROUNDS] [MODEL...]
#
# Without models: the demo model and the ~150 MiB Q4_0 synthetic model of compare-llama-bench.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-20}"
[ $# -gt 0 ] && shift
models=("$@")
libs="$root/native/target/llama.cpp-tools"
properties="$root/native/target/llama-cpp-source.properties"
if [ ! -f "$libs/libllama.so.0" ] || [ ! -f "$properties" ] || [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "loop-parity: build first (mvn -B -q install -DskipTests)" >&2
    exit 1
fi

if [ ${#models[@]} -eq 0 ]; then
    # shellcheck source=benchmarks/default-models.sh
    . "$root/benchmarks/default-models.sh"
    mapfile -t models < <(default_models)
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# shellcheck source=benchmarks/bench-loops.sh
. "$root/benchmarks/bench-loops.sh"
build_bench_loops "$out"
# Large buffers mapped afresh, at the same offset for both sides: where ggml's work buffer lands moves
# F16 prompt processing by ~8% (see compare-llama-bench.sh --fixed-malloc and the README).
export GLIBC_TUNABLES="glibc.malloc.mmap_threshold=131072${GLIBC_TUNABLES:+:$GLIBC_TUNABLES}"
cd "$root"
mvn -B -q -Dstyle.color=never -pl benchmarks exec:exec@loop-parity -Dloops.lib="$out/libbench_loops.so" -Dloops.args="$rounds ${models[*]}"
