using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerfInfra.DemoPlatform.Latency;

namespace PerfInfra.DemoPlatform.Tests.Support;

/// <summary>A demo platform on a free loopback port plus a client for it; disposing stops both.</summary>
internal sealed class RunningPlatform : IAsyncDisposable
{
    private RunningPlatform(DemoPlatformHost host)
    {
        Host = host;
        Client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = host.BaseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public DemoPlatformHost Host { get; }

    public HttpClient Client { get; }

    /// <summary>No latency by default: functional tests should not wait on simulated backends.</summary>
    public static DemoPlatformOptions FastOptions { get; } = new() { LatencyProfile = LatencyProfile.None };

    public static async Task<RunningPlatform> StartAsync(DemoPlatformOptions? options = null) =>
        new(await DemoPlatformHost.StartAsync(options ?? FastOptions, CancellationToken.None));

    internal static async Task<RunningPlatform> StartAsync(DemoPlatformOptions options, DemoPlatformDependencies dependencies) =>
        new(await DemoPlatformHost.StartAsync(options, dependencies, CancellationToken.None));

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, await ReadBodyAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendJsonAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = Json(json) };
        var response = await Client.SendAsync(request);
        return (response, await ReadBodyAsync(response));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
