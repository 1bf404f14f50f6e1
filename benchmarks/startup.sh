#!/usr/bin/env bash
# Start-up side by side: `llama-ffm run -m M -n 16 --temp 0 -p "The quick brown fox"` against llama.cpp's own
# `llama-simple -m M -n 16 "The quick brown fox"` (both from the same pinned build), run alternately; prints
# the medians of wall time, CPU time (user + sys) and peak RSS, their ratios, and the wall time of
# `llama-ffm --help`, against the targets of the start-up issue (run: wall <= 3x, RSS <= 2x; --help < 0.3 s).
#
#   benchmarks/startup.sh [-m FILE] [--runs 8] [-n 16]
#
# Without -m: the demo model (~16M parameters, F16, written once into the llama-ffm cache folder).
# LLAMA_FFM_JAVA_OPTIONS reaches the launcher as usual, so a JVM option can be measured without a rebuild,
# e.g. LLAMA_FFM_JAVA_OPTIONS=-XX:AOTMode=off benchmarks/startup.sh (the launcher without its AOT cache).
# Wall, CPU and RSS come from /usr/bin/time when it is there; else wall and CPU from bash's `time` and no RSS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="" runs=8 gen=16 prompt="The quick brown fox"
while [ $# -gt 0 ]; do
    case "$1" in
        -m) model="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -n) gen="$2"; shift 2 ;;
        *) echo "startup: unknown argument $1" >&2; exit 2 ;;
    esac
done

simple="$root/native/target/llama.cpp-tools/llama-simple"
if [ ! -x "$simple" ] || [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "startup: building (llama.cpp tools included)..." >&2
    (cd "$root" && mvn -B -q install -DskipTests -Dllamaffm.native.tools=ON)
fi
if [ -z "$model" ]; then
    cache="${LLAMA_FFM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm}"
    "$root/llama-ffm" run -p warm -n 1 >/dev/null 2>&1 || true # writes the demo model
    model="$cache/demo/llama-ffm-demo-v1-gpt2-4x256-f16-seed42.gguf"
fi
[ -f "$model" ] || { echo "startup: no model file $model" >&2; exit 1; }

gnu_time=""
/usr/bin/time -f %e true >/dev/null 2>&1 && gnu_time=/usr/bin/time
samples="$(mktemp)"
trap 'rm -f "$samples" "$samples.one"' EXIT

# One run of a command, appended to $samples as "label wall cpu rss_kib" (rss "-" without /usr/bin/time).
measure() { # label command...
    local label="$1"; shift
    if [ -n "$gnu_time" ]; then
        "$gnu_time" -o "$samples.one" -f "%e %U %S %M" "$@" >/dev/null 2>&1 \
            || { echo "startup: failed: $*" >&2; exit 1; }
        awk -v l="$label" '{ printf "%s %s %.3f %s\n", l, $1, $2 + $3, $4 }' "$samples.one" >> "$samples"
    else
        local TIMEFORMAT="%R %U %S"
        { time "$@" >/dev/null 2>&1; } 2> "$samples.one" || { echo "startup: failed: $*" >&2; exit 1; }
        awk -v l="$label" '{ printf "%s %s %.3f -\n", l, $1, $2 + $3 }' "$samples.one" >> "$samples"
    fi
}

ffm_run=("$root/llama-ffm" run -m "$model" -n "$gen" --temp 0 -p "$prompt")
simple_run=("$simple" -m "$model" -n "$gen" "$prompt")
measure warm-up "${ffm_run[@]}"; measure warm-up "${simple_run[@]}" # page cache, native cache folder
for i in $(seq "$runs"); do
    echo "startup: round $i/$runs" >&2
    if [ $((i % 2)) -eq 1 ]; then
        measure ffm "${ffm_run[@]}"; measure simple "${simple_run[@]}"
    else
        measure simple "${simple_run[@]}"; measure ffm "${ffm_run[@]}"
    fi
    measure help "$root/llama-ffm" --help
done

# The median of column $2 (2 wall, 3 cpu, 4 rss) of label $1's samples.
median() {
    awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$samples" | sort -g \
        | awk '{ v[NR] = $1 } END { if (NR == 0 || v[1] == "-") print "-";
              else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2fx", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f", k / 1024 }'; }

fw="$(median ffm 2)" sw="$(median simple 2)" fc="$(median ffm 3)" sc="$(median simple 3)"
fr="$(median ffm 4)" sr="$(median simple 4)" hw="$(median help 2)"
echo "model: $(basename "$model"), -n $gen, $runs alternating runs, medians, $(nproc 2>/dev/null || echo '?') CPUs"
echo
echo "| measure | llama-ffm | llama-simple | ratio | target |"
echo "|---|---|---|---|---|"
echo "| run wall (s) | $fw | $sw | $(ratio "$fw" "$sw") | <= 3x |"
echo "| run CPU user+sys (s) | $fc | $sc | $(ratio "$fc" "$sc") | |"
echo "| run peak RSS (MiB) | $(mib "$fr") | $(mib "$sr") | $(ratio "$fr" "$sr") | <= 2x |"
echo "| --help wall (s) | $hw | | | < 0.3 s |"
