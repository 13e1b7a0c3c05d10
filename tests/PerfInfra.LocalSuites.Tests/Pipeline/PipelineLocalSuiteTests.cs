using PerfInfra.Engine.Config;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Suites.Pipeline;
using PerfInfra.Engine.Thresholds;
using PerfInfra.LocalSuites.Pipeline;

namespace PerfInfra.LocalSuites.Tests.Pipeline;

/// <summary>The real thing: orders through CSV, DuckDB and Parquet on disk, judged by the config's thresholds.</summary>
public sealed class PipelineLocalSuiteTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("perfinfra-pipeline-").FullName;
    private readonly List<SuiteProgress> _progress = [];

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task RunAsync_20000Records_EveryRecordIsQueryableInPartitionedParquet()
    {
        var measurements = await CreateSut(new PipelineLocalOptions { Records = 20_000 }).RunAsync(CreateContext(), CancellationToken.None);

        Assert.Equal(RunCompletion.Completed, measurements.Completion);
        Assert.Equal(0, measurements.Failures);
        var partitions = Directory.GetDirectories(Path.Combine(_work, "curated", "orders")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 7).Select(d => $"dt=2026-11-{d:D2}"), partitions);
        Assert.All(partitions, p => Assert.NotEmpty(Directory.GetFiles(Path.Combine(_work, "curated", "orders", p!), "*.parquet")));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_work, "raw"), "LOAD*.csv").Length);
        var table = measurements.Tables.Single();
        Assert.Equal(["generate", "land", "convert", "verify", "end to end"], table.Rows.Select(r => r[0]));
        Assert.StartsWith("20,000 of 20,000 records queryable; 7 dt partitions", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_20000Records_TimingsArePlausibleAndTheSeedThresholdsPass()
    {
        var measurements = await CreateSut(new PipelineLocalOptions { Records = 20_000 }).RunAsync(CreateContext(), CancellationToken.None);

        var batches = Samples(measurements, "batch_duration");
        var endToEnd = Assert.Single(Samples(measurements, "end_to_end"));
        Assert.Equal(2, batches.Count);
        Assert.All(batches, b => Assert.InRange(b, 0.1, endToEnd));
        // A few seconds on a loaded two-core box; a minute would mean something is badly wrong.
        Assert.InRange(endToEnd, batches.Sum(), TimeSpan.FromMinutes(1).TotalMilliseconds);
        var rate = measurements.Values.Single(v => v.Series == "records_per_second" && v.Scope is null).Value;
        Assert.Equal(20_000 / (endToEnd / 1000), rate, 6);

        var outcomes = Judge(measurements);
        Assert.All(outcomes.Where(o => o.Definition.Expression.Metric.Series != "dms_lag"), o => Assert.True(o.Passed, o.Reason));
        var dms = outcomes.Single(o => o.Definition.Expression.Metric.Series == "dms_lag");
        Assert.True(dms.NotMeasured);
        Assert.False(dms.Passed);
        Assert.Contains("needs AWS DMS", dms.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ARecordLostBeforeConversion_IsDetectedAndTheSuiteCannotPass()
    {
        var measurements = await CreateSut(new PipelineLocalOptions { Records = 5000, RecordsPerFile = 2000, DropRecordAt = 4321 }).RunAsync(CreateContext(), CancellationToken.None);

        Assert.Equal(1, measurements.FailuresByKind[PipelineDefaults.RecordsMissingKind]);
        Assert.Empty(Samples(measurements, "end_to_end"));
        Assert.Contains("4,999 of 5,000 records queryable", measurements.Tables.Single().Note, StringComparison.Ordinal);
        var endToEnd = Judge(measurements).Single(o => o.Definition.Expression.Metric.Series == "end_to_end");
        Assert.False(endToEnd.Passed);
        Assert.Equal(ThresholdEvaluator.NoSamplesReason, endToEnd.Reason);
    }

    [Fact]
    public async Task RunAsync_NoRecordOption_UsesTheProfilesRecordCount()
    {
        var measurements = await CreateSut().RunAsync(CreateContext(), CancellationToken.None);

        Assert.Contains("1,000 of 1,000 records queryable", measurements.Tables.Single().Note, StringComparison.Ordinal);
        Assert.Equal(1000, _progress.Last().Total);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileConverting_ReturnsTheStagesSoFarAsInterrupted()
    {
        using var cancel = new CancellationTokenSource();
        var context = CreateContext() with
        {
            Progress = p =>
            {
                if (p.Activity.StartsWith("converting", StringComparison.Ordinal))
                {
                    cancel.Cancel();
                }
            },
        };

        var measurements = await CreateSut(new PipelineLocalOptions { Records = 6000, RecordsPerFile = 1000 }).RunAsync(context, cancel.Token);

        Assert.Equal(RunCompletion.Interrupted, measurements.Completion);
        Assert.Contains("convert", measurements.CompletionReason, StringComparison.Ordinal);
        Assert.Equal(["generate", "land"], measurements.Tables.Single().Rows.Select(r => r[0]));
        Assert.Single(Samples(measurements, "batch_duration"));
        Assert.Empty(Samples(measurements, "end_to_end"));
    }

    [Fact]
    public async Task RunAsync_Progress_CountsUpToTheRecordsInEveryStage()
    {
        await CreateSut(new PipelineLocalOptions { Records = 3000, RecordsPerFile = 1000 }).RunAsync(CreateContext(), CancellationToken.None);

        Assert.All(_progress, p => Assert.Equal("pipeline", p.Suite));
        Assert.Equal([1000, 2000, 3000], _progress.Where(p => p.Activity == "landing raw files").Select(p => p.Done));
        Assert.Equal(3000, _progress.Last(p => p.Activity == "converting to Parquet").Done);
    }

    [Fact]
    public void Validate_BadOptions_ListsEveryError()
    {
        var errors = new PipelineLocalOptions { Records = 0, RecordsPerFile = -1, DropRecordAt = -2 }.Validate();

        Assert.Equal(3, errors.Count);
    }

    private static PipelineLocalSuite CreateSut(PipelineLocalOptions? options = null) => new(options);

    private LocalSuiteContext CreateContext() =>
        new(RunResolver.Resolve(ConfigLoader.LoadDefault(), RunOverrides.None with { Profile = "local" }), null, _work, TimeProvider.System, _progress.Add);

    private static IReadOnlyList<ThresholdOutcome> Judge(SuiteMeasurements measurements) =>
        ThresholdEvaluator.Evaluate(RunResolver.Resolve(ConfigLoader.LoadDefault(), RunOverrides.None).Pipeline!.Thresholds, new SuiteMetricSource(measurements));

    private static List<double> Samples(SuiteMeasurements m, string series) =>
        m.Samples.Where(s => s.Series == series).SelectMany(s => s.Values).ToList();
}
