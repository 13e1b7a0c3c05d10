using System.Globalization;
using System.Text.Json;

namespace PerfInfra.LocalSuites.Athena;

/// <summary>
/// What one query read, from DuckDB's JSON profile: per Parquet scan, the table, the files it read of
/// the table's total (after partition pruning) and their bytes. Bytes are the sizes of the files read —
/// exact when DuckDB lists every file, else the files read × the table's mean file size (DuckDB
/// abbreviates long lists with ", ..."). That is the local stand-in for Athena's DataScannedInBytes:
/// whole files rather than the projected column chunks, so it overstates what Athena would bill,
/// equally with and without pruning.
/// </summary>
internal sealed record ScanProfile(IReadOnlyList<ScanProfile.TableScan> Scans)
{
    private const string ParquetScan = "READ_PARQUET";
    private const string Truncation = ", ...";

    public long BytesRead => Scans.Sum(s => s.BytesRead);

    public int FilesRead => Scans.Sum(s => s.FilesRead);

    public int FilesTotal => Scans.Sum(s => s.FilesTotal);

    public static ScanProfile Parse(string json, ParquetDataSet data)
    {
        using var document = JsonDocument.Parse(json);
        var scans = new List<TableScan>();
        Walk(document.RootElement, data, scans);
        return new ScanProfile(scans);
    }

    private static void Walk(JsonElement node, ParquetDataSet data, List<TableScan> scans)
    {
        if (node.TryGetProperty("extra_info", out var info) && info.ValueKind == JsonValueKind.Object
            && ((node.TryGetProperty("operator_name", out var name) && name.GetString() == ParquetScan)
                || (info.TryGetProperty("Function", out var function) && function.GetString() == ParquetScan)))
        {
            scans.Add(Scan(info, data));
        }

        if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, data, scans);
            }
        }
    }

    private static TableScan Scan(JsonElement info, ParquetDataSet data)
    {
        var names = Text(info, "Filename(s)") ?? string.Empty;
        var complete = !names.EndsWith(Truncation, StringComparison.Ordinal);
        var files = names.Replace(Truncation, string.Empty, StringComparison.Ordinal)
            .Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var table = files.Select(data.TableOf).FirstOrDefault(t => t is not null) ?? "?";
        var total = table == "?" ? 0 : data.FileCount(table);
        // "Scanning Files: 1/91" after pruning; "Total Files Read: 91" always.
        var read = Number(Text(info, "Total Files Read"))
            ?? (Text(info, "Scanning Files") is { } scanning ? Number(scanning.Split('/')[0]) : null)
            ?? files.Length;
        long bytes;
        if (complete && files.Length == read && files.All(f => data.FileBytes(f) is not null))
        {
            bytes = files.Sum(f => data.FileBytes(f)!.Value);
        }
        else
        {
            bytes = total == 0 ? 0 : (long)Math.Round(read * (double)data.TotalBytes(table) / total);
        }

        return new TableScan(table, read, total, bytes);
    }

    private static string? Text(JsonElement info, string key) =>
        info.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public sealed record TableScan(string Table, int FilesRead, int FilesTotal, long BytesRead);
}
