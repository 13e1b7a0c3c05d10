using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Reporting;

/// <summary>One suite as handed to the report builder: its merged result when it ran, else why not.</summary>
public sealed record SuiteRun(string Name, WorkerResult? Result, string? Note = null)
{
    public const string StatusRan = "ran";
    public const string StatusNotRequested = "not_requested";
    public const string StatusNotAvailable = "not_available";

    public string Status => Result is not null ? StatusRan : Note is null ? StatusNotRequested : StatusNotAvailable;
}
