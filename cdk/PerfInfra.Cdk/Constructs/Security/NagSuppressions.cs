using Amazon.CDK;
using Constructs;

namespace PerfInfra.Cdk.Constructs.Security;

/// <summary>
/// Writes cdk-nag suppressions as <c>Metadata.cdk_nag.rules_to_suppress</c> on CloudFormation resources,
/// the format cdk-nag reads. cdk-nag runs from Node over the synthesized templates (its NuGet package is
/// not served here), so this metadata is the only way suppressions reach it; the check script fails on
/// a suppression without a reason of at least ten characters, as cdk-nag itself does.
/// </summary>
public static class NagSuppressions
{
    private const string MetadataKey = "cdk_nag";

    /// <summary>Suppress on the construct's own CloudFormation resource (its default child for an L2).</summary>
    public static void AddToResource(IConstruct construct, params NagSuppression[] suppressions)
    {
        var resource = construct as CfnResource ?? construct.Node.DefaultChild as CfnResource
            ?? throw new ArgumentException($"{construct.Node.Path} has no CloudFormation resource to suppress on.", nameof(construct));
        Append(resource, suppressions);
    }

    /// <summary>Suppress on every CloudFormation resource under <paramref name="root"/> (for L2s that create several).</summary>
    public static void AddToTree(IConstruct root, params NagSuppression[] suppressions)
    {
        foreach (var child in root.Node.FindAll())
        {
            if (child is CfnResource resource)
            {
                Append(resource, suppressions);
            }
        }
    }

    private static void Append(CfnResource resource, NagSuppression[] suppressions)
    {
        // Keep what earlier calls added: CDK's AddMetadata replaces the whole key.
        var existing = NagSuppressionRegistry.For(resource);
        foreach (var s in suppressions)
        {
            if (s.Reason.Trim().Length < 10)
            {
                throw new ArgumentException($"Suppression of {s.RuleId} on {resource.Node.Path} needs a reason (10+ characters).", nameof(suppressions));
            }

            existing.Add(s);
        }

        var rules = existing.Select(s =>
        {
            var rule = new Dictionary<string, object> { ["id"] = s.RuleId, ["reason"] = s.Reason };
            if (s.AppliesTo is { Count: > 0 } appliesTo)
            {
                // "/pattern/" entries are regexes, written as cdk-nag 2 wrote them: { regex: "/pattern/" }.
                rule["applies_to"] = appliesTo
                    .Select(a => a.Length > 1 && a.StartsWith('/') && a.EndsWith('/') ? (object)new Dictionary<string, object> { ["regex"] = a } : a)
                    .ToArray();
            }

            return rule;
        }).ToArray();
        resource.AddMetadata(MetadataKey, new Dictionary<string, object> { ["rules_to_suppress"] = rules });
    }
}
