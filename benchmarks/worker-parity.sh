#!/usr/bin/env bash
# The same requests in process and through a worker process (org.llamaffm.policy.worker), taking turns
# request by request: tg128 and pp512 tokens/s and their ratio, the latency a worker adds to a one-token
# request, a worker's start until ready, and a prestarted pool's hand-off. Prints a Markdown table.
#
#   benchmarks/worker-parity.sh [ROUNDS] [MODEL...]
#
# Without models: the demo model and the ~150 MiB Q4_0 synthetic model of compare-llama-bench.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-10}"
[ $# -gt 0 ] && shift
models=("$@")
if [ ! -f "$root/cli/target/llama-ffm-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "worker-parity: build first (mvn -B -q install -DskipTests)" >&2
    exit 1
fi
if [ ${#models[@]} -eq 0 ]; then
    # shellcheck source=benchmarks/default-models.sh
    . "$root/benchmarks/default-models.sh"
    mapfile -t models < <(default_models)
fi
cd "$root"
mvn -B -q -Dstyle.color=never -pl benchmarks exec:exec@worker-parity -Dworker.args="$rounds ${models[*]}"
