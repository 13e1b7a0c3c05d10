namespace PerfInfra.DemoPlatform.Latency;

/// <summary>Routes that share a simulated backend cost.</summary>
internal enum RouteClass
{
    ProductDetail,
    ProductList,
    Search,
    Auth,
    CartRead,
    CartWrite,
    Checkout,
}
