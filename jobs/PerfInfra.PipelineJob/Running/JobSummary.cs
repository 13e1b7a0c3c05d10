using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfInfra.PipelineJob.Running;

/// <summary>
/// The job's last stdout line: one JSON object a person (or a CloudWatch Logs Insights query) reads the
/// run from — stage times in ms, records and records/s, objects and bytes each side.
/// </summary>
internal sealed record JobSummary
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Command { get; init; }

    /// <summary>"succeeded" or "verification_failed".</summary>
    public required string Status { get; init; }

    public string? RunId { get; init; }

    public required long Records { get; init; }

    /// <summary>Records over the whole run's wall time (every stage, end to end).</summary>
    public required double RecordsPerSecond { get; init; }

    public required long TotalMs { get; init; }

    public required IReadOnlyDictionary<string, long> StagesMs { get; init; }

    public required string Source { get; init; }

    public required int RawObjects { get; init; }

    public required long RawBytes { get; init; }

    public required string Destination { get; init; }

    public required int ParquetObjects { get; init; }

    public required long ParquetBytes { get; init; }

    public required string Compression { get; init; }

    public int? Partitions { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static double Rate(long records, TimeSpan elapsed) =>
        elapsed > TimeSpan.Zero ? Math.Round(records / elapsed.TotalSeconds, 1) : 0;
}
