namespace PerfInfra.LocalSuites.Athena;

/// <summary>
/// The generated Hive-partitioned Parquet tables (<c>root/table/dt=yyyy-MM-dd/*.parquet</c>), with the
/// size of every file so a scan's bytes can be reported.
/// </summary>
internal sealed class ParquetDataSet(string root, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> filesByTable)
{
    public string Root { get; } = root;

    public IReadOnlyCollection<string> Tables => (IReadOnlyCollection<string>)filesByTable.Keys;

    public string TableDirectory(string table) => Path.Combine(Root, table);

    public int FileCount(string table) => filesByTable[table].Count;

    public long TotalBytes(string table) => filesByTable[table].Values.Sum();

    public long TotalBytes() => filesByTable.Values.Sum(f => f.Values.Sum());

    /// <summary>Size of one file of the data set, or null when the path is not one of them.</summary>
    public long? FileBytes(string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var files in filesByTable.Values)
        {
            if (files.TryGetValue(full, out var size))
            {
                return size;
            }
        }

        return null;
    }

    /// <summary>The table whose folder holds <paramref name="path"/> (a file or a glob), or null.</summary>
    public string? TableOf(string path)
    {
        foreach (var table in filesByTable.Keys)
        {
            var dir = TableDirectory(table) + Path.DirectorySeparatorChar;
            if (path.StartsWith(dir, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    public static ParquetDataSet Scan(string root, IEnumerable<string> tables) => new(
        root,
        tables.ToDictionary(
            t => t,
            t => (IReadOnlyDictionary<string, long>)Directory.EnumerateFiles(Path.Combine(root, t), "*.parquet", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetFullPath(f), f => new FileInfo(f).Length, StringComparer.Ordinal),
            StringComparer.Ordinal));
}
