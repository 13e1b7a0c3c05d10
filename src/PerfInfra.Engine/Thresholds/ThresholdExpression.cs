namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// A parsed k6-style expression such as <c>p(95) &lt; 1s</c>. <see cref="Value"/> is in the metric's
/// canonical <see cref="Unit"/>; <see cref="Text"/> is what the user wrote, kept for reports.
/// </summary>
public sealed record ThresholdExpression(
    string Text,
    MetricSelector Metric,
    ThresholdOperator Operator,
    double Value,
    MetricUnit Unit)
{
    public bool IsSatisfiedBy(double measured) => Operator switch
    {
        ThresholdOperator.LessThan => measured < Value,
        ThresholdOperator.LessThanOrEqual => measured <= Value,
        ThresholdOperator.GreaterThan => measured > Value,
        ThresholdOperator.GreaterThanOrEqual => measured >= Value,
        _ => false,
    };

    /// <summary>Headroom in the metric's unit: positive when passing, negative by how much it fails.</summary>
    public double Margin(double measured) => Operator is ThresholdOperator.LessThan or ThresholdOperator.LessThanOrEqual
        ? Value - measured
        : measured - Value;
}
