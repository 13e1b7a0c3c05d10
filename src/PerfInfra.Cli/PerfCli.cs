using System.CommandLine;
using PerfInfra.Cli.Commands;
using PerfInfra.Engine;

namespace PerfInfra.Cli;

/// <summary>
/// The `perf` command tree. Usage errors are reported here, once, with exit code 2; each verb is a
/// thin shell that parses its options, calls the engine and maps the result to an exit code.
/// </summary>
internal static class PerfCli
{
    public static async Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand($"PerfInfra {EngineInfo.Version} — prove the platform is fast and stays fast.")
        {
            RunCommand.Create(stdout, stderr),
            ValidateCommand.Create(stdout, stderr),
            DoctorCommand.Create(stdout),
            DemoApiCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout),
            CompareCommand.Create(stdout, stderr),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"perf: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'perf --help' or 'perf <verb> --help' for usage.");
            return ExitCodes.BadInput;
        }

        // Signals are handled by the verbs that run load (ShutdownSignal), so that a stop still writes the report.
        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(invocation);
        }
        catch (Exception e)
        {
            // Anything unexpected: one line a person can act on, no stack trace unless asked for.
            await stderr.WriteLineAsync($"perf: {e.Message}");
            if (Environment.GetEnvironmentVariable("PERF_DEBUG") == "1")
            {
                await stderr.WriteLineAsync(e.ToString());
            }

            return ExitCodes.RunIncomplete;
        }
    }
}
