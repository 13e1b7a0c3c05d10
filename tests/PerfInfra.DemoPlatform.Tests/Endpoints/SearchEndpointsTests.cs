using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class SearchEndpointsTests
{
    [Fact]
    public async Task Search_WithQuery_ReturnsMatchingProducts()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/search?q=LAMP");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("LAMP", body.GetProperty("query").GetString());
        var items = body.GetProperty("items").EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        Assert.True(items.Length <= DemoPlatformDefaults.SearchResultLimit);
        Assert.True(body.GetProperty("total_matches").GetInt32() >= items.Length);
        Assert.All(items, item => Assert.Contains("lamp", item.GetProperty("name").GetString()!.ToLowerInvariant()));
    }

    [Fact]
    public async Task Search_NoMatch_ReturnsEmptyItems()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/search?q=zzzz-nothing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetProperty("total_matches").GetInt32());
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    public async Task Search_WithoutQuery_Returns400(string path)
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'q'", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Search_QueryTooLong_Returns400()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, _) = await platform.GetJsonAsync("/api/search?q=" + new string('x', DemoPlatformDefaults.MaxSearchQueryLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
