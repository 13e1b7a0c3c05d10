using PerfInfra.Engine.Config;

namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// Parses k6-style threshold expressions — <c>avg &lt; 500ms</c>, <c>p(95) &lt; 1s</c>, <c>p99.9 &lt;= 2s</c>,
/// <c>error_rate &lt; 1%</c>, <c>rps &gt; 1000/s</c>, <c>cold_start.max &lt; 3000ms</c> — against the
/// <see cref="MetricCatalog"/> of one suite. The value is converted into the metric's canonical unit.
/// </summary>
public static class ThresholdParser
{
    /// <summary>Longer text is certainly not a threshold; refusing it keeps error messages readable.</summary>
    public const int MaxLength = 200;

    private const string Shape = "'<metric> <operator> <value>', e.g. 'p95 < 1000ms' or 'error_rate < 1%'";
    private const string Operators = "<, <=, >, >=";
    private const string Aggregations = "avg, min, med, max, count, p(N) or pN (0 < N <= 100)";
    private const double MaxPercentile = 100;

    private static readonly (string Suffix, double Bytes)[] ByteUnits =
    [
        ("B", 1), ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12),
        ("KiB", 1024d), ("MiB", 1024d * 1024), ("GiB", 1024d * 1024 * 1024), ("TiB", 1024d * 1024 * 1024 * 1024),
    ];

    /// <summary>
    /// Parses <paramref name="text"/> for <paramref name="suite"/> (api, athena, pipeline, lambda).
    /// Throws <see cref="ThresholdSyntaxException"/> for bad text and <see cref="ArgumentException"/>
    /// for an unknown suite; nothing else.
    /// </summary>
    public static ThresholdExpression Parse(string text, string suite)
    {
        ArgumentNullException.ThrowIfNull(text);
        var catalog = MetricCatalog.SeriesOf(suite);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new ThresholdSyntaxException(text, $"is empty; expected {Shape}");
        }

        if (trimmed.Length > MaxLength)
        {
            throw new ThresholdSyntaxException(trimmed[..MaxLength] + "…", $"is longer than {MaxLength} characters; expected {Shape}");
        }

        var (left, op, right) = SplitAtOperator(trimmed);
        var (series, metric) = ResolveMetric(trimmed, left, suite, catalog);
        var value = ParseValue(trimmed, right, series, metric);

        // A count of samples is a number whatever the series measures.
        var unit = metric.Aggregation == MetricAggregation.Count ? MetricUnit.Count : series.Unit;
        return new ThresholdExpression(trimmed, metric, op, value, unit);
    }

    /// <summary>Like <see cref="Parse"/>, with the reason in <paramref name="error"/> instead of an exception.</summary>
    public static bool TryParse(string text, string suite, out ThresholdExpression? expression, out string? error)
    {
        try
        {
            expression = Parse(text, suite);
            error = null;
            return true;
        }
        catch (ThresholdSyntaxException e)
        {
            expression = null;
            error = e.Detail;
            return false;
        }
    }

    /// <summary>
    /// Canonical text of an expression (<c>latency.p95 &lt; 1000ms</c>, <c>error_rate &lt; 1%</c>) that parses
    /// back to the same metric, operator, value and unit.
    /// </summary>
    public static string Format(ThresholdExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var op = expression.Operator switch
        {
            ThresholdOperator.LessThan => "<",
            ThresholdOperator.LessThanOrEqual => "<=",
            ThresholdOperator.GreaterThan => ">",
            _ => ">=",
        };
        var value = expression.Unit switch
        {
            MetricUnit.Milliseconds => ConfigNumber.Format(expression.Value) + "ms",
            MetricUnit.Ratio => PercentageParser.Format(expression.Value),
            MetricUnit.PerSecond => RateParser.Format(expression.Value),
            MetricUnit.Bytes => ConfigNumber.Format(expression.Value) + "B",
            _ => ConfigNumber.Format(expression.Value),
        };
        return $"{expression.Metric} {op} {value}";
    }

    private static (string Left, ThresholdOperator Op, string Right) SplitAtOperator(string text)
    {
        var index = text.IndexOfAny(['<', '>', '=', '!']);
        if (index < 0)
        {
            throw new ThresholdSyntaxException(text, $"has no comparison operator; expected one of {Operators} as in {Shape}");
        }

        var c = text[index];
        if (c is '=' or '!')
        {
            throw new ThresholdSyntaxException(text, $"operator '{OperatorAt(text, index)}' is not supported; expected one of {Operators}");
        }

        var hasEquals = index + 1 < text.Length && text[index + 1] == '=';
        var op = (c, hasEquals) switch
        {
            ('<', false) => ThresholdOperator.LessThan,
            ('<', true) => ThresholdOperator.LessThanOrEqual,
            ('>', false) => ThresholdOperator.GreaterThan,
            _ => ThresholdOperator.GreaterThanOrEqual,
        };
        var left = text[..index].Trim();
        var right = text[(index + (hasEquals ? 2 : 1))..].Trim();
        if (right.IndexOfAny(['<', '>', '=', '!']) >= 0)
        {
            throw new ThresholdSyntaxException(text, $"has more than one operator; expected exactly one of {Operators}");
        }

        if (left.Length == 0)
        {
            throw new ThresholdSyntaxException(text, $"has no metric before the operator; expected {Shape}");
        }

        if (right.Length == 0)
        {
            throw new ThresholdSyntaxException(text, $"has no value after the operator; expected {Shape}");
        }

        return (left, op, right);
    }

    private static string OperatorAt(string text, int index)
    {
        var end = index;
        while (end < text.Length && text[end] is '<' or '>' or '=' or '!')
        {
            end++;
        }

        return text[index..end];
    }

    private static (MetricSeries Series, MetricSelector Metric) ResolveMetric(
        string text, string left, string suite, IReadOnlyList<MetricSeries> catalog)
    {
        var name = left.ToLowerInvariant();
        var knownNames = catalog.Select(s => s.Name).ToArray();

        // 1. A bare aggregation ("avg", "p(95)", "p99.9") judges the suite's default series.
        var bare = ParseAggregation(text, name);
        if (bare is { } aggregation)
        {
            var defaultSeries = MetricCatalog.DefaultSeries(suite)
                ?? throw new ThresholdSyntaxException(text,
                    $"'{left}' needs a series in the {suite} suite; write it as <series>.{name} with one of {string.Join(", ", knownNames)}");
            return (defaultSeries, Select(text, defaultSeries, aggregation));
        }

        // 2. "series.aggregation"; the first dot separates them because percentiles may contain one (latency.p99.9).
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var series = FindSeries(text, name[..dot], suite, catalog, knownNames);
            var aggregationText = name[(dot + 1)..];
            var dotted = ParseAggregation(text, aggregationText)
                ?? throw new ThresholdSyntaxException(text, $"unknown aggregation '{aggregationText}' for '{series.Name}'; expected {Allowed(series)}");
            return (series, Select(text, series, dotted));
        }

        // 3. "series_aggregation" (cold_start_max), the spelling of CloudWatch-style names.
        var underscore = name.LastIndexOf('_');
        if (underscore > 0 && knownNames.Contains(name[..underscore]) && !knownNames.Contains(name)
            && ParseAggregation(text, name[(underscore + 1)..]) is { } suffixAggregation)
        {
            var series = FindSeries(text, name[..underscore], suite, catalog, knownNames);
            return (series, Select(text, series, suffixAggregation));
        }

        // 4. A bare series name (error_rate, rps, batch_duration).
        var bareSeries = FindSeries(text, name, suite, catalog, knownNames);
        if (bareSeries.BareAggregation is not { } implied)
        {
            throw new ThresholdSyntaxException(text,
                $"'{bareSeries.Name}' needs an aggregation: {bareSeries.Name}.avg, {bareSeries.Name}.p95, … (expected {Allowed(bareSeries)})");
        }

        return (bareSeries, new MetricSelector(bareSeries.Name, implied));
    }

    private static MetricSeries FindSeries(
        string text, string name, string suite, IReadOnlyList<MetricSeries> catalog, string[] knownNames)
    {
        foreach (var series in catalog)
        {
            if (series.Name == name)
            {
                return series;
            }
        }

        var candidates = MetricCatalog.DefaultSeries(suite) is null
            ? knownNames
            : knownNames.Concat(["avg", "min", "med", "max", "p95", "p99"]).ToArray();
        throw new ThresholdSyntaxException(text,
            $"unknown metric '{name}' for the {suite} suite{NameSuggestion.Hint(name, candidates)} (expected one of {string.Join(", ", knownNames)}" +
            (MetricCatalog.DefaultSeries(suite) is { } d ? $", or an aggregation of {d.Name}: {Aggregations})" : ")"));
    }

    private static MetricSelector Select(string text, MetricSeries series, (MetricAggregation Aggregation, double? Percentile) parsed)
    {
        if (!series.Allows(parsed.Aggregation))
        {
            throw new ThresholdSyntaxException(text,
                $"'{series.Name}' cannot be aggregated with '{parsed.Aggregation.ToString().ToLowerInvariant()}'; expected {Allowed(series)}");
        }

        return new MetricSelector(series.Name, parsed.Aggregation, parsed.Percentile);
    }

    private static string Allowed(MetricSeries series)
    {
        var forms = series.Aggregations
            .Where(a => a != MetricAggregation.Value)
            .Select(a => a == MetricAggregation.Percentile ? $"{series.Name}.p(N)" : $"{series.Name}.{a.ToString().ToLowerInvariant()}")
            .ToList();
        if (series.BareAggregation is not null)
        {
            forms.Insert(0, series.Name);
        }

        return string.Join(", ", forms);
    }

    /// <summary>Null when <paramref name="name"/> is not an aggregation at all; throws when it is a malformed percentile.</summary>
    private static (MetricAggregation, double?)? ParseAggregation(string text, string name)
    {
        switch (name)
        {
            case "avg": return (MetricAggregation.Avg, null);
            case "min": return (MetricAggregation.Min, null);
            case "med": return (MetricAggregation.Med, null);
            case "max": return (MetricAggregation.Max, null);
            case "count": return (MetricAggregation.Count, null);
        }

        if (name.Length < 2 || name[0] != 'p')
        {
            return null;
        }

        var body = name[1..];
        if (body.StartsWith('(') != body.EndsWith(')'))
        {
            throw new ThresholdSyntaxException(text, $"unbalanced parentheses in '{name}'; expected p(N) or pN, e.g. p(95), p99.9");
        }

        if (body.StartsWith('('))
        {
            body = body[1..^1].Trim();
        }
        else if (!char.IsAsciiDigit(body[0]))
        {
            // "ps", "pipeline": not a percentile, let the caller treat it as a name.
            return null;
        }

        if (!ConfigNumber.TryParse(body, out var percentile) || percentile <= 0 || percentile > MaxPercentile)
        {
            throw new ThresholdSyntaxException(text, $"bad percentile '{name}'; expected p(N) or pN with 0 < N <= 100, e.g. p(95), p99.9");
        }

        return (MetricAggregation.Percentile, percentile);
    }

    private static double ParseValue(string text, string right, MetricSeries series, MetricSelector metric)
    {
        var value = right.Trim();
        switch (series.Unit)
        {
            case MetricUnit.Milliseconds:
                // Count of a duration series is a number of samples, not a duration.
                if (metric.Aggregation == MetricAggregation.Count)
                {
                    return ParseCount(text, value, metric);
                }

                if (ConfigNumber.TryParse(value, out var bareMs))
                {
                    return bareMs;
                }

                return DurationParser.TryParseMilliseconds(value, out var milliseconds, out _)
                    ? milliseconds
                    : throw new ThresholdSyntaxException(text,
                        $"bad value '{value}' for '{metric}', a duration; expected e.g. 500ms, 1s, 2m, 1h30m (a bare number is milliseconds)");

            case MetricUnit.Ratio:
                if (metric.Aggregation == MetricAggregation.Count)
                {
                    return ParseCount(text, value, metric);
                }

                return PercentageParser.TryParse(value, out var ratio, out var ratioError)
                    ? ratio
                    : throw new ThresholdSyntaxException(text, $"bad value for '{metric}', a ratio: {ratioError}");

            case MetricUnit.PerSecond:
                if (ConfigNumber.TryParse(value, out var barePerSecond))
                {
                    return barePerSecond;
                }

                return RateParser.TryParse(value, out var rate, out var rateError)
                    ? rate
                    : throw new ThresholdSyntaxException(text, $"bad value for '{metric}', a rate: {rateError} (a bare number is per second)");

            case MetricUnit.Bytes:
                if (metric.Aggregation == MetricAggregation.Count)
                {
                    return ParseCount(text, value, metric);
                }

                return ParseBytes(text, value, metric);

            default:
                return ParseCount(text, value, metric);
        }
    }

    private static double ParseCount(string text, string value, MetricSelector metric) =>
        ConfigNumber.TryParse(value, out var count)
            ? count
            : throw new ThresholdSyntaxException(text, $"bad value '{value}' for '{metric}'; expected a plain number such as 1000");

    private static double ParseBytes(string text, string value, MetricSelector metric)
    {
        var length = ConfigNumber.ScanLength(value, 0);
        var unitText = value[length..].Trim();
        var multiplier = unitText.Length == 0 ? 1 : Array.Find(ByteUnits, u => u.Suffix == unitText).Bytes;
        if (length == 0 || multiplier == 0 || !ConfigNumber.TryParse(value[..length], out var number) || !double.IsFinite(number * multiplier))
        {
            throw new ThresholdSyntaxException(text,
                $"bad value '{value}' for '{metric}', a size; expected a number with an optional unit ({string.Join(", ", ByteUnits.Select(u => u.Suffix))}), e.g. 10GB");
        }

        return number * multiplier;
    }
}
