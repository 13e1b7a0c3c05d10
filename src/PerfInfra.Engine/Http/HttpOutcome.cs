namespace PerfInfra.Engine.Http;

/// <summary>
/// The result of one request. <see cref="ErrorKind"/> is null on success (status accepted by the
/// step's expectation); otherwise one of <see cref="ErrorKinds"/>. <see cref="StatusCode"/> is 0 when
/// no response arrived. Timestamps are <see cref="System.Diagnostics.Stopwatch"/> ticks.
/// </summary>
public readonly record struct HttpOutcome(int StatusCode, string? ErrorKind, long ResponseBytes, long SentTimestamp, long CompletedTimestamp)
{
    public bool IsSuccess => ErrorKind is null;
}
