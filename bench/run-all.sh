#!/usr/bin/env bash
# Every benchmark in turn (loopback only, each bounded). Not part of CI: machines are noisy; run on
# a quiet machine and read the ratios, which compare tools measured in the same run.
set -euo pipefail
cd "$(dirname "$0")"
bash http-cpu.sh
# The same nginx comparison with the real CLI (quick mode) instead of the bench loop.
PERF="$(bash publish-perf.sh)"
HEY=0 PERF_CMD="$PERF run --url {url} --users {connections} --duration {duration}s --out ${TMPDIR:-/tmp}/perfinfra-bench-reports" bash http-cpu.sh
bash accuracy.sh
bash memory.sh
