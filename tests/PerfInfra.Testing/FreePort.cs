using System.Net;
using System.Net.Sockets;

namespace PerfInfra.Testing;

public static class FreePort
{
    /// <summary>A loopback port free right now (the OS picks it; a tiny race with other processes is accepted).</summary>
    public static int Next()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
