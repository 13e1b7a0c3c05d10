#!/usr/bin/env bash
# Every benchmark in turn (loopback only, each bounded). Not part of CI: machines are noisy; run on
# a quiet machine and read the ratios, which compare tools measured in the same run.
set -euo pipefail
cd "$(dirname "$0")"
bash http-cpu.sh
PERF_BUILD=jit PERF_CMD="dotnet $(cd .. && pwd)/src/PerfInfra.Cli/bin/Release/net10.0/perf.dll run --url {url} --users {connections} --duration {duration}s --out /tmp/perfinfra-bench-reports" bash http-cpu.sh
bash accuracy.sh
bash memory.sh
