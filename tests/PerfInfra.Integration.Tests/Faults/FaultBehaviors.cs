using System.Globalization;
using System.Text;

namespace PerfInfra.Integration.Tests.Faults;

/// <summary>
/// The faults a real target shows, one behaviour each, for <see cref="FaultServer"/>. Each comment says
/// what the load generator must make of it.
/// </summary>
internal static class FaultBehaviors
{
    /// <summary>Huge bodies: 8 MiB a response, far above the generator's 16 KiB receive buffer.</summary>
    public const int HugeBodyBytes = 8 * 1024 * 1024;

    /// <summary>Of every <see cref="BurstPeriod"/> requests, the first <see cref="BurstLength"/> get a 503: half fail.</summary>
    public const int BurstPeriod = 10;

    public const int BurstLength = 5;

    /// <summary>Chunked bodies: this many chunks of <see cref="ChunkBytes"/> each, sent in separate writes.</summary>
    public const int ChunkCount = 40;

    public const int ChunkBytes = 100;

    /// <summary>Slow successes: far above the fast failures' sub-millisecond answers on loopback.</summary>
    public static readonly TimeSpan SlowSuccessDelay = TimeSpan.FromMilliseconds(150);

    /// <summary>Of every this many requests, one succeeds slowly and the rest fail at once.</summary>
    public const int SlowSuccessPeriod = 4;

    private const string OkBody = "{\"ok\":true}";

    /// <summary>Slowloris: one header byte per this interval, forever, so the headers never end.</summary>
    private static readonly TimeSpan SlowlorisByteInterval = TimeSpan.FromMilliseconds(50);

    private static readonly byte[] HugeBodyChunk = new byte[64 * 1024];

    /// <summary>A correct keep-alive 200: the control case.</summary>
    public static async Task<FaultNext> Ok(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync(Response(200, "OK", OkBody), token);
        return FaultNext.KeepOpen;
    }

    /// <summary>Headers and a tenth of the promised body, then an RST: counted as <c>reset</c>.</summary>
    public static async Task<FaultNext> ResetMidResponse(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + new string('x', 100), token);
        await exchange.Stream.FlushAsync(token);
        exchange.Reset();
        return FaultNext.Close;
    }

    /// <summary>Reads the request and never answers: counted as <c>timeout</c> after target.timeout.</summary>
    public static async Task<FaultNext> Stall(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WaitForClientToLeaveAsync(token);
        return FaultNext.Close;
    }

    /// <summary>A status line, then header bytes trickling forever: the deadline must still fire (<c>timeout</c>).</summary>
    public static async Task<FaultNext> Slowloris(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync("HTTP/1.1 200 OK\r\n", token);
        while (!token.IsCancellationRequested)
        {
            await exchange.WriteAsync("X", token);
            await Task.Delay(SlowlorisByteInterval, token);
        }

        return FaultNext.Close;
    }

    /// <summary>Bursts of 503 (half of all requests): counted as <c>http_503</c>, the rest succeed.</summary>
    public static async Task<FaultNext> ServerErrorBursts(FaultExchange exchange, CancellationToken token)
    {
        var failing = exchange.RequestIndex % BurstPeriod < BurstLength;
        await exchange.WriteAsync(failing ? Response(503, "Service Unavailable", "{\"error\":\"overloaded\"}") : Response(200, "OK", OkBody), token);
        return FaultNext.KeepOpen;
    }

    /// <summary>
    /// Three fast 503s, then one slow 200: if failures were measured, the median would be the 503s'
    /// sub-millisecond time; measured correctly (successes only) it is the slow success's.
    /// </summary>
    public static async Task<FaultNext> FastFailuresSlowSuccesses(FaultExchange exchange, CancellationToken token)
    {
        if (exchange.RequestIndex % SlowSuccessPeriod == 0)
        {
            await Task.Delay(SlowSuccessDelay, token);
            await exchange.WriteAsync(Response(200, "OK", OkBody), token);
        }
        else
        {
            await exchange.WriteAsync(Response(503, "Service Unavailable", "{\"error\":\"fast failure\"}"), token);
        }

        return FaultNext.KeepOpen;
    }

    /// <summary>A status line that is not HTTP: counted as <c>protocol</c>, the connection dropped.</summary>
    public static async Task<FaultNext> MalformedStatusLine(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync("HTTP/1.1 twohundred OK\r\nContent-Length: 2\r\n\r\nok", token);
        return FaultNext.KeepOpen;
    }

    /// <summary>Two Content-Length headers that disagree (request smuggling material): <c>protocol</c>.</summary>
    public static async Task<FaultNext> ConflictingContentLength(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\nok", token);
        return FaultNext.KeepOpen;
    }

    /// <summary>An 8 MiB body per response: a success, read through a fixed buffer without keeping it.</summary>
    public static async Task<FaultNext> HugeBody(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
            HugeBodyBytes.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n", token);
        for (var sent = 0; sent < HugeBodyBytes; sent += HugeBodyChunk.Length)
        {
            await exchange.Stream.WriteAsync(HugeBodyChunk, token);
        }

        return FaultNext.KeepOpen;
    }

    /// <summary>One response of <paramref name="bytes"/> bytes (keep-alive), written in 64 KiB pieces.</summary>
    public static FaultBehavior Body(long bytes) => async (exchange, token) =>
    {
        await exchange.WriteAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
            bytes.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n", token);
        for (long sent = 0; sent < bytes; sent += HugeBodyChunk.Length)
        {
            await exchange.Stream.WriteAsync(HugeBodyChunk.AsMemory(0, (int)Math.Min(HugeBodyChunk.Length, bytes - sent)), token);
        }

        return FaultNext.KeepOpen;
    };

    /// <summary>A chunked body in many small writes, with a chunk extension and a trailer: a success.</summary>
    public static async Task<FaultNext> Chunked(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", token);
        var chunk = ChunkBytes.ToString("x", CultureInfo.InvariantCulture) + ";ext=1\r\n" + new string('c', ChunkBytes) + "\r\n";
        for (var i = 0; i < ChunkCount; i++)
        {
            await exchange.WriteAsync(chunk, token);
        }

        await exchange.WriteAsync("0\r\nX-Trailer: done\r\n\r\n", token);
        return FaultNext.KeepOpen;
    }

    /// <summary>
    /// A keep-alive response (no Connection: close), then the server closes anyway, as servers with a short
    /// idle timeout do. The next request meets a dead connection: the client retries once on a fresh one,
    /// so nothing is counted as an error.
    /// </summary>
    public static async Task<FaultNext> KeepAliveClosedByServer(FaultExchange exchange, CancellationToken token)
    {
        await exchange.WriteAsync(Response(200, "OK", OkBody), token);
        return FaultNext.Close;
    }

    /// <summary>On connect: answers the TLS ClientHello with plain HTTP, so the handshake fails (<c>tls</c>).</summary>
    public static async Task<FaultNext> PlainHttpToTls(FaultExchange exchange, CancellationToken token)
    {
        var hello = new byte[4096];
        if (await exchange.Stream.ReadAsync(hello, token) == 0)
        {
            return FaultNext.Close; // the reachability probe: connect, then close
        }

        await exchange.WriteAsync(Response(400, "Bad Request", "{\"error\":\"plain http\"}"), token);
        return FaultNext.Close;
    }

    private static string Response(int status, string reason, string body) =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
}
