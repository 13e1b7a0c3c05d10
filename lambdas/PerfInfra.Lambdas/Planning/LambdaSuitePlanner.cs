using PerfInfra.Engine.Config;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// The Lambda suite's part of the plan: the profile's counts and the configured functions. A run that
/// asks for the suite without the config sizing it is rejected here, by name, instead of failing later
/// inside the state machine on a missing path.
/// </summary>
internal static class LambdaSuitePlanner
{
    /// <exception cref="PlanRejectedException">The suite is requested but not configured, or a count is below 1.</exception>
    public static LambdaPlan? Plan(SuiteSelection suites, ResolvedRun run)
    {
        if (!suites.Lambda)
        {
            return null;
        }

        if (run.Lambda is not { } lambda)
        {
            throw new PlanRejectedException(
                [$"suites: 'lambda' needs suites.lambda in the config and lambda: {{ cold_starts, warm_invocations }} in profile '{run.ProfileName}'"]);
        }

        var problems = new List<string>();
        if (lambda.ColdStarts < 1)
        {
            problems.Add($"profiles.{run.ProfileName}.lambda.cold_starts: {lambda.ColdStarts}; the Lambda suite needs at least 1");
        }

        if (lambda.WarmInvocations < 1)
        {
            problems.Add($"profiles.{run.ProfileName}.lambda.warm_invocations: {lambda.WarmInvocations}; the Lambda suite needs at least 1");
        }

        return problems.Count > 0
            ? throw new PlanRejectedException(problems)
            : new LambdaPlan(lambda.ColdStarts, lambda.WarmInvocations, lambda.Functions)
            {
                MemorySweep = lambda.MemorySweepMb,
                SweepInvocations = lambda.MemorySweepMb.Count > 0 ? lambda.SweepInvocations : 0,
            };
    }
}
