namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// The series every suite measures, their canonical units and the aggregations thresholds may use.
/// The threshold parser rejects anything not listed here, so a typo in a metric name is a config
/// error and never a threshold that silently has no samples.
/// </summary>
public static class MetricCatalog
{
    public const string Api = "api";
    public const string Athena = "athena";
    public const string Pipeline = "pipeline";
    public const string Lambda = "lambda";

    private static readonly MetricAggregation[] Distribution =
    [
        MetricAggregation.Avg, MetricAggregation.Min, MetricAggregation.Med,
        MetricAggregation.Max, MetricAggregation.Percentile, MetricAggregation.Count,
    ];

    private static readonly MetricAggregation[] SingleValue = [MetricAggregation.Value];

    private static readonly MetricSeries[] AllSeries =
    [
        new(Api, "latency", MetricUnit.Milliseconds, Distribution, null,
            "Response time per request; in open models measured from the intended send time (coordinated omission corrected)."),
        new(Api, "service_time", MetricUnit.Milliseconds, Distribution, null,
            "Response time from the actual send (uncorrected); differs from latency only in open models."),
        new(Api, "error_rate", MetricUnit.Ratio, SingleValue, MetricAggregation.Value,
            "Failed requests ÷ all requests (unexpected status, timeout, connection error)."),
        new(Api, "rps", MetricUnit.PerSecond, SingleValue, MetricAggregation.Value,
            "Completed requests per second over the run."),
        new(Api, "requests", MetricUnit.Count, SingleValue, MetricAggregation.Value,
            "Completed requests in the run."),

        new(Athena, "duration", MetricUnit.Milliseconds, Distribution, null,
            "Query execution time (Athena's TotalExecutionTimeInMillis; locally the DuckDB wall time)."),
        new(Athena, "queue_time", MetricUnit.Milliseconds, Distribution, null,
            "Time a query waited in Athena's queue for resources (AWS only)."),
        new(Athena, "planning_time", MetricUnit.Milliseconds, Distribution, null,
            "Time Athena spent planning a query, partition listing included (AWS only)."),
        new(Athena, "engine_time", MetricUnit.Milliseconds, Distribution, null,
            "Time the query engine spent running a query (AWS only)."),
        new(Athena, "bytes_scanned", MetricUnit.Bytes, Distribution, MetricAggregation.Max,
            "Bytes scanned per query (what Athena bills)."),
        new(Athena, "cost", MetricUnit.Usd, [MetricAggregation.Value, MetricAggregation.Avg, MetricAggregation.Max], MetricAggregation.Value,
            "Estimated cost in US dollars; the bare name is the run's total."),

        new(Pipeline, "dms_lag", MetricUnit.Milliseconds, Distribution, MetricAggregation.Max,
            "DMS replication lag (source commit to target apply)."),
        new(Pipeline, "batch_duration", MetricUnit.Milliseconds, Distribution, MetricAggregation.Max,
            "Duration of one AWS Batch processing job."),
        new(Pipeline, "end_to_end", MetricUnit.Milliseconds, Distribution, MetricAggregation.Max,
            "Time from a record's insert to its availability for queries."),
        new(Pipeline, "records_per_second", MetricUnit.PerSecond, [MetricAggregation.Value, MetricAggregation.Min, MetricAggregation.Avg], MetricAggregation.Value,
            "Pipeline throughput over the run."),

        new(Lambda, "cold_start", MetricUnit.Milliseconds, Distribution, MetricAggregation.Max,
            "Duration of invocations that hit a new execution environment, init included."),
        new(Lambda, "warm", MetricUnit.Milliseconds, Distribution, null,
            "Duration of invocations on a warm execution environment."),
        new(Lambda, "memory_used", MetricUnit.Ratio, Distribution, MetricAggregation.Max,
            "Max memory used ÷ configured memory, per invocation."),
        new(Lambda, "init_duration", MetricUnit.Milliseconds, Distribution, MetricAggregation.Max,
            "Init phase duration of cold starts."),
    ];

    private static readonly Dictionary<string, string> DefaultSeriesBySuite = new(StringComparer.Ordinal)
    {
        [Api] = "latency",
        [Athena] = "duration",
    };

    public static IReadOnlyList<string> Suites { get; } = [Api, Athena, Pipeline, Lambda];

    public static bool IsSuite(string suite) => Suites.Contains(suite);

    /// <summary>Every series of <paramref name="suite"/>; throws <see cref="ArgumentException"/> for an unknown suite.</summary>
    public static IReadOnlyList<MetricSeries> SeriesOf(string suite)
    {
        EnsureSuite(suite);
        return Array.FindAll(AllSeries, s => s.Suite == suite);
    }

    public static MetricSeries? Find(string suite, string series)
    {
        EnsureSuite(suite);
        return Array.Find(AllSeries, s => s.Suite == suite && s.Name == series);
    }

    /// <summary>The series a bare aggregation (<c>p95 &lt; 1s</c>) judges, or null when the suite has none.</summary>
    public static MetricSeries? DefaultSeries(string suite)
    {
        EnsureSuite(suite);
        return DefaultSeriesBySuite.TryGetValue(suite, out var name) ? Find(suite, name) : null;
    }

    private static void EnsureSuite(string suite)
    {
        if (!IsSuite(suite))
        {
            throw new ArgumentException($"unknown suite '{suite}'; expected one of {string.Join(", ", Suites)}", nameof(suite));
        }
    }
}
