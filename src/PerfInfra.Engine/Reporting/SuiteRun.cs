using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.Engine.Reporting;

/// <summary>One suite as handed to the report builder: its merged result when it ran, else why not.</summary>
public sealed record SuiteRun(string Name, WorkerResult? Result, string? Note = null)
{
    /// <summary>What a non-API suite measured; the API suite carries <see cref="Result"/> instead.</summary>
    public SuiteMeasurements? Measurements { get; init; }

    public const string StatusRan = "ran";
    public const string StatusNotRequested = "not_requested";
    public const string StatusNotAvailable = "not_available";

    public string Status => Result is not null || Measurements is not null ? StatusRan : Note is null ? StatusNotRequested : StatusNotAvailable;
}
