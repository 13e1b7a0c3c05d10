namespace PerfInfra.Engine.Preflight;

/// <summary>
/// One route's method setting: caching on with <see cref="CacheTtlSeconds"/>, or off when it is null
/// (writes and health checks must never be served from the cache).
/// </summary>
public sealed record RouteCacheExpectation(string Path, string HttpMethod, int? CacheTtlSeconds)
{
    /// <summary>
    /// The stage's MethodSettings key: the resource path with every '/' written "~1", then '/' and the
    /// method ("/products/{id}" GET → "~1products~1{id}/GET"), as GetStage returns it.
    /// </summary>
    public string MethodSettingsKey => Path.Replace("/", "~1", StringComparison.Ordinal) + "/" + HttpMethod;
}
