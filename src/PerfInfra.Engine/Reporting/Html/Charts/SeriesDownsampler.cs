namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>
/// Keeps charts of long runs small: an hour has 3,600 one-second points, more than a chart is pixels
/// wide. Consecutive points are merged into buckets; latency keeps each bucket's maximum (a spike must
/// never be averaged away), throughput its mean (so the rate stays a rate).
/// </summary>
internal static class SeriesDownsampler
{
    public enum Merge
    {
        Max,
        Mean,
    }

    public static IReadOnlyList<ChartPoint> Downsample(IReadOnlyList<ChartPoint> points, int maxPoints, Merge merge)
    {
        if (points.Count <= maxPoints)
        {
            return points;
        }

        var bucketSize = (int)Math.Ceiling((double)points.Count / maxPoints);
        var result = new List<ChartPoint>(maxPoints);
        for (var start = 0; start < points.Count; start += bucketSize)
        {
            var end = Math.Min(start + bucketSize, points.Count);
            double? acc = null;
            var n = 0;
            for (var i = start; i < end; i++)
            {
                if (points[i].Y is not { } y)
                {
                    continue;
                }

                acc = acc is null ? y : merge == Merge.Max ? Math.Max(acc.Value, y) : acc.Value + y;
                n++;
            }

            var value = acc is null ? (double?)null : merge == Merge.Max ? acc : acc / n;
            result.Add(new ChartPoint(points[start].X, value));
        }

        return result;
    }
}
