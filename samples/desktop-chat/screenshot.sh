#!/usr/bin/env bash
# Takes samples/desktop-chat/screenshot.png: the app in a real window under Xvfb, on the demo model, with one
# answer streamed and stopped. Needs Debian's xvfb, xdotool, imagemagick and libgtk-3-0 (JavaFX's glass
# toolkit on Linux), the build (mvn -B -q install -DskipTests) and the demo model (./llama-ffm run -p hi -n 4).
# Run from the repository root: samples/desktop-chat/screenshot.sh [model.gguf]
set -euo pipefail
cd "$(dirname "$0")/../.."
model="${1:-$HOME/.cache/llama-ffm/demo/llama-ffm-demo-v1-gpt2-4x256-f16-seed42.gguf}"
display=":${SCREENSHOT_DISPLAY:-57}"
out="samples/desktop-chat/screenshot.png"
log="samples/desktop-chat/target/screenshot-app.log"
mkdir -p "$(dirname "$log")"

Xvfb "$display" -screen 0 1000x700x24 -nolisten tcp &
xvfb=$!
app=""
cleanup() {
    # the app's JVM is exec:exec's child
    if [ -n "$app" ]; then pkill -P "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
sleep 1

# the app's output (and exec:exec's complaint when the app is ended below) goes to the log
mvn -B -q -pl samples/desktop-chat compile exec:exec -Dmodel="$model" ${MAVEN_ARGS_EXTRA:-} >"$log" 2>&1 &
app=$!
for _ in $(seq 60); do
    xdotool search --name 'llama-ffm desktop chat' >/dev/null 2>&1 && break
    sleep 1
done
xdotool search --name 'llama-ffm desktop chat' >/dev/null || { echo "no window in 60 s; see $log" >&2; exit 1; }
sleep 3                            # the memory estimate of the model in the picker
xdotool key Tab Tab space          # the focus starts in the path field: Browse, then Load
sleep 4                            # loaded: the message box has the focus
xdotool type --delay 40 'Hello! What can you do?'
xdotool key ctrl+Return            # Send
sleep 3                            # the answer streams
xdotool key Escape                 # Stop
sleep 2
import -window root "$out"
echo "wrote $out"
