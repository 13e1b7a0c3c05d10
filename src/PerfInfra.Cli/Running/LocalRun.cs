using PerfInfra.Cli.Output;
using PerfInfra.DemoPlatform;
using PerfInfra.Engine;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Suites.Api;
using Spectre.Console;

namespace PerfInfra.Cli.Running;

/// <summary>
/// `perf run` on this machine: resolve the config, start the demo platform when it is the target,
/// check the target answers, run the API suite, write the report folder, print the summary, and map
/// the verdict to an exit code. Bad input is rejected before anything starts.
/// </summary>
internal static class LocalRun
{
    /// <summary>Quick mode defaults, as hey's: 50 connections; a 10-second run.</summary>
    private const int QuickDefaultUsers = 50;

    private static readonly TimeSpan QuickDefaultDuration = TimeSpan.FromSeconds(10);

    private const string LaterSuiteNote =
        "not available in this build yet: the local Athena (DuckDB), pipeline and Lambda suites come with the suites release";

    public static async Task<int> ExecuteAsync(RunRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (request.Suite is not (RunRequest.SuiteApi or RunRequest.SuiteAll))
        {
            await stderr.WriteLineAsync($"perf run: --suite {request.Suite}: {LaterSuiteNote}; run --suite api");
            return ExitCodes.BadInput;
        }

        ResolvedRun resolved;
        string configSource;
        LoadModelOptions load;
        IReadOnlyDictionary<string, string> headers;
        try
        {
            (resolved, configSource) = Resolve(request);
            load = LoadModelFactory.Create(resolved.ApiLoad);
            headers = resolved.Auth is { } auth
                ? new Dictionary<string, string>([AuthHeaderResolver.Resolve(auth, Environment.GetEnvironmentVariable)])
                : new Dictionary<string, string>();
        }
        catch (ConfigException e)
        {
            CliErrors.Write(stderr, e);
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException e)
        {
            await stderr.WriteLineAsync($"perf run: {e.Message}; nothing was run.");
            return ExitCodes.BadInput;
        }

        // --baseline wins over the config's baseline section; the gate is on if either asks for it.
        var configured = resolved.Baseline;
        var baselinePath = request.Baseline ?? configured?.Path;
        var gate = request.RegressionGate || (configured?.Gate ?? false);
        var tolerances = configured?.EffectiveTolerances ?? RegressionTolerances.Default;
        LoadedBaseline? baseline = null;
        if (baselinePath is not null)
        {
            try
            {
                // Before the run: afterwards "latest" would be this run itself.
                baseline = BaselineReportLoader.Load(baselinePath, request.OutputRoot);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                await stderr.WriteLineAsync($"perf run: {(request.Baseline is null ? "baseline.path" : "--baseline")}: {e.Message}; nothing was run.");
                return ExitCodes.BadInput;
            }
        }

        var loadErrors = load.Validate();
        if (loadErrors.Count > 0)
        {
            foreach (var error in loadErrors)
            {
                await stderr.WriteLineAsync($"perf run: api load: {error}");
            }

            return ExitCodes.BadInput;
        }

        using var shutdown = new ShutdownSignal();
        await using var demo = resolved.BaseUrl is null
            ? await DemoPlatformHost.StartAsync(new DemoPlatformOptions(), shutdown.Token)
            : null;
        var baseUrl = resolved.BaseUrl ?? demo!.BaseUrl;

        // The demo platform is our own loopback server, started just now: always allowed.
        var allowList = demo is null ? resolved.AllowList : new HostAllowList(resolved.AllowList.Hosts.Append(baseUrl.IdnHost));
        var plan = resolved.ToApiSuitePlan(load) with { BaseUrl = baseUrl, AllowList = allowList };
        try
        {
            allowList.EnsureAllowed(baseUrl);
        }
        catch (TargetNotAllowedException e)
        {
            await stderr.WriteLineAsync($"perf run: {e.Message}; nothing was sent.");
            return ExitCodes.BadInput;
        }

        if (await TargetProbe.CheckAsync(baseUrl, shutdown.Token) is { } unreachable)
        {
            await stderr.WriteLineAsync($"perf run: {unreachable}; nothing was run.");
            return ExitCodes.RunIncomplete;
        }

        await using var client = new LoadHttpClient(baseUrl, new LoadHttpClientOptions
        {
            RequestTimeout = resolved.RequestTimeout,
            DefaultHeaders = headers,
        });

        ApiWorker worker;
        try
        {
            worker = new ApiWorker(plan, client, TimeProvider.System);
        }
        catch (Exception e) when (e is TargetNotAllowedException or LoadLimitExceededException)
        {
            await stderr.WriteLineAsync($"perf run: {e.Message}; nothing was sent.");
            return ExitCodes.BadInput;
        }

        using (worker)
        {
            await stdout.WriteLineAsync(Describe(resolved, load, baseUrl, demo is not null));
            var progress = new ProgressPrinter(stdout, interactive: ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected, load.TotalDuration);
            var outcome = await ApiSuiteRunner.RunAsync(plan, worker, TimeProvider.System, progress.Report, shutdown.Token);
            progress.Complete();

            var result = outcome.Result;
            if (result.Completion == RunCompletion.Interrupted && shutdown.SignalName is { } signal)
            {
                result = result with { CompletionReason = $"interrupted by {signal}" };
            }

            var report = RunReportBuilder.Build(
                Metadata(resolved, configSource, load, baseUrl, result) with { ConfigText = RedactedConfigText(request, configSource) },
                result.StartedAt,
                result.EndedAt,
                Suites(request, result),
                outcome.Thresholds,
                result.Completion,
                result.CompletionReason);
            if (baseline is not null)
            {
                var comparison = BaselineComparer.Compare(report, baseline.Report, baseline.Source, tolerances, gate);
                report = RegressionGate.Apply(report, comparison);
            }

            var folder = ReportFolder.Create(request.OutputRoot, report.StartedAt);
            ReportFolder.Write(folder, report, baseline: baseline?.Report);
            SummaryPrinter.Print(CreateConsole(stdout), report, Path.GetFullPath(folder));
            return report.Verdict switch
            {
                "pass" => ExitCodes.Success,
                "fail" => ExitCodes.ThresholdsFailed,
                _ => ExitCodes.RunIncomplete,
            };
        }
    }

    private static (ResolvedRun Run, string Source) Resolve(RunRequest request)
    {
        var (config, source) = ConfigLocator.Load(request.ConfigPath);
        if (request.QuickUrl is { } url)
        {
            var allow = new HostAllowList(config.Target.AllowHosts.Concat(request.AllowHosts));
            return (RunResolver.ResolveQuick(url, request.Users ?? QuickDefaultUsers, request.RatePerSecond,
                request.Duration ?? QuickDefaultDuration, request.Thresholds, allow, config.Safety), source);
        }

        var overrides = new RunOverrides(request.Profile, request.Users, request.RatePerSecond, request.Duration, request.Target, request.AllowHosts);
        return (RunResolver.Resolve(config, overrides), source);
    }

    /// <summary>The config that ran, secrets redacted, for the HTML report; quick mode has no config file.</summary>
    private static string? RedactedConfigText(RunRequest request, string configSource)
    {
        if (request.IsQuickMode)
        {
            return null;
        }

        var text = configSource == ConfigLocator.BuiltInName ? ConfigLoader.DefaultConfigText() : File.ReadAllText(configSource);
        return ConfigRedactor.Redact(text);
    }

    private static List<SuiteRun> Suites(RunRequest request, WorkerResult api)
    {
        var suites = new List<SuiteRun> { new("api", api) };
        if (request.Suite == RunRequest.SuiteAll)
        {
            suites.AddRange(new[] { "athena", "pipeline", "lambda" }.Select(name => new SuiteRun(name, null, LaterSuiteNote)));
        }

        return suites;
    }

    private static RunMetadata Metadata(ResolvedRun resolved, string configSource, LoadModelOptions load, Uri target, WorkerResult result) => new(
        EngineInfo.Version,
        Environment.MachineName,
        resolved.ProfileName,
        configSource,
        resolved.ConfigSha256,
        target.GetLeftPart(UriPartial.Path),
        load.ModelName,
        load.PeakConcurrency,
        load.PeakRatePerSecond,
        load.TotalDuration.TotalSeconds,
        result.Load.PlannedIterations,
        result.Load.StartedIterations,
        result.Load.DelayedIterations,
        result.Load.PeakConcurrency);

    private static string Describe(ResolvedRun resolved, LoadModelOptions load, Uri target, bool demo)
    {
        var shape = load.IsOpen
            ? $"{load.ModelName} up to {load.PeakRatePerSecond:0.#}/s, at most {load.PeakConcurrency} in flight"
            : $"{load.ModelName}, {load.PeakConcurrency} users";
        return $"perf: api suite, {shape}, {load.TotalDuration.TotalSeconds:0} s against {target}{(demo ? " (demo platform)" : string.Empty)}, profile {resolved.ProfileName}. Ctrl-C stops early and still writes the report.";
    }

    /// <summary>Redirected output (CI logs, files) has no width; 80 columns would wrap the tables into noise.</summary>
    private const int RedirectedWidth = 160;

    private static IAnsiConsole CreateConsole(TextWriter stdout)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
