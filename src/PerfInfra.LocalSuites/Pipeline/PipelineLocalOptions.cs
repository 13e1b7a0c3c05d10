namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>Options of the local pipeline suite; every one has a default, so <c>new()</c> is the suite `perf run` uses.</summary>
public sealed record PipelineLocalOptions
{
    /// <summary>Records to push through; default the profile's <c>pipeline.records</c>, else 1000.</summary>
    public int? Records { get; init; }

    /// <summary>Records per raw file and per conversion batch (one <c>batch_duration</c> sample each).</summary>
    public int RecordsPerFile { get; init; } = PipelineLocalDefaults.RecordsPerFile;

    /// <summary>
    /// Test seam: the 0-based index of a record the land stage silently drops, as a lossy pipeline would.
    /// The verification must catch it. Null in every real run.
    /// </summary>
    public long? DropRecordAt { get; init; }

    /// <summary>Every problem with these options (not only the first).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Records is <= 0)
        {
            errors.Add($"pipeline records must be at least 1, not {Records}");
        }

        if (RecordsPerFile <= 0)
        {
            errors.Add($"pipeline records per file must be at least 1, not {RecordsPerFile}");
        }

        if (DropRecordAt is < 0)
        {
            errors.Add($"the record to drop is a 0-based index, not {DropRecordAt}");
        }

        return errors;
    }
}
