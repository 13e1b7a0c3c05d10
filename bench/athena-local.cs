#:project ../src/PerfInfra.LocalSuites/PerfInfra.LocalSuites.csproj
// The local Athena suite at the `local` profile's size (5 concurrent, 1 minute by default), printed as
// the report's tables and per-class statistics. Until `perf run --suite athena` is wired:
//   dotnet run bench/athena-local.cs -- [duration, e.g. 30s] [orders per day, default 1000]
using System.Globalization;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.LocalSuites;
using PerfInfra.LocalSuites.Athena;

var duration = args.Length > 0 ? args[0] : "1m";
var ordersPerDay = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : AthenaLocalDefaults.OrdersPerDay;
var config = ConfigLoader.LoadDefault();
var run = RunResolver.Resolve(config, new RunOverrides("local", null, null, null, null, []));
run = run with { Athena = run.Athena! with { Duration = DurationParser.TryParse(duration, out var d, out _) ? d : throw new ArgumentException(duration) } };
var work = Directory.CreateTempSubdirectory("perfinfra-athena-bench-").FullName;
try
{
    var suite = new AthenaLocalSuite(new AthenaLocalSuiteOptions { OrdersPerDay = ordersPerDay });
    var m = await suite.RunAsync(new LocalSuiteContext(run, null, work, TimeProvider.System, _ => { }), CancellationToken.None);
    var seconds = (m.EndedAt - m.StartedAt).TotalSeconds;
    Console.WriteLine(m.Source);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Operations} queries ({m.Failures} failed) in {seconds:0.0} s (data set generation included), concurrency {run.Athena!.Concurrency}"));
    foreach (var s in m.Samples.Where(s => s.Series is "duration" or "bytes_scanned"))
    {
        var x = SampleStatistics.Summarize(s.Values)!.Value;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Scope,-8} {s.Series,-14} n={x.Count,-5} p50={x.P50:0.#} p95={x.P95:0.#} max={x.Max:0.#}"));
    }

    foreach (var table in m.Tables)
    {
        Console.WriteLine();
        Console.WriteLine("## " + table.Title);
        Console.WriteLine(string.Join(" | ", table.Columns));
        foreach (var row in table.Rows)
        {
            Console.WriteLine(string.Join(" | ", row));
        }

        Console.WriteLine(table.Note);
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}
