using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests;

public sealed class DemoPlatformHostTests
{
    [Fact]
    public async Task StartAsync_PortZero_BindsFreeLoopbackPort()
    {
        await using var platform = await RunningPlatform.StartAsync();

        Assert.Equal("127.0.0.1", platform.Host.BaseUrl.Host);
        Assert.NotEqual(0, platform.Host.BaseUrl.Port);
        Assert.Equal("http", platform.Host.BaseUrl.Scheme);
    }

    [Fact]
    public async Task StartAsync_Always_UnreachableOnEveryNonLoopbackAddress()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var port = platform.Host.BaseUrl.Port;

        foreach (var address in NonLoopbackAddresses())
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            var error = await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(address, port));
            Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
        }

        using var loopback = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await loopback.ConnectAsync(IPAddress.Loopback, port);
        Assert.True(loopback.Connected);
    }

    [Fact]
    public async Task StartAsync_AspNetCoreUrlsSet_StillBindsOnlyLoopback()
    {
        const string Variable = "ASPNETCORE_URLS";
        var before = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, "http://0.0.0.0:0");
        try
        {
            await using var platform = await RunningPlatform.StartAsync();

            Assert.Equal("127.0.0.1", platform.Host.BaseUrl.Host);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, before);
        }
    }

    [Fact]
    public async Task StartAsync_ExplicitPort_ListensThere()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { Port = port });
        using var response = await platform.Client.GetAsync("/health");

        Assert.Equal(port, platform.Host.BaseUrl.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsListingEveryProblem()
    {
        var options = new DemoPlatformOptions { Port = -1, FailureRate = 1.5, StallEvery = -2, MaxCarts = 0 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => DemoPlatformHost.StartAsync(options, CancellationToken.None));

        Assert.Contains("Port is -1", error.Message);
        Assert.Contains("FailureRate is 1.5", error.Message);
        Assert.Contains("StallEvery is -2", error.Message);
        Assert.Contains("MaxCarts is 0", error.Message);
    }

    [Fact]
    public async Task StopAsync_ThenDispose_StopsListeningAndIsIdempotent()
    {
        var platform = await RunningPlatform.StartAsync();
        var baseUrl = platform.Host.BaseUrl;

        await platform.Host.StopAsync(CancellationToken.None);
        await platform.Host.StopAsync(CancellationToken.None);
        await platform.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var error = await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(IPAddress.Loopback, baseUrl.Port));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public async Task LoggerProvider_BusyRunWithFaults_ReceivesNothingBelowWarning()
    {
        var logs = new CapturingLoggerProvider();
        await using (var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { LoggerProvider = logs, AbortRate = 0.5 }))
        {
            for (var i = 0; i < 20; i++)
            {
                try
                {
                    using var response = await platform.Client.GetAsync($"/api/products/{i}");
                }
                catch (HttpRequestException)
                {
                    // Half the requests are aborted on purpose; only the log output matters here.
                }
            }
        }

        Assert.True(logs.LoggersCreated > 0, "the provider was never wired into the host");
        Assert.All(logs.Entries, entry => Assert.True(entry.Level >= Microsoft.Extensions.Logging.LogLevel.Warning, $"{entry.Level} {entry.Category}: {entry.Message}"));
    }

    [Fact]
    public void DefaultOptions_AreValidAndDocumentedDefaults()
    {
        var options = new DemoPlatformOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(0, options.Port);
        Assert.True(options.CacheEnabled);
        Assert.Equal(0, options.FailureRate);
        Assert.Equal(0, options.StallEvery);
        Assert.Equal(0, options.AbortRate);
        Assert.Same(PerfInfra.DemoPlatform.Latency.LatencyProfile.Realistic, options.LatencyProfile);
    }

    private static IEnumerable<IPAddress> NonLoopbackAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
}
