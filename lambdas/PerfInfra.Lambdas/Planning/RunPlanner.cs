using System.Globalization;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Thresholds;
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

    public static readonly IReadOnlyList<string> KnownSuites = [ApiSuite, AthenaSuite, PipelineSuite, LambdaSuite];

    private readonly LambdaSettings _settings;

    public RunPlanner(LambdaSettings settings) => _settings = settings;

    /// <exception cref="PlanRejectedException">Unknown suites, bad overrides, caps exceeded, or no deployable target.</exception>
    public (ResolvedRun Run, LoadModelOptions Load, SuiteSelection Suites) Resolve(LoadTestConfig config, RunRequest request)
    {
        // Every handler resolves through here with the same request, so all of a run's steps see the same config.
        config = ExecutionConfig.For(config, request.Config);
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

        var thresholds = ParseThresholds(request.Thresholds, problems);
        if (problems.Count > 0)
        {
            throw new PlanRejectedException(problems);
        }

        ResolvedRun run;
        try
        {
            // Overrides only: an execution input can never extend the allow-list.
            run = RunResolver.Resolve(config, new RunOverrides(request.Profile ?? (request.Config is null ? _settings.DefaultProfile : config.DefaultProfile), request.Users, request.Rate, duration, target, []));
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

        run = ApplyThresholds(run, thresholds);
        var selection = new SuiteSelection(
            suites.Contains(ApiSuite), suites.Contains(AthenaSuite), suites.Contains(PipelineSuite), suites.Contains(LambdaSuite));
        return (run, LoadModelFactory.Create(run.ApiLoad), selection);
    }

    /// <summary>
    /// The input's thresholds, parsed by the engine's <see cref="ThresholdParser"/> for their suite: each
    /// list replaces every threshold of that suite (suite, scenario and step scoped), so the run is judged
    /// by exactly what the input says for it; suites the input leaves out keep the config's.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<ThresholdDefinition>> ParseThresholds(
        IReadOnlyDictionary<string, IReadOnlyList<string>>? input, List<string> problems)
    {
        var parsed = new Dictionary<string, IReadOnlyList<ThresholdDefinition>>(StringComparer.Ordinal);
        foreach (var (suite, expressions) in input ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!KnownSuites.Contains(suite, StringComparer.Ordinal))
            {
                problems.Add($"thresholds.{suite}: not a suite{NameSuggestion.Hint(suite, KnownSuites)} (expected {string.Join(", ", KnownSuites)})");
                continue;
            }

            if (expressions is null || expressions.Count == 0)
            {
                problems.Add($"thresholds.{suite}: empty; give at least one expression such as \"p95 < 1000ms\", or leave the suite out to keep the config's thresholds");
                continue;
            }

            var definitions = new List<ThresholdDefinition>();
            for (var i = 0; i < expressions.Count; i++)
            {
                if (ThresholdParser.TryParse(expressions[i] ?? string.Empty, suite, out var expression, out var error))
                {
                    definitions.Add(new ThresholdDefinition(new ThresholdScope(suite), expression!));
                }
                else
                {
                    problems.Add($"thresholds.{suite}[{i.ToString(CultureInfo.InvariantCulture)}]: '{expressions[i]}' {error}");
                }
            }

            parsed[suite] = definitions;
        }

        return parsed;
    }

    private static ResolvedRun ApplyThresholds(ResolvedRun run, Dictionary<string, IReadOnlyList<ThresholdDefinition>> thresholds) => run with
    {
        Thresholds = thresholds.GetValueOrDefault(ApiSuite) ?? run.Thresholds,
        Athena = run.Athena is { } a && thresholds.TryGetValue(AthenaSuite, out var athena) ? a with { Thresholds = athena } : run.Athena,
        Pipeline = run.Pipeline is { } p && thresholds.TryGetValue(PipelineSuite, out var pipeline) ? p with { Thresholds = pipeline } : run.Pipeline,
        Lambda = run.Lambda is { } l && thresholds.TryGetValue(LambdaSuite, out var lambda) ? l with { Thresholds = lambda } : run.Lambda,
    };

    /// <summary>Shards so each carries at most <see cref="LambdaSettings.UsersPerShard"/> users (or the rate share), capped.</summary>
    public int ShardCount(LoadModelOptions load)
    {
        var byUsers = (int)Math.Ceiling(load.PeakConcurrency / (double)_settings.UsersPerShard);
        var byRate = load.PeakRatePerSecond is { } rate ? (int)Math.Ceiling(rate / _settings.RatePerShard) : 1;
        return Math.Clamp(Math.Max(byUsers, byRate), 1, _settings.MaxShards);
    }
}
