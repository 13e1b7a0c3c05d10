namespace PerfInfra.Lambdas.Reporting;

/// <summary>The metric convention shared with the CDK monitoring construct's alarms.</summary>
internal static class EmfDefaults
{
    public const string Namespace = "PerfInfra/LoadTests";

    /// <summary>EMF accepts at most 100 values per metric in one line.</summary>
    public const int LatencyQuantiles = 100;
}
