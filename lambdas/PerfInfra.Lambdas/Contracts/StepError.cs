namespace PerfInfra.Lambdas.Contracts;

/// <summary>What a Step Functions Catch puts at its ResultPath: the error name and its cause (often the Lambda's error JSON).</summary>
internal sealed record StepError(string? Error, string? Cause);
