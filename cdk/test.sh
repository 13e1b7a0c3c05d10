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
# Every template at the defaults (arm64), without bundling the load-test bootstrap (no arm64 cross
# linker here); the next step bundles it for real in an x86_64 synth of that stack.
app="dotnet cdk/PerfInfra.Cdk/bin/Release/net10.0/PerfInfra.Cdk.dll"
npx --no-install cdk synth --quiet --output "$out" --app "$app" -c perfinfra:loadTest:skipBundling=true
ls "$out"/*.template.json
[ -f "$out/PerfInfra-LoadTest.template.json" ] || { echo "the load-test stack was not synthesized" >&2; exit 1; }

step "cdk synth PerfInfra-LoadTest, bundling the Lambda bootstrap from source (x86_64)"
# x86_64 because the arm64 cross linker (gcc-aarch64-linux-gnu) is not installed on CI machines
# (README, Running on AWS); cdk-nag checks this template too.
npx --no-install cdk synth --quiet --output "$out-x64" --app "$app" \
  -c perfinfra:loadTest:architecture=x86_64 PerfInfra-LoadTest
bootstrap=$(find "$out-x64" -maxdepth 2 -name bootstrap -type f | head -1)
[ -x "$bootstrap" ] || { echo "cdk synth did not bundle the Lambda bootstrap" >&2; exit 1; }
[ -f "$(dirname "$bootstrap")/load-test-config.yaml" ] || { echo "the config did not ship beside the bootstrap" >&2; exit 1; }
[ -n "$(find "$(dirname "$bootstrap")/queries" -name '*.sql' 2>/dev/null)" ] || { echo "the Athena queries did not ship beside the config" >&2; exit 1; }
echo "bundled Lambda bootstrap: $(du -h "$bootstrap" | cut -f1)"

step "node tests: cdk-nag bridge, guard rules, reference function handlers"
node --test cdk/nag/ cdk/guard/ tests/PerfInfra.Cdk.Tests/Assets/

step "cdk-nag AwsSolutions"
node cdk/nag/check-templates.js "$out"
node cdk/nag/check-templates.js "$out-x64/PerfInfra-LoadTest.template.json"

step "cfn-guard: PerfInfra's own rules (cdk/guard)"
data=()
for template in "$out"/*.template.json; do data+=(--data "$template"); done
"$guard" validate --rules cdk/guard/perfinfra.guard "${data[@]}" --show-summary fail
echo "cfn-guard: all templates comply"

step "done"
