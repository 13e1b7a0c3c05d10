namespace PerfInfra.DemoPlatform;

internal static class DemoPlatformInfo
{
    public const string Name = "PerfInfra demo e-commerce platform";
}
