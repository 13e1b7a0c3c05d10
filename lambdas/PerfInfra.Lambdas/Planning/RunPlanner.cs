using PerfInfra.Engine.Config;
using PerfInfra.Engine.Load;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// Turns the deployed config and an execution input into the engine's <see cref="ResolvedRun"/> and a
/// shard count. The plan step and every worker call it with the same inputs, so all agree on the run
/// without shipping the resolved plan through the state.
/// </summary>
internal sealed class RunPlanner
{
    public const string ApiSuite = "api";
    public const string AthenaSuite = "athena";
    public const string PipelineSuite = "pipeline";
    public const string LambdaSuite = "lambda";

    private static readonly string[] KnownSuites = [ApiSuite, AthenaSuite, PipelineSuite, LambdaSuite];

    private readonly LambdaSettings _settings;

    public RunPlanner(LambdaSettings settings) => _settings = settings;

    /// <exception cref="PlanRejectedException">Unknown suites, bad overrides, caps exceeded, or no deployable target.</exception>
    public (ResolvedRun Run, LoadModelOptions Load, SuiteSelection Suites) Resolve(LoadTestConfig config, RunRequest request)
    {
        var problems = new List<string>();
        var suites = request.Suites is { Count: > 0 } named ? named : [ApiSuite];
        foreach (var unknown in suites.Where(s => !KnownSuites.Contains(s, StringComparer.Ordinal)))
        {
            problems.Add($"suites: '{unknown}' is not a suite (expected {string.Join(", ", KnownSuites)})");
        }

        TimeSpan? duration = null;
        if (request.Duration is { } text)
        {
            if (DurationParser.TryParse(text, out var parsed, out var error))
            {
                duration = parsed;
            }
            else
            {
                problems.Add($"duration: '{text}': {error}");
            }
        }

        Uri? target = null;
        if (request.Target is { } targetText && !Uri.TryCreate(targetText, UriKind.Absolute, out target))
        {
            problems.Add($"target: '{targetText}' is not an absolute URL (expected e.g. https://api.example.com/prod)");
        }

        if (problems.Count > 0)
        {
            throw new PlanRejectedException(problems);
        }

        ResolvedRun run;
        try
        {
            // Overrides only: an execution input can never extend the allow-list.
            run = RunResolver.Resolve(config, new RunOverrides(request.Profile ?? _settings.DefaultProfile, request.Users, request.Rate, duration, target, []));
        }
        catch (ConfigException e)
        {
            throw new PlanRejectedException(e.Errors.Select(error => $"{error.KeyPath.TrimStart('-')}: {error.Message}"));
        }

        if (suites.Contains(PipelineSuite) && run.Pipeline is null)
        {
            throw new PlanRejectedException([$"suites: 'pipeline' needs profiles.{run.ProfileName}.pipeline.records and suites.pipeline in the deployed config"]);
        }

        if (run.BaseUrl is null)
        {
            throw new PlanRejectedException(
                ["target: the config's base_url is 'demo', which only the local CLI can start; set target.base_url in the deployed config or pass \"target\" in the input"]);
        }

        var selection = new SuiteSelection(
            suites.Contains(ApiSuite), suites.Contains(AthenaSuite), suites.Contains(PipelineSuite), suites.Contains(LambdaSuite));
        return (run, LoadModelFactory.Create(run.ApiLoad), selection);
    }

    /// <summary>Shards so each carries at most <see cref="LambdaSettings.UsersPerShard"/> users (or the rate share), capped.</summary>
    public int ShardCount(LoadModelOptions load)
    {
        var byUsers = (int)Math.Ceiling(load.PeakConcurrency / (double)_settings.UsersPerShard);
        var byRate = load.PeakRatePerSecond is { } rate ? (int)Math.Ceiling(rate / _settings.RatePerShard) : 1;
        return Math.Clamp(Math.Max(byUsers, byRate), 1, _settings.MaxShards);
    }
}
