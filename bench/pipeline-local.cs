#:project ../src/PerfInfra.LocalSuites/PerfInfra.LocalSuites.csproj
// The local pipeline suite once, outside `perf run`: prints its stage table and series.
//   dotnet run bench/pipeline-local.cs                 # 100,000 records (the seed's figure)
//   dotnet run bench/pipeline-local.cs -- 20000 5000   # records, records per raw file
using System.Globalization;
using PerfInfra.Engine.Config;
using PerfInfra.LocalSuites;
using PerfInfra.LocalSuites.Pipeline;

const int SeedRecords = 100_000;
var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : SeedRecords;
var options = new PipelineLocalOptions { Records = records };
if (args.Length > 1)
{
    options = options with { RecordsPerFile = int.Parse(args[1], CultureInfo.InvariantCulture) };
}

var work = Directory.CreateTempSubdirectory("perfinfra-pipeline-bench-").FullName;
try
{
    var run = RunResolver.Resolve(ConfigLoader.LoadDefault(), RunOverrides.None with { Profile = "full" });
    var context = new LocalSuiteContext(run, null, work, TimeProvider.System, _ => { });
    var measurements = await new PipelineLocalSuite(options).RunAsync(context, CancellationToken.None);
    Console.WriteLine($"{measurements.Source}; {Environment.ProcessorCount} cores");
    foreach (var table in measurements.Tables)
    {
        Console.WriteLine($"\n{table.Title}");
        Console.WriteLine(string.Join(" | ", table.Columns));
        foreach (var row in table.Rows)
        {
            Console.WriteLine(string.Join(" | ", row));
        }

        Console.WriteLine(table.Note);
    }

    foreach (var samples in measurements.Samples)
    {
        Console.WriteLine($"{samples.Series}{(samples.Scope is null ? string.Empty : "/" + samples.Scope)}: {string.Join(", ", samples.Values.Select(v => v.ToString("0.0", CultureInfo.InvariantCulture)))} ms");
    }

    Console.WriteLine($"failures: {measurements.Failures} {string.Join(", ", measurements.FailuresByKind.Select(f => $"{f.Key}={f.Value}"))}");
    foreach (var notMeasured in measurements.NotMeasured)
    {
        Console.WriteLine($"not measured: {notMeasured.Series} ({notMeasured.Reason})");
    }

    return measurements.Failures == 0 ? 0 : 1;
}
finally
{
    Directory.Delete(work, recursive: true);
}
