namespace PerfInfra.Cdk.Constructs.Security;

/// <summary>
/// One accepted cdk-nag finding: the rule, why it is accepted here, and (for IAM5/IAM4) which wildcard
/// or managed policy it covers, so a new wildcard still fails the check. An AppliesTo entry written as
/// <c>/regex/</c> matches findings by pattern (for logical ids CDK generates).
/// </summary>
public sealed record NagSuppression(string RuleId, string Reason, IReadOnlyList<string>? AppliesTo = null);
