namespace PerfInfra.Lambdas.Contracts;

/// <summary>Which suites the execution runs; the state machine's Parallel branches read these flags.</summary>
internal sealed record SuiteSelection(bool Api, bool Athena, bool Pipeline, bool Lambda);
