namespace PerfInfra.Lambdas.Runtime;

/// <summary>One event from /next: its id, JSON payload, and the wall-clock deadline of the function's timeout.</summary>
internal sealed record Invocation(string RequestId, string Payload, DateTimeOffset Deadline, string? TraceId, string? FunctionArn);
