using System.CommandLine;
using PerfInfra.Cli.Output;
using PerfInfra.Cli.Running;
using PerfInfra.Engine.Config;

namespace PerfInfra.Cli.Commands;

/// <summary>`perf validate`: every config error at once; nothing is run.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var config = new Option<string?>("--config") { Description = "Config file (default: tests/performance/load-test-config.yaml, else the built-in copy)." };
        var command = new Command("validate", "Check a load-test config and print every error.") { config };
        command.SetAction(parse =>
        {
            try
            {
                var (loaded, source) = ConfigLocator.Load(parse.GetValue(config));
                var resolved = RunResolver.Resolve(loaded, RunOverrides.None);
                stdout.WriteLine($"{source}: valid (profile '{resolved.ProfileName}', {resolved.Scenarios.Count} API scenarios, {resolved.Thresholds.Count} API thresholds)");
                return ExitCodes.Success;
            }
            catch (ConfigException e)
            {
                CliErrors.Write(stderr, e);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
