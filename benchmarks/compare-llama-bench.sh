#!/usr/bin/env bash
# Side by side: llama.cpp's own llama-bench and `llama-ffm bench`, from the same pinned source and
# build (the Maven build makes both), run alternately on the same model files and threads; prints
# the tokens/s of each and the ratio llama-ffm / llama-bench per test.
#
#   benchmarks/compare-llama-bench.sh [-m FILE]... [-p 512] [-n 128] [-t THREADS] [-r 5] [--rounds 2]
#
# Without -m: the demo model (~16M parameters, F16) and a ~150 MiB Q4_0 synthetic model (written once
# into the llama-ffm cache folder with `llama-ffm synthetic`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
models=() prompt=512 gen=128 threads="$(nproc 2>/dev/null || sysctl -n hw.ncpu)" reps=5 rounds=2
while [ $# -gt 0 ]; do
    case "$1" in
        -m) models+=("$2"); shift 2 ;;
        -p) prompt="$2"; shift 2 ;;
        -n) gen="$2"; shift 2 ;;
        -t) threads="$2"; shift 2 ;;
        -r) reps="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        *) echo "compare-llama-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done

bench="$root/native/target/llama.cpp-tools/llama-bench"
if [ ! -x "$bench" ] || [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "compare-llama-bench: building (llama.cpp tools included)..." >&2
    (cd "$root" && mvn -B -q install -DskipTests -Dllamaffm.native.tools=ON)
fi

cache="${LLAMA_FFM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm}"
if [ ${#models[@]} -eq 0 ]; then
    "$root/llama-ffm" run -p warm -n 1 >/dev/null 2>&1 || true # writes the demo model
    models+=("$cache/demo/llama-ffm-demo-v1-gpt2-4x256-f16-seed42.gguf")
    q4="$cache/demo/synthetic-16x1024-q4_0.gguf"
    [ -f "$q4" ] || "$root/llama-ffm" synthetic -o "$q4" --layers 16 --embedding 1024 --feed-forward 2816 --heads 16 --type q4_0
    models+=("$q4")
fi

# "n_prompt n_gen avg_ts" per line from llama-bench's or llama-ffm's JSON lines.
extract() { sed -E 's/.*"n_prompt": ?([0-9]+), ?"n_gen": ?([0-9]+).*"avg_ts": ?([0-9.eE+-]+).*/\1 \2 \3/'; }

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for model in "${models[@]}"; do
    for round in $(seq "$rounds"); do
        echo "compare-llama-bench: $(basename "$model") round $round/$rounds: llama-bench" >&2
        "$bench" -m "$model" -p "$prompt" -n "$gen" -t "$threads" -r "$reps" -o jsonl 2>/dev/null | extract \
            | sed "s|^|$(basename "$model") llama-bench |" >> "$results"
        echo "compare-llama-bench: $(basename "$model") round $round/$rounds: llama-ffm" >&2
        "$root/llama-ffm" bench -m "$model" -p "$prompt" -n "$gen" -t "$threads" -r "$reps" -o jsonl 2>/dev/null | extract \
            | sed "s|^|$(basename "$model") llama-ffm |" >> "$results"
    done
done

echo "| model | test | threads | llama-bench t/s | llama-ffm t/s | ratio |"
echo "| ----- | ---- | ------: | --------------: | ------------: | ----: |"
awk -v threads="$threads" '
    { key = $1 " " ($3 > 0 ? "pp" $3 : "tg" $4); sum[key, $2] += $5; count[key, $2]++; order[key] = ++n }
    END {
        for (key in order) keys[order[key]] = key
        for (i = 1; i <= n; i++) {
            key = keys[i]; if (key == "" || seen[key]++) continue
            split(key, part, " ")
            b = sum[key, "llama-bench"] / count[key, "llama-bench"]; f = sum[key, "llama-ffm"] / count[key, "llama-ffm"]
            printf "| %s | %s | %s | %.2f | %.2f | %.3f |\n", part[1], part[2], threads, b, f, f / b
        }
    }' "$results"
