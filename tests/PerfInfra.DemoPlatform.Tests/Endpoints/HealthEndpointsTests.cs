using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Health_Always_ReturnsOk()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownRoute_Returns404()
    {
        await using var platform = await RunningPlatform.StartAsync();

        using var response = await platform.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
