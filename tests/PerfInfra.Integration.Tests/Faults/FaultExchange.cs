using System.Net.Sockets;

namespace PerfInfra.Integration.Tests.Faults;

/// <summary>One request on a <see cref="FaultServer"/>: its connection, and its index among every request the server saw.</summary>
internal sealed record FaultExchange(TcpClient Client, NetworkStream Stream, long RequestIndex)
{
    public Task WriteAsync(string text, CancellationToken token) =>
        Stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(text), token).AsTask();

    /// <summary>Closes with a TCP RST instead of a FIN, as a crashed process or a load balancer does.</summary>
    public void Reset()
    {
        Client.Client.LingerState = new LingerOption(enable: true, seconds: 0);
        Client.Client.Close();
    }

    /// <summary>Waits until the client closes its end (it gave up, e.g. on a timeout) or the test ends.</summary>
    public async Task WaitForClientToLeaveAsync(CancellationToken token)
    {
        var sink = new byte[256];
        while (await Stream.ReadAsync(sink, token) > 0)
        {
            // discard: a stalled server does not answer whatever arrives
        }
    }
}
