using CsCheck;
using PerfInfra.DemoPlatform.Catalog;

namespace PerfInfra.DemoPlatform.Tests.Catalog;

public sealed class ProductCatalogPropertyTests
{
    private static readonly ProductCatalog Catalog = new(DemoPlatformDefaults.ProductCount, DemoPlatformDefaults.RandomSeed);
    private static readonly string[] Categories = ["electronics", "books", "home", "garden", "toys", "sports", "beauty", "grocery", "unknown"];

    [Fact]
    public void GetPage_AnyPageAndCategory_ItemsFitPageAndMatchCategory()
    {
        Gen.Select(Gen.Int[1, int.MaxValue], Gen.Int[0, Categories.Length]).Sample((page, categoryIndex) =>
        {
            var category = categoryIndex == Categories.Length ? null : Categories[categoryIndex];

            var result = Catalog.GetPage(page, category);

            Assert.True(result.Items.Count <= DemoPlatformDefaults.ProductPageSize);
            Assert.Equal(page <= result.TotalPages ? Math.Min(DemoPlatformDefaults.ProductPageSize, result.TotalItems - ((page - 1) * DemoPlatformDefaults.ProductPageSize)) : 0, result.Items.Count);
            Assert.All(result.Items, p => Assert.True(category is null || p.Category == category));
        });
    }

    [Fact]
    public void Search_AnyQuery_EveryItemContainsQueryAndTotalCoversItems()
    {
        Gen.String[Gen.Char["abcdeilmnorst "], 1, 6].Sample(query =>
        {
            var result = Catalog.Search(query);

            Assert.True(result.TotalMatches >= result.Items.Count);
            Assert.True(result.Items.Count <= DemoPlatformDefaults.SearchResultLimit);
            Assert.All(result.Items, p => Assert.True(
                p.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Category.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Description.Contains(query, StringComparison.OrdinalIgnoreCase)));
        });
    }
}
