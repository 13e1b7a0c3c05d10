using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using PerfInfra.Cli.Running;
using PerfInfra.Engine.Config;

namespace PerfInfra.Cli.Commands;

/// <summary>
/// `perf doctor`: each prerequisite with its status and, when missing, the exact fix. Required
/// checks decide the exit code (0 ok, 3 cannot run); optional ones only inform.
/// </summary>
internal static class DoctorCommand
{
    /// <summary>1,000 users need 1,000 sockets plus the runtime's own handles.</summary>
    private const int RecommendedOpenFiles = 4096;

    public static Command Create(TextWriter stdout)
    {
        var command = new Command("doctor", "Check prerequisites and print the fix for each missing one.");
        command.SetAction(_ =>
        {
            var checks = Run().ToList();
            foreach (var c in checks)
            {
                var mark = c.Ok ? "ok  " : c.Required ? "FAIL" : "warn";
                stdout.WriteLine($"[{mark}] {c.Name}: {c.Detail}");
                if (!c.Ok && c.Fix is not null)
                {
                    stdout.WriteLine($"       fix: {c.Fix}");
                }
            }

            var failed = checks.Count(c => c.Required && !c.Ok);
            stdout.WriteLine(failed == 0 ? "All required prerequisites are present." : $"{failed} required prerequisite(s) missing.");
            return failed == 0 ? ExitCodes.Success : ExitCodes.RunIncomplete;
        });
        return command;
    }

    private static IEnumerable<DoctorCheck> Run()
    {
        yield return new DoctorCheck(".NET runtime", Environment.Version.Major >= 10, $"{Environment.Version}", "install the .NET 10 SDK", Required: true);
        yield return CheckConfig();
        yield return CheckLoopback();
        yield return CheckOpenFiles();
        yield return Tool("wrk", "benchmarks (bench/)", "apt-get install -y wrk");
        yield return Tool("hey", "benchmarks (bench/)", "apt-get install -y hey");
        yield return Tool("nginx", "benchmarks (bench/)", "apt-get install -y nginx");
        yield return Tool("node", "CDK synth and the local Step Functions runner", "install Node.js 20 and npm");
        yield return Tool("chromium", "HTML report browser tests", "apt-get install -y chromium");
    }

    private static DoctorCheck CheckConfig()
    {
        var path = ConfigLocator.DefaultPath;
        if (!File.Exists(path))
        {
            return new DoctorCheck("config", true, $"{path} not found here; `perf run` will use the built-in copy", null, Required: false);
        }

        try
        {
            ConfigLoader.LoadFile(path);
            return new DoctorCheck("config", true, $"{path} is valid", null, Required: true);
        }
        catch (ConfigException e)
        {
            return new DoctorCheck("config", false, $"{path}: {e.Errors.Count} error(s)", $"run `perf validate --config {path}`", Required: true);
        }
    }

    private static DoctorCheck CheckLoopback()
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return new DoctorCheck("loopback", true, $"can listen on 127.0.0.1 (demo platform)", null, Required: true);
        }
        catch (SocketException e)
        {
            return new DoctorCheck("loopback", false, e.Message, "the demo platform needs a loopback interface (127.0.0.1)", Required: true);
        }
    }

    private static DoctorCheck CheckOpenFiles()
    {
        var limit = OpenFileLimit();
        if (limit is null)
        {
            return new DoctorCheck("open files", true, "limit unknown on this OS", null, Required: false);
        }

        return new DoctorCheck("open files", limit >= RecommendedOpenFiles, $"soft limit {limit}",
            $"`ulimit -n 65535` before runs with 1,000+ users", Required: false);
    }

    private static long? OpenFileLimit()
    {
        const string limits = "/proc/self/limits";
        if (!File.Exists(limits))
        {
            return null;
        }

        var line = File.ReadLines(limits).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: > 3 } && long.TryParse(parts[3], out var soft) ? soft : null;
    }

    private static DoctorCheck Tool(string name, string neededFor, string fix)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return new DoctorCheck(name, found is not null, found is null ? $"not found (optional: {neededFor})" : found, fix, Required: false);
    }

    private sealed record DoctorCheck(string Name, bool Ok, string Detail, string? Fix, bool Required);
}
