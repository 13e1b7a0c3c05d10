using System.Text.Json.Nodes;

namespace PerfInfra.Integration.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Validate_DefaultConfigFromRepositoryRoot_IsValid()
    {
        var (code, stdout, stderr) = await CliProcess.RunAsync(RepositoryRoot.Path, ProcessTimeout, "validate");

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("valid", stdout);
    }

    [Fact]
    public async Task Validate_SeveralErrors_ReportsEachWithFileLineAndKey()
    {
        var config = _dir.File("bad.yaml", """
            version: 1
            target:
              base_url: demo
              alow_hosts: [127.0.0.1]
            suites:
              api:
                thresholds: ["p95 < 1 parsec"]
            """);

        var (code, _, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout, "validate", "--config", config);

        Assert.Equal(2, code);
        Assert.Contains("bad.yaml:4:", stderr);
        Assert.Contains("alow_hosts", stderr);
        Assert.Contains("allow_hosts", stderr); // did you mean
        Assert.Contains("bad.yaml:7:", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Schema_PrintsJsonSchema()
    {
        var (code, stdout, _) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout, "schema");

        Assert.Equal(0, code);
        var schema = JsonNode.Parse(stdout)!;
        Assert.NotNull(schema["$schema"]);
        Assert.NotNull(schema["properties"]!["suites"]);
    }

    [Fact]
    public async Task Doctor_ListsChecksWithFixes()
    {
        var (code, stdout, _) = await CliProcess.RunAsync(RepositoryRoot.Path, ProcessTimeout, "doctor");

        Assert.Equal(0, code);
        Assert.Contains("[ok  ] .NET runtime", stdout);
        Assert.Contains("loopback", stdout);
    }

    public void Dispose() => _dir.Dispose();
}
