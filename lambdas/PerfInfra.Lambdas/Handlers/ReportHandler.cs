using System.Globalization;
using System.Text.Json;
using PerfInfra.Engine;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Html;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Reporting;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// report: publishes report.json/md/html + junit.xml (and cost.json) to reports/yyyy/mm/dd/RUN/, refreshes
/// reports/latest/ when the run completed (pass or fail, so an errored run never becomes the baseline),
/// and prints EMF lines. Reached on the happy path with the judged report, or from any Catch with the
/// error: then it writes an error report, so every execution leaves a report.
/// </summary>
internal sealed class ReportHandler : ILambdaHandler
{
    public const string CostFileName = "cost.json";

    private readonly IObjectStore _store;
    private readonly LambdaSettings _settings;
    private readonly TimeProvider _time;
    private readonly TextWriter _metricsOut;

    public ReportHandler(IObjectStore store, LambdaSettings settings, TimeProvider time, TextWriter metricsOut)
    {
        _store = store;
        _settings = settings;
        _time = time;
        _metricsOut = metricsOut;
    }

    public async Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var input = PayloadReader.Read(invocation.Payload, LambdaJsonContext.Default.ReportInput, "report payload", LambdaDefaults.StateLimitBytes, r => r.Problems());
        var report = input.Aggregate is { } aggregate && input.Error is null
            ? ReportJson.Deserialize(
                await _store.GetTextAsync(aggregate.ReportKey, cancellationToken) ?? throw new InvalidDataException($"s3://{_settings.Bucket}/{aggregate.ReportKey} is missing"),
                aggregate.ReportKey)
            : ErrorReport(input);

        var shards = input.Plan?.Shards.Count ?? 0;
        var cost = CostEstimator.Estimate(_settings, shards, input.Aggregate?.WorkerSeconds ?? 0, input.Aggregate?.ResultsInS3 ?? 0);
        var prefix = StoreKeys.ReportPrefix(report.StartedAt, input.ExecutionName);
        var files = Files(report, cost);
        foreach (var (name, text, type) in files)
        {
            await _store.PutTextAsync(prefix + name, text, type, cancellationToken);
        }

        var complete = report.Verdict is "pass" or "fail";
        if (complete)
        {
            foreach (var (name, text, type) in files)
            {
                await _store.PutTextAsync(StoreKeys.LatestPrefix + name, text, type, cancellationToken);
            }

            await _store.PutTextAsync(StoreKeys.LatestPrefix + ReportFolder.LatestSourceFileName, prefix + "\n", "text/plain", cancellationToken);
        }

        foreach (var line in EmbeddedMetricsWriter.Lines(report, report.EndedAt))
        {
            await _metricsOut.WriteLineAsync(line);
        }

        await _metricsOut.FlushAsync(cancellationToken);
        // PreflightResult.Blocks is the one definition of "the preflight stopped the run".
        var preflightFailed = report.Preflight is { } preflight
            && Engine.Preflight.PreflightModeNames.TryParse(preflight.Mode, out var mode)
            && new Engine.Preflight.PreflightResult(mode, preflight.Checks).Blocks;
        var output = new ReportOutput(report.Verdict, report.VerdictReason, prefix, complete ? StoreKeys.LatestPrefix : string.Empty, cost, preflightFailed);
        return JsonSerializer.Serialize(output, LambdaJsonContext.Default.ReportOutput);
    }

    /// <summary>report.json last: its presence means the set is complete, as in the local report folder.</summary>
    private static List<(string Name, string Text, string Type)> Files(RunReport report, CostEstimate cost) =>
    [
        (ReportFolder.MarkdownFileName, MarkdownReportWriter.Write(report) + CostMarkdown(cost), LambdaDefaults.MarkdownContentType),
        (ReportFolder.HtmlFileName, HtmlReportWriter.Write(report), LambdaDefaults.HtmlContentType),
        (ReportFolder.JUnitFileName, JUnitReportWriter.Write(report), LambdaDefaults.XmlContentType),
        (CostFileName, JsonSerializer.Serialize(cost, LambdaJsonContext.Default.CostEstimate), LambdaDefaults.JsonContentType),
        (ReportFolder.JsonFileName, ReportJson.Serialize(report), LambdaDefaults.JsonContentType),
    ];

    private static string CostMarkdown(CostEstimate cost) => string.Create(CultureInfo.InvariantCulture,
        $"""

        ## AWS cost estimate

        | Lambda GB-s | Lambda requests | State transitions | S3 requests | Estimated USD |
        |---:|---:|---:|---:|---:|
        | {cost.LambdaGbSeconds:0.###} | {cost.LambdaRequests} | {cost.StateTransitions} | {cost.S3Requests} | {cost.EstimatedUsd:0.####} |

        _{cost.Note}._

        """);

    private RunReport ErrorReport(ReportInput input)
    {
        var now = _time.GetUtcNow();
        var plan = input.Plan;
        var error = input.Error?.Describe() ?? "the run ended without an aggregate result";
        var metadata = new RunMetadata(
            EngineInfo.Version, "aws-step-functions", plan?.Profile ?? _settings.DefaultProfile, _settings.ConfigFile ?? _settings.ConfigKey ?? "built-in",
            string.Empty, plan?.Target ?? string.Empty, plan?.LoadModel ?? string.Empty, plan?.Users ?? 0, plan?.Rate,
            plan?.DurationSeconds ?? 0, 0, 0, 0, 0);
        var suites = new List<SuiteRun> { new(RunPlanner.ApiSuite, null, "the run failed before its results were aggregated") };
        return RunReportBuilder.Build(metadata, now, now, suites, [], RunCompletion.Failed, error);
    }
}
