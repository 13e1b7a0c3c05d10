namespace PerfInfra.DemoPlatform.Http;

/// <summary>Body of every 4xx/5xx this platform writes itself.</summary>
internal sealed record ErrorResponse(string Error);
