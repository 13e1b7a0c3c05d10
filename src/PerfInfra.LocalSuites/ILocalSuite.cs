using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.LocalSuites;

/// <summary>
/// One suite run on this machine with no AWS account. It measures what its AWS counterpart measures,
/// in the same series and units, so the same thresholds judge both; what it cannot measure locally it
/// lists in <see cref="SuiteMeasurements.NotMeasured"/>. Cancellation stops it early with the data so far
/// (completion Interrupted), never an exception.
/// </summary>
public interface ILocalSuite
{
    /// <summary>The suite's name in the metric catalog: athena, pipeline or lambda.</summary>
    string Name { get; }

    Task<SuiteMeasurements> RunAsync(LocalSuiteContext context, CancellationToken cancellationToken);
}
