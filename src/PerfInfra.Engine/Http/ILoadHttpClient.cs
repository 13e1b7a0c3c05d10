namespace PerfInfra.Engine.Http;

/// <summary>
/// The load generator's HTTP client for one target: prepares requests once, hands out connections.
/// The target host has already been checked against the allow-list by whoever constructs it.
/// </summary>
public interface ILoadHttpClient : IAsyncDisposable
{
    Uri BaseUrl { get; }

    PreparedRequest Prepare(StepDefinition step);

    IHttpExchange OpenExchange();
}
