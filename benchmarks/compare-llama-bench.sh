#!/usr/bin/env bash
# Side by side: llama.cpp's own llama-bench and `llama-ffm bench`, from the same pinned source and
# build (the Maven build makes both), run alternately on the same model files and threads; prints
# the tokens/s of each and the ratio llama-ffm / llama-bench per test (median of the rounds' ratios).
#
#   benchmarks/compare-llama-bench.sh [-m FILE]... [-p 512] [-n 128] [-t THREADS] [-r 5] [--rounds 6] [--fixed-malloc]
#
# --fixed-malloc runs both tools with glibc's mmap threshold fixed at its initial 128 KiB. ggml's CPU
# backend allocates its work buffer with `new uint8_t[]` (16-byte alignment); whether it lands 64-byte
# aligned depends on what the process allocated and freed before, and on F16 models that moves pp512 by
# ~8% on AVX-512 (measured with both tools; see the README's Performance section). With the threshold
# fixed, large buffers are always mapped afresh, at the same offset in both processes.
#
# Without -m: the demo model (~16M parameters, F16) and a ~150 MiB Q4_0 synthetic model (written once
# into the llama-ffm cache folder with `llama-ffm synthetic`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
models=() prompt=512 gen=128 threads="$(nproc 2>/dev/null || sysctl -n hw.ncpu)" reps=5 rounds=6
while [ $# -gt 0 ]; do
    case "$1" in
        -m) models+=("$2"); shift 2 ;;
        -p) prompt="$2"; shift 2 ;;
        -n) gen="$2"; shift 2 ;;
        -t) threads="$2"; shift 2 ;;
        -r) reps="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --fixed-malloc) export GLIBC_TUNABLES="glibc.malloc.mmap_threshold=131072${GLIBC_TUNABLES:+:$GLIBC_TUNABLES}"; shift ;;
        *) echo "compare-llama-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done

bench="$root/native/target/llama.cpp-tools/llama-bench"
if [ ! -x "$bench" ] || [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "compare-llama-bench: building (llama.cpp tools included)..." >&2
    (cd "$root" && mvn -B -q install -DskipTests -Dllamaffm.native.tools=ON)
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
    if [ "$1" = llama-bench ]; then
        "$bench" -m "$2" -p "$4" -n "$5" -t "$threads" -r "$reps" -o jsonl 2>/dev/null
    else
        "$root/llama-ffm" bench -m "$2" -p "$4" -n "$5" -t "$threads" -r "$reps" -o jsonl 2>/dev/null
    fi | extract | sed "s|^|$name $1 $3 |" >> "$results"
}

# The host's speed drifts between minutes (by 10% and more on shared machines), so the two tools take
# turns test by test, the order swapped every round, and each round's llama-ffm / llama-bench ratio is
# a paired measurement: the verdict is their median (min and max beside it), not a ratio of averages.
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
tests=()
[ "$prompt" -gt 0 ] && tests+=("$prompt 0")
[ "$gen" -gt 0 ] && tests+=("0 $gen")
for model in "${models[@]}"; do
    for round in $(seq "$rounds"); do
        for test in "${tests[@]}"; do
            # shellcheck disable=SC2086 # $test is "n_prompt n_gen"
            if [ $((round % 2)) -eq 1 ]; then
                run_tool llama-bench "$model" "$round" $test; run_tool llama-ffm "$model" "$round" $test
            else
                run_tool llama-ffm "$model" "$round" $test; run_tool llama-bench "$model" "$round" $test
            fi
        done
    done
done

echo "| model | test | threads | rounds | llama-bench t/s | llama-ffm t/s | ratio (median of rounds) | min | max |"
echo "| ----- | ---- | ------: | -----: | --------------: | ------------: | -----------------------: | --: | --: |"
awk -v threads="$threads" '
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    {
        key = $1 " " ($4 > 0 ? "pp" $4 : "tg" $5)
        if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
        ts[key, $2, $3] = $6; sum[key, $2] += $6; count[key, $2]++; rounds[key, $3] = 1
    }
    END {
        for (i = 1; i <= n; i++) {
            key = keys[i]; ratios = ""; lo = 1e9; hi = 0; used = 0
            for (kr in rounds) {
                split(kr, part, SUBSEP); if (part[1] != key) continue
                b = ts[key, "llama-bench", part[2]]; f = ts[key, "llama-ffm", part[2]]
                if (b == "" || f == "" || b + 0 == 0) continue
                r = f / b; ratios = ratios " " r; used++
                if (r < lo) lo = r; if (r > hi) hi = r
            }
            split(key, name, " ")
            printf "| %s | %s | %s | %d | %.2f | %.2f | %.3f | %.3f | %.3f |\n", name[1], name[2], threads, used,
                sum[key, "llama-bench"] / count[key, "llama-bench"], sum[key, "llama-ffm"] / count[key, "llama-ffm"],
                median(ratios), lo, hi
        }
    }' "$results"
