using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfinfra-atomic-").FullName;

    [Fact]
    public void WriteAllText_NewFile_WritesContentAndLeavesNoTempFile()
    {
        var path = Path.Combine(_dir, "nested", "report.json");

        AtomicFile.WriteAllText(path, "{\"a\":1}");

        Assert.Equal("{\"a\":1}", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void WriteAllText_ExistingFile_ReplacesWholeContent()
    {
        var path = Path.Combine(_dir, "report.md");
        File.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllText(path, "short");

        Assert.Equal("short", File.ReadAllText(path));
    }

    [Fact]
    public void WriteAllText_TargetIsADirectory_ThrowsAndKeepsNoTempFile()
    {
        var path = Path.Combine(_dir, "taken");
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "data"));
        Assert.Empty(Directory.GetFiles(_dir));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
