namespace PerfInfra.DemoPlatform.Http;

internal sealed record HealthStatus(string Status);
