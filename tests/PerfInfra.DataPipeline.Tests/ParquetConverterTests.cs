using DuckDB.NET.Data;

namespace PerfInfra.DataPipeline.Tests;

/// <summary>Raw CSV through DuckDB into the curated layout, read back with DuckDB's own Parquet metadata functions.</summary>
public sealed class ParquetConverterTests : IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("perfinfra-convert-").FullName;
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public Task InitializeAsync() => _connection.OpenAsync();

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task ConvertAsync_OneRawFile_WritesOneFilePerDayUnderDtFolders()
    {
        var csv = await LandAsync("run-1", 700);

        var batch = await CreateSut().ConvertAsync(csv, "run-1-LOAD00000001", CancellationToken.None);

        Assert.Equal(700, batch.Rows);
        Assert.Equal(7, batch.Files.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(d => $"dt=2026-11-{d:D2}/run-1-LOAD00000001_0.parquet"),
            batch.Files.Select(f => Path.GetRelativePath(TableDirectory, f).Replace('\\', '/')));
    }

    [Fact]
    public async Task ConvertAsync_Schema_MatchesTheGlueColumnsAndLeavesDtToTheFolder()
    {
        var batch = await CreateSut().ConvertAsync(await LandAsync("run-1", 50), "b", CancellationToken.None);

        var columns = await QueryAsync($"SELECT name, type, converted_type, logical_type FROM parquet_schema('{batch.Files[0]}') WHERE num_children IS NULL OR num_children = 0");
        Assert.Equal(
            [
                ["order_id", "BYTE_ARRAY", "UTF8", ""],
                ["customer_id", "BYTE_ARRAY", "UTF8", ""],
                ["status", "BYTE_ARRAY", "UTF8", ""],
                ["total_cents", "INT64", "INT_64", ""],
                ["created_at", "INT64", "TIMESTAMP_MICROS", "TimestampType(isAdjustedToUTC=0, unit=TimeUnit(MILLIS=<null>, MICROS=MicroSeconds(), NANOS=<null>))"],
            ],
            columns);
        var codecs = await QueryAsync($"SELECT DISTINCT compression FROM parquet_metadata('{batch.Files[0]}')");
        Assert.Equal([["SNAPPY"]], codecs);
    }

    [Fact]
    public async Task ConvertAsync_SameStemTwice_ReplacesTheFilesInsteadOfAddingCopies()
    {
        var csv = await LandAsync("run-1", 300);
        var sut = CreateSut();

        await sut.ConvertAsync(csv, "again", CancellationToken.None);
        var second = await sut.ConvertAsync(csv, "again", CancellationToken.None);

        Assert.Equal(7, second.Files.Count);
        var count = await new LakeVerifier(_connection, TableDirectory).CountAsync("run-1", CancellationToken.None);
        Assert.True(count.IsExactly(300), count.ToString());
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a{i}")]
    [InlineData("")]
    public async Task ConvertAsync_UnsafeStem_IsRefusedBeforeWriting(string stem)
    {
        var csv = await LandAsync("run-1", 10);

        await Assert.ThrowsAsync<ArgumentException>(() => CreateSut().ConvertAsync(csv, stem, CancellationToken.None));
        Assert.False(Directory.Exists(TableDirectory));
    }

    private string TableDirectory => Path.Combine(_work, "orders");

    private ParquetConverter CreateSut() => new(_connection, TableDirectory);

    private async Task<string> LandAsync(string prefix, int records)
    {
        var orders = new OrderGenerator(prefix, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), records).CreateAll(CancellationToken.None);
        var files = await new RawZoneWriter(Path.Combine(_work, "raw"), records).WriteAsync(orders, null, _ => { }, CancellationToken.None);
        return Assert.Single(files).Path;
    }

    private async Task<List<List<string>>> QueryAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<List<string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToList());
        }

        return rows;
    }
}
