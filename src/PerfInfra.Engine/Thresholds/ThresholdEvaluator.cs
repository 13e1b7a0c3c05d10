using System.Globalization;

namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// Judges thresholds against measured values. A threshold with no samples fails with reason
/// <see cref="NoSamplesReason"/>: missing data must never look like a pass.
/// </summary>
public static class ThresholdEvaluator
{
    public const string NoSamplesReason = "no samples";

    /// <summary>Starts the reason of a threshold whose series this host cannot measure.</summary>
    public const string NotMeasuredPrefix = "not measured: ";

    public const string NotFiniteReason = "measured value is not a finite number";

    public static IReadOnlyList<ThresholdOutcome> Evaluate(IReadOnlyList<ThresholdDefinition> thresholds, IMetricSource source)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(source);
        var outcomes = new ThresholdOutcome[thresholds.Count];
        for (var i = 0; i < thresholds.Count; i++)
        {
            outcomes[i] = Evaluate(thresholds[i], source);
        }

        return outcomes;
    }

    public static ThresholdOutcome Evaluate(ThresholdDefinition threshold, IMetricSource source)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(source);
        var expression = threshold.Expression;
        if (source is IMetricAvailability availability && availability.NotMeasuredReason(threshold.Scope, expression.Metric) is { } why)
        {
            return new ThresholdOutcome(threshold, null, false, null, $"{NotMeasuredPrefix}{why}") { NotMeasured = true };
        }

        var measured = source.Measure(threshold.Scope, expression.Metric);
        if (measured is not { } value)
        {
            return new ThresholdOutcome(threshold, null, false, null, NoSamplesReason);
        }

        if (!double.IsFinite(value))
        {
            return new ThresholdOutcome(threshold, value, false, null, NotFiniteReason);
        }

        var passed = expression.IsSatisfiedBy(value);
        var reason = passed
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{expression.Metric} measured {value:0.###} {UnitSuffix(expression.Unit)}, limit '{expression.Text}'");
        return new ThresholdOutcome(threshold, value, passed, expression.Margin(value), reason);
    }

    private static string UnitSuffix(MetricUnit unit) => unit switch
    {
        MetricUnit.Milliseconds => "ms",
        MetricUnit.Ratio => "(ratio)",
        MetricUnit.PerSecond => "/s",
        MetricUnit.Bytes => "bytes",
        MetricUnit.Usd => "USD",
        _ => string.Empty,
    };
}
