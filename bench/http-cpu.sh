#!/usr/bin/env bash
# Generator CPU per request: PerfInfra's HTTP client vs wrk (and hey) against nginx on 127.0.0.1.
#
# Each generator runs as its own process under /usr/bin/time; CPU = user+sys of that process (start-up
# and JIT included, as a user would pay them) ÷ requests nginx counted (stub_status, so every generator
# is counted the same way). Prints each run, then medians and the ratios perf/wrk.
#
# Env: RUNS (5), DURATION seconds (10), CONNECTIONS (50), PORT (free port), HEY=0 to skip hey,
#      PERF_BUILD=aot (default: the bench loop as a Native AOT binary, how the engine ships in the Lambda
#      workers and a single-file CLI) or jit (dotnet + the loop's dll: JIT and tiering are paid in the run),
#      PERF_CMD to run something else than the bench loop, with {url} {connections} {duration}
#      placeholders, e.g. PERF_CMD='perf run --url {url} --users {connections} --duration {duration}s'.
set -euo pipefail

RUNS="${RUNS:-5}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-50}"
HEY="${HEY:-1}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PERF_BUILD="${PERF_BUILD:-aot}"
LOOP_PROJECT="$ROOT/bench/PerfInfra.Bench.HttpLoop"
LOOP_AOT_DIR="$LOOP_PROJECT/bin/aot"
if [ "$PERF_BUILD" = "aot" ]; then
  LOOP_CMD="$LOOP_AOT_DIR/PerfInfra.Bench.HttpLoop"
else
  LOOP_CMD="dotnet $LOOP_PROJECT/bin/Release/net10.0/PerfInfra.Bench.HttpLoop.dll"
fi
DEFAULT_PERF_CMD="$LOOP_CMD {url} {connections} {duration}"
PERF_CMD="${PERF_CMD:-$DEFAULT_PERF_CMD}"

install_missing() {
  local missing=()
  command -v nginx >/dev/null || missing+=(nginx)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v hey >/dev/null || missing+=(hey)
  [ -x /usr/bin/time ] || missing+=(time)
  command -v curl >/dev/null || missing+=(curl)
  if [ "${#missing[@]}" -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}" >&2
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

install_missing
if [[ "$PERF_CMD" == "$LOOP_CMD"* ]]; then
  if [ "$PERF_BUILD" = "aot" ]; then
    echo "publishing the bench loop (Native AOT; minutes the first time)..." >&2
    rid="linux-x64"; [ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"
    dotnet publish -c Release -v q -nologo -r "$rid" -p:PublishAot=true -o "$LOOP_AOT_DIR" "$LOOP_PROJECT" >/dev/null
  else
    dotnet build -c Release -v q -nologo "$LOOP_PROJECT" >/dev/null
  fi
fi

WORK="$(mktemp -d)"
PORT="${PORT:-$(free_port)}"
NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/www" "$WORK/logs"
# nginx workers drop root; mktemp -d is private.
chmod 755 "$WORK"
# ~150 bytes: a "small JSON file" as a product-by-id answer would be.
printf '{"id":42,"name":"Espresso machine","price":249.99,"currency":"EUR","stock":17,"tags":["kitchen","coffee"],"rating":4.6}\n' > "$WORK/www/product.json"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  client_body_temp_path $WORK/tmp;
  proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/www;
    location = /nginx_status { stub_status; }
  }
}
CONF
mkdir -p "$WORK/tmp"
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/product.json" >/dev/null && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/product.json"

served() { curl -fs "http://127.0.0.1:$PORT/nginx_status" | awk 'NR==3 {print $3}'; }

# run NAME CMD... → appends "NAME requests cpu_seconds wall_seconds user_seconds sys_seconds" to results
run() {
  local name="$1"; shift
  local before after
  before="$(served)"
  /usr/bin/time -f "%U %S %e" -o "$WORK/time" "$@" >"$WORK/out" 2>&1 || { echo "$name failed:" >&2; cat "$WORK/out" >&2; exit 3; }
  after="$(served)"
  read -r user sys wall < "$WORK/time"
  # -1: the stub_status request of "after" is counted by nginx itself.
  echo "$name $((after - before - 1)) $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') $wall $user $sys" >> "$WORK/results"
}

perf_cmd="$(printf '%s' "$PERF_CMD" | sed -e "s|{url}|$URL|g" -e "s|{connections}|$CONNECTIONS|g" -e "s|{duration}|$DURATION|g")"

echo "nginx on $URL; $RUNS runs of ${DURATION}s, $CONNECTIONS connections; perf = $perf_cmd"
for i in $(seq "$RUNS"); do
  run wrk wrk -c "$CONNECTIONS" -t 2 -d "${DURATION}s" "$URL"
  # shellcheck disable=SC2086 # PERF_CMD is a command line on purpose.
  run perf $perf_cmd
  [ "$HEY" = "1" ] && run hey hey -c "$CONNECTIONS" -z "${DURATION}s" "$URL"
  tail -n "$([ "$HEY" = "1" ] && echo 3 || echo 2)" "$WORK/results" | awk -v i="$i" '{printf "run %d %-5s %9d req %8.0f rps %7.2f us/req (user %5.2f, sys %5.2f)\n", i, $1, $2, $2/$4, $3*1e6/$2, $5*1e6/$2, $6*1e6/$2}'
done

python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, req, cpu, wall = line.split()[:4]
    rows.setdefault(name, []).append((int(req) / float(wall), float(cpu) * 1e6 / int(req)))
med = {n: (statistics.median(r for r, _ in v), statistics.median(c for _, c in v)) for n, v in rows.items()}
print()
print(f"{'tool':6} {'rps (median)':>14} {'CPU us/req (median)':>20}")
for n, (rps, cpu) in med.items():
    print(f"{n:6} {rps:14.0f} {cpu:20.2f}")
if "perf" in med and "wrk" in med:
    print()
    print(f"perf/wrk CPU per request: {med['perf'][1] / med['wrk'][1]:.2f}x  (bar <= 1.25, goal <= 1.0)")
    print(f"perf/wrk rps:             {med['perf'][0] / med['wrk'][0]:.2f}x  (bar >= 0.9)")
PY
