using DuckDB.NET.Data;
using PerfInfra.DataPipeline;
using PerfInfra.PipelineJob.Conversion;
using PerfInfra.PipelineJob.Running;
using PerfInfra.PipelineJob.Storage;

namespace PerfInfra.PipelineJob.Throughput;

/// <summary>
/// The load-test state machine's pipeline suite, run by AWS Batch: generate PERF_RECORDS orders whose ids
/// start with PERF_RUN_ID → land them as DMS-like raw CSV files in SOURCE_BUCKET → convert them from there
/// to Snappy Parquet partitioned by dt → upload them into the curated orders table in DESTINATION_BUCKET →
/// verify with DuckDB that the files hold exactly the records sent and that S3 lists every file. The state
/// machine then counts the run's ids with Athena. Exit codes: <see cref="JobExitCodes"/>.
/// </summary>
internal sealed class PipelineThroughputCommand(JobEnvironment environment, JobLog log, TimeProvider time)
{
    public const string Name = "pipeline-throughput";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            throw new JobInputException($"{Name} takes no arguments, got '{arguments[0]}'; it reads {JobEnvironment.Records}, {JobEnvironment.RunId}, {JobEnvironment.SourceBucket} and {JobEnvironment.DestinationBucket}");
        }

        var settings = PipelineThroughputSettings.Read(environment);
        var endpoint = S3Endpoint.Read(environment);
        using var store = S3Store.Create(endpoint);
        return await JobWorkspace.RunAsync($"perfinfra-{settings.RunId}-", time, (work, timings) => RunStagesAsync(settings, store, work, timings, cancellationToken));
    }

    private async Task<int> RunStagesAsync(PipelineThroughputSettings settings, S3Store store, string work, StageTimings timings, CancellationToken cancellationToken)
    {
        var source = $"s3://{settings.SourceBucket}/{settings.RawPrefix}";
        var destination = $"s3://{settings.DestinationBucket}/{OrdersTable.Name}/";
        log.Info($"run {settings.RunId}: {JobLog.Count(settings.Records)} records → {source} → {destination}");

        // The days before the run's own: the dt partitions exist in the table's projection range (…,NOW).
        var firstDay = time.GetUtcNow().UtcDateTime.Date.AddDays(-DataPipelineDefaults.PartitionDays);
        var generator = new OrderGenerator(settings.RunId, firstDay, settings.Records);
        var orders = await timings.RunAsync("generate", () => Task.FromResult(generator.CreateAll(cancellationToken)));
        log.Stage("generate", $"{JobLog.Count(orders.Length)} orders, ids {OrderGenerator.OrderId(settings.RunId, 1)} … {OrderGenerator.OrderId(settings.RunId, orders.Length)}, "
            + $"created {firstDay:yyyy-MM-dd} to {firstDay.AddDays(DataPipelineDefaults.PartitionDays - 1):yyyy-MM-dd}", timings.Last);

        var landed = await timings.RunAsync("land", () => LandAsync(settings, store, orders, Path.Combine(work, "raw"), cancellationToken));
        log.Stage("land", $"{landed.Count} CSV files, {JobLog.Size(landed.Sum(o => o.Size))} → {source}", timings.Last);

        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(cancellationToken);
        var writer = new CuratedZoneWriter(store, work, ParquetCompression.Snappy);
        var converted = await timings.RunAsync("convert", async () =>
        {
            // From S3, not from the local copies: the conversion reads what landed, as the platform's would.
            var raw = await store.ListAsync(settings.SourceBucket, settings.RawPrefix, cancellationToken);
            return await writer.ConvertAsync(connection, settings.SourceBucket, raw, cancellationToken);
        });
        var files = converted.SelectMany(c => c.Batch.Files).ToList();
        log.Stage("convert", $"{converted.Count} CSV files → {files.Count} Parquet files (snappy), {JobLog.Count(converted.Sum(c => c.Batch.Rows))} rows, DuckDB {connection.ServerVersion}", timings.Last);

        var uploaded = await timings.RunAsync("upload", () => writer.UploadAsync(settings.DestinationBucket, files, cancellationToken));
        log.Stage("upload", $"{uploaded.Count} Parquet files, {JobLog.Size(uploaded.Sum(o => o.Size))} → {destination}dt=…/", timings.Last);

        var (count, missing) = await timings.RunAsync("verify", async () =>
            (await new LakeVerifier(connection, writer.TableDirectory).CountAsync(settings.RunId, cancellationToken),
             await MissingObjectsAsync(store, settings.DestinationBucket, uploaded, cancellationToken)));
        var verified = count.IsExactly(settings.Records) && missing.Count == 0;
        log.Stage("verify", $"{JobLog.Count(count.Records)} rows, {JobLog.Count(count.DistinctIds)} distinct ids, id checksum {(count.IdSum == OrderGenerator.IdChecksum(settings.Records) ? "matches" : "differs")}, "
            + $"{JobLog.Count(count.ForeignIds)} foreign ids, {count.Partitions} dt partitions; {uploaded.Count - missing.Count} of {uploaded.Count} files listed in S3", timings.Last);

        log.Summary(new JobSummary
        {
            Command = Name,
            Status = verified ? "succeeded" : "verification_failed",
            RunId = settings.RunId,
            Records = settings.Records,
            RecordsPerSecond = JobSummary.Rate(settings.Records, timings.Total),
            TotalMs = JobLog.Milliseconds(timings.Total),
            StagesMs = timings.Milliseconds,
            Source = source,
            RawObjects = landed.Count,
            RawBytes = landed.Sum(o => o.Size),
            Destination = destination,
            ParquetObjects = uploaded.Count,
            ParquetBytes = uploaded.Sum(o => o.Size),
            Compression = "snappy",
            Partitions = (int)count.Partitions,
        }.ToJson());
        if (verified)
        {
            return JobExitCodes.Succeeded;
        }

        log.Error($"the curated table does not hold exactly the {JobLog.Count(settings.Records)} records sent: {count}"
            + (missing.Count == 0 ? string.Empty : $"; not listed in S3: {string.Join(", ", missing.Take(5))}"));
        return JobExitCodes.VerificationFailed;
    }

    private static async Task<IReadOnlyList<StoredObject>> LandAsync(
        PipelineThroughputSettings settings, S3Store store, OrderRecord[] orders, string rawDirectory, CancellationToken cancellationToken)
    {
        var files = await new RawZoneWriter(rawDirectory, DataPipelineDefaults.RecordsPerFile).WriteAsync(orders, null, _ => { }, cancellationToken);
        var landed = new System.Collections.Concurrent.ConcurrentBag<StoredObject>();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = JobDefaults.UploadConcurrency, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var key = settings.RawPrefix + Path.GetFileName(file.Path);
                await store.UploadAsync(settings.SourceBucket, key, file.Path, "text/csv", token);
                landed.Add(new StoredObject(key, new FileInfo(file.Path).Length));
            });
        return landed.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Uploaded files S3 does not list with the same size. Listed partition by partition and only under the
    /// run's own file names (the keys' common start), never the whole table of every run.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MissingObjectsAsync(S3Store store, string bucket, IReadOnlyList<StoredObject> uploaded, CancellationToken cancellationToken)
    {
        var listed = new HashSet<StoredObject>();
        foreach (var partition in uploaded.GroupBy(o => o.Key[..(o.Key.LastIndexOf('/') + 1)], StringComparer.Ordinal))
        {
            var prefix = partition.Select(o => o.Key).Aggregate((a, b) => a[..a.Zip(b).TakeWhile(p => p.First == p.Second).Count()]);
            listed.UnionWith(await store.ListAsync(bucket, prefix, cancellationToken));
        }

        return uploaded.Where(o => !listed.Contains(o)).Select(o => o.Key).ToList();
    }
}
