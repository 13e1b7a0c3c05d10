using Xunit.Abstractions;
using PerfInfra.Engine.Suites.Lambda;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;
using PerfInfra.LocalSuites.Lambda;
using PerfInfra.LocalSuites.Tests.Support;

namespace PerfInfra.LocalSuites.Tests.Lambda;

/// <summary>The suite against the real AOT bootstrap: new processes for cold starts, one reused for warm invocations.</summary>
public sealed class LocalLambdaSuiteTests(PublishedBootstrap bootstrap, ITestOutputHelper output) : IClassFixture<PublishedBootstrap>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("perfinfra-lambda-suite-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private LocalLambdaSuite CreateSut(string? bootstrapPath = null, LocalLambdaOptions? options = null) =>
        new(name => name == "PERF_LAMBDA_BOOTSTRAP" ? bootstrapPath ?? bootstrap.Path : null, options ?? new LocalLambdaOptions());

    [Fact]
    public async Task RunAsync_EchoHandler_ColdStartsSlowerThanWarm()
    {
        // echo does no work, so cold − warm is the runtime's own start: process, init, first /next.
        var measurements = await CreateSut(options: new LocalLambdaOptions { Handler = "echo" })
            .RunAsync(TestRuns.Context(coldStarts: 3, warmInvocations: 15, _work), CancellationToken.None);
        Print(measurements);

        Assert.True(measurements.Failures == 0, string.Join("\n", measurements.Tables.SelectMany(t => t.Rows).Select(r => string.Join(" | ", r))));
        var cold = Values(measurements, LambdaSeries.ColdStart);
        var warm = Values(measurements, LambdaSeries.Warm);
        Assert.Equal(3, cold.Length);
        Assert.Equal(15, warm.Length);
        Assert.True(cold.Min() > SampleStatistics.Percentile(warm.Order().ToArray(), 50), $"cold {string.Join(", ", cold)} vs warm {string.Join(", ", warm)}");
        Assert.Equal("echo", Assert.Single(measurements.Tables).Rows.Single()[0]);
    }

    [Fact]
    public async Task RunAsync_PublishedBootstrapPlanHandler_ReportLinesParsedAndMemoryARatio()
    {
        var progress = new List<SuiteProgress>();

        var measurements = await CreateSut().RunAsync(TestRuns.Context(coldStarts: 3, warmInvocations: 15, _work, progress), CancellationToken.None);
        Print(measurements);

        Assert.True(measurements.Failures == 0, string.Join("\n", measurements.Tables.SelectMany(t => t.Rows).Select(r => string.Join(" | ", r))));
        Assert.Equal(18, measurements.Operations);
        var cold = Values(measurements, LambdaSeries.ColdStart);
        var warm = Values(measurements, LambdaSeries.Warm);
        var memory = Values(measurements, LambdaSeries.MemoryUsed);
        Assert.Equal(3, cold.Length);
        Assert.Equal(3, Values(measurements, LambdaSeries.InitDuration).Length);
        Assert.Equal(15, warm.Length);
        Assert.Equal(18, memory.Length);
        // A cold start is its init plus its own duration: never below the init, and above a warm invocation.
        Assert.All(cold.Zip(Values(measurements, LambdaSeries.InitDuration)), p => Assert.True(p.First > p.Second));
        Assert.True(cold.Min() > SampleStatistics.Percentile(warm.Order().ToArray(), 50), $"cold {string.Join(", ", cold)} vs warm {string.Join(", ", warm)}");
        Assert.All(memory, m => Assert.InRange(m, double.Epsilon, 1 - double.Epsilon));
        Assert.All(Values(measurements, LambdaSeries.InitDuration), i => Assert.True(i > 0));
        Assert.Contains("Native AOT bootstrap", measurements.Source, StringComparison.Ordinal);
        Assert.Equal("plan", measurements.Tables[0].Rows.Single()[0]);
        Assert.Equal(18, progress[^1].Done);

        var judged = new SuiteMetricSource(measurements).Measure(new ThresholdScope(MetricCatalog.Lambda, "plan"), new MetricSelector(LambdaSeries.ColdStart, MetricAggregation.Max));
        Assert.Equal(cold.Max(), judged);
    }

    [Fact]
    public async Task RunAsync_NoBootstrap_EverySeriesNotMeasuredWithThePublishCommand()
    {
        var measurements = await CreateSut(Path.Combine(_work, "missing", "bootstrap")).RunAsync(TestRuns.Context(1, 1, _work), CancellationToken.None);

        Assert.Empty(measurements.Samples);
        Assert.Equal(4, measurements.NotMeasured.Count);
        Assert.All(measurements.NotMeasured, n => Assert.Contains("dotnet publish lambdas/PerfInfra.Lambdas -c Release -r linux-x64", n.Reason, StringComparison.Ordinal));
        Assert.NotNull(new SuiteMetricSource(measurements).NotMeasuredReason(new ThresholdScope(MetricCatalog.Lambda), new MetricSelector(LambdaSeries.ColdStart, MetricAggregation.Max)));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task RunAsync_RuntimeThatExits_EveryInvocationIsAFailureNeverASample()
    {
        var script = Path.Combine(_work, "crashing-bootstrap");
        await File.WriteAllTextAsync(script, "#!/bin/sh\necho 'boom: no handler' >&2\nexit 3\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var measurements = await CreateSut(script).RunAsync(TestRuns.Context(2, 2, _work), CancellationToken.None);

        Assert.Empty(measurements.Samples);
        Assert.Equal(4, measurements.Failures);
        Assert.Equal(4, measurements.FailuresByKind["Runtime.ExitError"]);
        Assert.Contains("boom", measurements.Tables.Single(t => t.Title == "Lambda failures").Rows[0][3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsAsInterrupted()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var measurements = await CreateSut().RunAsync(TestRuns.Context(2, 5, _work), cancel.Token);

        Assert.Equal(Engine.Metrics.RunCompletion.Interrupted, measurements.Completion);
        Assert.True(measurements.Operations < 7);
    }

    /// <summary>The figures, for `dotnet test … --logger "console;verbosity=detailed"`.</summary>
    private void Print(SuiteMeasurements measurements)
    {
        var table = measurements.Tables[0];
        output.WriteLine(string.Join(" | ", table.Columns));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(" | ", row));
        }

        foreach (var series in measurements.Samples)
        {
            var summary = SampleStatistics.Summarize(series.Values)!.Value;
            output.WriteLine($"{series.Scope} {series.Series}: n={summary.Count} min={summary.Min:0.###} p50={summary.P50:0.###} p95={summary.P95:0.###} max={summary.Max:0.###}");
        }
    }

    private static double[] Values(SuiteMeasurements measurements, string series) =>
        measurements.Samples.Where(s => s.Series == series).SelectMany(s => s.Values).ToArray();
}
