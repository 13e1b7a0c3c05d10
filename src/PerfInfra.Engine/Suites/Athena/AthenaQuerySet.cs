using System.Reflection;
using System.Text.RegularExpressions;

namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// The queries of the Athena suite: one subfolder of .sql files per query class (queries/simple/,
/// queries/complex/). The same files run on Athena and, locally, on DuckDB. A built-in copy of
/// tests/performance/queries ships inside the engine, like the default config, so the local suite and
/// the plan Lambda have queries without a config folder.
/// </summary>
public sealed partial class AthenaQuerySet
{
    private const string SqlExtension = ".sql";
    private const string ResourcePrefix = "PerfInfra.Queries.";

    private AthenaQuerySet(IReadOnlyList<AthenaQuery> queries, string source)
    {
        Queries = queries;
        Source = source;
    }

    /// <summary>Every query, ordered by class then name (a stable order for workers and reports).</summary>
    public IReadOnlyList<AthenaQuery> Queries { get; }

    /// <summary>The folder the queries came from, or "built-in".</summary>
    public string Source { get; }

    public IReadOnlyList<string> Classes => Queries.Select(q => q.QueryClass).Distinct().ToArray();

    /// <summary>Reads <paramref name="directory"/>: every subfolder is a class and must hold at least one .sql file.</summary>
    /// <exception cref="QuerySetException">The folder is missing, has no class folders, a class has no queries, or a file is empty.</exception>
    public static AthenaQuerySet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new QuerySetException(
                $"queries_dir: the folder {full} does not exist; create it with one subfolder of .sql files per query class (e.g. simple/, complex/) or point suites.athena.queries_dir at one");
        }

        var classFolders = Directory.GetDirectories(full).Order(StringComparer.Ordinal).ToArray();
        if (classFolders.Length == 0)
        {
            throw new QuerySetException(
                $"queries_dir: {full} has no query class folders; put the .sql files in subfolders named after their class, e.g. {Path.Combine(full, "simple")}{Path.DirectorySeparatorChar}daily_revenue.sql");
        }

        var queries = new List<AthenaQuery>();
        foreach (var folder in classFolders)
        {
            var queryClass = Path.GetFileName(folder);
            EnsureClassName(queryClass, folder);
            var files = Directory.GetFiles(folder, "*" + SqlExtension).Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new QuerySetException($"queries_dir: the query class folder {folder} has no .sql files; add at least one query or remove the folder");
            }

            queries.AddRange(files.Select(file => Create(queryClass, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file), file)));
        }

        return new AthenaQuerySet(queries, full);
    }

    /// <summary>The built-in copy of tests/performance/queries.</summary>
    public static AthenaQuerySet BuiltIn()
    {
        var assembly = typeof(AthenaQuerySet).Assembly;
        var queries = new List<AthenaQuery>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // LogicalName PerfInfra.Queries.<class>/<name>.sql (MSBuild's RecursiveDir keeps the separator).
            var relative = resource[ResourcePrefix.Length..].Replace('\\', '/');
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || !relative.EndsWith(SqlExtension, StringComparison.Ordinal))
            {
                continue;
            }

            queries.Add(Create(relative[..slash], relative[(slash + 1)..^SqlExtension.Length], ReadResource(assembly, resource), "built-in " + relative));
        }

        if (queries.Count == 0)
        {
            throw new QuerySetException("the engine was built without its built-in queries (tests/performance/queries/*/*.sql)");
        }

        return new AthenaQuerySet(queries, "built-in");
    }

    /// <summary>Queries given in code (tests, the plan step's own list).</summary>
    public static AthenaQuerySet FromQueries(IEnumerable<AthenaQuery> queries, string source)
    {
        var list = queries.OrderBy(q => q.QueryClass, StringComparer.Ordinal).ThenBy(q => q.Name, StringComparer.Ordinal).ToArray();
        if (list.Length == 0)
        {
            throw new QuerySetException($"{source}: no queries");
        }

        return new AthenaQuerySet(list, source);
    }

    private static AthenaQuery Create(string queryClass, string name, string sql, string origin)
    {
        var text = sql.Trim().TrimEnd(';').Trim();
        if (StripComments(text).Length == 0)
        {
            throw new QuerySetException($"{origin}: the query is empty; write one SQL statement (comments alone do not count)");
        }

        return new AthenaQuery(queryClass, name, text);
    }

    private static void EnsureClassName(string queryClass, string folder)
    {
        if (!ClassName().IsMatch(queryClass))
        {
            throw new QuerySetException(
                $"queries_dir: the folder name '{queryClass}' ({folder}) is not a query class; use a lower-case name of letters, digits, '_' or '-', e.g. simple or complex");
        }
    }

    private static string StripComments(string sql) => LineComment().Replace(sql, string.Empty).Trim();

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The same rule as the config's query-class keys (ConfigSchema.QueryClassPattern).
    [GeneratedRegex(Config.Schema.ConfigSchema.QueryClassPattern)]
    private static partial Regex ClassName();

    [GeneratedRegex("--[^\n]*")]
    private static partial Regex LineComment();
}
