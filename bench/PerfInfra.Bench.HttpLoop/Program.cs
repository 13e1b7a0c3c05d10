using System.Diagnostics;
using System.Globalization;
using PerfInfra.Bench.HttpLoop;
using PerfInfra.Engine.Http;

// Usage: HttpLoop URL [CONNECTIONS] [SECONDS]
// Prints one line: requests, errors, rps, CPU µs and allocated bytes per request (both over the loop only).
// Before any socket exists: the runtime reads the switch once (see InlineSocketCompletions).
// PERF_INLINE_COMPLETIONS=0 measures the default thread-pool dispatch instead.
if (Environment.GetEnvironmentVariable("PERF_INLINE_COMPLETIONS") != "0")
{
    InlineSocketCompletions.Enable();
}

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: PerfInfra.Bench.HttpLoop URL [CONNECTIONS] [SECONDS]");
    return 2;
}

var url = new Uri(args[0]);
var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : HttpLoopDefaults.Connections;
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : HttpLoopDefaults.Seconds;

var baseUrl = new Uri(url.GetLeftPart(UriPartial.Authority));
await using var client = new LoadHttpClient(baseUrl, new LoadHttpClientOptions());
var request = client.Prepare(StepDefinition.Get("get", url.PathAndQuery));
var loop = new ClosedLoop(client, request);

var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
var (requests, errors) = await loop.RunAsync(connections, TimeSpan.FromSeconds(seconds));
clock.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"requests={requests} errors={errors} seconds={clock.Elapsed.TotalSeconds:F2} rps={requests / clock.Elapsed.TotalSeconds:F0} cpu_us_per_request={cpu.TotalMicroseconds / Math.Max(1, requests):F2} allocated_bytes_per_request={(double)allocated / Math.Max(1, requests):F2} inline_completions={InlineSocketCompletions.IsEnabled}"));
if (loop.FirstFailure is { } failure)
{
    Console.Error.WriteLine($"first failure: {failure.ErrorKind} (status {failure.StatusCode})");
}

return errors == 0 ? 0 : 1;
