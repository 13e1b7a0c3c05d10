using System.CommandLine;
using PerfInfra.Engine.Config;

namespace PerfInfra.Cli.Commands;

/// <summary>`perf schema`: the config's JSON Schema, for editor completion and validation.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schema", "Print the JSON Schema of the load-test config (for editors).");
        command.SetAction(_ =>
        {
            stdout.WriteLine(ConfigJsonSchema.Generate());
            return ExitCodes.Success;
        });
        return command;
    }
}
