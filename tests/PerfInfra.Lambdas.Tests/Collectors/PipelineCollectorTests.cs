using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Suites.Pipeline;
using PerfInfra.Engine.Thresholds;
using PerfInfra.Lambdas.Collectors;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Tests.Collectors;

public sealed class PipelineCollectorTests
{
    private static readonly DateTimeOffset Started = DateTimeOffset.FromUnixTimeMilliseconds(1_795_860_000_000);

    // batch:submitJob.sync output: created at the branch start, 45 s queued, 162.5 s running.
    private const string SucceededJob = """
        {"JobArn":"arn:aws:batch:us-east-1:123456789012:job/5c1b","JobId":"5c1b","JobName":"perf-pipeline","Status":"SUCCEEDED",
         "CreatedAt":1795860000000,"StartedAt":1795860045000,"StoppedAt":1795860207500,"Container":{"ExitCode":0}}
        """;

    private const string CountQuery = """
        {"QueryExecution":{"QueryExecutionId":"q-1","Status":{"State":"SUCCEEDED","SubmissionDateTime":1795860208000,"CompletionDateTime":1795860212000},
         "Statistics":{"TotalExecutionTimeInMillis":3900}}}
        """;

    [Fact]
    public void All_HasThePipelineCollector()
    {
        Assert.Contains(SuiteCollectors.All, c => c.Suite == "pipeline");
    }

    [Fact]
    public void Collect_SucceededRun_MeasuresEverySeriesAndPassesTheSeedThresholds()
    {
        var measurements = Collect(Responses(lagSeconds: [3, 12.5, 41]));

        Assert.Equal([162_500], Samples(measurements, "batch_duration"));
        Assert.Equal([212_000], Samples(measurements, "end_to_end"));
        Assert.Equal(41_000, Samples(measurements, "dms_lag").Max());
        Assert.Equal(100_000 / 212.0, measurements.Values.Single(v => v.Series == "records_per_second" && v.Scope is null).Value, 6);
        Assert.Equal(["queue", "batch", "verify", "end to end"], measurements.Tables.Single().Rows.Select(r => r[0]));
        Assert.All(Judge(measurements), o => Assert.True(o.Passed, o.Reason));
    }

    [Fact]
    public void Collect_LagAboveSixtySeconds_FailsOnlyDmsLag()
    {
        var outcomes = Judge(Collect(Responses(lagSeconds: [3, 75])));

        var failed = Assert.Single(outcomes, o => !o.Passed);
        Assert.Equal("dms_lag", failed.Definition.Expression.Metric.Series);
        Assert.Equal(75_000, failed.Measured);
    }

    [Fact]
    public void Collect_FewerRecordsCounted_IsRecordsMissingAndEndToEndFails()
    {
        var measurements = Collect(Responses(lagSeconds: [3], count: 99_990));

        Assert.Equal(10, measurements.FailuresByKind[PipelineDefaults.RecordsMissingKind]);
        var endToEnd = Judge(measurements).Single(o => o.Definition.Expression.Metric.Series == "end_to_end");
        Assert.False(endToEnd.Passed);
    }

    [Fact]
    public void Collect_BatchJobFailedAndCaught_IsAFailureWithTheReasonNeverASample()
    {
        var cause = JsonSerializer.Serialize("""{"JobId":"5c1b","Status":"FAILED","StatusReason":"Essential container in task exited","CreatedAt":1795860000000,"StartedAt":1795860045000,"StoppedAt":1795860046000}""");
        var measurements = Collect($$"""{"batchError":{"Error":"States.TaskFailed","Cause":{{cause}}},"dmsLag":{{MetricData([2])}}}""");

        Assert.Equal(1, measurements.FailuresByKind[PipelineDefaults.BatchJobFailedKind]);
        Assert.Equal(1, measurements.FailuresByKind[PipelineDefaults.VerifyQueryFailedKind]);
        Assert.Empty(Samples(measurements, "batch_duration"));
        Assert.Contains("Essential container in task exited", measurements.Tables.Single().Note, StringComparison.Ordinal);
        Assert.False(Judge(measurements).Single(o => o.Definition.Expression.Metric.Series == "batch_duration").Passed);
    }

    [Fact]
    public void Collect_NoLagDatapoints_DmsLagFailsForWantOfSamples()
    {
        var measurements = Collect(Responses(lagSeconds: []));

        var dms = Judge(measurements).Single(o => o.Definition.Expression.Metric.Series == "dms_lag");
        Assert.False(dms.Passed);
        Assert.Equal(ThresholdEvaluator.NoSamplesReason, dms.Reason);
        Assert.Contains("no CDCLatency datapoints", measurements.Tables.Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_MalformedBatchResponse_ThrowsNamingTheField()
    {
        var error = Assert.Throws<InvalidDataException>(() => Collect("""{"batch":{"JobId":"x"}}"""));

        Assert.Contains("BatchJob.Status is missing", error.Message, StringComparison.Ordinal);
    }

    internal static string Responses(double[] lagSeconds, long count = 100_000) => $$$"""
        {"batch":{{{SucceededJob}}},"verify":{{{CountQuery}}},
         "verifyResults":{"ResultSet":{"Rows":[{"Data":[{"VarCharValue":"records"}]},{"Data":[{"VarCharValue":"{{{count}}}"}]}]}},
         "dmsLag":{{{MetricData(lagSeconds)}}}}
        """;

    private static string MetricData(double[] lagSeconds) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["MetricDataResults"] = new[]
        {
            new Dictionary<string, object>
            {
                ["Id"] = PipelineDefaults.CdcLatencySourceId, ["Label"] = "CDCLatencySource", ["StatusCode"] = "Complete",
                ["Timestamps"] = lagSeconds.Select((_, i) => Started.AddMinutes(i).ToString("O")).ToArray(), ["Values"] = lagSeconds,
            },
            new Dictionary<string, object>
            {
                ["Id"] = PipelineDefaults.CdcLatencyTargetId, ["Label"] = "CDCLatencyTarget", ["StatusCode"] = "Complete",
                ["Timestamps"] = Array.Empty<string>(), ["Values"] = Array.Empty<double>(),
            },
        },
    });

    private static ResolvedRun FullRun() => RunResolver.Resolve(ConfigLoader.LoadDefault(), RunOverrides.None with { Profile = "full" });

    private static SuiteMeasurements Collect(string responses)
    {
        using var document = JsonDocument.Parse(responses);
        var plan = new RunPlan("exec-1", new RunRequest(Suites: ["pipeline"]), new SuiteSelection(false, false, true, false), "full", "http://127.0.0.1:9/", "closed", 0, null, 0, []);
        return new PipelineCollector().Collect(new CollectInput("pipeline", plan, document.RootElement.Clone(), Started), FullRun(), Started.AddMinutes(4));
    }

    private static IReadOnlyList<ThresholdOutcome> Judge(SuiteMeasurements m) =>
        ThresholdEvaluator.Evaluate(FullRun().Pipeline!.Thresholds, new SuiteMetricSource(m));

    private static List<double> Samples(SuiteMeasurements m, string series) =>
        m.Samples.Where(s => s.Series == series).SelectMany(s => s.Values).ToList();
}
