namespace PerfInfra.Engine.Config;

/// <summary>Lambda suite size of a profile, per function.</summary>
public sealed record LambdaLoadSettings(int ColdStarts, int WarmInvocations);
