using PerfInfra.DemoPlatform.Caching;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Caching;

public sealed class ResponseCacheTests
{
    private readonly ManualTimeProvider _time = new();

    [Theory]
    [InlineData((int)CacheClass.Static, DemoPlatformDefaults.StaticCacheTtlSeconds)]
    [InlineData((int)CacheClass.SemiStatic, DemoPlatformDefaults.SemiStaticCacheTtlSeconds)]
    [InlineData((int)CacheClass.Dynamic, DemoPlatformDefaults.DynamicCacheTtlSeconds)]
    public void TryGet_JustBeforeAndAtTtl_HitsThenMisses(int cacheClass, int ttlSeconds)
    {
        var cache = CreateSut();
        cache.Store("k", (CacheClass)cacheClass, [1, 2, 3]);

        _time.Advance(TimeSpan.FromSeconds(ttlSeconds) - TimeSpan.FromTicks(1));
        var hitBeforeTtl = cache.TryGet("k", out var body);
        _time.Advance(TimeSpan.FromTicks(1));
        var hitAtTtl = cache.TryGet("k", out _);

        Assert.True(hitBeforeTtl);
        Assert.Equal([1, 2, 3], body.ToArray());
        Assert.False(hitAtTtl);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Store_BeyondCapacity_KeepsCountAtCapacity()
    {
        var cache = CreateSut(capacity: 3);

        for (var i = 0; i < 10; i++)
        {
            cache.Store($"k{i}", CacheClass.Dynamic, [(byte)i]);
        }

        Assert.Equal(3, cache.Count);
        Assert.True(cache.TryGet("k0", out _));
        Assert.False(cache.TryGet("k9", out _));
    }

    [Fact]
    public void Store_FullOfExpiredEntries_EvictsThemAndStores()
    {
        var cache = CreateSut(capacity: 2);
        cache.Store("a", CacheClass.Dynamic, [1]);
        cache.Store("b", CacheClass.Dynamic, [2]);
        _time.Advance(TimeSpan.FromSeconds(DemoPlatformDefaults.DynamicCacheTtlSeconds));

        cache.Store("c", CacheClass.Dynamic, [3]);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Clear_AfterStores_EmptiesCache()
    {
        var cache = CreateSut();
        cache.Store("a", CacheClass.Static, [1]);
        cache.Store("b", CacheClass.Static, [2]);

        cache.Clear();

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("a", out _));
    }

    private ResponseCache CreateSut(int capacity = DemoPlatformDefaults.MaxCacheEntries) => new(_time, capacity);
}
