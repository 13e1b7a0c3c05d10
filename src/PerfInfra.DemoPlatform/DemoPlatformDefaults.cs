namespace PerfInfra.DemoPlatform;

/// <summary>
/// Every figure the demo platform uses, with its unit in the name and its source in a comment.
/// Latency figures are chosen so that with the cache off the API sits near the seed's API Gateway
/// targets (500 ms avg, 1000 ms p95, 2000 ms p99) and the cache visibly moves p95.
/// </summary>
public static class DemoPlatformDefaults
{
    /// <summary>0 asks the OS for a free port; the bound port is read back into <c>BaseUrl</c>.</summary>
    public const int Port = 0;

    /// <summary>Fixed so two runs see the same catalog, tokens and latency sequence.</summary>
    public const int RandomSeed = 42;

    /// <summary>"A few hundred" products: enough for paging and search to be non-trivial, small enough to stay in L2-ish memory.</summary>
    public const int ProductCount = 300;

    public const int ProductPageSize = 20;
    public const int SearchResultLimit = 20;

    /// <summary>Bounds cart memory on long runs; the oldest cart is evicted first.</summary>
    public const int MaxCarts = 10_000;

    /// <summary>Bounds cache memory: search keys are user-supplied, so their variety is unbounded.</summary>
    public const int MaxCacheEntries = 10_000;

    public const int MaxQuantityPerAdd = 100;
    public const int MaxQuantityPerLine = 1_000;
    public const int MaxCartIdLength = 64;
    public const int MaxSearchQueryLength = 200;

    /// <summary>Request bodies here are tiny JSON objects; anything larger is a client bug or an attack.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>API Gateway cache classes from the seed: 1 hour static, 5 min semi-static, 30 s dynamic.</summary>
    public const int StaticCacheTtlSeconds = 3600;
    public const int SemiStaticCacheTtlSeconds = 300;
    public const int DynamicCacheTtlSeconds = 30;

    public const double LatencyScale = 1.0;
    public const double MaxLatencyScale = 100.0;

    /// <summary>What API Gateway answers when a backend is overloaded; the usual choice for injected failures.</summary>
    public const int FailureStatus = 503;
    public const int MinFailureStatus = 500;
    public const int MaxFailureStatus = 599;

    /// <summary>Long enough to exceed a typical client timeout of 1 s and show up in corrected percentiles.</summary>
    public const int StallMilliseconds = 2_000;
    public const int MaxStallMilliseconds = 600_000;

    /// <summary>In-flight requests get this long to finish when the host stops; simulated delays are far shorter.</summary>
    public const int ShutdownTimeoutSeconds = 5;

    /// <summary>Fake bearer tokens last an hour, like a typical Cognito access token.</summary>
    public const int TokenLifetimeSeconds = 3600;
    public const int TokenRandomBytes = 16;

    /// <summary>z-score of the 99th percentile of a standard normal; turns (median, p99) into a log-normal sigma.</summary>
    public const double StandardNormalP99 = 2.3263478740408408;

    /// <summary>Caps a log-normal sample at this multiple of its p99 so a one-in-a-billion draw cannot stall a run.</summary>
    public const double MaxSampleMultipleOfP99 = 4.0;

    public const decimal MinProductPrice = 2.00m;
    public const decimal MaxProductPrice = 500.00m;
    public const int MaxProductStock = 250;
}
