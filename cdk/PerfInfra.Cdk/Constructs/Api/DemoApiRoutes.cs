namespace PerfInfra.Cdk.Constructs.Api;

/// <summary>The demo e-commerce API's routes (the same as PerfInfra.DemoPlatform's) and their cache classes.</summary>
public static class DemoApiRoutes
{
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        new("/health", "GET", CacheTtlClass.NoCache, []),
        new("/categories", "GET", CacheTtlClass.Static, []),
        new("/products", "GET", CacheTtlClass.SemiStatic, ["method.request.querystring.category", "method.request.querystring.page"]),
        new("/products/{id}", "GET", CacheTtlClass.SemiStatic, ["method.request.path.id"]),
        // Per-user: the token is part of the key, so one user's recommendations never reach another.
        new("/recommendations", "GET", CacheTtlClass.Dynamic, ["method.request.header.Authorization"]),
        new("/orders", "POST", CacheTtlClass.NoCache, []),
    ];
}
