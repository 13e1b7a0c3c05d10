using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class CartEndpointsTests
{
    [Fact]
    public async Task AddItem_ValidBody_Returns201WithCartAndLocation()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/c1/items", """{"product_id":7,"quantity":3}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/cart/c1", response.Headers.Location?.OriginalString);
        Assert.Equal("c1", body.GetProperty("cart_id").GetString());
        Assert.Equal(3, body.GetProperty("item_count").GetInt32());
        var line = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal(7, line.GetProperty("product_id").GetInt32());
        Assert.Equal(3, line.GetProperty("quantity").GetInt32());
        Assert.Equal(line.GetProperty("unit_price").GetDecimal() * 3, line.GetProperty("line_total").GetDecimal());
        Assert.Equal(line.GetProperty("line_total").GetDecimal(), body.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Read_AfterTwoAdds_ShowsMergedLines()
    {
        await using var platform = await RunningPlatform.StartAsync();
        await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/c2/items", """{"product_id":5,"quantity":1}""");
        await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/c2/items", """{"product_id":5,"quantity":2}""");
        await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/c2/items", """{"product_id":2,"quantity":1}""");

        var (response, body) = await platform.GetJsonAsync("/api/cart/c2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = body.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal([2, 5], lines.Select(l => l.GetProperty("product_id").GetInt32()));
        Assert.Equal([1, 3], lines.Select(l => l.GetProperty("quantity").GetInt32()));
        Assert.Equal(4, body.GetProperty("item_count").GetInt32());
    }

    [Fact]
    public async Task Read_UnknownCart_ReturnsEmptyCart()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/cart/never-used");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.GetProperty("items").EnumerateArray());
        Assert.Equal(0m, body.GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData("""{"product_id":1,"quantity":0}""")]
    [InlineData("""{"product_id":1,"quantity":101}""")]
    [InlineData("""{"product_id":1}""")]
    [InlineData("""{"quantity":1}""")]
    [InlineData("""{"product_id":"one","quantity":1}""")]
    [InlineData("[]")]
    public async Task AddItem_InvalidBody_Returns400(string json)
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/c3/items", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task AddItem_UnknownProduct_Returns404()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, _) = await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/c4/items", """{"product_id":100000,"quantity":1}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddItem_CartIdTooLong_Returns400()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var cartId = new string('c', DemoPlatformDefaults.MaxCartIdLength + 1);

        var (response, _) = await platform.SendJsonAsync(HttpMethod.Post, $"/api/cart/{cartId}/items", """{"product_id":1,"quantity":1}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AddItem_MoreCartsThanMax_EvictsOldestCart()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { MaxCarts = 2 });
        foreach (var cartId in new[] { "old", "middle", "new" })
        {
            await platform.SendJsonAsync(HttpMethod.Post, $"/api/cart/{cartId}/items", """{"product_id":1,"quantity":1}""");
        }

        var (_, old) = await platform.GetJsonAsync("/api/cart/old");
        var (_, newest) = await platform.GetJsonAsync("/api/cart/new");

        Assert.Empty(old.GetProperty("items").EnumerateArray());
        Assert.Single(newest.GetProperty("items").EnumerateArray());
    }
}
