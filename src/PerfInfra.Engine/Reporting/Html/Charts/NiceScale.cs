namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>
/// Axis ranges and ticks on "nice" numbers (1, 2, 5 × 10ⁿ) so grid lines fall on values a person
/// would pick: 0, 250, 500 ms rather than 0, 237.4, 474.8.
/// </summary>
internal static class NiceScale
{
    private static readonly double[] NiceMultipliers = [1, 2, 5, 10];

    /// <summary>Ticks covering [min, max]; the first tick is ≤ min and the last ≥ max. A flat range gets a unit-wide axis.</summary>
    public static IReadOnlyList<double> Ticks(double min, double max, int maxTicks)
    {
        if (maxTicks < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTicks), maxTicks, "an axis needs at least two ticks");
        }

        if (!double.IsFinite(min) || !double.IsFinite(max) || max < min)
        {
            throw new ArgumentException($"invalid axis range [{min}, {max}]");
        }

        if (max == min)
        {
            max = min + (min == 0 ? 1 : Math.Abs(min));
        }

        var (step, first, count) = NiceStep(min, max, maxTicks);
        var ticks = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Multiply rather than accumulate, so 0.1-steps do not drift into 0.30000000000000004.
            ticks[i] = Math.Round(first + (i * step), 10);
        }

        return ticks;
    }

    /// <summary>The smallest 1-2-5 step whose rounded-out axis needs no more than <paramref name="maxTicks"/> ticks.</summary>
    private static (double Step, double First, int Count) NiceStep(double min, double max, int maxTicks)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10((max - min) / (maxTicks - 1))));
        for (var scale = magnitude; ; scale *= 10)
        {
            foreach (var multiplier in NiceMultipliers)
            {
                var step = multiplier * scale;
                var first = Math.Floor(min / step) * step;
                var count = (int)Math.Round((Math.Ceiling(max / step) * step - first) / step) + 1;
                if (count <= maxTicks)
                {
                    return (step, first, count);
                }
            }
        }
    }
}
