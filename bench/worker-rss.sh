#!/usr/bin/env bash
# Peak RSS of ONE load-worker shard generating RATE requests/s for DURATION against the demo platform on
# loopback: the Native AOT Lambda bootstrap, run as Lambda runs it (a Runtime API serving one
# load-worker event: bench/lambda-runtime-once.mjs), the demo platform in its own process, VmHWM read
# from /proc/PID/status when the shard has answered. The figure sizes workerMemoryMb (the note's
# "how much memory does a worker need"). Env: RATE (1000), DURATION (10s), MAX_IN_FLIGHT (200),
# PERFINFRA_LAMBDA_BOOTSTRAP (a folder with an AOT bootstrap; published here when unset). Not a CI test.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RATE="${RATE:-1000}"; DURATION="${DURATION:-10s}"; MAX_IN_FLIGHT="${MAX_IN_FLIGHT:-200}"
WORK="$(mktemp -d)"; DEMO_PID=""; WORKER_PID=""; API_PID=""
cleanup() {
  for pid in "$WORKER_PID" "$API_PID" "$DEMO_PID"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

BOOTSTRAP_DIR="${PERFINFRA_LAMBDA_BOOTSTRAP:-}"
if [ -z "$BOOTSTRAP_DIR" ]; then
  BOOTSTRAP_DIR="$WORK/bootstrap"
  echo "publishing the Native AOT bootstrap (about a minute)…" >&2
  dotnet publish "$ROOT/lambdas/PerfInfra.Lambdas" -c Release -r linux-x64 -o "$BOOTSTRAP_DIR" -nologo -v:q -clp:ErrorsOnly -p:DebugType=none -p:StripSymbols=true >&2
fi

PERF="$(bash "$ROOT/bench/publish-perf.sh")"
DEMO_PORT=$(free_port)
"$PERF" demo-api --port "$DEMO_PORT" > "$WORK/demo.log" 2>&1 & DEMO_PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/demo.log" && break; sleep 0.1; done

cat > "$WORK/load-test-config.yaml" <<YAML
version: 1
default_profile: full
target: { base_url: "http://127.0.0.1:$DEMO_PORT/", allow_hosts: [127.0.0.1], timeout: 10s }
profiles:
  full:
    api: { model: constant_arrival_rate, rate: ${RATE}/s, duration: $DURATION, max_in_flight: $MAX_IN_FLIGHT }
suites:
  api:
    thresholds: ["error_rate < 1%"]
    scenarios:
      - { name: product, weight: 1, steps: [ { name: product page, get: "/api/products/7" } ] }
YAML
echo '{"runId":"bench-rss","index":0,"count":1,"request":{}}' > "$WORK/payload.json"

API_PORT=$(free_port)
node "$ROOT/bench/lambda-runtime-once.mjs" "$API_PORT" "$WORK/payload.json" > "$WORK/answer.json" & API_PID=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$API_PORT") 2>/dev/null && break; sleep 0.1; done
AWS_LAMBDA_RUNTIME_API="127.0.0.1:$API_PORT" _HANDLER=load-worker REPORT_BUCKET=bench-unused \
  CONFIG_FILE="$WORK/load-test-config.yaml" AWS_REGION=us-east-1 \
  "$BOOTSTRAP_DIR/bootstrap" 2> "$WORK/worker.err" & WORKER_PID=$!

# VmHWM is the process's own peak, so one read after the answer suffices; VmRSS samples show the shape.
samples=0; max_rss=0
while [ ! -s "$WORK/answer.json" ] && kill -0 "$WORKER_PID" 2>/dev/null; do
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$WORKER_PID/status" 2>/dev/null || echo 0)
  [ "${rss:-0}" -gt "$max_rss" ] && max_rss=$rss
  samples=$((samples + 1)); sleep 0.1
done
sleep 0.2
hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$WORKER_PID/status" 2>/dev/null) || { echo "the worker died: $(tail -5 "$WORK/worker.err")" >&2; exit 1; }
python3 - "$WORK/answer.json" "$hwm" "$max_rss" "$samples" "$RATE" "$DURATION" <<'PY'
import json, sys
answer = json.load(open(sys.argv[1]))
hwm, rss, samples, rate, duration = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
if answer["status"] != "response":
    sys.exit(f"the worker answered an error: {answer['body']}")
result = json.loads(json.loads(answer["body"])["result"])
from datetime import datetime
requests = sum(s["requests"] for s in result["scenarios"])
errors = sum(s["errors"] for s in result["scenarios"])
seconds = (datetime.fromisoformat(result["ended_at"]) - datetime.fromisoformat(result["started_at"])).total_seconds()
print(f"load-worker (Native AOT) at {rate}/s for {duration}: {requests} requests, {errors} errors, {requests / seconds:.0f} rps achieved, completion {result['completion']}")
print(f"peak RSS (VmHWM): {hwm / 1024:.1f} MB   (max sampled VmRSS {rss / 1024:.1f} MB over {samples} samples)")
PY
