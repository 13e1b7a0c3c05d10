using System.Globalization;
using System.Text;

namespace PerfInfra.DataPipeline;

/// <summary>
/// The land stage: writes the orders as CSV files of at most <paramref name="recordsPerFile"/> rows into
/// <paramref name="rawDirectory"/>, named like DMS's full-load files (LOAD00000001.csv), header first.
/// </summary>
public sealed class RawZoneWriter(string rawDirectory, int recordsPerFile)
{
    /// <param name="dropAt">Test seam: the 0-based index of a record to leave out, as a lossy pipeline would; null in real runs.</param>
    /// <param name="progress">Called with the records handled so far after each file.</param>
    public async Task<IReadOnlyList<RawFile>> WriteAsync(IReadOnlyList<OrderRecord> orders, long? dropAt, Action<long> progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(rawDirectory);
        var files = new List<RawFile>();
        for (var start = 0; start < orders.Count; start += recordsPerFile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(rawDirectory, $"LOAD{files.Count + 1:D8}.csv");
            var end = Math.Min(start + recordsPerFile, orders.Count);
            var written = 0;
            await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                await writer.WriteLineAsync(OrdersTable.CsvHeader);
                for (var i = start; i < end; i++)
                {
                    if (i == dropAt)
                    {
                        continue;
                    }

                    // No field is quoted: ids, customer ids and statuses never hold a comma or a quote.
                    var o = orders[i];
                    await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{o.OrderId},{o.CustomerId},{o.Status},{o.TotalCents},{o.CreatedAt:yyyy-MM-dd HH:mm:ss}"));
                    written++;
                }
            }

            files.Add(new RawFile(path, written));
            progress(end);
        }

        return files;
    }
}
