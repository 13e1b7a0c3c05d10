using PerfInfra.Engine.Suites.Athena;

namespace PerfInfra.Engine.Tests.Suites.Athena;

public sealed class AthenaQuerySetTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfinfra-queries-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ClassFolders_OneQueryPerFileOrderedByClassAndName()
    {
        Write("simple/b.sql", "SELECT 2;");
        Write("simple/a.sql", "-- first\nSELECT 1");
        Write("complex/x.sql", "SELECT 3");

        var set = AthenaQuerySet.Load(_root);

        Assert.Equal(["complex/x", "simple/a", "simple/b"], set.Queries.Select(q => q.Id));
        Assert.Equal("SELECT 2", set.Queries[2].Sql);
        Assert.Equal(["complex", "simple"], set.Classes);
    }

    [Fact]
    public void Load_MissingFolder_SaysWhatToCreate()
    {
        var error = Assert.Throws<QuerySetException>(() => AthenaQuerySet.Load(Path.Combine(_root, "nope")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("simple/, complex/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyClass_NamesTheFolder()
    {
        Write("simple/a.sql", "SELECT 1");
        Directory.CreateDirectory(Path.Combine(_root, "complex"));

        var error = Assert.Throws<QuerySetException>(() => AthenaQuerySet.Load(_root));

        Assert.Contains(Path.Combine(_root, "complex"), error.Message, StringComparison.Ordinal);
        Assert.Contains("no .sql files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoClassFolders_Throws()
    {
        Write("a.sql", "SELECT 1");

        var error = Assert.Throws<QuerySetException>(() => AthenaQuerySet.Load(_root));

        Assert.Contains("no query class folders", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommentOnlyFile_IsRejectedByName()
    {
        Write("simple/a.sql", "-- TODO\n");

        var error = Assert.Throws<QuerySetException>(() => AthenaQuerySet.Load(_root));

        Assert.Contains("a.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadClassName_Throws()
    {
        Write("Simple Queries/a.sql", "SELECT 1");

        Assert.Throws<QuerySetException>(() => AthenaQuerySet.Load(_root));
    }

    [Fact]
    public void BuiltIn_MatchesTheRepositoryQueriesFolder()
    {
        var builtIn = AthenaQuerySet.BuiltIn();
        var onDisk = AthenaQuerySet.Load(Path.Combine(RepositoryRoot(), "tests", "performance", "queries"));

        Assert.Equal(onDisk.Queries, builtIn.Queries);
        Assert.Contains("simple", builtIn.Classes);
        Assert.Contains("complex", builtIn.Classes);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PerfInfra.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PerfInfra.sln not found above " + AppContext.BaseDirectory);
    }
}
