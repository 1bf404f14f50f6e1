# Sourced by compare-llama-bench.sh and loop-parity.sh (with $root set): prints the models they use
# when none is given, one per line, writing them first if needed — the demo model (~16M parameters,
# F16) and a ~150 MiB Q4_0 synthetic model (`llama-ffm synthetic`), both in the llama-ffm cache folder.
default_models() {
    local cache="${LLAMA_FFM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm}"
    "$root/llama-ffm" run -p warm -n 1 >/dev/null 2>&1 || true # writes the demo model
    echo "$cache/demo/llama-ffm-demo-v1-gpt2-4x256-f16-seed42.gguf"
    local q4="$cache/demo/synthetic-16x1024-q4_0.gguf"
    [ -f "$q4" ] || "$root/llama-ffm" synthetic -o "$q4" --layers 16 --embedding 1024 --feed-forward 2816 \
        --heads 16 --type q4_0 >&2
    echo "$q4"
}
