using DuckDB.NET.Data;
using PerfInfra.DataPipeline;
using PerfInfra.PipelineJob.Storage;

namespace PerfInfra.PipelineJob.Conversion;

/// <summary>
/// Raw CSV objects → the curated orders table in S3, through local files (DuckDB's httpfs extension would
/// download itself at run time, which a locked-down Batch image must not need): download each raw object,
/// convert it with <see cref="ParquetConverter"/> under a stem from its key, then upload every Parquet file
/// to <c>orders/dt=YYYY-MM-DD/&lt;stem&gt;_&lt;i&gt;.parquet</c> — the Glue table's location and projection template.
/// </summary>
internal sealed class CuratedZoneWriter(S3Store store, string workDirectory, ParquetCompression compression)
{
    private readonly string _rawDirectory = Path.Combine(workDirectory, "raw-download");

    public string TableDirectory { get; } = Path.Combine(workDirectory, "curated", OrdersTable.Name);

    /// <summary>Downloads and converts each raw object in turn (DuckDB already uses every core for one file).</summary>
    public async Task<IReadOnlyList<ConvertedObject>> ConvertAsync(
        DuckDBConnection connection, string sourceBucket, IReadOnlyList<StoredObject> rawObjects, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_rawDirectory);
        var converter = new ParquetConverter(connection, TableDirectory, compression);
        var converted = new List<ConvertedObject>();
        foreach (var raw in rawObjects)
        {
            var stem = CuratedFileStem.From(raw.Key);
            var local = Path.Combine(_rawDirectory, stem + ".csv");
            await store.DownloadAsync(sourceBucket, raw.Key, local, cancellationToken);
            var batch = await converter.ConvertAsync(local, stem, cancellationToken);
            converted.Add(new ConvertedObject(raw.Key, new FileInfo(local).Length, await CountDataLinesAsync(local, cancellationToken), batch));
            File.Delete(local);
        }

        return converted;
    }

    /// <summary>Uploads the Parquet files, a few at a time; returns them as stored, in key order.</summary>
    public async Task<IReadOnlyList<StoredObject>> UploadAsync(string destinationBucket, IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var uploaded = new System.Collections.Concurrent.ConcurrentBag<StoredObject>();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = JobDefaults.UploadConcurrency, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var key = KeyOf(file);
                await store.UploadAsync(destinationBucket, key, file, "application/vnd.apache.parquet", token);
                uploaded.Add(new StoredObject(key, new FileInfo(file).Length));
            });
        return uploaded.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The object key of a local Parquet file: <c>orders/</c> and its path under the table folder.</summary>
    public string KeyOf(string file) => $"{OrdersTable.Name}/{Path.GetRelativePath(TableDirectory, file).Replace('\\', '/')}";

    /// <summary>Rows of a raw file: one per line after the header (the orders CSV never quotes a line break).</summary>
    private static async Task<long> CountDataLinesAsync(string path, CancellationToken cancellationToken)
    {
        long lines = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            if (line.Length > 0)
            {
                lines++;
            }
        }

        return Math.Max(0, lines - 1);
    }
}
