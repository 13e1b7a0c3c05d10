using System.Net;

namespace PerfInfra.Integration.Tests.BadInput;

/// <summary>
/// Every bad input of <see cref="BadInputCases"/> through `perf run` in process (issue 7): exit 2, one
/// clear message on stderr that says what is wrong, no stack trace, no report folder, not one
/// connection to the target, and well under a second of the CLI's own time. A few cases also go
/// through the real process, as a user would meet them.
/// </summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.WarmCli>, IDisposable
{
    /// <summary>"Well under a second": the CLI's own time for one bad input, after the first call has JIT-compiled it.</summary>
    private static readonly TimeSpan CliTimeBudget = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(30);

    /// <summary>One message, or a few lines for one mistake (the error, a did-you-mean, the count or usage line).</summary>
    private const int MaxMessageLines = 4;

    private readonly TempDirectory _dir = new();
    private readonly CountingServer _target = new(IPAddress.Loopback);
    private readonly BadInputContext _context;

    public BadInputTests() => _context = new BadInputContext(_dir, $"http://127.0.0.1:{_target.Port}/");

    public static TheoryData<string> CaseNames => [.. BadInputCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Run_BadInput_ExitsTwoWithOneMessageAndStartsNothing(string name)
    {
        var badInput = BadInputCases.Named(name);

        var result = await InProcessCli.RunAsync(badInput.Arguments(_context));

        AssertRejected(badInput, result.ExitCode, result.Stdout, result.Stderr);
        Assert.True(result.Elapsed < CliTimeBudget, $"{name}: the CLI took {result.Elapsed.TotalMilliseconds:0} ms");
    }

    [Theory]
    [InlineData("yaml_alias_bomb")]
    [InlineData("file_binary")]
    [InlineData("unsafe_target_not_allowed")]
    [InlineData("flag_unknown")]
    public async Task Run_BadInputAsRealProcess_ExitsTwoWithOneMessageAndStartsNothing(string name)
    {
        var badInput = BadInputCases.Named(name);

        var (code, stdout, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout, badInput.Arguments(_context));

        AssertRejected(badInput, code, stdout, stderr);
    }

    [Fact]
    public void Cases_CoverIssueSevensCategories_AtLeastForty()
    {
        var prefixes = BadInputCases.All.Select(c => c.Name.Split('_')[0]).ToHashSet();

        Assert.True(BadInputCases.All.Count >= 40, $"{BadInputCases.All.Count} cases");
        Assert.Equal(BadInputCases.All.Count, BadInputCases.All.Select(c => c.Name).Distinct().Count());
        string[] categories = ["syntax", "type", "range", "unknown", "missing", "unsafe", "absurd", "yaml", "file", "flag", "quick"];
        Assert.Empty(categories.Except(prefixes));
    }

    [Fact]
    public async Task Run_ValidBaseConfig_DoesConnect()
    {
        // The control: without the mistake, the same config reaches the counting server, so the
        // "no connection" and "no report folder" checks above can fail.
        var result = await InProcessCli.RunAsync(_context.RunWithConfig(BadInputCases.ValidConfig(_context.TargetUrl)));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(_target.Connections > 0);
        Assert.True(Directory.Exists(_context.OutputRoot));
    }

    public void Dispose()
    {
        _target.Dispose();
        _dir.Dispose();
    }

    private void AssertRejected(BadInputCase badInput, int code, string stdout, string stderr)
    {
        var context = $"{badInput.Name}: exit {code}\nstdout:\n{stdout}\nstderr:\n{stderr}";
        Assert.True(code == 2, context);
        // Indented lines continue a message (e.g. the list of accepted values); they are not more messages.
        var messages = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => !char.IsWhiteSpace(line[0]));
        Assert.True(messages is > 0 and <= MaxMessageLines, context);
        Assert.Contains(badInput.ExpectedInMessage, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        if (badInput.MustNotEcho is { } secret)
        {
            Assert.DoesNotContain(secret, stderr, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(_context.OutputRoot), context + "\n(a report folder was created)");
        Assert.True(_target.Connections == 0, context + $"\n({_target.Connections} connections reached the target)");
    }

    /// <summary>Runs one bad input before the timed cases, so the 1-second budget measures the CLI, not the JIT.</summary>
    public sealed class WarmCli
    {
        public WarmCli()
        {
            using var dir = new TempDirectory();
            var context = new BadInputContext(dir, "http://127.0.0.1:9/");
            foreach (var name in (string[])["unknown_top_level_key", "flag_users_zero", "file_binary"])
            {
                InProcessCli.RunAsync(BadInputCases.Named(name).Arguments(context)).GetAwaiter().GetResult();
            }
        }
    }
}
