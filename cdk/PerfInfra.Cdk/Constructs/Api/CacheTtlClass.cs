namespace PerfInfra.Cdk.Constructs.Api;

/// <summary>The seed's caching classes: "1 hour static, 5min semi-static, 30s dynamic"; writes are never cached.</summary>
public enum CacheTtlClass
{
    Static,
    SemiStatic,
    Dynamic,
    NoCache,
}
