#!/usr/bin/env bash
# Memory is flat in run length: peak RSS of a 60 s `perf run` within 10 % of a 10 s run at the same
# load (issue 2). Target: the demo platform in its own process (`perf demo-api`), so only the load
# generator's RSS is measured. Env: USERS (50), SHORT (10), LONG (60). Loopback only, bounded.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
USERS="${USERS:-50}"; SHORT="${SHORT:-10}"; LONG="${LONG:-60}"
[ -x /usr/bin/time ] || { sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_=sudo; $sudo_ apt-get update -qq && $sudo_ apt-get install -y -qq time >/dev/null; }
WORK="$(mktemp -d)"; DEMO_PID=""
cleanup() { [ -n "$DEMO_PID" ] && kill "$DEMO_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
PERF="$(bash "$ROOT/bench/publish-perf.sh")"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$PERF" demo-api --port "$PORT" > "$WORK/demo.log" 2>&1 & DEMO_PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/demo.log" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/api/products/7"

peak_kb() { # duration_s → peak RSS in KB of the perf process
  /usr/bin/time -f '%M' -o "$WORK/rss" "$PERF" run --url "$URL" --users "$USERS" --duration "$1s" --out "$WORK/reports" >/dev/null || true
  cat "$WORK/rss"
}
short=$(peak_kb "$SHORT"); long=$(peak_kb "$LONG")
python3 -c "r=$long/$short; print(f'peak RSS: {$SHORT} s run {$short/1024:.1f} MB, {$LONG} s run {$long/1024:.1f} MB, ratio {r:.3f}'); print('bar:', 'met' if r <= 1.10 else 'NOT met', '(≤ 1.10)')"
