namespace PerfInfra.DemoPlatform.Catalog;

/// <summary>
/// An immutable in-memory catalog generated from a seed, so every run (and every test) sees the same
/// products. Immutable after construction, hence safe to read from any number of requests.
/// </summary>
internal sealed class ProductCatalog
{
    private static readonly string[] Categories =
        ["electronics", "books", "home", "garden", "toys", "sports", "beauty", "grocery"];

    private static readonly string[] Adjectives =
        ["Classic", "Compact", "Deluxe", "Eco", "Ergonomic", "Portable", "Premium", "Rugged", "Smart", "Vintage"];

    private static readonly Dictionary<string, string[]> NounsByCategory = new(StringComparer.Ordinal)
    {
        ["electronics"] = ["Headphones", "Speaker", "Charger", "Keyboard", "Monitor"],
        ["books"] = ["Novel", "Cookbook", "Atlas", "Biography", "Notebook"],
        ["home"] = ["Lamp", "Blanket", "Kettle", "Mirror", "Shelf"],
        ["garden"] = ["Planter", "Hose", "Trowel", "Bench", "Lantern"],
        ["toys"] = ["Puzzle", "Robot", "Kite", "Blocks", "Train"],
        ["sports"] = ["Racket", "Helmet", "Bottle", "Backpack", "Yoga Mat"],
        ["beauty"] = ["Serum", "Brush", "Perfume", "Lotion", "Palette"],
        ["grocery"] = ["Coffee", "Tea", "Olive Oil", "Honey", "Chocolate"],
    };

    private readonly Product[] _products;
    private readonly Dictionary<string, Product[]> _byCategory;

    public ProductCatalog(int productCount, int seed)
    {
        var random = new Random(seed);
        _products = new Product[productCount];
        for (var i = 0; i < productCount; i++)
        {
            _products[i] = CreateProduct(id: i + 1, random);
        }

        _byCategory = _products
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public int Count => _products.Length;

    /// <summary>Ids run from 1 to <see cref="Count"/>.</summary>
    public Product? Find(int id) => id >= 1 && id <= _products.Length ? _products[id - 1] : null;

    /// <summary>A 1-based page; a page past the end or an unknown category gives an empty page, not an error.</summary>
    public ProductPage GetPage(int page, string? category)
    {
        var source = category is null
            ? _products
            : _byCategory.GetValueOrDefault(category, []);
        var pageSize = DemoPlatformDefaults.ProductPageSize;
        var totalPages = (source.Length + pageSize - 1) / pageSize;
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= source.Length
            ? []
            : source.AsSpan((int)skip, Math.Min(pageSize, source.Length - (int)skip)).ToArray();
        return new ProductPage(items, page, pageSize, source.Length, totalPages, category);
    }

    /// <summary>Case-insensitive substring match on name, category and description.</summary>
    public SearchResult Search(string query)
    {
        var matches = _products
            .Where(p => p.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Category.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Description.Contains(query, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return new SearchResult(query, matches.Length, matches.Take(DemoPlatformDefaults.SearchResultLimit).ToArray());
    }

    private static Product CreateProduct(int id, Random random)
    {
        var category = Categories[random.Next(Categories.Length)];
        var nouns = NounsByCategory[category];
        var adjective = Adjectives[random.Next(Adjectives.Length)];
        var noun = nouns[random.Next(nouns.Length)];
        var priceRange = DemoPlatformDefaults.MaxProductPrice - DemoPlatformDefaults.MinProductPrice;
        var price = decimal.Round(DemoPlatformDefaults.MinProductPrice + (priceRange * (decimal)random.NextDouble()), 2);
        var stock = random.Next(DemoPlatformDefaults.MaxProductStock + 1);
        return new Product(
            id,
            $"{adjective} {noun} {id}",
            category,
            price,
            stock,
            $"A {adjective.ToLowerInvariant()} {noun.ToLowerInvariant()} from our {category} range.");
    }
}
