#!/usr/bin/env bash
# Side by side: llama.cpp's own llama-bench and `llama-ffm bench`, from the same pinned source and
# build (the Maven build makes both), run alternately on the same model files and threads; prints
# the tokens/s of each and the ratio llama-ffm / llama-bench per test (median of the rounds' ratios).
#
#   benchmarks/compare-llama-bench.sh [-m FILE]... [-p 512] [-n 128] [-t THREADS] [-r 5] [--rounds 6] [--fixed-malloc]
#                                     [--jvm-control]
#
# --fixed-malloc runs both tools with glibc's mmap threshold fixed at its initial 128 KiB. ggml's CPU
# backend allocates its work buffer with `new uint8_t[]` (16-byte alignment); whether it lands 64-byte
# aligned depends on what the process allocated and freed before, and on F16 models that moves pp512 by
# ~8% on AVX-512 (measured with both tools; see the README's Performance section). With the threshold
# fixed, large buffers are always mapped afresh, at the same offset in both processes.
#
# --jvm-control adds a third program to each round's turns: llama-bench's own C loops
# (benchmarks/native/bench_loops.c) in a JVM that loads nothing of llama-ffm (JvmLoops), and its
# ratio to llama-bench beside llama-ffm's. It tells a cost of running in a JVM process from a cost of
# what llama-ffm's process adds (see the README's Performance section).
#
# Without -m: the demo model (~16M parameters, F16) and a ~150 MiB Q4_0 synthetic model (written once
# into the llama-ffm cache folder with `llama-ffm synthetic`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
models=() prompt=512 gen=128 threads="$(nproc 2>/dev/null || sysctl -n hw.ncpu)" reps=5 rounds=6 control=""
while [ $# -gt 0 ]; do
    case "$1" in
        -m) models+=("$2"); shift 2 ;;
        -p) prompt="$2"; shift 2 ;;
        -n) gen="$2"; shift 2 ;;
        -t) threads="$2"; shift 2 ;;
        -r) reps="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --fixed-malloc) export GLIBC_TUNABLES="glibc.malloc.mmap_threshold=131072${GLIBC_TUNABLES:+:$GLIBC_TUNABLES}"; shift ;;
        --jvm-control) control=1; shift ;;
        *) echo "compare-llama-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done

bench="$root/native/target/llama.cpp-tools/llama-bench"
if [ ! -x "$bench" ] || [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "compare-llama-bench: building (llama.cpp tools included)..." >&2
    (cd "$root" && mvn -B -q install -DskipTests -Dllamaffm.native.tools=ON)
fi

tools=(llama-bench llama-ffm)
if [ -n "$control" ]; then
    classes="$root/benchmarks/target/classes"
    if [ ! -f "$classes/org/llamaffm/benchmarks/JvmLoops.class" ]; then
        echo "compare-llama-bench: --jvm-control needs the benchmarks module built (mvn -B -q install -DskipTests)" >&2
        exit 1
    fi
    java=""
    for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        if [ -n "$home" ] && grep -qs '^JAVA_VERSION="25' "$home/release"; then java="$home/bin/java"; break; fi
    done
    [ -n "$java" ] || { echo "compare-llama-bench: --jvm-control needs a JDK 25 (JAVA_HOME)" >&2; exit 1; }
    loops="$(mktemp -d)"
    # shellcheck source=benchmarks/bench-loops.sh
    . "$root/benchmarks/bench-loops.sh"
    build_bench_loops "$loops"
    tools+=(jvm-loops)
fi

if [ ${#models[@]} -eq 0 ]; then
    # shellcheck source=benchmarks/default-models.sh
    . "$root/benchmarks/default-models.sh"
    mapfile -t models < <(default_models)
fi

# "n_prompt n_gen avg_ts" per line from llama-bench's or llama-ffm's JSON lines.
extract() { sed -E 's/.*"n_prompt": ?([0-9]+), ?"n_gen": ?([0-9]+).*"avg_ts": ?([0-9.eE+-]+).*/\1 \2 \3/'; }

# One tool's run of one test, its result appended as "model tool round n_prompt n_gen avg_ts".
run_tool() { # tool model round n_prompt n_gen
    local name
    name="$(basename "$2")"
    echo "compare-llama-bench: $name round $3/$rounds: $1 -p $4 -n $5" >&2
    case "$1" in
        llama-bench) "$bench" -m "$2" -p "$4" -n "$5" -t "$threads" -r "$reps" -o jsonl 2>/dev/null ;;
        llama-ffm) "$root/llama-ffm" bench -m "$2" -p "$4" -n "$5" -t "$threads" -r "$reps" -o jsonl 2>/dev/null ;;
        jvm-loops)
            "$java" --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -cp "$classes" \
                org.llamaffm.benchmarks.JvmLoops "$loops/libbench_loops.so" "$2" "$4" "$5" "$threads" "$reps" 2>/dev/null ;;
    esac | extract | sed "s|^|$name $1 $3 |" >> "$results"
}

# The host's speed drifts between minutes (by 10% and more on shared machines), so the tools take
# turns test by test, the order rotated every round, and each round's llama-ffm / llama-bench ratio is
# a paired measurement: the verdict is their median (min and max beside it), not a ratio of averages.
results="$(mktemp)"
trap 'rm -rf "$results" ${loops:+"$loops"}' EXIT
tests=()
[ "$prompt" -gt 0 ] && tests+=("$prompt 0")
[ "$gen" -gt 0 ] && tests+=("0 $gen")
for model in "${models[@]}"; do
    for round in $(seq "$rounds"); do
        for test in "${tests[@]}"; do
            for turn in $(seq 0 $((${#tools[@]} - 1))); do
                # shellcheck disable=SC2086 # $test is "n_prompt n_gen"
                run_tool "${tools[$(((turn + round - 1) % ${#tools[@]}))]}" "$model" "$round" $test
            done
        done
    done
done

if [ -n "$control" ]; then
    echo "| model | test | threads | rounds | llama-bench t/s | llama-ffm t/s | ratio (median of rounds) | min | max | C loops in a JVM t/s | its ratio | min | max |"
    echo "| ----- | ---- | ------: | -----: | --------------: | ------------: | -----------------------: | --: | --: | ------------------: | --------: | --: | --: |"
else
    echo "| model | test | threads | rounds | llama-bench t/s | llama-ffm t/s | ratio (median of rounds) | min | max |"
    echo "| ----- | ---- | ------: | -----: | --------------: | ------------: | -----------------------: | --: | --: |"
fi
awk -v threads="$threads" -v control="$control" '
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    # The paired ratios tool / llama-bench of one test: "used median min max mean-t/s".
    function paired(key, tool,    kr, part, b, f, r, ratios, lo, hi, used) {
        ratios = ""; lo = 1e9; hi = 0; used = 0
        for (kr in rounds) {
            split(kr, part, SUBSEP); if (part[1] != key) continue
            b = ts[key, "llama-bench", part[2]]; f = ts[key, tool, part[2]]
            if (b == "" || f == "" || b + 0 == 0) continue
            r = f / b; ratios = ratios " " r; used++
            if (r < lo) lo = r; if (r > hi) hi = r
        }
        return used " " (used ? median(ratios) : 0) " " lo " " hi " " (count[key, tool] ? sum[key, tool] / count[key, tool] : 0)
    }
    {
        key = $1 " " ($4 > 0 ? "pp" $4 : "tg" $5)
        if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
        ts[key, $2, $3] = $6; sum[key, $2] += $6; count[key, $2]++; rounds[key, $3] = 1
    }
    END {
        for (i = 1; i <= n; i++) {
            key = keys[i]
            split(key, name, " ")
            split(paired(key, "llama-ffm"), f, " ")
            printf "| %s | %s | %s | %d | %.2f | %.2f | %.3f | %.3f | %.3f |", name[1], name[2], threads, f[1],
                sum[key, "llama-bench"] / count[key, "llama-bench"], f[5], f[2], f[3], f[4]
            if (control) {
                split(paired(key, "jvm-loops"), c, " ")
                printf " %.2f | %.3f | %.3f | %.3f |", c[5], c[2], c[3], c[4]
            }
            printf "\n"
        }
    }' "$results"
