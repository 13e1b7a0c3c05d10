using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class AuthEndpointsTests
{
    [Fact]
    public async Task Token_ValidCredentials_ReturnsBearerToken()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Post, "/api/auth/token", """{"username":"alice","password":"secret"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("demo.", body.GetProperty("access_token").GetString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(DemoPlatformDefaults.TokenLifetimeSeconds, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Token_TwoRequests_GetDifferentTokens()
    {
        await using var platform = await RunningPlatform.StartAsync();
        const string credentials = """{"username":"alice","password":"secret"}""";

        var (_, first) = await platform.SendJsonAsync(HttpMethod.Post, "/api/auth/token", credentials);
        var (_, second) = await platform.SendJsonAsync(HttpMethod.Post, "/api/auth/token", credentials);

        Assert.NotEqual(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
    }

    [Theory]
    [InlineData("""{"username":"alice"}""")]
    [InlineData("""{"username":" ","password":"x"}""")]
    [InlineData("""{"username":"alice","password":"x","role":"admin"}""")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Token_BadBody_Returns400WithMessage(string json)
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Post, "/api/auth/token", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Token_BodyOverLimit_Returns413()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var padding = new string('x', (int)DemoPlatformDefaults.MaxRequestBodyBytes);

        using var response = await platform.Client.PostAsync("/api/auth/token", RunningPlatform.Json($$"""{"username":"{{padding}}","password":"p"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
