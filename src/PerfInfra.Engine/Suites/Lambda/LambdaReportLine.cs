using System.Globalization;
using System.Text;

namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>
/// One Lambda <c>REPORT</c> log line: what the service measured for one invocation. Durations in
/// milliseconds, memory in MB (Lambda's MB are MiB). <see cref="InitDurationMs"/> is present only when
/// the invocation started a new execution environment (a cold start); <see cref="RestoreDurationMs"/>
/// only for SnapStart restores.
/// </summary>
public sealed record LambdaReportLine(
    string RequestId,
    double DurationMs,
    double BilledDurationMs,
    int MemorySizeMb,
    int MaxMemoryUsedMb,
    double? InitDurationMs = null,
    double? RestoreDurationMs = null)
{
    /// <summary>A new execution environment: Lambda reports an init phase only then.</summary>
    public bool IsColdStart => InitDurationMs is not null || RestoreDurationMs is not null;

    /// <summary>What the caller waited for on a cold start: init (or restore) plus the invocation.</summary>
    public double ColdStartMs => DurationMs + (InitDurationMs ?? 0) + (RestoreDurationMs ?? 0);

    /// <summary>Max memory used ÷ configured memory (the seed's "&lt; 80 %" is on this ratio).</summary>
    public double MemoryUsedRatio => MemorySizeMb > 0 ? (double)MaxMemoryUsedMb / MemorySizeMb : 0;

    /// <summary>The line as Lambda writes it (tab-separated fields), which <see cref="LambdaReportParser"/> reads back.</summary>
    public string Format()
    {
        var line = new StringBuilder("REPORT RequestId: ").Append(RequestId)
            .Append(CultureInfo.InvariantCulture, $"\tDuration: {DurationMs:0.00} ms")
            .Append(CultureInfo.InvariantCulture, $"\tBilled Duration: {BilledDurationMs:0.##} ms")
            .Append(CultureInfo.InvariantCulture, $"\tMemory Size: {MemorySizeMb} MB")
            .Append(CultureInfo.InvariantCulture, $"\tMax Memory Used: {MaxMemoryUsedMb} MB");
        if (InitDurationMs is { } init)
        {
            line.Append(CultureInfo.InvariantCulture, $"\tInit Duration: {init:0.00} ms");
        }

        if (RestoreDurationMs is { } restore)
        {
            line.Append(CultureInfo.InvariantCulture, $"\tRestore Duration: {restore:0.00} ms");
        }

        return line.Append('\t').ToString();
    }
}
