using System.Collections.Concurrent;

namespace PerfInfra.DemoPlatform.Carts;

/// <summary>
/// All carts, bounded so a long run keeps memory flat: the queue records creation order and never holds
/// more than <c>maxCarts</c> entries; when it would, the oldest cart is evicted (an entry left behind by
/// a checked-out cart is simply dropped).
/// </summary>
internal sealed class CartStore(int maxCarts)
{
    private readonly ConcurrentDictionary<string, Cart> _carts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Id, long Sequence)> _creationOrder = new();
    private long _nextSequence;

    /// <summary>Carts currently held (at most <c>maxCarts</c>).</summary>
    public int Count => _carts.Count;

    public Cart GetOrCreate(string id)
    {
        if (_carts.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var candidate = new Cart(id, Interlocked.Increment(ref _nextSequence));
        var cart = _carts.GetOrAdd(id, candidate);
        if (ReferenceEquals(cart, candidate))
        {
            _creationOrder.Enqueue((id, candidate.Sequence));
            EvictOldest();
        }

        return cart;
    }

    public Cart? Find(string id) => _carts.GetValueOrDefault(id);

    /// <summary>Takes the cart out of the store (checkout); null if there was none.</summary>
    public Cart? Remove(string id) => _carts.TryRemove(id, out var cart) ? cart : null;

    private void EvictOldest()
    {
        while (_creationOrder.Count > maxCarts && _creationOrder.TryDequeue(out var oldest))
        {
            if (_carts.TryGetValue(oldest.Id, out var cart) && cart.Sequence == oldest.Sequence)
            {
                _carts.TryRemove(new KeyValuePair<string, Cart>(oldest.Id, cart));
            }
        }
    }
}
