using System.Diagnostics;
using PerfInfra.Cli;

namespace PerfInfra.Integration.Tests;

/// <summary>
/// Runs the `perf` command tree inside the test process (PerfCli.InvokeAsync, the same code Program.cs
/// calls): no process start, so many cases stay fast, and the CLI's own time can be measured.
/// </summary>
internal static class InProcessCli
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new StringWriter(), args);

    /// <summary>Runs with a caller's stdout writer, e.g. one that acts when the run announces itself.</summary>
    public static async Task<CliResult> RunAsync(StringWriter stdout, params string[] args)
    {
        using var stderr = new StringWriter();
        var watch = Stopwatch.StartNew();
        var code = await PerfCli.InvokeAsync(args, stdout, stderr);
        watch.Stop();
        var result = new CliResult(code, stdout.ToString(), stderr.ToString(), watch.Elapsed);
        await stdout.DisposeAsync();
        return result;
    }
}
