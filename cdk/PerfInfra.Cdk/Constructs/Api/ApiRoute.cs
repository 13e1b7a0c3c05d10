namespace PerfInfra.Cdk.Constructs.Api;

/// <summary>
/// One method of the API, its cache class and the request parameters that make cache entries distinct
/// (e.g. <c>method.request.querystring.category</c>); without them every caller would get the first
/// caller's page.
/// </summary>
public sealed record ApiRoute(string Path, string HttpMethod, CacheTtlClass CacheClass, IReadOnlyList<string> CacheKeyParameters);
