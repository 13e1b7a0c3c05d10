using System.Text.Json;
using PerfInfra.Engine.Preflight;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// Judges the state machine's preflight responses for the plan: the deployed expectations
/// (<see cref="LambdaSettings.PreflightExpected"/>) narrowed to what the requested suites depend on, then
/// <see cref="AwsPreflightJudge"/>. A stack deployed without expectations has nothing to compare with: one
/// skipped row says so (never a silent pass).
/// </summary>
internal static class PreflightPlanner
{
    public const string NoExpectationsCheck = "aws preflight";

    public static PlanPreflight Judge(string? modeName, SuiteSelection suites, AwsPreflightExpectations? expected, JsonElement? responses)
    {
        // RunRequestShape has refused any other name before the plan gets here.
        _ = PreflightModeNames.TryParse(modeName, out var mode);
        if (mode == PreflightMode.Off)
        {
            return new PlanPreflight(PreflightModeNames.Of(mode), [], Blocks: false);
        }

        IReadOnlyList<PreflightCheck> checks = expected is null
            ? [new(NoExpectationsCheck, PreflightCheck.Skipped, "the deployed optimizations", "unknown",
                $"the plan function has no {LambdaSettings.PreflightExpectedVariable}: the stack was deployed without the optimization stacks to compare with")]
            : AwsPreflightJudge.Judge(expected.ForSuites(suites.Api, suites.Athena, suites.Pipeline, suites.Lambda), responses ?? default);
        var result = new PreflightResult(mode, checks);
        return new PlanPreflight(PreflightModeNames.Of(mode), checks, result.Blocks, result.Failed.Count > 0 ? result.Describe() : null);
    }
}
