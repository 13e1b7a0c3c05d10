namespace PerfInfra.Integration.Tests;

/// <summary>What one `perf` invocation did: exit code, output, and how long the CLI took.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalMilliseconds:0} ms\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
