namespace PerfInfra.Lambdas.Collectors;

/// <summary>Every suite collector of this bootstrap; the collect handler picks one by the input's suite.</summary>
internal static class SuiteCollectors
{
    public static IReadOnlyList<ISuiteCollector> All { get; } = [new AthenaCollector(), new PipelineCollector(), new LambdaCollector()];
}
