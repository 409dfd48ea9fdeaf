#!/usr/bin/env bash
# Starts the materialized console product the way a user does (its ./flotilla script) and checks
# that its main window appears and that it logged no error. Catches what unit tests cannot:
# a bundle missing from the product, a wrong start level, a broken start script. Needs a display:
# without one it fails (it is not run, so it cannot pass).
#   smoke-test-product.sh <product folder> <scratch folder>
set -euo pipefail
product=$1
scratch=$2
# Without a display the product cannot be started, and a test that was not run must not pass: fail,
# and say how to run it (or how to leave out every test, this one included).
if [ -z "${DISPLAY:-}" ]; then
	echo "smoke test: FAILED, not run: there is no DISPLAY to start the console product in." >&2
	echo "  Run the build under a display (releng/run-tests uses xvfb-run when there is none)," >&2
	echo "  or build without tests (-DskipTests)." >&2
	exit 1
fi
if ! command -v xwininfo >/dev/null 2>&1; then
	echo "smoke test: xwininfo (x11-utils) is missing; install it (.ci/run does)" >&2
	exit 1
fi
# The console carries the agent it installs on new servers (Servers > Add Servers).
if [ ! -x "$product/agent/bin/flotilla-agent" ]; then
	echo "smoke test: FAILED: the product carries no agent distribution ($product/agent/bin/flotilla-agent)" >&2
	exit 1
fi
rm -rf "$scratch"
mkdir -p "$scratch"
log="$scratch/console.log"
"$product/flotilla" -data "$scratch/workspace" >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

found=""
for _ in $(seq 1 300); do # up to 60 s, checking every 0.2 s
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "smoke test: the console exited early; its log:" >&2
		cat "$log" >&2
		exit 1
	fi
	if xwininfo -root -tree 2>/dev/null | grep -q "pool.flotilla"; then
		found=yes
		break
	fi
	sleep 0.2
done
if [ -z "$found" ]; then
	echo "smoke test: no Flotilla window after 60 s; console log:" >&2
	cat "$log" >&2
	exit 1
fi
# Severity 4 entries are errors; exceptions of any kind mean a broken product.
if grep -E "^!ENTRY [^ ]+ 4 |Exception|Error:" "$log" "$scratch/workspace/.metadata/.log" 2>/dev/null; then
	echo "smoke test: the console logged errors (above)" >&2
	exit 1
fi
echo "smoke test: the console product started and shows its window: $(xwininfo -root -tree | grep -o '"[^"]*pool.flotilla[^"]*"' | head -n 1)"
