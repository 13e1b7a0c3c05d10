namespace PerfInfra.Engine.Reporting;

/// <summary>How many operations (queries, invocations, batch jobs) a non-API suite ran, failed, and why.</summary>
public sealed record OperationsReport(long Total, long Failed, double FailureRate, IReadOnlyDictionary<string, long> FailuresByKind);
