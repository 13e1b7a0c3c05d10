#!/usr/bin/env bash
# PerfInfra build entry point. Idempotent: installs only what is missing.
#   ./build.sh test     build everything and run every test (what CI runs)
#   ./build.sh build    build the solution
#   ./build.sh bench    run the benchmarks in bench/ (loopback only, bounded)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

log() { printf '\n== %s\n' "$*"; }

# jsii (CDK) leaves ~64 MB per process in TMPDIR: give every run its own scratch and remove it.
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/perfinfra-build.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
export TMPDIR=$SCRATCH
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

need_dotnet() {
  command -v dotnet >/dev/null || { echo "dotnet SDK 10 is required: https://dot.net" >&2; exit 2; }
}

apt_install() {
  # Install Debian packages only when one of the commands is missing.
  local missing=()
  for pair in "$@"; do
    local cmd=${pair%%:*} pkg=${pair#*:}
    command -v "$cmd" >/dev/null || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

npm_install() {
  [ -f package.json ] || return 0
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm dev tools (package-lock.json)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build() {
  need_dotnet
  log "dotnet build (Release)"
  dotnet build PerfInfra.sln -c Release -nologo -v:q -clp:ErrorsOnly
}

aot_probe() {
  # The report renderer must run inside the Native AOT report Lambda: publish the probe with
  # -r linux-x64 (trim/AOT warnings fail it) and render the 5-minute, 1000-user sample with the binary.
  log "Native AOT publish of the report renderer (tests/PerfInfra.Report.AotProbe)"
  local out="$SCRATCH/aot-probe"
  # Chained with && because errexit is off inside a function called as `aot_probe || rc=1`.
  dotnet publish tests/PerfInfra.Report.AotProbe -c Release -r linux-x64 -o "$out/bin" -nologo -v:q -clp:ErrorsOnly &&
    "$out/bin/perfinfra-report-probe" --sample "$out/report" &&
    grep -q '<svg class="chart"' "$out/report/report.html"
}

aot_lambda() {
  # The Lambda bootstrap as it ships: Native AOT for provided.al2023 (trim/AOT warnings fail it). The
  # harness runs this binary under @vercel/fun (BootstrapUnderFunTests, via PERFINFRA_LAMBDA_BOOTSTRAP);
  # without it that test falls back to the JIT build. Exported, so it must run in this shell.
  # The local Lambda suite (perf run --suite lambda, LocalSuites.Tests) runs the same binary
  # (PERF_LAMBDA_BOOTSTRAP): one AOT publish for the whole run.
  log "Native AOT publish of the Lambda bootstrap (lambdas/PerfInfra.Lambdas)"
  local out="$SCRATCH/lambda-bootstrap"
  dotnet publish lambdas/PerfInfra.Lambdas -c Release -r linux-x64 -o "$out" -nologo -v:q -clp:ErrorsOnly \
    -p:DebugType=none -p:StripSymbols=true &&
    export PERFINFRA_LAMBDA_BOOTSTRAP="$out" PERF_LAMBDA_BOOTSTRAP="$out/bootstrap"
}

pipeline_job() {
  # The pipeline Batch job as its image ships it: this is the Dockerfile's publish command, word for word
  # (PipelineJobImageTests compares them), so the image's build path runs here although Docker does not.
  # The job's tests run the published binary as a process (PERF_PIPELINE_JOB). Exported: runs in this shell.
  log "publish of the pipeline job (jobs/PerfInfra.PipelineJob), as its Dockerfile does"
  local out="$SCRATCH/pipeline-job"
  dotnet publish jobs/PerfInfra.PipelineJob -c Release -r linux-x64 --self-contained false -o "$out" &&
    export PERF_PIPELINE_JOB="$out/perfinfra-pipeline-job"
}

run_tests() {
  # chromium: the HTML report's browser tests (Playwright drives Debian's build); gcc: Native AOT linker.
  apt_install chromium:chromium gcc:gcc
  build
  npm_install
  local total_passed=0 total_failed=0 out rc=0
  aot_lambda || rc=1
  pipeline_job || rc=1
  log "dotnet test"
  out="$SCRATCH/dotnet-test.log"
  : > "$out"
  # Every test project but the CDK one, which cdk/test.sh runs beside synth and cdk-nag.
  local project
  for project in tests/*/*Tests.csproj; do
    case "$project" in */PerfInfra.Cdk.Tests/*) continue ;; esac
    dotnet test "$project" -c Release --no-build -nologo -v:q 2>&1 | tee -a "$out" || rc=1
  done
  aot_probe || rc=1
  if [ -x cdk/test.sh ] || [ -f cdk/test.sh ]; then
    log "cdk tests, synth, cdk-nag"
    bash cdk/test.sh 2>&1 | tee -a "$out" || rc=1
  fi
  while read -r failed passed; do
    total_failed=$((total_failed + failed)); total_passed=$((total_passed + passed))
  done < <(sed -nE 's/.*Failed: *([0-9]+), Passed: *([0-9]+),.*/\1 \2/p' "$out")
  printf '\ntests: %d passed, %d failed\n' "$total_passed" "$total_failed"
  if [ "$rc" -ne 0 ] || [ "$total_passed" -eq 0 ]; then
    echo "FAILED" >&2
    exit 1
  fi
}

case "${1:-test}" in
  test) run_tests ;;
  build) build ;;
  bench) shift; exec bash bench/run-all.sh "$@" ;;
  *) echo "usage: ./build.sh [test|build|bench]" >&2; exit 2 ;;
esac
