#!/usr/bin/env bash
# Side by side: llama.cpp's own llama-server and `llama-ffm serve` (in a worker process, and in process),
# both OpenAI-compatible HTTP servers, on the same model file, threads and context size, driven by the same
# load client (org.llamaffm.benchmarks.ServeBench) at 1 and 4 concurrent clients; beside them
# `llama-ffm bench`'s tg on the same model for the reference. Prints a Markdown table.
#
#   benchmarks/compare-llama-server.sh [-m FILE] [-t THREADS] [-c CTX] [-n 128] [--requests 3] [--warmup 5] [--rounds 3]
#       [--clients "1 4"] [--parallel 1] [--endpoint chat|completions] [--prompt TEXT] [--port 18180]
#       [--only llama-server,worker,in-process] [--build-only]
#
# llama-server is built from the pinned llama.cpp source that the native build uses (cmake/llama-cpp-source.cmake
# finds it: $LLAMA_CPP_DIR, else the tree in the llama-ffm cache folder; nothing is downloaded when the Maven
# build has run once), with llama.cpp's own CMake (GGML_NATIVE=ON, shared libraries, Release: the project's
# cpu profile, which native/CMakeLists.txt builds with its tools and server off), target llama-server only, into
# <cache>/llama-server-<commit>, and reused from there. --build-only stops after that.
#
# Method: the servers run one at a time (2-core machines: no two servers share the cores), each started,
# measured at every client count and stopped in turn, the order swapped every round; each round also runs
# `llama-ffm bench -p 0 -n N` (tg N, the reference) and `llama-ffm bench -p PROMPT_TOKENS -n 0` (overhead,
# below). Every request is a streaming chat completion (`"stream": true`, `"stream_options":
# {"include_usage": true}`, `"temperature": 0`, max_tokens N) of the same prompt; each client sends
# --requests of them one after the other, after --warmup requests (one client) that are not counted: a JVM
# server needs a few to compile its request path, so the table is the steady state, and the first request
# after each start (TTFT and total) is printed below it on its own. Like for like: the servers evaluate the
# whole prompt on every request (llama-server with --no-cache-prompt and --cache-ram 0; llama-ffm clears the
# context before each request) and run --parallel sequences at once (llama-server -np; llama-ffm
# workersPerModel and maxConcurrentRequests), so with the default of 1 the other clients' requests wait in
# the server's queue, in both.
#
# Definitions (per request, on the client's clock, from the moment the request is sent):
#   TTFT      until the first event with non-empty content
#   tg        (completion tokens - 1) / (time of the last content event - time of the first): the decode rate
#             through the server's streaming; tokens from the usage the server reports
#   overhead  TTFT at the median minus the model's own prompt processing of the same number of prompt tokens
#             (usage.prompt_tokens, the chat template included) as `llama-ffm bench -p PROMPT_TOKENS -n 0`
#             measures it: what the server adds before the first token (HTTP, JSON, the template, tokenizing,
#             the hand-off to a worker, sampling, the first event), plus, above one client, the time spent
#             queued behind the other clients' requests
#   tg ratio  the run's median tg over the same round's `llama-ffm bench` tg, median of the rounds
# Each cell is the median over the rounds of each run's median (p90: of each run's 90th percentile, by
# nearest rank); aggregate t/s is all completion tokens of a run over its wall time. The load client runs on
# the same cores as the server (a JVM: C1 only, serial GC, the HTTP client's work on its selector thread); the
# CPU it used while measuring is printed below the table, since the server did not get it and `bench` has no
# such neighbour. On the demo model (~1.3 ms a token on 2 cores) that and the streaming itself weigh most.
#
# Without -m: the demo model (~16M parameters, F16; no chat template of its own, so both servers render
# ChatML). For a model where the cores, not the server, set the pace, pass the Q4_0 model of
# compare-llama-bench.sh: -m ~/.cache/llama-ffm/demo/synthetic-16x1024-q4_0.gguf.
#
# `llama-ffm serve` gets a throwaway policy (the model allowed by SHA-256, its folder the model root, limits
# far above the load) and a keys file with one tenant and a random key, sent as `Authorization: Bearer`.
# Without a `serve` command in ./llama-ffm, only llama-server is measured (the script says so). $LLAMA_FFM
# names another llama-ffm command to measure (and to take `bench`'s reference from); the servers listen on
# the first free ports from --port on.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="" threads="$(nproc 2>/dev/null || sysctl -n hw.ncpu)" ctx=2048 gen=128 requests=3 warmup=5 rounds=3
client_counts="1 4" parallel=1 endpoint=chat port=18180 build_only=0 only="llama-server,worker,in-process"
prompt="Write a short story about a robot who learns to paint."
while [ $# -gt 0 ]; do
    case "$1" in
        -m) model="$2"; shift 2 ;;
        -t) threads="$2"; shift 2 ;;
        -c) ctx="$2"; shift 2 ;;
        -n) gen="$2"; shift 2 ;;
        --requests) requests="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --clients) client_counts="$2"; shift 2 ;;
        --parallel) parallel="$2"; shift 2 ;;
        --endpoint) endpoint="$2"; shift 2 ;;
        --prompt) prompt="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --build-only) build_only=1; shift ;;
        *) echo "compare-llama-server: unknown argument $1" >&2; exit 2 ;;
    esac
done
say() { echo "compare-llama-server: $*" >&2; }
llama_ffm="${LLAMA_FFM:-$root/llama-ffm}"
cache="${LLAMA_FFM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- llama-server, from the pinned source -------------------------------------------------------------------
# The source folder and commit as the native build finds them (the script takes the cache's build.lock itself).
if ! cmake -DSOURCE_INFO="$work/source.properties" -P "$root/cmake/llama-cpp-source.cmake" 2>"$work/source.log"; then
    cat "$work/source.log" >&2
    say "no llama.cpp source: run the Maven build once (mvn -B -q install -DskipTests), or set LLAMA_CPP_DIR"
    exit 1
fi
source_dir="$(sed -n 's/^llama\.cpp\.dir=//p' "$work/source.properties")"
commit="$(sed -n 's/^llama\.cpp\.commit=//p' "$work/source.properties")"
server_dir="$cache/llama-server-$commit"
case "$source_dir" in
    "$cache"/*) ;;
    *) server_dir="$server_dir-$(printf '%s' "$source_dir" | sha256sum | cut -c1-8)" ;; # $LLAMA_CPP_DIR: its own
esac
llama_server="$server_dir/bin/llama-server"
if [ ! -x "$llama_server" ]; then
    say "building llama-server from $source_dir into $server_dir (a cold build takes minutes; log: $server_dir.log)"
    mkdir -p "$server_dir"
    if ! (
        flock 9
        [ -x "$llama_server" ] && exit 0 # built meanwhile by another run
        cmake -S "$source_dir" -B "$server_dir" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=ON \
            -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
            -DLLAMA_BUILD_APP=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF
        nice cmake --build "$server_dir" --config Release --target llama-server --parallel "$(nproc 2>/dev/null || echo 2)"
    ) 9>"$server_dir.lock" >"$server_dir.log" 2>&1; then
        tail -30 "$server_dir.log" >&2
        say "the llama-server build failed (log: $server_dir.log)"
        exit 1
    fi
fi
say "llama-server: $llama_server (llama.cpp $commit)"
[ "$build_only" -eq 1 ] && exit 0

# --- llama-ffm and the load client ----------------------------------------------------------------------------
if [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ] \
    || [ ! -f "$root/benchmarks/target/classes/org/llamaffm/benchmarks/ServeBench.class" ]; then
    say "building llama-ffm..."
    (cd "$root" && mvn -B -q install -DskipTests)
fi
java_home=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*25* /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if [ -n "$candidate" ] && grep -qs '^JAVA_VERSION="25' "$candidate/release"; then java_home="$candidate"; break; fi
done
[ -n "$java_home" ] || { say "no JDK 25 found: set JAVA_HOME to one"; exit 1; }
# C1 only and the serial collector: the client shares the cores with the server it measures.
client=("$java_home/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
    -cp "$root/benchmarks/target/classes:$root/cli/target/lib/*" org.llamaffm.benchmarks.ServeBench)

if [ -z "$model" ]; then
    "$llama_ffm" run -p warm -n 1 >/dev/null 2>&1 || true # writes the demo model
    model="$cache/demo/llama-ffm-demo-v1-gpt2-4x256-f16-seed42.gguf"
fi
[ -f "$model" ] || { say "no model file $model"; exit 1; }
model="$(readlink -f "$model")"

servers=()
[[ ",$only," == *,llama-server,* ]] && servers+=(llama-server)
serve_help=""
if [[ ",$only," == *,worker,* || ",$only," == *,in-process,* ]]; then
    # picocli answers an unknown command's --help with the top-level usage: look for serve's own
    serve_help="$("$llama_ffm" serve --help 2>&1 || true)"
    if grep -q '^Usage: llama-ffm serve' <<<"$serve_help"; then
        [[ ",$only," == *,worker,* ]] && servers+=(worker)
        [[ ",$only," == *,in-process,* ]] && servers+=(in-process)
    else
        say "./llama-ffm has no serve command here: measuring llama-server only"
        serve_help=""
    fi
fi
[ ${#servers[@]} -gt 0 ] || { say "nothing to measure (--only $only)"; exit 2; }

# --- the policy and keys for llama-ffm serve ------------------------------------------------------------------
key="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
key_sha="$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)"
model_sha="$(sha256sum "$model" | cut -d' ' -f1)"
max_clients=1
for c in $client_counts; do [ "$c" -gt "$max_clients" ] && max_clients="$c"; done
queue=$((max_clients * 4))
printf '{"tenants": [{"name": "bench", "keySha256": "%s", "models": ["demo"]}]}\n' "$key_sha" >"$work/keys.json"
write_policy() { # file isolation-entry
    cat >"$1" <<EOF
{
  "modelRoots": ["$(dirname "$model")"],
  "models": [{"sha256": "$model_sha", "name": "demo"$2}],
  "workers": {"isolation": "worker", "workersPerModel": $parallel, "maxWaitMillis": 600000},
  "limits": {
    "maxConcurrentRequests": $parallel, "queueCapacity": $queue,
    "tenant": {"maxConcurrentRequests": $parallel, "requestsPerMinute": 1000000,
               "promptTokensPerMinute": 1000000000, "generatedTokensPerMinute": 1000000000,
               "maxOutputTokens": $((gen > 1024 ? gen : 1024)), "deadlineMillis": 600000}
  }
}
EOF
}
write_policy "$work/policy-worker.json" ""
write_policy "$work/policy-in-process.json" ', "isolation": "in-process"'

# The options `llama-ffm serve --help` lists, passed when it has them.
serve_options=()
if [ -n "$serve_help" ]; then
    grep -qE -- '--threads[=, ]' <<<"$serve_help" && serve_options+=(-t "$threads")
    grep -qE -- '--ctx-size[=, ]' <<<"$serve_help" && serve_options+=(-c "$ctx")
    # (today's serve admits the policy's models from its modelRoots and has no --model)
    grep -qE -- '--model[=, ]' <<<"$serve_help" && serve_options+=(-m "$model")
fi

# --- servers --------------------------------------------------------------------------------------------------
# The first port from $1 on that nothing listens on.
free_port() {
    local p="$1"
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}
# Starts one server in the background ($server_pid, $server_port) and waits until it answers GET /v1/models.
start_server() { # name
    local log="$work/$1.log" auth=() tries
    case "$1" in
        llama-server)
            server_port="$(free_port "$port")"
            "$llama_server" -m "$model" --host 127.0.0.1 --port "$server_port" -t "$threads" -tb "$threads" \
                -c "$ctx" -np "$parallel" --jinja -a demo --no-cache-prompt -cram 0 >"$log" 2>&1 &
            ;;
        worker | in-process)
            server_port="$(free_port $((port + 10)))"
            auth=(-H "Authorization: Bearer $key")
            "$llama_ffm" serve --policy "$work/policy-$1.json" --keys "$work/keys.json" --port "$server_port" \
                ${serve_options[@]+"${serve_options[@]}"} >"$log" 2>&1 &
            ;;
    esac
    server_pid=$!
    for tries in $(seq 600); do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            tail -20 "$log" >&2
            say "$1 exited before it was ready"
            server_pid=""
            return 1
        fi
        if curl -sf -o /dev/null ${auth[@]+"${auth[@]}"} "http://127.0.0.1:$server_port/v1/models"; then
            return 0
        fi
        sleep 0.2
    done
    say "$1 did not answer on port $server_port within 120 s"
    return 1
}
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

# "name clients round key=value..." per run, appended to $results.
results="$work/results"
: >"$results"
measure() { # name round
    local c auth=() first=1
    [ "$1" != llama-server ] && auth=(--key "$key")
    if ! start_server "$1"; then
        return 0
    fi
    for c in $client_counts; do
        say "round $2/$rounds: $1, $c client(s) x $requests request(s)"
        if "${client[@]}" --url "http://127.0.0.1:$server_port" ${auth[@]+"${auth[@]}"} --model demo \
            --prompt "$prompt" --max-tokens "$gen" --clients "$c" --requests "$requests" --warmup "$warmup" \
            --endpoint "$endpoint" --label "$1" >"$work/run.out" 2>"$work/run.err"; then
            sed "s|^serve-bench \(.*\)|$1 $c $2 \1 started=$first|" "$work/run.out" >>"$results"
            first=0
        else
            cat "$work/run.err" >&2
            say "$1 at $c client(s) failed (server log: the last lines follow)"
            tail -5 "$work/$1.log" >&2
        fi
    done
    stop_server
}

# avg_ts from llama-ffm bench's JSON line.
bench_ts() { # n_prompt n_gen
    "$llama_ffm" bench -m "$model" -p "$1" -n "$2" -t "$threads" -r 5 -o jsonl 2>/dev/null \
        | sed -E 's/.*"avg_ts": ?([0-9.eE+-]+).*/\1/' | tail -1
}

for round in $(seq "$rounds"); do
    say "round $round/$rounds: llama-ffm bench -p 0 -n $gen"
    echo "bench 0 $round tg_tps=$(bench_ts 0 "$gen")" >>"$results"
    order=("${servers[@]}")
    if [ $((round % 2)) -eq 0 ]; then
        order=()
        for ((i = ${#servers[@]} - 1; i >= 0; i--)); do order+=("${servers[$i]}"); done
    fi
    for name in "${order[@]}"; do measure "$name" "$round"; done
    # The prompt's processing alone, for each prompt length the servers reported.
    for n in $(awk '$1 != "bench" && $1 != "pp" { for (i = 4; i <= NF; i++) if ($i ~ /^prompt_tokens=/) {
        sub(/.*=/, "", $i); print $i } }' "$results" | sort -un); do
        [ "$n" -gt 0 ] 2>/dev/null || continue
        say "round $round/$rounds: llama-ffm bench -p $n -n 0 (the prompt's processing)"
        echo "pp $n $round pp_tps=$(bench_ts "$n" 0)" >>"$results"
    done
done

echo
echo "Model $(basename "$model"), $threads threads, context $ctx, $parallel sequence(s) at once, $gen tokens per request," \
    "$requests request(s) per client, $rounds round(s); $endpoint endpoint."
echo
awk -v gen="$gen" '
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        if (n == 0) return "nan"
        for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    function num(x) { return x == "nan" || x == "NaN" ? "n/a" : x }
    {
        delete f
        for (i = 4; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
        if ($1 == "bench") { bench[$3] = f["tg_tps"]; benchs = benchs " " f["tg_tps"]; next }
        if ($1 == "pp") { pps[$2] = pps[$2] " " f["pp_tps"]; next }
        key = $1 " " $2
        if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
        for (k in f) vals[key, k] = vals[key, k] " " f[k]
        cpu[$1] = cpu[$1] " " (f["wall_ms"] > 0 ? 100 * f["client_cpu_ms"] / f["wall_ms"] : 0)
        if (f["started"] == 1) {
            if (!($1 in cold)) names[++nc] = $1
            cold[$1] = cold[$1] " " f["first_ttft_ms"]; coldtotal[$1] = coldtotal[$1] " " f["first_total_ms"]
        }
        tg[key, $3] = f["tg_tps"]
        rounds[key] = rounds[key] " " $3
    }
    END {
        for (p in pps) pp[p] = median(pps[p])
        label["llama-server"] = "llama-server"
        label["worker"] = "llama-ffm serve (worker)"
        label["in-process"] = "llama-ffm serve (in-process)"
        printf "`llama-ffm bench` tg%d: %.2f t/s (median of the rounds)\n", gen, median(benchs)
        for (p in pp) printf "`llama-ffm bench` pp%d: %.2f ms (%.2f t/s, median of the rounds)\n", p, p * 1000 / pp[p], pp[p]
        print ""
        print "| server | clients | TTFT median ms | TTFT p90 ms | overhead ms | tg t/s per request | tg / bench tg | aggregate t/s | tokens per request | requests |"
        print "| ------ | ------: | -------------: | ----------: | ----------: | -----------------: | ------------: | ------------: | -----------------: | -------: |"
        for (i = 1; i <= n; i++) {
            key = keys[i]; split(key, part, " ")
            ttft = median(vals[key, "ttft_ms"]); prompt = median(vals[key, "prompt_tokens"])
            overhead = (prompt in pp) && pp[prompt] > 0 ? sprintf("%.2f", ttft - prompt * 1000 / pp[prompt]) : "n/a"
            ratios = ""; m = split(rounds[key], rs, " ")
            for (j = 1; j <= m; j++) if (bench[rs[j]] > 0 && tg[key, rs[j]] != "NaN") ratios = ratios " " tg[key, rs[j]] / bench[rs[j]]
            count = 0; split(vals[key, "requests"], rq, " "); for (j in rq) count += rq[j]
            printf "| %s | %s | %.2f | %.2f | %s | %.2f | %.3f | %.2f | %d | %d |\n", label[part[1]], part[2], ttft,
                median(vals[key, "ttft_p90_ms"]), overhead, median(vals[key, "tg_tps"]), median(ratios),
                median(vals[key, "aggregate_tps"]), median(vals[key, "tokens"]), count
        }
        print ""
        for (i = 1; i <= nc; i++)
            printf "First request after a start (median of the rounds): %s, TTFT %.2f ms, total %.2f ms\n",
                label[names[i]], median(cold[names[i]]), median(coldtotal[names[i]])
        for (i = 1; i <= nc; i++)
            printf "The load client'"'"'s CPU while it measured %s: %.1f%% of one core (median of the runs)\n",
                label[names[i]], median(cpu[names[i]])
    }' "$results"
