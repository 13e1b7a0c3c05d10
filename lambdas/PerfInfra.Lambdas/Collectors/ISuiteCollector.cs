using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Collectors;

/// <summary>
/// Turns one suite branch's raw AWS responses into the engine's <see cref="SuiteMeasurements"/>, the
/// same series and units the local suite produces, so the same thresholds judge both. Thin: parsing and
/// statistics live in the engine (Suites/&lt;Suite&gt;/). Throws <see cref="InvalidDataException"/>
/// naming the field when a response is not what the integration returns.
/// </summary>
internal interface ISuiteCollector
{
    string Suite { get; }

    SuiteMeasurements Collect(CollectInput input, ResolvedRun run, DateTimeOffset now);
}
