using PerfInfra.DemoPlatform.Catalog;

namespace PerfInfra.DemoPlatform.Tests.Catalog;

public sealed class ProductCatalogTests
{
    [Fact]
    public void Constructor_SameSeed_SameCatalog()
    {
        var first = CreateSut();
        var second = CreateSut();

        Assert.All(Enumerable.Range(1, first.Count), id => Assert.Equal(first.Find(id), second.Find(id)));
    }

    [Fact]
    public void Constructor_DifferentSeed_DifferentCatalog()
    {
        var first = CreateSut(seed: 1);
        var second = CreateSut(seed: 2);

        Assert.Contains(Enumerable.Range(1, first.Count), id => first.Find(id) != second.Find(id));
    }

    [Fact]
    public void Find_IdsOneToCount_AllPresentAndPriced()
    {
        var catalog = CreateSut();

        Assert.All(Enumerable.Range(1, catalog.Count), id =>
        {
            var product = catalog.Find(id)!;
            Assert.Equal(id, product.Id);
            Assert.InRange(product.Price, DemoPlatformDefaults.MinProductPrice, DemoPlatformDefaults.MaxProductPrice);
        });
        Assert.Null(catalog.Find(0));
        Assert.Null(catalog.Find(catalog.Count + 1));
    }

    [Fact]
    public void GetPage_AllPages_CoverCatalogExactlyOnce()
    {
        var catalog = CreateSut();
        var first = catalog.GetPage(1, category: null);

        var ids = Enumerable.Range(1, first.TotalPages).SelectMany(page => catalog.GetPage(page, null).Items).Select(p => p.Id).ToArray();

        Assert.Equal(Enumerable.Range(1, catalog.Count), ids);
    }

    [Fact]
    public void Search_CategoryName_MatchesWholeCategory()
    {
        var catalog = CreateSut();

        var result = catalog.Search("garden");

        Assert.Equal(catalog.GetPage(1, "garden").TotalItems, result.TotalMatches);
    }

    private static ProductCatalog CreateSut(int seed = DemoPlatformDefaults.RandomSeed) => new(DemoPlatformDefaults.ProductCount, seed);
}
