using System.Runtime.CompilerServices;
using Amazon.CDK;

namespace PerfInfra.Cdk.Constructs.Security;

/// <summary>
/// The suppressions written so far per resource. Keyed by the resource's tree root and path rather than
/// the .NET proxy object: jsii may hand back a different proxy for the same construct.
/// </summary>
internal static class NagSuppressionRegistry
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, List<NagSuppression>>> ByRoot = [];

    public static List<NagSuppression> For(CfnResource resource)
    {
        var perRoot = ByRoot.GetOrCreateValue(resource.Node.Root);
        var path = resource.Node.Path;
        if (!perRoot.TryGetValue(path, out var list))
        {
            list = [];
            perRoot[path] = list;
        }

        return list;
    }
}
