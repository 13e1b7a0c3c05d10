using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class CheckoutEndpointsTests
{
    [Fact]
    public async Task Checkout_CartWithItems_Returns201OrderAndEmptiesCart()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var (_, cart) = await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/buyer/items", """{"product_id":9,"quantity":2}""");

        var (response, order) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", """{"cart_id":"buyer"}""");
        var (_, after) = await platform.GetJsonAsync("/api/cart/buyer");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches("^ord-[0-9]{8}$", order.GetProperty("order_id").GetString());
        Assert.Equal("buyer", order.GetProperty("cart_id").GetString());
        Assert.Equal(2, order.GetProperty("item_count").GetInt32());
        Assert.Equal(cart.GetProperty("total").GetDecimal(), order.GetProperty("total").GetDecimal());
        Assert.Empty(after.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Checkout_TwoOrders_GetDistinctOrderIds()
    {
        await using var platform = await RunningPlatform.StartAsync();
        var ids = new List<string?>();
        foreach (var cartId in new[] { "a", "b" })
        {
            await platform.SendJsonAsync(HttpMethod.Post, $"/api/cart/{cartId}/items", """{"product_id":1,"quantity":1}""");
            var (_, order) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", $$"""{"cart_id":"{{cartId}}"}""");
            ids.Add(order.GetProperty("order_id").GetString());
        }

        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task Checkout_EmptyCart_Returns400()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", """{"cart_id":"nothing-in-it"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Checkout_SameCartTwice_SecondIs400()
    {
        await using var platform = await RunningPlatform.StartAsync();
        await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/once/items", """{"product_id":1,"quantity":1}""");

        var (first, _) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", """{"cart_id":"once"}""");
        var (second, _) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", """{"cart_id":"once"}""");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"cart_id":""}""")]
    [InlineData("{")]
    public async Task Checkout_MissingCartId_Returns400(string json)
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, _) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
