namespace PerfInfra.DemoPlatform.Latency;

/// <summary>
/// The simulated backend latency of each route class. Reads are cheaper than writes; search and
/// checkout are the slowest, as in a real shop (full-text query; payment and stock reservation).
/// </summary>
public sealed record LatencyProfile(
    LatencyDistribution ProductDetail,
    LatencyDistribution ProductList,
    LatencyDistribution Search,
    LatencyDistribution Auth,
    LatencyDistribution CartRead,
    LatencyDistribution CartWrite,
    LatencyDistribution Checkout)
{
    /// <summary>
    /// The default: with the cache off, a mixed workload lands near the seed's API targets
    /// (avg 500 ms, p95 1000 ms) so the cache switch makes a visible difference.
    /// Outliers (0.5 %, +1.5 s) give p99 a tail, as a GC pause or a cold connection would.
    /// </summary>
    public static LatencyProfile Realistic { get; } = new(
        ProductDetail: new(MedianMilliseconds: 40, P99Milliseconds: 180, OutlierProbability: 0.005, OutlierMilliseconds: 1500),
        ProductList: new(MedianMilliseconds: 80, P99Milliseconds: 350, OutlierProbability: 0.005, OutlierMilliseconds: 1500),
        Search: new(MedianMilliseconds: 250, P99Milliseconds: 1200, OutlierProbability: 0.005, OutlierMilliseconds: 1500),
        Auth: new(MedianMilliseconds: 90, P99Milliseconds: 300, OutlierProbability: 0.005, OutlierMilliseconds: 1500),
        CartRead: new(MedianMilliseconds: 30, P99Milliseconds: 120, OutlierProbability: 0.005, OutlierMilliseconds: 1500),
        CartWrite: new(MedianMilliseconds: 70, P99Milliseconds: 300, OutlierProbability: 0.005, OutlierMilliseconds: 1500),
        Checkout: new(MedianMilliseconds: 350, P99Milliseconds: 1500, OutlierProbability: 0.005, OutlierMilliseconds: 1500));

    /// <summary>No simulated latency at all: for functional tests and for measuring the load generator itself.</summary>
    public static LatencyProfile None { get; } = Uniform(LatencyDistribution.Zero);

    /// <summary>Every route class gets the same distribution.</summary>
    public static LatencyProfile Uniform(LatencyDistribution distribution) =>
        new(distribution, distribution, distribution, distribution, distribution, distribution, distribution);

    internal LatencyDistribution For(RouteClass routeClass) => routeClass switch
    {
        RouteClass.ProductDetail => ProductDetail,
        RouteClass.ProductList => ProductList,
        RouteClass.Search => Search,
        RouteClass.Auth => Auth,
        RouteClass.CartRead => CartRead,
        RouteClass.CartWrite => CartWrite,
        RouteClass.Checkout => Checkout,
        _ => throw new ArgumentOutOfRangeException(nameof(routeClass), routeClass, "Unknown route class."),
    };

    /// <summary>Every problem in every distribution, not just the first.</summary>
    public IReadOnlyList<string> Validate() =>
    [
        .. ProductDetail.Validate($"{nameof(LatencyProfile)}.{nameof(ProductDetail)}"),
        .. ProductList.Validate($"{nameof(LatencyProfile)}.{nameof(ProductList)}"),
        .. Search.Validate($"{nameof(LatencyProfile)}.{nameof(Search)}"),
        .. Auth.Validate($"{nameof(LatencyProfile)}.{nameof(Auth)}"),
        .. CartRead.Validate($"{nameof(LatencyProfile)}.{nameof(CartRead)}"),
        .. CartWrite.Validate($"{nameof(LatencyProfile)}.{nameof(CartWrite)}"),
        .. Checkout.Validate($"{nameof(LatencyProfile)}.{nameof(Checkout)}"),
    ];
}
