using System.Globalization;
using DuckDB.NET.Data;

namespace PerfInfra.LocalSuites.Athena;

/// <summary>
/// Writes the curated tables of the data lake (same names, columns and <c>dt</c> partition key as the
/// Glue tables of cdk/…/DataLake/CuratedTables.cs) as Snappy Parquet partitioned by day, with DuckDB's
/// COPY … PARTITION_BY. Values come from hash(row, salt), so the same options always give the same data.
/// </summary>
internal static class ParquetDataSetGenerator
{
    public const string Orders = "orders";
    public const string OrderItems = "order_items";
    public const string Clickstream = "clickstream";

    public static IReadOnlyList<string> Tables { get; } = [Orders, OrderItems, Clickstream];

    public static ParquetDataSet Generate(string root, AthenaLocalSuiteOptions options)
    {
        Directory.CreateDirectory(root);
        var totalOrders = (long)options.Days * options.OrdersPerDay;
        var firstDay = options.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var statement in Statements(root, totalOrders, options.OrdersPerDay, firstDay))
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }

        return ParquetDataSet.Scan(root, Tables);
    }

    private static IEnumerable<string> Statements(string root, long totalOrders, int perDay, string firstDay)
    {
        var customers = AthenaLocalDefaults.Customers;
        var products = AthenaLocalDefaults.Products;
        // One row per order: i is its number, d its day. Everything else is a hash of (i, salt).
        yield return Invariant($"""
            CREATE TABLE base AS
            SELECT i,
                   'o' || lpad(CAST(i AS VARCHAR), 10, '0') AS order_id,
                   'c' || CAST(hash(i, 1) % {customers} AS VARCHAR) AS customer_id,
                   DATE '{firstDay}' + CAST(i // {perDay} AS INTEGER) AS d
            FROM range({totalOrders}) t(i)
            """);
        yield return Copy(root, Orders, """
            SELECT order_id, customer_id,
                   CASE WHEN hash(i, 2) % 100 < 80 THEN 'completed'
                        WHEN hash(i, 2) % 100 < 90 THEN 'shipped'
                        WHEN hash(i, 2) % 100 < 96 THEN 'cancelled'
                        ELSE 'returned' END AS status,
                   CAST(500 + hash(i, 3) % 20000 AS BIGINT) AS total_cents,
                   CAST(d AS TIMESTAMP) + to_seconds(CAST(hash(i, 4) % 86400 AS BIGINT)) AS created_at,
                   strftime(d, '%Y-%m-%d') AS dt
            FROM base
            """);
        yield return Copy(root, OrderItems, Invariant($"""
            SELECT order_id,
                   'p' || CAST(hash(i, k, 5) % {products} AS VARCHAR) AS product_id,
                   CAST(1 + hash(i, k, 6) % 3 AS INTEGER) AS quantity,
                   CAST(200 + hash(i, k, 7) % 5000 AS BIGINT) AS price_cents,
                   strftime(d, '%Y-%m-%d') AS dt
            FROM base, range(4) r(k)
            WHERE k <= hash(i, 8) % 4
            """));
        // Sessions: three views each; some add to cart, fewer buy (purchase implies cart: 12 < 35).
        yield return Copy(root, Clickstream, Invariant($"""
            SELECT 's' || CAST(i AS VARCHAR) || '-' || CAST(s AS VARCHAR) AS session_id,
                   customer_id,
                   CASE WHEN e < 3 THEN 'view' WHEN e = 3 THEN 'add_to_cart' ELSE 'purchase' END AS event_type,
                   'p' || CAST(hash(i, s, e, 9) % {products} AS VARCHAR) AS product_id,
                   CAST(d AS TIMESTAMP) + to_seconds(CAST((hash(i, s, 10) + e * 60) % 86400 AS BIGINT)) AS event_time,
                   strftime(d, '%Y-%m-%d') AS dt
            FROM base, range({AthenaLocalDefaults.SessionsPerOrder}) r1(s), range(5) r2(e)
            WHERE e < 3
               OR (e = 3 AND hash(i, s, 11) % 100 < 35)
               OR (e = 4 AND hash(i, s, 11) % 100 < 12)
            """));
    }

    private static string Copy(string root, string table, string select) =>
        $"COPY ({select}) TO '{Path.Combine(root, table).Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (dt), OVERWRITE_OR_IGNORE true)";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
