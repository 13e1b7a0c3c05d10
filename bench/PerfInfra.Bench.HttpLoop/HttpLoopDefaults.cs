namespace PerfInfra.Bench.HttpLoop;

/// <summary>Defaults matching the bench: wrk -c50 for 10 s.</summary>
internal static class HttpLoopDefaults
{
    public const int Connections = 50;
    public const double Seconds = 10;
}
