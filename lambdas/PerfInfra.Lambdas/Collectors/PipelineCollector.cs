using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Suites.Pipeline;
using PerfInfra.Engine.Thresholds;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Collectors;

/// <summary>
/// The pipeline branch's responses (<see cref="PipelineResponseKeys"/>) → the pipeline suite's
/// measurements: the Batch job's queue wait and running time (batch_duration), the Athena count that
/// proves every record queryable (verify), and DMS CDCLatencySource/Target over the run window (dms_lag).
/// A caught failure of a step is a failure of its kind, never a sample.
/// </summary>
internal sealed class PipelineCollector : ISuiteCollector
{
    public const string Source = "AWS Batch job, Amazon Athena count and DMS CloudWatch metrics, called by the state machine";

    private const string QueueStage = "queue";

    public string Suite => MetricCatalog.Pipeline;

    public SuiteMeasurements Collect(CollectInput input, ResolvedRun run, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(run);
        var records = run.Pipeline?.Records
            ?? throw new InvalidDataException($"profile '{run.ProfileName}' has no pipeline settings (profiles.{run.ProfileName}.pipeline.records)");
        var responses = input.Responses;
        var collected = new Collected(records);
        CollectBatch(responses, collected);
        CollectVerify(responses, collected);
        CollectDmsLag(responses, collected);
        var startedAt = input.StartedAt ?? collected.Stages.Select(s => s.StartedAt).DefaultIfEmpty(now).Min();
        return PipelineMeasurements.From(new PipelineRun(Source, records, startedAt, now, collected.Stages)
        {
            RecordsVerified = collected.Verified,
            BatchDurationsMilliseconds = collected.BatchMilliseconds,
            DmsLag = collected.DmsLag,
            FailuresByKind = collected.Failures,
            Notes = collected.Notes,
        });
    }

    private static void CollectBatch(JsonElement responses, Collected c)
    {
        if (Field(responses, PipelineResponseKeys.Batch) is { } output)
        {
            foreach (var job in BatchJobParser.Parse(output))
            {
                AddJob(job, c);
            }
        }
        else if (Field(responses, PipelineResponseKeys.BatchError) is { } error)
        {
            var (name, cause) = Error(error);
            if (BatchJobParser.ParseCause(cause) is { } job)
            {
                AddJob(job, c);
            }
            else
            {
                c.Fail(PipelineDefaults.BatchJobFailedKind, $"the Batch job failed: {name} {cause}");
            }
        }
        else
        {
            c.Fail(PipelineDefaults.BatchJobFailedKind, "the Batch step left no response");
        }
    }

    private static void AddJob(BatchJob job, Collected c)
    {
        if (job.CreatedAt is { } created && job.StartedAt is { } started && started >= created)
        {
            c.Stages.Add(new PipelineStage(QueueStage, c.Records, created, started));
        }

        if (job.HasSucceeded && job.Duration is { } duration)
        {
            c.Stages.Add(new PipelineStage(PipelineDefaults.BatchStage, c.Records, job.StartedAt!.Value, job.StoppedAt!.Value));
            c.BatchMilliseconds.Add(duration.TotalMilliseconds);
        }
        else
        {
            c.Fail(PipelineDefaults.BatchJobFailedKind, $"Batch job {job.JobId} ended {job.Status}{(job.StatusReason is { } r ? $": {r}" : string.Empty)}");
        }
    }

    private static void CollectVerify(JsonElement responses, Collected c)
    {
        if (Field(responses, PipelineResponseKeys.Verify) is { } execution)
        {
            var query = VerifyQueryParser.Parse(execution, Field(responses, PipelineResponseKeys.VerifyResults));
            if (!query.HasSucceeded || query.Count is not { } count)
            {
                c.Fail(PipelineDefaults.VerifyQueryFailedKind, $"the count query ended {query.State}{(query.StateChangeReason is { } r ? $": {r}" : string.Empty)}");
                return;
            }

            if (query.SubmittedAt is { } submitted && query.CompletedAt is { } completed)
            {
                c.Stages.Add(new PipelineStage(PipelineDefaults.VerifyStage, count, submitted, completed));
            }

            c.Verified = count;
            if (count < c.Records)
            {
                c.Fail(PipelineDefaults.RecordsMissingKind, $"{c.Records - count:N0} records missing after conversion", c.Records - count);
            }
            else if (count > c.Records)
            {
                c.Fail(PipelineDefaults.ChecksumMismatchKind, $"{count:N0} rows for {c.Records:N0} records: duplicated by the conversion");
            }
        }
        else if (Field(responses, PipelineResponseKeys.VerifyError) is { } error)
        {
            var (name, cause) = Error(error);
            c.Fail(PipelineDefaults.VerifyQueryFailedKind, $"the count query failed: {name} {cause}");
        }
        else
        {
            c.Fail(PipelineDefaults.VerifyQueryFailedKind, "the count query did not run (the Batch job failed first)");
        }
    }

    private static void CollectDmsLag(JsonElement responses, Collected c)
    {
        if (Field(responses, PipelineResponseKeys.DmsLag) is { } metricData)
        {
            var reading = DmsLagReading.From(GetMetricDataParser.Parse(metricData));
            c.DmsLag = reading.Samples;
            foreach (var incomplete in reading.IncompleteResults)
            {
                c.Fail(PipelineDefaults.MetricDataIncompleteKind, $"DMS metric {incomplete}");
            }

            if (reading.Samples.Count == 0)
            {
                c.Notes.Add("DMS published no CDCLatency datapoints in the run window (is the replication task running CDC?)");
            }
        }
        else if (Field(responses, PipelineResponseKeys.DmsLagError) is { } error)
        {
            var (name, cause) = Error(error);
            c.Fail(PipelineDefaults.MetricDataIncompleteKind, $"GetMetricData failed: {name} {cause}");
        }
    }

    private static JsonElement? Field(JsonElement responses, string name) =>
        responses.ValueKind == JsonValueKind.Object && responses.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static (string Name, string? Cause) Error(JsonElement error) => (
        error.TryGetProperty("Error", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "error",
        error.TryGetProperty("Cause", out var cause) && cause.ValueKind == JsonValueKind.String ? cause.GetString() : null);

    /// <summary>What the branch's responses added up to so far.</summary>
    private sealed class Collected(long records)
    {
        public long Records { get; } = records;

        public List<PipelineStage> Stages { get; } = [];

        public List<double> BatchMilliseconds { get; } = [];

        public Dictionary<string, long> Failures { get; } = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = [];

        public long? Verified { get; set; }

        public IReadOnlyList<SeriesSamples> DmsLag { get; set; } = [];

        public void Fail(string kind, string note, long count = 1)
        {
            Failures[kind] = Failures.GetValueOrDefault(kind) + count;
            Notes.Add(note);
        }
    }
}
