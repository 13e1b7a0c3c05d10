using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class ProductEndpointsTests
{
    [Fact]
    public async Task List_NoQuery_ReturnsFirstPageOfWholeCatalog()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/products");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(DemoPlatformDefaults.ProductPageSize, body.GetProperty("page_size").GetInt32());
        Assert.Equal(DemoPlatformDefaults.ProductCount, body.GetProperty("total_items").GetInt32());
        Assert.Equal(15, body.GetProperty("total_pages").GetInt32());
        var items = body.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(DemoPlatformDefaults.ProductPageSize, items.Length);
        Assert.Equal(1, items[0].GetProperty("id").GetInt32());
        foreach (var field in new[] { "name", "category", "price", "stock", "description" })
        {
            Assert.True(items[0].TryGetProperty(field, out _), $"product has no '{field}'");
        }
    }

    [Fact]
    public async Task List_PageAndCategory_ReturnsOnlyThatCategory()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/products?page=2&category=Books");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("page").GetInt32());
        Assert.Equal("books", body.GetProperty("category").GetString());
        var items = body.GetProperty("items").EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal("books", item.GetProperty("category").GetString()));
        Assert.True(body.GetProperty("total_items").GetInt32() < DemoPlatformDefaults.ProductCount);
    }

    [Fact]
    public async Task List_PagePastTheEnd_ReturnsEmptyPage()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/products?page=999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public async Task List_InvalidPage_Returns400NamingTheValue(string page)
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync($"/api/products?page={page}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{page}'", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Detail_KnownId_ReturnsThatProduct()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync("/api/products/42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(42, body.GetProperty("id").GetInt32());
        Assert.EndsWith(" 42", body.GetProperty("name").GetString());
        Assert.True(body.GetProperty("price").GetDecimal() > 0);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("301")]
    [InlineData("abc")]
    public async Task Detail_UnknownId_Returns404(string id)
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.GetJsonAsync($"/api/products/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(id, body.GetProperty("error").GetString());
    }
}
