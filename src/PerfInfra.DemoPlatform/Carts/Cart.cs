namespace PerfInfra.DemoPlatform.Carts;

/// <summary>
/// One shopper's cart. Two requests for the same cart may run at once (a load test reuses ids), so
/// its lines are guarded by a lock; the lock is held for microseconds, never across an await.
/// </summary>
internal sealed class Cart(string id, long sequence)
{
    private readonly Dictionary<int, int> _quantityByProductId = [];
    private readonly Lock _gate = new();

    public string Id { get; } = id;

    /// <summary>Creation order, so the store evicts this cart and not a newer one with the same id.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>Adds to a line; false if the line would exceed the per-line maximum (and nothing changes).</summary>
    public bool TryAdd(int productId, int quantity)
    {
        lock (_gate)
        {
            var current = _quantityByProductId.GetValueOrDefault(productId);
            if (current + quantity > DemoPlatformDefaults.MaxQuantityPerLine)
            {
                return false;
            }

            _quantityByProductId[productId] = current + quantity;
            return true;
        }
    }

    /// <summary>Lines ordered by product id, so the same cart always serializes the same way.</summary>
    public IReadOnlyList<CartLine> Snapshot()
    {
        lock (_gate)
        {
            return _quantityByProductId
                .OrderBy(pair => pair.Key)
                .Select(pair => new CartLine(pair.Key, pair.Value))
                .ToArray();
        }
    }
}
