using DuckDB.NET.Data;
using PerfInfra.DataPipeline;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Suites.Pipeline;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>
/// The data-pipeline throughput suite on this machine: generate N deterministic orders → land them as
/// raw CSV files (batched like DMS output) → convert each file to Hive-partitioned Parquet with DuckDB
/// (the AWS Batch job's stand-in; one batch_duration sample per file) → verify that every record is
/// queryable (count, distinct ids and id checksum over the Parquet) → stage times, end_to_end and
/// records/s. DMS lag is not measured here ("needs AWS DMS"), never passed. A lost or duplicated
/// record is a failure of its own kind and leaves end_to_end without samples, so the suite cannot pass.
/// </summary>
public sealed class PipelineLocalSuite(PipelineLocalOptions? options = null) : ILocalSuite
{
    public const string DmsNotMeasuredReason = "needs AWS DMS: the local pipeline has no replication source to measure";

    private readonly PipelineLocalOptions _options = options ?? new PipelineLocalOptions();

    public string Name => MetricCatalog.Pipeline;

    public async Task<SuiteMeasurements> RunAsync(LocalSuiteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_options.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(context));
        }

        var records = _options.Records ?? context.Run.Pipeline?.Records ?? PipelineLocalDefaults.Records;
        var run = new Run(context, records);
        try
        {
            await run.ExecuteAsync(_options, cancellationToken);
            return run.Finish(RunCompletion.Completed, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return run.Finish(RunCompletion.Interrupted, $"cancelled during the {run.CurrentStage} stage");
        }
    }

    /// <summary>One run's state, so a cancellation can report the stages that finished.</summary>
    private sealed class Run(LocalSuiteContext context, int records)
    {
        private readonly DateTimeOffset _startedAt = context.Time.GetUtcNow();
        private readonly List<PipelineStage> _stages = [];
        private readonly List<double> _batchMilliseconds = [];
        private readonly Dictionary<string, long> _failures = new(StringComparer.Ordinal);
        private readonly List<string> _notes = [];
        private string _source = "DuckDB in process on this machine (standing in for AWS Batch and Athena)";
        private long? _verified;

        public string CurrentStage { get; private set; } = PipelineDefaults.GenerateStage;

        public async Task ExecuteAsync(PipelineLocalOptions options, CancellationToken cancellationToken)
        {
            var rawDirectory = Path.Combine(context.WorkDirectory, PipelineLocalDefaults.RawFolder);
            var tableDirectory = Path.Combine(context.WorkDirectory, PipelineLocalDefaults.CuratedFolder, OrdersTable.Name);

            var orders = Stage(PipelineDefaults.GenerateStage, records, () => Generate(cancellationToken));
            var raw = await StageAsync(PipelineDefaults.LandStage, records, () =>
                new RawZoneWriter(rawDirectory, options.RecordsPerFile).WriteAsync(orders, options.DropRecordAt, done => Report("landing raw files", done), cancellationToken));

            await using var connection = new DuckDBConnection("DataSource=:memory:");
            await connection.OpenAsync(cancellationToken);
            _source = $"DuckDB {connection.ServerVersion} in process on this machine (standing in for AWS Batch and Athena)";
            var converter = new ParquetConverter(connection, tableDirectory);
            await StageAsync(PipelineDefaults.ConvertStage, raw.Sum(f => f.Records), async () =>
            {
                long converted = 0;
                for (var i = 0; i < raw.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var batchStart = context.Time.GetTimestamp();
                    await converter.ConvertAsync(raw[i].Path, $"batch{i + 1:D5}", cancellationToken);
                    _batchMilliseconds.Add(context.Time.GetElapsedTime(batchStart).TotalMilliseconds);
                    converted += raw[i].Records;
                    Report("converting to Parquet", converted);
                }

                return converted;
            });

            var count = await StageAsync(PipelineDefaults.VerifyStage, records, () => new LakeVerifier(connection, tableDirectory).CountAsync(PipelineLocalDefaults.OrderIdPrefix, cancellationToken));
            Judge(count);
        }

        public SuiteMeasurements Finish(RunCompletion completion, string? reason) => PipelineMeasurements.From(
            new PipelineRun(_source, records, _startedAt, context.Time.GetUtcNow(), _stages)
            {
                RecordsVerified = _verified,
                BatchDurationsMilliseconds = _batchMilliseconds,
                FailuresByKind = _failures,
                NotMeasured = [new NotMeasuredSeries(DmsLagReading.Series, DmsNotMeasuredReason)],
                Notes = _notes,
                Completion = completion,
                CompletionReason = reason,
            });

        private OrderRecord[] Generate(CancellationToken cancellationToken)
        {
            var orders = new OrderGenerator(PipelineLocalDefaults.OrderIdPrefix, PipelineLocalDefaults.FirstDay, records).CreateAll(cancellationToken);
            Report("generating orders", records);
            return orders;
        }

        private void Judge(LakeCount count)
        {
            _verified = count.Records;
            var expectedPartitions = Math.Min(records, DataPipelineDefaults.PartitionDays);
            _notes.Add($"{count.Partitions} dt partitions (expected {expectedPartitions})");
            if (count.Records < records)
            {
                _failures[PipelineDefaults.RecordsMissingKind] = records - count.Records;
                _notes.Add($"{records - count.Records:N0} records missing after conversion");
            }
            else if (!count.IsExactly(records))
            {
                // As many rows as sent but not the same ones: duplicated or altered ids.
                _failures[PipelineDefaults.ChecksumMismatchKind] = 1;
                _notes.Add($"{count.Records:N0} rows, {count.DistinctIds:N0} distinct ids, id sum {count.IdSum}, {count.ForeignIds:N0} ids without the run prefix (expected {records:N0} rows, id sum {OrderGenerator.IdChecksum(records)})");
            }
        }

        private T Stage<T>(string name, long stageRecords, Func<T> body)
        {
            CurrentStage = name;
            var start = context.Time.GetUtcNow();
            var result = body();
            _stages.Add(new PipelineStage(name, stageRecords, start, context.Time.GetUtcNow()));
            return result;
        }

        private async Task<T> StageAsync<T>(string name, long stageRecords, Func<Task<T>> body)
        {
            CurrentStage = name;
            var start = context.Time.GetUtcNow();
            var result = await body();
            _stages.Add(new PipelineStage(name, stageRecords, start, context.Time.GetUtcNow()));
            return result;
        }

        private void Report(string activity, long done) => context.Progress(new SuiteProgress(MetricCatalog.Pipeline, activity, done, records));
    }
}
