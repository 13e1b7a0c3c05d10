using PerfInfra.DemoPlatform.Carts;

namespace PerfInfra.DemoPlatform.Tests.Carts;

public sealed class CartStoreTests
{
    [Fact]
    public void GetOrCreate_MoreThanMax_KeepsNewestAndCountAtMax()
    {
        var store = CreateSut(maxCarts: 3);

        for (var i = 0; i < 10; i++)
        {
            store.GetOrCreate($"cart-{i}");
        }

        Assert.Equal(3, store.Count);
        Assert.Null(store.Find("cart-0"));
        Assert.NotNull(store.Find("cart-9"));
    }

    [Fact]
    public void GetOrCreate_SameId_ReturnsSameCart()
    {
        var store = CreateSut();

        var first = store.GetOrCreate("c");
        var second = store.GetOrCreate("c");

        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrCreate_RecreatedAfterRemove_StaleQueueEntryDoesNotEvictNewCart()
    {
        var store = CreateSut(maxCarts: 2);
        store.GetOrCreate("a");
        store.Remove("a");
        var recreated = store.GetOrCreate("a");

        // Three queue entries for two live carts: the stale one for the first "a" must be the one dropped.
        store.GetOrCreate("b");

        Assert.Same(recreated, store.Find("a"));
        Assert.NotNull(store.Find("b"));
    }

    [Fact]
    public void CreateAndRemove_ManyTimes_StaysBounded()
    {
        var store = CreateSut(maxCarts: 5);

        for (var i = 0; i < 10_000; i++)
        {
            store.GetOrCreate($"c{i}");
            if (i % 2 == 0)
            {
                store.Remove($"c{i}");
            }
        }

        Assert.True(store.Count <= 5);
        Assert.NotNull(store.Find("c9999"));
    }

    [Fact]
    public async Task TryAdd_ConcurrentAddsToOneCart_LoseNoQuantity()
    {
        var store = CreateSut();
        const int Tasks = 8;
        const int AddsPerTask = 100;

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < AddsPerTask; i++)
            {
                store.GetOrCreate("shared").TryAdd(productId: 1, quantity: 1);
            }
        })));

        var line = Assert.Single(store.Find("shared")!.Snapshot());
        Assert.Equal(Tasks * AddsPerTask, line.Quantity);
    }

    [Fact]
    public void TryAdd_BeyondLineMaximum_RefusesAndKeepsQuantity()
    {
        var cart = CreateSut().GetOrCreate("c");
        cart.TryAdd(1, DemoPlatformDefaults.MaxQuantityPerLine);

        var accepted = cart.TryAdd(1, 1);

        Assert.False(accepted);
        Assert.Equal(DemoPlatformDefaults.MaxQuantityPerLine, Assert.Single(cart.Snapshot()).Quantity);
    }

    private static CartStore CreateSut(int maxCarts = DemoPlatformDefaults.MaxCarts) => new(maxCarts);
}
