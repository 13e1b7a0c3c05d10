#!/usr/bin/env bash
# Publishes `perf` as users install it (ReadyToRun: precompiled, no JIT at start) into bench/.perf and
# prints the binary's path. Benchmarks measure this build: start-up JIT would otherwise add ~3 µs of
# CPU per request to a 10-second run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
rid="linux-x64"; [ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"
dotnet publish "$ROOT/src/PerfInfra.Cli" -c Release -r "$rid" --self-contained false -o "$ROOT/bench/.perf" -nologo -v q >&2
echo "$ROOT/bench/.perf/perf"
