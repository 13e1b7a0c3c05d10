namespace PerfInfra.Engine.Http;

/// <summary>
/// Documented defaults and limits of <see cref="LoadHttpClient"/>. Sizes are in bytes, times in the unit
/// their name says.
/// </summary>
public static class LoadHttpClientDefaults
{
    /// <summary>Whole request, from the call until the last body byte; k6 and Locust default to 60 s, hey to 20 s —
    /// 10 s is far above the seed's p99 bar (2 s), so anything slower is a failure worth counting.</summary>
    public const int RequestTimeoutSeconds = 10;

    /// <summary>TCP connect plus TLS handshake.</summary>
    public const int ConnectTimeoutSeconds = 5;

    /// <summary>Status line plus headers (and chunked trailers). Larger is a protocol error, so a hostile or
    /// broken target cannot make the generator buffer without bound (nginx's own limit is 8–32 KiB).</summary>
    public const int MaxResponseHeaderBytes = 64 * 1024;

    /// <summary>Initial per-connection receive buffer; bodies are discarded through it whatever their size,
    /// and it only grows (up to <see cref="MaxResponseHeaderBytes"/>) for a single oversized header block.</summary>
    public const int ReceiveBufferBytes = 16 * 1024;

    /// <summary>A chunk-size line is a hex number plus optional extensions; anything longer is malformed.</summary>
    public const int MaxChunkSizeLineBytes = 1024;

    /// <summary>The shared deadline sweep looks for overdue requests this many times per request timeout, so a
    /// timeout fires at most 5 % late: the price of not arming a timer per request.</summary>
    public const int DeadlineSweepsPerTimeout = 20;

    /// <summary>Bounds of the sweep interval: often enough for short test timeouts, rarely enough to cost nothing.</summary>
    public const int MinDeadlineSweepMilliseconds = 10;

    public const int MaxDeadlineSweepMilliseconds = 100;

    /// <summary>Product token of the User-Agent header; the engine version follows the slash.</summary>
    public const string UserAgentProduct = "PerfInfra";

    /// <summary>Sent with a step body when the step sets no Content-Type: journeys post JSON.</summary>
    public const string BodyContentType = "application/json";
}
