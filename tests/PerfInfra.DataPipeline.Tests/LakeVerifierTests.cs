using DuckDB.NET.Data;

namespace PerfInfra.DataPipeline.Tests;

public sealed class LakeVerifierTests : IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("perfinfra-verify-").FullName;
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public Task InitializeAsync() => _connection.OpenAsync();

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task CountAsync_EveryRecordOnce_IsExactly()
    {
        await ConvertAsync("run-7", 2500, dropAt: null);

        var count = await CreateSut().CountAsync("run-7", CancellationToken.None);

        Assert.Equal(new LakeCount(2500, 2500, OrderGenerator.IdChecksum(2500), 0, 7), count);
        Assert.True(count.IsExactly(2500));
    }

    [Fact]
    public async Task CountAsync_ARecordLost_IsNotExactly()
    {
        await ConvertAsync("run-7", 2500, dropAt: 1234);

        var count = await CreateSut().CountAsync("run-7", CancellationToken.None);

        Assert.Equal(2499, count.Records);
        Assert.False(count.IsExactly(2500));
    }

    [Fact]
    public async Task CountAsync_AnotherRunsFilesBeside_CountsThemAsForeignIds()
    {
        await ConvertAsync("run-7", 100, dropAt: null);
        await ConvertAsync("run-70", 100, dropAt: null);

        var count = await CreateSut().CountAsync("run-7", CancellationToken.None);

        // "run-70-5" starts with "run-7", but not with "run-7-": the '-' after the prefix tells them apart.
        Assert.Equal(100, count.ForeignIds);
        Assert.Equal(OrderGenerator.IdChecksum(100), count.IdSum);
        Assert.False(count.IsExactly(100));
    }

    [Fact]
    public async Task CountAsync_NoFiles_CountsNothing()
    {
        var count = await CreateSut().CountAsync("run-7", CancellationToken.None);

        Assert.Equal(new LakeCount(0, 0, 0, 0, 0), count);
        Assert.False(count.IsExactly(1));
    }

    private string TableDirectory => Path.Combine(_work, "orders");

    private LakeVerifier CreateSut() => new(_connection, TableDirectory);

    private async Task ConvertAsync(string prefix, int records, long? dropAt)
    {
        var orders = new OrderGenerator(prefix, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), records).CreateAll(CancellationToken.None);
        var raw = await new RawZoneWriter(Path.Combine(_work, "raw-" + prefix), 1000).WriteAsync(orders, dropAt, _ => { }, CancellationToken.None);
        var converter = new ParquetConverter(_connection, TableDirectory);
        foreach (var file in raw)
        {
            await converter.ConvertAsync(file.Path, $"{prefix}-{Path.GetFileNameWithoutExtension(file.Path)}", CancellationToken.None);
        }
    }
}
