#!/usr/bin/env bash
# Start-up side by side: `llama-ffm run -m M -n 16 --temp 0 -p "The quick brown fox"` against llama.cpp's own
# `llama-simple -m M -n 16 "The quick brown fox"` (both from the same pinned build), run alternately; prints
# the medians of wall time, CPU time (user + sys) and peak RSS, their ratios, and the wall time of
# `llama-ffm --help`, against the targets of the start-up issue (run: wall <= 3x, RSS <= 2x; --help < 0.3 s);
# and the fastest run of each: on a shared machine, the one that others disturbed least. Then a worker's start
# until it is ready for a request (target < 0.5 s), from the first launcher's JVM, with each AOT cache a worker
# can get: the workers' own, the launcher's, none (org.llamaffm.benchmarks.WorkerStart, as many rounds).
#
#   benchmarks/startup.sh [-m FILE] [--runs 8] [-n 16] [--launcher FILE]...
#
# --launcher: a llama-ffm launcher to measure (default: this checkout's); given more than once, they all take
# turns in every round with llama-simple (a paired comparison of two builds, e.g. another checkout's), and
# the table has a column for each. NAME=FILE names the column.
# Without -m: the demo model (~16M parameters, F16, written once into the llama-ffm cache folder).
# LLAMA_FFM_JAVA_OPTIONS reaches the launcher as usual, so a JVM option can be measured without a rebuild,
# e.g. LLAMA_FFM_JAVA_OPTIONS=-XX:AOTMode=off benchmarks/startup.sh (the launcher without its AOT cache).
# Wall, CPU and RSS come from /usr/bin/time when it is there; else wall and CPU from bash's `time` and no RSS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="" runs=8 gen=16 prompt="The quick brown fox" launchers=()
while [ $# -gt 0 ]; do
    case "$1" in
        -m) model="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -n) gen="$2"; shift 2 ;;
        --launcher) launchers+=("$2"); shift 2 ;;
        *) echo "startup: unknown argument $1" >&2; exit 2 ;;
    esac
done

[ ${#launchers[@]} -gt 0 ] || launchers=("llama-ffm=$root/llama-ffm")
names=() paths=()
for l in "${launchers[@]}"; do
    case "$l" in *=*) names+=("${l%%=*}"); paths+=("${l#*=}") ;; *) names+=("$l"); paths+=("$l") ;; esac
done
launcher="${paths[0]}"
simple="$root/native/target/llama.cpp-tools/llama-simple"
if [ ! -x "$simple" ] || [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "startup: building (llama.cpp tools included)..." >&2
    (cd "$root" && mvn -B -q install -DskipTests -Dllamaffm.native.tools=ON)
fi
if [ -z "$model" ]; then
    cache="${LLAMA_FFM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm}"
    "$launcher" run -p warm -n 1 >/dev/null 2>&1 || true # writes the demo model
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

simple_run=("$simple" -m "$model" -n "$gen" "$prompt")
ffm_args=(run -m "$model" -n "$gen" --temp 0 -p "$prompt")
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
measure warm-up "${simple_run[@]}" # page cache, native cache folder
for i in "${!paths[@]}"; do measure warm-up "${paths[$i]}" "${ffm_args[@]}"; done
for round in $(seq "$runs"); do
    echo "startup: round $round/$runs" >&2
    # Every tool once per round, the order rotated round by round.
    order=(simple "${!paths[@]}")
    shift_by=$(( (round - 1) % ${#order[@]} ))
    order=("${order[@]:$shift_by}" "${order[@]:0:$shift_by}")
    for tool in "${order[@]}"; do
        if [ "$tool" = simple ]; then measure simple "${simple_run[@]}"; else measure "ffm$tool" "${paths[$tool]}" "${ffm_args[@]}"; fi
    done
    for i in "${!paths[@]}"; do measure "help$i" "${paths[$i]}" --help; done
done

# The median of column $2 (2 wall, 3 cpu, 4 rss) of label $1's samples.
median() {
    awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$samples" | sort -g \
        | awk '{ v[NR] = $1 } END { if (NR == 0 || v[1] == "-") print "-";
              else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# The smallest value of column $2 of label $1's samples: on a shared machine, the run that others disturbed least.
fastest() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$samples" | sort -g | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2fx", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f", k / 1024 }'; }

sw="$(median simple 2)" sc="$(median simple 3)" sr="$(median simple 4)"
echo "model: $(basename "$model"), -n $gen, $runs alternating runs, medians, $(nproc 2>/dev/null || echo '?') CPUs," \
    "load average before: $load"
echo
header="| measure | llama-simple |" rule="|---|---|"
wall="| run wall (s) | $sw |" cpu="| run CPU user+sys (s) | $sc |" rss="| run peak RSS (MiB) | $(mib "$sr") |"
help="| --help wall (s) | |" best="| run wall, fastest run (s) | $(fastest simple 2) |"
best_help="| --help wall, fastest run (s) | |"
for i in "${!paths[@]}"; do
    fw="$(median "ffm$i" 2)" fc="$(median "ffm$i" 3)" fr="$(median "ffm$i" 4)" hw="$(median "help$i" 2)"
    header+=" ${names[$i]} | ratio |" rule+="---|---|"
    wall+=" $fw | $(ratio "$fw" "$sw") |" cpu+=" $fc | $(ratio "$fc" "$sc") |"
    rss+=" $(mib "$fr") | $(ratio "$fr" "$sr") |" help+=" $hw | |"
    best+=" $(fastest "ffm$i" 2) | $(ratio "$(fastest "ffm$i" 2)" "$(fastest simple 2)") |"
    best_help+=" $(fastest "help$i" 2) | |"
done
printf '%s\n' "$header target |" "$rule---|" "$wall <= 3x |" "$cpu |" "$rss <= 2x |" "$help < 0.3 s |" "$best |" \
    "$best_help |"
# A worker's start until ready, started from the first launcher's JVM with each AOT cache it can pass
# (org.llamaffm.benchmarks.WorkerStart, the same number of rounds).
if [ -d "$root/benchmarks/target/classes/org/llamaffm/benchmarks" ]; then
    echo "startup: worker starts" >&2
    empty="" # the other launchers' cells
    for i in "${!paths[@]}"; do [ "$i" -gt 0 ] && empty+=" |  |"; done
    LLAMA_FFM_CLASSPATH="$root/benchmarks/target/classes" LLAMA_FFM_MAIN=org.llamaffm.benchmarks.WorkerStart \
        "$launcher" "$model" "$runs" | while IFS=$'\t' read -r name ms; do
        echo "| worker start until ready, $name (ms) | | $ms | |$empty < 500 ms |"
    done
else
    echo "startup: benchmarks not built: no worker start rows ('mvn install' builds them)" >&2
fi
