using PerfInfra.Cli.Output;
using PerfInfra.DemoPlatform;
using PerfInfra.Engine;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Suites.Api;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;
using PerfInfra.LocalSuites;
using Spectre.Console;

namespace PerfInfra.Cli.Running;

/// <summary>
/// `perf run` on this machine: resolve the config, start the demo platform when it is the target,
/// check the target answers, run the API suite, then the local Athena, pipeline and Lambda suites that
/// were asked for, write one report folder, print the summary, and map the verdict to an exit code.
/// Bad input is rejected before anything starts.
/// </summary>
internal static class LocalRun
{
    /// <summary>Quick mode defaults, as hey's: 50 connections; a 10-second run.</summary>
    private const int QuickDefaultUsers = 50;

    private static readonly TimeSpan QuickDefaultDuration = TimeSpan.FromSeconds(10);

    public static async Task<int> ExecuteAsync(RunRequest request, TextWriter stdout, TextWriter stderr)
    {
        var wantsApi = request.Suite is RunRequest.SuiteApi or RunRequest.SuiteAll;
        var localSuites = LocalSuiteCatalog.Create()
            .Where(s => request.Suite == RunRequest.SuiteAll || request.Suite == s.Name)
            .ToList();
        if (request.IsQuickMode && !wantsApi)
        {
            await stderr.WriteLineAsync($"perf run: --url (quick mode) runs the api suite; --suite {request.Suite} needs a config");
            return ExitCodes.BadInput;
        }

        if (!wantsApi && localSuites.Count == 0)
        {
            await stderr.WriteLineAsync($"perf run: --suite {request.Suite}: this build has no local {request.Suite} suite; nothing was run.");
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

        // --duration also sizes the Athena suite (the one other suite that runs for a time), and
        // --users is its concurrency when it is the suite asked for; both within the safety caps.
        if (resolved.Athena is { } athena && !request.IsQuickMode)
        {
            var duration = request.Duration ?? athena.Duration;
            var concurrency = request.Suite == MetricCatalog.Athena && request.Users is { } users ? users : athena.Concurrency;
            if (duration > resolved.Limits.MaxDuration || concurrency > resolved.Limits.MaxUsers)
            {
                await stderr.WriteLineAsync($"perf run: athena: {concurrency} concurrent queries for {DurationParser.Format(duration)} is above the safety caps ({resolved.Limits.MaxUsers} users, {DurationParser.Format(resolved.Limits.MaxDuration)}); nothing was run.");
                return ExitCodes.BadInput;
            }

            resolved = resolved with { Athena = athena with { Duration = duration, Concurrency = concurrency } };
        }

        // A suite asked for by name must be sized by the profile; under --suite all an unsized one is reported as such.
        if (request.Suite != RunRequest.SuiteAll && localSuites.Count == 1 && resolved.MeasuredSuiteThresholds(localSuites[0].Name) is null)
        {
            await stderr.WriteLineAsync($"perf run: --suite {request.Suite}: profile '{resolved.ProfileName}' does not size the {request.Suite} suite (add profiles.{resolved.ProfileName}.{request.Suite} to the config, or use --profile local); nothing was run.");
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

        var loadErrors = wantsApi ? load.Validate() : [];
        if (loadErrors.Count > 0)
        {
            foreach (var error in loadErrors)
            {
                await stderr.WriteLineAsync($"perf run: api load: {error}");
            }

            return ExitCodes.BadInput;
        }

        using var shutdown = new ShutdownSignal();
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var startedAt = DateTimeOffset.UtcNow;
        ApiPart? api = null;
        PreflightResult? preflight = null;
        if (wantsApi)
        {
            var (part, checks, exit) = await RunApiAsync(resolved, load, headers, request.Preflight, shutdown, interactive, stdout, stderr);
            preflight = checks;
            if (part is null && checks is not { Blocks: true })
            {
                return exit;
            }

            api = part;
        }

        var suites = new List<SuiteRun>();
        var outcomes = new List<ThresholdOutcome>();
        var completion = RunCompletion.Completed;
        string? completionReason = null;
        if (preflight is { Blocks: true })
        {
            suites.AddRange(MetricCatalog.Suites
                .Where(n => request.Suite == RunRequest.SuiteAll || request.Suite == n)
                .Select(n => new SuiteRun(n, null, "not run: preflight failed")));
        }

        if (api is not null)
        {
            suites.Add(new SuiteRun("api", api.Result));
            outcomes.AddRange(api.Thresholds);
            (completion, completionReason) = (api.Result.Completion, api.Result.CompletionReason);
        }

        var measured = await RunLocalSuitesAsync(preflight is { Blocks: true } ? [] : localSuites, request, resolved, configSource, shutdown, interactive, stdout);
        foreach (var (run, suiteOutcomes) in measured)
        {
            suites.Add(run);
            outcomes.AddRange(suiteOutcomes);
            if (run.Measurements is { Completion: not RunCompletion.Completed } m && Severity(m.Completion) > Severity(completion))
            {
                (completion, completionReason) = (m.Completion, $"{run.Name}: {m.CompletionReason}");
            }
        }

        if (completion == RunCompletion.Interrupted && shutdown.SignalName is { } signal && api?.Result.Completion != RunCompletion.Interrupted)
        {
            completionReason = $"interrupted by {signal}";
        }

        var endedAt = DateTimeOffset.UtcNow;
        var metadata = api is not null
            ? Metadata(resolved, configSource, load, api.BaseUrl, api.Result)
            : SuitesOnlyMetadata(resolved, configSource, localSuites);
        var report = RunReportBuilder.Build(
            metadata with { ConfigText = RedactedConfigText(request, configSource) },
            api?.Result.StartedAt ?? startedAt,
            endedAt,
            suites,
            outcomes,
            completion,
            completionReason,
            preflight);
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

    /// <summary>The API suite's part of a run: its merged result, judged thresholds, and the URL it loaded.</summary>
    private sealed record ApiPart(WorkerResult Result, IReadOnlyList<ThresholdOutcome> Thresholds, Uri BaseUrl);

    /// <summary>
    /// Starts the demo platform when it is the target, checks the allow-list and that the target
    /// answers, and runs the API suite. Returns the exit code instead when nothing could be sent.
    /// </summary>
    private static async Task<(ApiPart? Part, PreflightResult? Preflight, int Exit)> RunApiAsync(
        ResolvedRun resolved, LoadModelOptions load, IReadOnlyDictionary<string, string> headers, PreflightMode preflightMode,
        ShutdownSignal shutdown, bool interactive, TextWriter stdout, TextWriter stderr)
    {
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
            return (null, null, ExitCodes.BadInput);
        }

        if (await TargetProbe.CheckAsync(baseUrl, shutdown.Token) is { } unreachable)
        {
            await stderr.WriteLineAsync($"perf run: {unreachable}; nothing was run.");
            return (null, null, ExitCodes.RunIncomplete);
        }

        PreflightResult? preflight = null;
        if (preflightMode != PreflightMode.Off)
        {
            preflight = new PreflightResult(preflightMode, [DemoPlatformPreflight.JudgeSwitches(await TargetProbe.GetSwitchesAsync(baseUrl, shutdown.Token))]);
            if (preflight.Blocks)
            {
                await stderr.WriteLineAsync($"perf run: preflight failed: {preflight.Describe()}; no load was sent (--preflight warn runs anyway).");
                return (null, preflight, ExitCodes.ThresholdsFailed);
            }
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
            return (null, null, ExitCodes.BadInput);
        }

        using (worker)
        {
            await stdout.WriteLineAsync(Describe(resolved, load, baseUrl, demo is not null));
            var progress = new ProgressPrinter(stdout, interactive, load.TotalDuration);
            var outcome = await ApiSuiteRunner.RunAsync(plan, worker, TimeProvider.System, progress.Report, shutdown.Token);
            progress.Complete();

            var result = outcome.Result;
            if (result.Completion == RunCompletion.Interrupted && shutdown.SignalName is { } signal)
            {
                result = result with { CompletionReason = $"interrupted by {signal}" };
            }

            return (new ApiPart(result, outcome.Thresholds, baseUrl), preflight, ExitCodes.Success);
        }
    }

    /// <summary>
    /// The Athena, pipeline and Lambda suites, one after another in a scratch folder deleted afterwards.
    /// A suite the profile does not size is reported as not available; after Ctrl-C the remaining ones as
    /// not run; a suite that throws is reported as failed with its message, and the others still run.
    /// </summary>
    private static async Task<List<(SuiteRun Run, IReadOnlyList<ThresholdOutcome> Outcomes)>> RunLocalSuitesAsync(
        IReadOnlyList<ILocalSuite> localSuites, RunRequest request, ResolvedRun resolved, string configSource, ShutdownSignal shutdown,
        bool interactive, TextWriter stdout)
    {
        var results = new List<(SuiteRun, IReadOnlyList<ThresholdOutcome>)>();
        if (localSuites.Count == 0)
        {
            return results;
        }

        var configDirectory = request.IsQuickMode || configSource == ConfigLocator.BuiltInName
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(configSource));
        var work = Directory.CreateTempSubdirectory("perfinfra-suites-");
        try
        {
            foreach (var suite in localSuites)
            {
                if (resolved.MeasuredSuiteThresholds(suite.Name) is not { } thresholds)
                {
                    results.Add((new SuiteRun(suite.Name, null, $"not sized by profile '{resolved.ProfileName}' (add profiles.{resolved.ProfileName}.{suite.Name})"), []));
                    continue;
                }

                if (shutdown.Token.IsCancellationRequested)
                {
                    results.Add((new SuiteRun(suite.Name, null, "not run: the run was interrupted before this suite started"), []));
                    continue;
                }

                var folder = Directory.CreateDirectory(Path.Combine(work.FullName, suite.Name)).FullName;
                var progress = new SuiteProgressPrinter(stdout, interactive);
                await stdout.WriteLineAsync($"perf: {suite.Name} suite, profile {resolved.ProfileName}. Ctrl-C stops early and still writes the report.");
                try
                {
                    var measurements = await suite.RunAsync(new LocalSuiteContext(resolved, configDirectory, folder, TimeProvider.System, progress.Report), shutdown.Token);
                    progress.Complete();
                    results.Add((new SuiteRun(suite.Name, null) { Measurements = measurements },
                        ThresholdEvaluator.Evaluate(thresholds, new SuiteMetricSource(measurements))));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    progress.Complete();
                    var failed = new SuiteMeasurements(suite.Name, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, [], [], 0, 0, new Dictionary<string, long>())
                    {
                        Completion = RunCompletion.Failed,
                        CompletionReason = $"the suite failed: {e.Message}",
                    };
                    results.Add((new SuiteRun(suite.Name, null, $"failed: {e.Message}") { Measurements = failed }, []));
                }
            }
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment; the OS cleans temp folders.
            }
        }

        return results;
    }

    /// <summary>Failed is worse than an interruption, which is worse than an abort, which is worse than completing.</summary>
    private static int Severity(RunCompletion completion) => completion switch
    {
        RunCompletion.Failed => 3,
        RunCompletion.Interrupted => 2,
        RunCompletion.Aborted => 1,
        _ => 0,
    };

    private static RunMetadata SuitesOnlyMetadata(ResolvedRun resolved, string configSource, IReadOnlyList<ILocalSuite> suites) => new(
        EngineInfo.Version,
        Environment.MachineName,
        resolved.ProfileName,
        configSource,
        resolved.ConfigSha256,
        "local: " + string.Join(", ", suites.Select(s => s.Name)),
        "none",
        0,
        null,
        0,
        0,
        0,
        0,
        0);

    private static (ResolvedRun Run, string Source) Resolve(RunRequest request)
    {
        var (config, source) = ConfigLocator.Load(request.ConfigPath);
        if (request.QuickUrl is { } url)
        {
            var allow = new HostAllowList(config.Target.AllowHosts.Concat(request.AllowHosts));
            return (RunResolver.ResolveQuick(url, request.Users ?? QuickDefaultUsers, request.RatePerSecond,
                request.Duration ?? QuickDefaultDuration, request.Thresholds, allow, config.Safety, config.Target.Timeout), source);
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
