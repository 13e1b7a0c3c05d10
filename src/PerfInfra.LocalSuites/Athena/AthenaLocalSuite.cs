using System.Collections.Concurrent;
using System.Globalization;
using DuckDB.NET.Data;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Athena;
using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.LocalSuites.Athena;

/// <summary>
/// The Athena suite on this machine: DuckDB over a generated Hive-partitioned Parquet copy of the
/// curated tables. <c>concurrency</c> workers each loop over the query files (starting at different
/// queries) for <c>duration</c>; every run's wall time and the bytes of the Parquet files it read become
/// the same series the AWS branch reports (duration, bytes_scanned, cost per query class). Queue,
/// planning and engine time are Athena's own and reported as not measured. Before the load, one query
/// runs with and without its partition filter to show what pruning saves.
/// </summary>
public sealed class AthenaLocalSuite(AthenaLocalSuiteOptions? options = null) : ILocalSuite
{
    private const string NeedsAthena = "needs Amazon Athena (DuckDB has no queue/planning/engine split)";

    private readonly AthenaLocalSuiteOptions _options = options ?? new AthenaLocalSuiteOptions();

    public AthenaLocalSuite()
        : this(null)
    {
    }

    public string Name => AthenaSeries.Suite;

    public async Task<SuiteMeasurements> RunAsync(LocalSuiteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Run.Athena
            ?? throw new InvalidOperationException($"profile '{context.Run.ProfileName}' does not size the athena suite; add profiles.{context.Run.ProfileName}.athena: {{ concurrency: 5, duration: 1m }}");
        if (_options.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException("athena local suite: " + string.Join("; ", errors));
        }

        var queries = context.ConfigDirectory is null
            ? AthenaQuerySet.BuiltIn()
            : AthenaQuerySet.Load(Path.Combine(context.ConfigDirectory, settings.QueriesDirectory));
        var pricing = new AthenaPricing(settings.PricePerTerabyteUsd);
        var startedAt = context.Time.GetUtcNow();

        Report(context, "generating the Parquet data set", 0, null);
        var data = await Task.Run(() => ParquetDataSetGenerator.Generate(Path.Combine(context.WorkDirectory, "athena-data"), _options), CancellationToken.None);

        var outcomes = new ConcurrentQueue<AthenaQueryOutcome>();
        var interrupted = false;
        Engine.Reporting.ReportTable? pruning = null;
        try
        {
            pruning = await Task.Run(() => PruningTable(context, data), cancellationToken);
            Report(context, "running queries", 0, null);
            await RunWorkersAsync(context, settings, queries, data, outcomes, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        var measurements = new AthenaMeasurementsBuilder(pricing).Build(outcomes.ToArray(), startedAt, context.Time.GetUtcNow());
        return measurements with
        {
            Tables = pruning is null ? measurements.Tables : [.. measurements.Tables, pruning],
            NotMeasured =
            [
                new NotMeasuredSeries(AthenaSeries.QueueTime, NeedsAthena),
                new NotMeasuredSeries(AthenaSeries.PlanningTime, NeedsAthena),
                new NotMeasuredSeries(AthenaSeries.EngineTime, NeedsAthena),
            ],
            Source = string.Create(CultureInfo.InvariantCulture,
                $"DuckDB {DuckDbQueryRunner.Version()} on this machine; {queries.Queries.Count} queries ({queries.Source}) over {_options.Days} days × {_options.OrdersPerDay} orders of Hive-partitioned Parquet ({AthenaMeasurementsBuilder.Bytes(data.TotalBytes())}); bytes scanned = bytes of the Parquet files read"),
            Completion = interrupted ? RunCompletion.Interrupted : RunCompletion.Completed,
            CompletionReason = interrupted ? "stopped before the configured duration; the queries run so far are reported" : null,
        };
    }

    private Engine.Reporting.ReportTable PruningTable(LocalSuiteContext context, ParquetDataSet data)
    {
        using var runner = new DuckDbQueryRunner(data, Path.Combine(context.WorkDirectory, "athena-profile-pruning.json"), Environment.ProcessorCount);
        var day = _options.FirstDay.AddDays(_options.Days / 2);
        var (pruned, unpruned) = PartitionPruningDemo.Run(runner, day, CancellationToken.None);
        return PartitionPruningDemo.Table(day, pruned, unpruned, data.TotalBytes(ParquetDataSetGenerator.Orders));
    }

    private static async Task RunWorkersAsync(
        LocalSuiteContext context, AthenaRunSettings settings, AthenaQuerySet queries, ParquetDataSet data,
        ConcurrentQueue<AthenaQueryOutcome> outcomes, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        var threads = Math.Max(1, Environment.ProcessorCount / settings.Concurrency);
        long done = 0;
        var workers = Enumerable.Range(0, settings.Concurrency).Select(worker => Task.Run(() =>
        {
            using var runner = new DuckDbQueryRunner(data, Path.Combine(context.WorkDirectory, $"athena-profile-{worker}.json"), threads);
            // Workers start at different queries so every class is in flight from the start.
            for (var i = worker; context.Time.GetElapsedTime(started) < settings.Duration; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var query = queries.Queries[i % queries.Queries.Count];
                outcomes.Enqueue(RunOne(runner, query, cancellationToken));
                var n = Interlocked.Increment(ref done);
                Report(context, "running queries", n, null);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
    }

    private static AthenaQueryOutcome RunOne(DuckDbQueryRunner runner, AthenaQuery query, CancellationToken cancellationToken)
    {
        try
        {
            var run = runner.Run(query.Sql, cancellationToken);
            return new AthenaQueryOutcome(
                query.QueryClass, query.Name,
                new AthenaQueryStatistics(run.Elapsed.TotalMilliseconds, null, null, null, null, run.Profile.BytesRead));
        }
        catch (DuckDBException e)
        {
            return new AthenaQueryOutcome(query.QueryClass, query.Name, null, AthenaFailureKinds.QueryError, e.Message);
        }
    }

    private static void Report(LocalSuiteContext context, string activity, long done, long? total) =>
        context.Progress(new SuiteProgress(AthenaSeries.Suite, activity, done, total));
}
