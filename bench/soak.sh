#!/usr/bin/env bash
# Soak (issue 7, not CI): a long moderate-load `perf run` on loopback while the perf process's resident
# memory, thread count and open handles (file descriptors: sockets, files) are sampled from /proc. A leak
# shows as growth between the warmed-up start and the end of the run; the bar is no growth:
#   RSS at the end ≤ 1.10 × RSS after warm-up · threads and handles at the end ≤ after warm-up + slack.
# The target is the demo platform in its own process (`perf demo-api`), so only the generator is sampled.
# Env: DURATION (600 s), RATE (500/s, open model), USERS (in-flight cap, 100), INTERVAL (10 s),
#      WARMUP (60 s: JIT, thread pool and connection set-up finish before the baseline sample).
# Loopback only, bounded by DURATION. Exit 1 when a bar is not met.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${DURATION:-600}"; RATE="${RATE:-500}"; USERS="${USERS:-100}"; INTERVAL="${INTERVAL:-10}"; WARMUP="${WARMUP:-60}"
# Threads and handles may move by a few (a timer thread, a reconnect in flight) without being a leak.
THREAD_SLACK=4; HANDLE_SLACK=8; RSS_RATIO_BAR=1.10
WORK="$(mktemp -d)"; DEMO_PID=""; PERF_PID=""
cleanup() {
  [ -n "$PERF_PID" ] && kill "$PERF_PID" 2>/dev/null
  [ -n "$DEMO_PID" ] && kill "$DEMO_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

dotnet build -c Release -v q -nologo "$ROOT/src/PerfInfra.Cli" >/dev/null
PERF="$ROOT/src/PerfInfra.Cli/bin/Release/net10.0/perf.dll"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet "$PERF" demo-api --port "$PORT" > "$WORK/demo.log" 2>&1 & DEMO_PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/demo.log" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/api/products/7"

echo "soak: perf run --url $URL --rate $RATE --users $USERS --duration ${DURATION}s, sampling every ${INTERVAL}s"
dotnet "$PERF" run --url "$URL" --rate "$RATE" --users "$USERS" --duration "${DURATION}s" --out "$WORK/reports" > "$WORK/perf.log" 2>&1 & PERF_PID=$!

sample() { # pid → "rss_kb threads handles", or nothing once the process is gone
  local status="/proc/$1/status"
  [ -r "$status" ] || return 0
  local rss threads handles
  rss=$(awk '/^VmRSS:/ {print $2}' "$status" 2>/dev/null) || return 0
  threads=$(awk '/^Threads:/ {print $2}' "$status" 2>/dev/null) || return 0
  handles=$(find "/proc/$1/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  [ -n "$rss" ] && echo "$rss $threads $handles"
}

printf '%8s %10s %8s %8s\n' elapsed_s rss_mb threads handles
START=$(date +%s)
: > "$WORK/samples"
while kill -0 "$PERF_PID" 2>/dev/null; do
  now=$(( $(date +%s) - START ))
  if s=$(sample "$PERF_PID") && [ -n "$s" ]; then
    echo "$now $s" >> "$WORK/samples"
    read -r rss threads handles <<< "$s"
    printf '%8d %10.1f %8d %8d\n' "$now" "$(echo "$rss / 1024" | bc -l)" "$threads" "$handles"
  fi
  sleep "$INTERVAL"
done
wait "$PERF_PID" || true; PERF_PID=""
grep -E '^(PASS|FAIL|PARTIAL|ERROR)|Report:' "$WORK/perf.log" || tail -5 "$WORK/perf.log"

python3 - "$WORK/samples" "$WARMUP" "$RSS_RATIO_BAR" "$THREAD_SLACK" "$HANDLE_SLACK" <<'PY'
import sys
path, warmup, rss_bar, thread_slack, handle_slack = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rows = [tuple(map(int, l.split())) for l in open(path) if l.strip()]
warm = [r for r in rows if r[0] >= warmup]
if len(warm) < 2:
    sys.exit(f"soak: only {len(warm)} samples after the {warmup} s warm-up; run longer (DURATION) or sample more often (INTERVAL)")
base, end = warm[0], warm[-1]
peak_rss = max(r[1] for r in warm)
checks = [
    ("RSS", f"{base[1]/1024:.1f} MB → {end[1]/1024:.1f} MB (peak {peak_rss/1024:.1f} MB, ratio {end[1]/base[1]:.3f})", end[1] <= base[1] * rss_bar),
    ("threads", f"{base[2]} → {end[2]} (max {max(r[2] for r in warm)})", end[2] <= base[2] + thread_slack),
    ("handles", f"{base[3]} → {end[3]} (max {max(r[3] for r in warm)})", end[3] <= base[3] + handle_slack),
]
ok = True
for name, text, met in checks:
    print(f"{name:8} {text}: {'met' if met else 'NOT met'}")
    ok &= met
print("soak bar:", "met (no growth)" if ok else "NOT met")
sys.exit(0 if ok else 1)
PY
