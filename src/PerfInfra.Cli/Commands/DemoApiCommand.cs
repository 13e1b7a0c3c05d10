using System.CommandLine;
using PerfInfra.Cli.Running;
using PerfInfra.DemoPlatform;

namespace PerfInfra.Cli.Commands;

/// <summary>`perf demo-api`: the demo e-commerce API on 127.0.0.1 until Ctrl-C, for other tools to load.</summary>
internal static class DemoApiCommand
{
    private const int HighestPort = 65535;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "Loopback port to listen on (0 = a free port).", DefaultValueFactory = _ => 0 };
        var noCache = new Option<bool>("--no-cache") { Description = "Start with the response cache off (flip at runtime: PUT /_admin/switches)." };
        var command = new Command("demo-api", "Run the demo e-commerce API on 127.0.0.1 until Ctrl-C.") { port, noCache };
        command.SetAction(async (parse, _) =>
        {
            var p = parse.GetValue(port);
            if (p is < 0 or > HighestPort)
            {
                await stderr.WriteLineAsync($"perf demo-api: --port: {p} is not a port (accepted: 0 for a free port, or 1..{HighestPort})");
                return ExitCodes.BadInput;
            }

            using var shutdown = new ShutdownSignal();
            await using var host = await DemoPlatformHost.StartAsync(
                new DemoPlatformOptions { Port = p, CacheEnabled = !parse.GetValue(noCache) }, shutdown.Token);
            await stdout.WriteLineAsync($"Demo platform listening on {host.BaseUrl} (cache {(parse.GetValue(noCache) ? "off" : "on")}). Ctrl-C to stop.");
            await stdout.WriteLineAsync($"  try: curl {host.BaseUrl}api/products?page=1");
            try
            {
                await Task.Delay(Timeout.Infinite, shutdown.Token);
            }
            catch (OperationCanceledException)
            {
                await stdout.WriteLineAsync("Stopping.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
