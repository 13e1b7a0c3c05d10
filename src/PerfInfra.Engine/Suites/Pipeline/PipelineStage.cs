namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>One stage of a pipeline run (generate, land, convert, verify; on AWS queue, batch, verify) and the records it handled.</summary>
public sealed record PipelineStage(string Name, long Records, DateTimeOffset StartedAt, DateTimeOffset EndedAt)
{
    public TimeSpan Duration => EndedAt >= StartedAt ? EndedAt - StartedAt : TimeSpan.Zero;

    /// <summary>Records ÷ seconds; null for a stage too short to time (a zero duration would be infinite).</summary>
    public double? RecordsPerSecond => Duration > TimeSpan.Zero ? Records / Duration.TotalSeconds : null;
}
