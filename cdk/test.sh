#!/usr/bin/env bash
# Proves the CDK app: C# and node unit tests, `cdk synth` of every stack, then cdk-nag AwsSolutions and
# cfn-guard (cdk/guard) over the synthesized templates.
# Runs from a clean clone (installs npm deps if missing); exits non-zero on the first failure.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# jsii on Node 20 prints an end-of-life banner on every process start; this is the variable that silences it.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Each jsii process leaves ~64 MB in $TMPDIR: use a scratch folder and delete it on any exit.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/perfinfra-cdk.XXXXXX")"
export TMPDIR="$scratch"
out="$scratch/cdk.out"
trap 'rm -rf "$scratch"' EXIT

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

guard="node_modules/@cdklabs/cdk-validator-cfnguard/bin/ubuntu/$(uname -m)/cfn-guard"
if [ ! -x node_modules/.bin/cdk ] || [ ! -d node_modules/cdk-nag ] || [ ! -x "$guard" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

step "build"
dotnet build cdk/PerfInfra.Cdk/PerfInfra.Cdk.csproj -c Release --nologo -v quiet
dotnet build tests/PerfInfra.Cdk.Tests/PerfInfra.Cdk.Tests.csproj -c Release --nologo -v quiet

step "CDK unit tests"
dotnet test tests/PerfInfra.Cdk.Tests/PerfInfra.Cdk.Tests.csproj -c Release --no-build --nologo

step "cdk synth (all stacks)"
# The built app, not `dotnet run`: it was just built, and a second build would race the tests' output.
# Every template at the defaults (arm64), without bundling the load-test bootstrap (fast); the step
# after next bundles it for real, cross-compiled for arm64.
app="dotnet cdk/PerfInfra.Cdk/bin/Release/net10.0/PerfInfra.Cdk.dll"
npx --no-install cdk synth --quiet --output "$out" --app "$app" -c perfinfra:loadTest:skipBundling=true
ls "$out"/*.template.json
[ -f "$out/PerfInfra-LoadTest.template.json" ] || { echo "the load-test stack was not synthesized" >&2; exit 1; }

step "cross toolchain for the arm64 bootstrap"
# The functions default to arm64 (Graviton): ILCompiler cross-links with clang and the aarch64 binutils;
# qemu-user runs the result once below. Installed only when missing, as build.sh installs its tools.
missing=()
command -v clang-14 >/dev/null || missing+=(clang-14)
command -v aarch64-linux-gnu-gcc >/dev/null || missing+=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu)
command -v qemu-aarch64 >/dev/null || missing+=(qemu-user)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "cdk synth PerfInfra-LoadTest, bundling the arm64 Lambda bootstrap from source"
npx --no-install cdk synth --quiet --output "$out-arm64" --app "$app" PerfInfra-LoadTest
bootstrap=$(find "$out-arm64" -maxdepth 2 -name bootstrap -type f | head -1)
[ -x "$bootstrap" ] || { echo "cdk synth did not bundle the Lambda bootstrap" >&2; exit 1; }
# ELF e_machine (bytes 18-19, little endian): 0xb7 = EM_AARCH64.
machine=$(od -An -tx1 -j18 -N2 "$bootstrap" | tr -d ' ')
[ "$machine" = "b700" ] || { echo "the bundled bootstrap is not arm64 (ELF machine $machine)" >&2; exit 1; }
[ -f "$(dirname "$bootstrap")/load-test-config.yaml" ] || { echo "the config did not ship beside the bootstrap" >&2; exit 1; }
[ -n "$(find "$(dirname "$bootstrap")/queries" -name '*.sql' 2>/dev/null)" ] || { echo "the Athena queries did not ship beside the config" >&2; exit 1; }
echo "bundled Lambda bootstrap: $(du -h "$bootstrap" | cut -f1), ELF aarch64"

step "the bundled arm64 bootstrap answers one invocation (qemu-aarch64, loopback Runtime API)"
echo '{"message":"arm64"}' > "$scratch/echo.json"
port=$((20000 + RANDOM % 20000))
node bench/lambda-runtime-once.mjs "$port" "$scratch/echo.json" > "$scratch/echo.out" &
runtime=$!
sleep 1
REPORT_BUCKET=unused AWS_REGION=us-east-1 AWS_LAMBDA_RUNTIME_API="127.0.0.1:$port" _HANDLER=echo AWS_LAMBDA_FUNCTION_MEMORY_SIZE=256 \
  timeout 60 qemu-aarch64 -L /usr/aarch64-linux-gnu "$bootstrap" > "$scratch/echo.log" 2>&1 &
function=$!
for _ in $(seq 1 60); do grep -q status "$scratch/echo.out" && break; sleep 1; done
kill "$function" "$runtime" 2>/dev/null || true
grep -q '"status":"response"' "$scratch/echo.out" && grep -q 'arm64' "$scratch/echo.out" ||
  { echo "the arm64 bootstrap did not answer: $(cat "$scratch/echo.out" "$scratch/echo.log")" >&2; exit 1; }
cat "$scratch/echo.out"

step "node tests: cdk-nag bridge, guard rules, reference function handlers"
node --test cdk/nag/ cdk/guard/ tests/PerfInfra.Cdk.Tests/Assets/

step "cdk-nag AwsSolutions"
node cdk/nag/check-templates.js "$out"
node cdk/nag/check-templates.js "$out-arm64/PerfInfra-LoadTest.template.json"

step "cfn-guard: PerfInfra's own rules (cdk/guard)"
data=()
for template in "$out"/*.template.json; do data+=(--data "$template"); done
"$guard" validate --rules cdk/guard/perfinfra.guard "${data[@]}" --show-summary fail
echo "cfn-guard: all templates comply"

step "done"
