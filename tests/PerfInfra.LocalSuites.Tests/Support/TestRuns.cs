using PerfInfra.Engine.Config;

namespace PerfInfra.LocalSuites.Tests.Support;

internal static class TestRuns
{
    public static LocalSuiteContext Context(int coldStarts, int warmInvocations, string workDirectory, List<SuiteProgress>? progress = null) =>
        new(
            RunResolver.Resolve(ConfigLoader.LoadDefault(), RunOverrides.None) with
            {
                Lambda = new LambdaRunSettings(coldStarts, warmInvocations, [], []),
            },
            null,
            workDirectory,
            TimeProvider.System,
            p => progress?.Add(p));
}
