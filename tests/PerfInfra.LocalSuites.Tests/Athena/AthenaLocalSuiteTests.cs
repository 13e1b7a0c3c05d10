using PerfInfra.Engine.Config;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Athena;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.LocalSuites.Athena;

namespace PerfInfra.LocalSuites.Tests.Athena;

/// <summary>
/// The real thing, briefly: DuckDB generates a small partitioned data set, workers run the queries for
/// a second or two, and the numbers are asserted (classes sampled, pruning visible, failures counted).
/// </summary>
public sealed class AthenaLocalSuiteTests : IDisposable
{
    // Small: 91 daily partitions (the built-in queries' quarter) of 40 orders each, generated in ~1 s.
    private static readonly AthenaLocalSuiteOptions SmallData = new() { OrdersPerDay = 40 };

    private readonly string _scratch = Directory.CreateTempSubdirectory("perfinfra-athena-local-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task RunAsync_BuiltInQueries_EveryClassHasDurationAndBytesSamples()
    {
        var m = await CreateSut().RunAsync(Context(Run("2s"), configDirectory: null), CancellationToken.None);

        Assert.Equal("athena", m.Suite);
        Assert.Equal(RunCompletion.Completed, m.Completion);
        Assert.Equal(0, m.Failures);
        foreach (var queryClass in new[] { "simple", "complex" })
        {
            Assert.NotEmpty(Samples(m, queryClass, AthenaSeries.Duration));
            Assert.All(Samples(m, queryClass, AthenaSeries.BytesScanned), b => Assert.True(b > 0));
        }

        // Every built-in query ran at least once (3 workers loop over 6 queries from different starts).
        var perQuery = m.Tables.Single(t => t.Title == "Athena queries");
        Assert.Equal(AthenaQuerySet.BuiltIn().Queries.Count, perQuery.Rows.Count);
        Assert.True(m.Values.Single(v => v.Scope is null && v.Series == AthenaSeries.Cost).Value > 0);
        Assert.Contains(m.NotMeasured, n => n.Series == AthenaSeries.QueueTime);
    }

    [Fact]
    public async Task RunAsync_PruningTable_PartitionFilterReadsFewerBytesForTheSameAnswer()
    {
        var m = await CreateSut().RunAsync(Context(Run("500ms"), configDirectory: null), CancellationToken.None);

        var table = m.Tables.Single(t => t.Title.StartsWith("Partition pruning", StringComparison.Ordinal));
        var (pruned, unpruned) = (table.Rows[0], table.Rows[1]);
        Assert.Equal("1/91", pruned[1]);
        Assert.Equal("91/91", unpruned[1]);
        Assert.Equal(pruned[^1], unpruned[^1]);
        Assert.DoesNotContain("MISMATCH", table.Note, StringComparison.Ordinal);
        Assert.True(ParseBytes(pruned[2]) * 10 < ParseBytes(unpruned[2]), $"pruned {pruned[2]} vs unpruned {unpruned[2]}");
    }

    [Fact]
    public async Task RunAsync_PartitionedQueryVersusFullScan_BytesScannedSamplesDiffer()
    {
        var config = WriteQueries(new()
        {
            ["simple/one_day.sql"] = "SELECT count(*) FROM orders WHERE dt = '2024-02-01'",
            ["complex/all_days.sql"] = "SELECT count(*) FROM orders WHERE CAST(created_at AS DATE) = DATE '2024-02-01'",
        });

        var m = await CreateSut().RunAsync(Context(Run("1s"), config), CancellationToken.None);

        var oneDay = Samples(m, "simple", AthenaSeries.BytesScanned).Max();
        var allDays = Samples(m, "complex", AthenaSeries.BytesScanned).Min();
        Assert.True(oneDay * 10 < allDays, $"one partition {oneDay} B vs all {allDays} B");
    }

    [Fact]
    public async Task RunAsync_BrokenQuery_CountsAsFailureNeverAsSample()
    {
        var config = WriteQueries(new()
        {
            ["simple/good.sql"] = "SELECT count(*) FROM orders WHERE dt = '2024-02-01'",
            ["complex/broken.sql"] = "SELECT no_such_column FROM orders",
        });

        var m = await CreateSut().RunAsync(Context(Run("1s"), config), CancellationToken.None);

        Assert.True(m.Failures > 0);
        Assert.Equal(m.Failures, m.FailuresByKind[AthenaFailureKinds.QueryError]);
        Assert.DoesNotContain(m.Samples, s => s.Scope == "complex");
        Assert.NotEmpty(Samples(m, "simple", AthenaSeries.Duration));
        var row = m.Tables.Single(t => t.Title == "Athena queries").Rows.Single(r => r[1] == "broken");
        Assert.Contains("no_such_column", row[^1], StringComparison.Ordinal);
        // The threshold on the broken class has no samples, so it cannot pass.
        Assert.Null(new SuiteMetricSource(m).Measure(
            new Engine.Thresholds.ThresholdScope("athena", "complex"),
            new Engine.Thresholds.MetricSelector("duration", Engine.Thresholds.MetricAggregation.Percentile, 95)));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsTheDataSoFarAsInterrupted()
    {
        using var cts = new CancellationTokenSource();
        var progress = 0;
        var context = Context(Run("1m"), null) with
        {
            Progress = p =>
            {
                if (p.Activity == "running queries" && Interlocked.Increment(ref progress) == 5)
                {
                    cts.Cancel();
                }
            },
        };

        var m = await CreateSut().RunAsync(context, cts.Token);

        Assert.Equal(RunCompletion.Interrupted, m.Completion);
        Assert.True(m.Operations >= 4, $"{m.Operations} operations");
        Assert.True(m.EndedAt - m.StartedAt < TimeSpan.FromSeconds(50));
    }

    [Fact]
    public async Task RunAsync_MissingQueriesFolder_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<QuerySetException>(() => CreateSut().RunAsync(Context(Run("1s"), _scratch), CancellationToken.None));

        Assert.Contains(Path.Combine(_scratch, "queries"), error.Message, StringComparison.Ordinal);
    }

    private static AthenaLocalSuite CreateSut() => new(SmallData);

    private LocalSuiteContext Context(ResolvedRun run, string? configDirectory) =>
        new(run, configDirectory, NewFolder("work-"), TimeProvider.System, _ => { });

    private string NewFolder(string prefix) => Directory.CreateDirectory(Path.Combine(_scratch, prefix + Guid.NewGuid().ToString("N"))).FullName;

    private static ResolvedRun Run(string duration)
    {
        var yaml = $$"""
            version: 1
            default_profile: test
            target: { base_url: demo, allow_hosts: [127.0.0.1] }
            profiles:
              test:
                api: { model: closed, users: 1, duration: 1s }
                athena: { concurrency: 3, duration: {{duration}} }
            suites:
              api:
                scenarios:
                  - { name: s, steps: [ { name: a, get: / } ] }
              athena:
                queries_dir: queries
                thresholds:
                  simple: ["duration.p95 < 2s"]
                  complex: ["duration.p95 < 15s"]
            """;
        return RunResolver.Resolve(ConfigLoader.LoadText(yaml, "test.yaml"), RunOverrides.None);
    }

    private string WriteQueries(Dictionary<string, string> files)
    {
        var config = NewFolder("config-");
        foreach (var (relative, sql) in files)
        {
            var path = Path.Combine(config, "queries", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, sql);
        }

        return config;
    }

    private static IReadOnlyList<double> Samples(SuiteMeasurements m, string scope, string series) =>
        m.Samples.SingleOrDefault(s => s.Scope == scope && s.Series == series)?.Values ?? [];

    private static double ParseBytes(string text)
    {
        var parts = text.Split(' ');
        var factor = parts[1] switch { "B" => 1, "KiB" => 1024, "MiB" => 1024 * 1024, _ => 1024d * 1024 * 1024 };
        return double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * factor;
    }
}
