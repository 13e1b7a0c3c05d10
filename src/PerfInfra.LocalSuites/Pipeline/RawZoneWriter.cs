using System.Globalization;
using System.Text;

namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>
/// The land stage: writes the orders as CSV files of at most RecordsPerFile rows into the raw folder,
/// named like DMS's full-load files (LOAD00000001.csv), header first.
/// </summary>
internal sealed class RawZoneWriter(string rawDirectory, int recordsPerFile)
{
    public const string Header = "order_id,customer_id,status,total_cents,created_at";

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
                await writer.WriteLineAsync(Header);
                for (var i = start; i < end; i++)
                {
                    if (i == dropAt)
                    {
                        continue;
                    }

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

/// <summary>One landed raw file and the rows it holds.</summary>
internal sealed record RawFile(string Path, long Records);
