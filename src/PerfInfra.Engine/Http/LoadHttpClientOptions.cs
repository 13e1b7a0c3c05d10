namespace PerfInfra.Engine.Http;

/// <summary>
/// Settings of one <see cref="LoadHttpClient"/>. A class rather than a record on purpose: a record's
/// generated <c>ToString</c> would be one log line away from printing <see cref="DefaultHeaders"/>, which
/// may carry the resolved auth secret.
/// </summary>
public sealed class LoadHttpClientOptions
{
    /// <summary>Limit for one <see cref="IHttpExchange.SendAsync"/> call, connect included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(LoadHttpClientDefaults.RequestTimeoutSeconds);

    /// <summary>Limit for the TCP connect plus TLS handshake of a new connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(LoadHttpClientDefaults.ConnectTimeoutSeconds);

    /// <summary>Headers sent with every request (e.g. the auth header resolved by the caller); a step's own
    /// header of the same name wins. Values are never logged nor put in exception messages.</summary>
    public IReadOnlyDictionary<string, string> DefaultHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>User-Agent unless a header sets one.</summary>
    public string UserAgent { get; init; } = LoadHttpClientDefaults.UserAgentProduct + "/" + EngineInfo.Version;

    /// <summary>Skips TLS certificate validation, for self-signed test targets only. Off by default.</summary>
    public bool AcceptAnyCertificate { get; init; }

    /// <summary>Per-connection receive buffer size in bytes.</summary>
    public int ReceiveBufferBytes { get; init; } = LoadHttpClientDefaults.ReceiveBufferBytes;

    /// <summary>Cap on status line plus headers in bytes; above it the response is a protocol error.</summary>
    public int MaxResponseHeaderBytes { get; init; } = LoadHttpClientDefaults.MaxResponseHeaderBytes;
}
