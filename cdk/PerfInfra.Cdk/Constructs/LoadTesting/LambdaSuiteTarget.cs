using Amazon.CDK.AWS.Lambda;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// A function the Lambda suite measures: its name in thresholds and reports (<c>lambda/&lt;Name&gt;</c>),
/// the function, and the event it is invoked with — one it handles successfully, as in production.
/// </summary>
public sealed record LambdaSuiteTarget(string Name, IFunction Function, string Payload);
