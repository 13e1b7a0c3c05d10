using PerfInfra.LocalSuites;
using PerfInfra.LocalSuites.Athena;
using PerfInfra.LocalSuites.Lambda;
using PerfInfra.LocalSuites.Pipeline;

namespace PerfInfra.Cli.Running;

/// <summary>The local suites `perf run` knows besides the API one, in the order --suite all runs them.</summary>
internal static class LocalSuiteCatalog
{
    public static IReadOnlyList<ILocalSuite> Create() => [new AthenaLocalSuite(), new PipelineLocalSuite(), new LocalLambdaSuite()];
}
