using DuckDB.NET.Data;
using PerfInfra.DataPipeline;
using PerfInfra.PipelineJob.Running;
using PerfInfra.PipelineJob.Storage;

namespace PerfInfra.PipelineJob.Conversion;

/// <summary>
/// The platform job definition's own command: every <c>.csv</c> object (orders, header first) under a raw
/// prefix of SOURCE_BUCKET → Parquet partitioned by dt in the curated orders table of DESTINATION_BUCKET,
/// each file named after its raw object so a rerun replaces rather than duplicates. Verifies that each
/// batch's Parquet holds as many rows as its CSV and that S3 lists every file it uploaded.
/// </summary>
internal sealed class ConvertToParquetCommand(JobEnvironment environment, JobLog log, TimeProvider time)
{
    public const string Name = "convert-to-parquet";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var settings = ConvertToParquetSettings.Parse(arguments, environment);
        using var store = S3Store.Create(S3Endpoint.Read(environment));
        return await JobWorkspace.RunAsync("perfinfra-convert-", time, (work, timings) => RunStagesAsync(settings, store, work, timings, cancellationToken));
    }

    private async Task<int> RunStagesAsync(ConvertToParquetSettings settings, S3Store store, string work, StageTimings timings, CancellationToken cancellationToken)
    {
        var source = $"s3://{settings.SourceBucket}/{settings.SourcePrefix}";
        var destination = $"s3://{settings.DestinationBucket}/{OrdersTable.Name}/";
        var codec = settings.Compression.ToString().ToLowerInvariant();

        var raw = await timings.RunAsync("list", async () =>
            (await store.ListAsync(settings.SourceBucket, settings.SourcePrefix, cancellationToken))
                .Where(o => o.Key.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList());
        log.Stage("list", $"{raw.Count} CSV objects, {JobLog.Size(raw.Sum(o => o.Size))} under {source}", timings.Last);
        if (raw.Count == 0)
        {
            throw new JobFailureException($"no .csv object under {source}: nothing to convert (is the prefix right?)");
        }

        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(cancellationToken);
        var writer = new CuratedZoneWriter(store, work, settings.Compression);
        var converted = await timings.RunAsync("convert", () => writer.ConvertAsync(connection, settings.SourceBucket, raw, cancellationToken));
        var files = converted.SelectMany(c => c.Batch.Files).ToList();
        var rows = converted.Sum(c => c.Batch.Rows);
        log.Stage("convert", $"{converted.Count} CSV files → {files.Count} Parquet files ({codec}), {JobLog.Count(rows)} rows", timings.Last);

        var uploaded = await timings.RunAsync("upload", () => writer.UploadAsync(settings.DestinationBucket, files, cancellationToken));
        log.Stage("upload", $"{uploaded.Count} Parquet files, {JobLog.Size(uploaded.Sum(o => o.Size))} → {destination}dt=…/", timings.Last);

        var (shortBatches, unlisted) = await timings.RunAsync("verify", async () =>
        {
            var mismatched = converted.Where(c => c.Batch.Rows != c.CsvRows).Select(c => $"{c.RawKey}: {c.CsvRows} CSV rows, {c.Batch.Rows} in Parquet").ToList();
            var listed = new HashSet<StoredObject>();
            foreach (var folder in uploaded.Select(o => o.Key[..(o.Key.LastIndexOf('/') + 1)]).Distinct(StringComparer.Ordinal))
            {
                listed.UnionWith(await store.ListAsync(settings.DestinationBucket, folder, cancellationToken));
            }

            return (mismatched, uploaded.Where(o => !listed.Contains(o)).Select(o => o.Key).ToList());
        });
        log.Stage("verify", $"{converted.Count - shortBatches.Count} of {converted.Count} batches hold every CSV row; {uploaded.Count - unlisted.Count} of {uploaded.Count} files listed in S3", timings.Last);

        var verified = shortBatches.Count == 0 && unlisted.Count == 0;
        log.Summary(new JobSummary
        {
            Command = Name,
            Status = verified ? "succeeded" : "verification_failed",
            Records = rows,
            RecordsPerSecond = JobSummary.Rate(rows, timings.Total),
            TotalMs = JobLog.Milliseconds(timings.Total),
            StagesMs = timings.Milliseconds,
            Source = source,
            RawObjects = raw.Count,
            RawBytes = raw.Sum(o => o.Size),
            Destination = destination,
            ParquetObjects = uploaded.Count,
            ParquetBytes = uploaded.Sum(o => o.Size),
            Compression = codec,
        }.ToJson());
        if (verified)
        {
            return JobExitCodes.Succeeded;
        }

        log.Error(string.Join("; ", shortBatches.Concat(unlisted.Select(k => $"{k}: not listed in S3")).Take(5)));
        return JobExitCodes.VerificationFailed;
    }
}
