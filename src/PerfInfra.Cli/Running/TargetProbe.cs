using System.Net.Sockets;

namespace PerfInfra.Cli.Running;

/// <summary>
/// One TCP connect to the target before any load: an unreachable target is reported in a second as
/// "could not run" (exit 3) instead of as a minute of refused requests and a failed verdict.
/// </summary>
internal static class TargetProbe
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan SwitchesTimeout = TimeSpan.FromSeconds(3);

    /// <summary>A switches document is a few hundred bytes; anything larger is not one.</summary>
    public const int MaxSwitchesBytes = 64 * 1024;

    /// <summary>
    /// The body of GET /_admin/switches when the target is a PerfInfra demo platform (200 with JSON);
    /// null for anything else — a 404, another content type, a body over <see cref="MaxSwitchesBytes"/>,
    /// no answer in time — so the preflight check is reported as skipped rather than guessed. The demo
    /// platform listens on loopback only, so no other host is ever asked. The target is already allowed.
    /// </summary>
    public static async Task<string?> GetSwitchesAsync(Uri target, CancellationToken ct)
    {
        if (!target.IsLoopback)
        {
            return null;
        }

        using var http = new HttpClient { Timeout = SwitchesTimeout, MaxResponseContentBufferSize = MaxSwitchesBytes };
        try
        {
            // Headers first: a target that answers every path with a huge body must not be read whole.
            using var response = await http.GetAsync(new Uri(target, Engine.Preflight.DemoPlatformPreflight.SwitchesPath), HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json"
                || response.Content.Headers.ContentLength > MaxSwitchesBytes)
            {
                return null;
            }

            // Chunked answers have no length: MaxResponseContentBufferSize stops the read at the bound.
            return await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Null when reachable; otherwise why not, in words.</summary>
    public static async Task<string?> CheckAsync(Uri target, CancellationToken ct)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await client.ConnectAsync(target.IdnHost, target.Port, timeout.Token);
            return null;
        }
        catch (SocketException e)
        {
            var why = e.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused (is the server running?)",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host name not found (DNS)",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
                _ => e.Message,
            };
            return $"{target.GetLeftPart(UriPartial.Authority)} is unreachable: {why}";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"{target.GetLeftPart(UriPartial.Authority)} is unreachable: no answer to connect within {ConnectTimeout.TotalSeconds:0} s";
        }
    }
}
