using System.Collections.Concurrent;

namespace PerfInfra.DemoPlatform.Caching;

/// <summary>
/// Serialized response bodies by key, each with the TTL of its <see cref="CacheClass"/>, like API Gateway's
/// stage cache. Holds at most <c>capacity</c> entries: when full it first drops expired entries and, if
/// still full, simply does not store (a cache miss is always correct; unbounded memory on a long run is not).
/// </summary>
internal sealed class ResponseCache(TimeProvider timeProvider, int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every bucket lock; under load a separate counter is far cheaper.
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string key, out ReadOnlyMemory<byte> body)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (timeProvider.GetTimestamp() < entry.ExpiresAtTimestamp)
            {
                body = entry.Body;
                return true;
            }

            Remove(key, entry);
        }

        body = default;
        return false;
    }

    public void Store(string key, CacheClass cacheClass, byte[] body)
    {
        var entry = new Entry(body, timeProvider.GetTimestamp() + (long)(Ttl(cacheClass).TotalSeconds * timeProvider.TimestampFrequency));
        if (_entries.TryGetValue(key, out var existing))
        {
            _entries.TryUpdate(key, entry, existing);
            return;
        }

        if (Count >= capacity)
        {
            RemoveExpired();
            if (Count >= capacity)
            {
                return;
            }
        }

        if (_entries.TryAdd(key, entry))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void Clear()
    {
        foreach (var pair in _entries)
        {
            Remove(pair.Key, pair.Value);
        }
    }

    internal static TimeSpan Ttl(CacheClass cacheClass) => cacheClass switch
    {
        CacheClass.Static => TimeSpan.FromSeconds(DemoPlatformDefaults.StaticCacheTtlSeconds),
        CacheClass.SemiStatic => TimeSpan.FromSeconds(DemoPlatformDefaults.SemiStaticCacheTtlSeconds),
        CacheClass.Dynamic => TimeSpan.FromSeconds(DemoPlatformDefaults.DynamicCacheTtlSeconds),
        _ => throw new ArgumentOutOfRangeException(nameof(cacheClass), cacheClass, "Unknown cache class."),
    };

    private void RemoveExpired()
    {
        var now = timeProvider.GetTimestamp();
        foreach (var pair in _entries)
        {
            if (now >= pair.Value.ExpiresAtTimestamp)
            {
                Remove(pair.Key, pair.Value);
            }
        }
    }

    // Removes only the entry that was seen, so a concurrent refresh of the same key is not lost.
    private void Remove(string key, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    private sealed record Entry(byte[] Body, long ExpiresAtTimestamp);
}
