using PerfInfra.Engine.Config;

namespace PerfInfra.Cli.Output;

/// <summary>How bad input is shown: one line per error, no stack trace, then a count.</summary>
internal static class CliErrors
{
    public static void Write(TextWriter stderr, ConfigException e)
    {
        foreach (var error in e.Errors)
        {
            stderr.WriteLine(error.ToString());
        }

        stderr.WriteLine($"{e.Errors.Count} error(s); nothing was run.");
    }
}
