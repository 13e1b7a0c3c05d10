using System.Net.Sockets;

namespace PerfInfra.Cli.Running;

/// <summary>
/// One TCP connect to the target before any load: an unreachable target is reported in a second as
/// "could not run" (exit 3) instead of as a minute of refused requests and a failed verdict.
/// </summary>
internal static class TargetProbe
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

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
