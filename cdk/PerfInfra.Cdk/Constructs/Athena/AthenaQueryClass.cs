namespace PerfInfra.Cdk.Constructs.Athena;

/// <summary>Athena query classes of the seed ("2s simple, 15s complex"); each gets its own workgroup.</summary>
public static class AthenaQueryClass
{
    public const string Simple = "simple";
    public const string Complex = "complex";
}
