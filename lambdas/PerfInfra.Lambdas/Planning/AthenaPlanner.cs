using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Athena;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// Plans the Athena branch. The queries come from the code package (the config's queries_dir beside the
/// shipped config file, which the CDK bundling copies) or, with a config from S3 or the built-in config,
/// from the engine's built-in query set. The AWS branch cannot run for a duration: it runs every query
/// <c>rounds</c> times at the configured concurrency, with rounds = enough executions to fill every
/// concurrent slot once, capped at <see cref="LambdaDefaults.MaxAthenaExecutions"/> executions (the
/// Map's items and results travel in the execution's state, limited to 256 KB).
/// </summary>
internal static class AthenaPlanner
{
    /// <exception cref="PlanRejectedException">The profile does not size the suite, or the query folder is unusable.</exception>
    public static AthenaPlan Plan(ResolvedRun run, LambdaSettings settings)
    {
        var athena = run.Athena
            ?? throw new PlanRejectedException([$"suites: 'athena' was requested but profile '{run.ProfileName}' has no athena section (add profiles.{run.ProfileName}.athena: {{ concurrency: 50, duration: 10m }})"]);
        AthenaQuerySet queries;
        try
        {
            queries = settings.ConfigFile is { } file
                ? AthenaQuerySet.Load(Path.Combine(AppContext.BaseDirectory, Path.GetDirectoryName(file) ?? string.Empty, athena.QueriesDirectory))
                : AthenaQuerySet.BuiltIn();
        }
        catch (QuerySetException e)
        {
            throw new PlanRejectedException([e.Message]);
        }

        var rounds = Rounds(athena.Concurrency, queries.Queries.Count);
        var executions = Enumerable.Range(1, rounds)
            .SelectMany(round => queries.Queries.Select(q => new AthenaExecutionItem(q.QueryClass, q.Name, q.Sql, round)))
            .ToArray();
        return new AthenaPlan(athena.Concurrency, rounds, executions);
    }

    /// <summary>ceil(concurrency ÷ queries), at least 1, at most what the execution cap allows (at least one round).</summary>
    public static int Rounds(int concurrency, int queries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(queries, 1);
        var fill = (int)Math.Ceiling(Math.Max(1, concurrency) / (double)queries);
        var cap = Math.Max(1, LambdaDefaults.MaxAthenaExecutions / queries);
        return Math.Clamp(fill, 1, cap);
    }
}
