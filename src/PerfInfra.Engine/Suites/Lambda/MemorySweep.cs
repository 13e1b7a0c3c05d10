using System.Globalization;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>
/// A memory sweep of one function, as AWS Lambda Power Tuning runs it: the same invocations at several
/// memory sizes (on Lambda, CPU grows with memory). Recommends three sizes:
/// <list type="bullet">
/// <item><b>fastest</b>: the lowest mean duration;</item>
/// <item><b>cheapest</b>: the lowest cost per invocation (billed GB-seconds + request charge);</item>
/// <item><b>balanced</b>: the lowest cost × mean duration — a size that is both cheap and fast beats one
/// that is only one of them, and neither unit dominates (both enter linearly).</item>
/// </list>
/// Ties go to the smaller memory size. Failed invocations must not be passed in: they are not timings.
/// </summary>
public sealed class MemorySweep
{
    private MemorySweep(string function, LambdaPricing pricing, IReadOnlyList<MemorySweepPoint> points)
    {
        Function = function;
        Pricing = pricing;
        Points = points;
        Fastest = Best(p => p.AvgDurationMs);
        Cheapest = Best(p => p.CostPerInvocationUsd);
        Balanced = Best(p => p.CostPerInvocationUsd * p.AvgDurationMs);
    }

    public string Function { get; }

    public LambdaPricing Pricing { get; }

    /// <summary>One point per memory size, ascending.</summary>
    public IReadOnlyList<MemorySweepPoint> Points { get; }

    public MemorySweepPoint Fastest { get; }

    public MemorySweepPoint Cheapest { get; }

    public MemorySweepPoint Balanced { get; }

    /// <summary>Groups <paramref name="reports"/> by their Memory Size; each size is one point.</summary>
    /// <exception cref="ArgumentException">No reports: a sweep without measurements recommends nothing.</exception>
    public static MemorySweep Evaluate(string function, IEnumerable<LambdaReportLine> reports, LambdaPricing pricing)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(pricing);
        var points = reports
            .GroupBy(r => r.MemorySizeMb)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var billed = g.Average(r => r.BilledDurationMs);
                return new MemorySweepPoint(g.Key, g.Count(), g.Average(r => r.DurationMs), billed, pricing.CostPerInvocationUsd(billed, g.Key));
            })
            .ToArray();
        if (points.Length == 0)
        {
            throw new ArgumentException($"the memory sweep of {function} has no successful invocations to compare", nameof(reports));
        }

        return new MemorySweep(function, pricing, points);
    }

    public ReportTable ToTable() => new(
        $"Memory sweep: {Function} ({Pricing.Architecture})",
        ["Memory", "Invocations", "Avg duration", "Avg billed", "Cost per 1M invocations", "Recommendation"],
        Points.Select(p => (IReadOnlyList<string>)
        [
            $"{p.MemoryMb} MB",
            p.Invocations.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{p.AvgDurationMs:0.00} ms"),
            string.Create(CultureInfo.InvariantCulture, $"{p.AvgBilledDurationMs:0.##} ms"),
            string.Create(CultureInfo.InvariantCulture, $"${p.CostPerInvocationUsd * 1_000_000:0.00}"),
            Recommendation(p),
        ]).ToArray(),
        string.Create(CultureInfo.InvariantCulture,
            $"Prices: ${Pricing.PricePerGbSecondUsd} per GB-s, ${Pricing.PricePerMillionRequestsUsd} per 1M requests. Balanced = lowest cost × duration; ties go to the smaller size."));

    private MemorySweepPoint Best(Func<MemorySweepPoint, double> key) =>
        Points.OrderBy(key).ThenBy(p => p.MemoryMb).First();

    private string Recommendation(MemorySweepPoint point)
    {
        var labels = new List<string>();
        if (point == Fastest)
        {
            labels.Add("fastest");
        }

        if (point == Cheapest)
        {
            labels.Add("cheapest");
        }

        if (point == Balanced)
        {
            labels.Add("balanced");
        }

        return string.Join(", ", labels);
    }
}
