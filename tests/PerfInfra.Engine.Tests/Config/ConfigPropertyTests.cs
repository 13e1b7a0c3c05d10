using CsCheck;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Config;

/// <summary>
/// Properties of the value parsers and the loader: formatting then parsing gives the same value, and
/// no input string makes them throw anything but their documented exception.
/// </summary>
public sealed class ConfigPropertyTests
{
    private const long Iterations = 2_000;

    // Each loader sample parses a whole config; fewer keep the suite fast on a shared machine.
    private const long LoaderIterations = 500;
    private const string DurationChars = "0123456789.eE+-hmsuµ /%";
    private const string YamlChars = "abcdefghijklmnopqrstuvwxyz_0123456789 :-[]{},.\"'#&*!|>%@`\n\t/<=?~\\";

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.Char[DurationChars].Array[0, 24].Select(c => new string(c)));

    [Fact]
    public void DurationFormat_ThenParse_IsIdentityForWholeMicroseconds()
    {
        var maxMicroseconds = ConfigValueDefaults.MaxDuration.Ticks / TimeSpan.TicksPerMicrosecond;

        Gen.Long[0, maxMicroseconds].Sample(us =>
        {
            var value = TimeSpan.FromTicks(us * TimeSpan.TicksPerMicrosecond);
            Assert.Equal(value, DurationParser.Parse(DurationParser.Format(value)));
        }, iter: Iterations);
    }

    [Fact]
    public void DurationParse_AnyText_ThrowsOnlyFormatException() =>
        AnyText.Sample(text =>
        {
            if (!DurationParser.TryParse(text, out var value))
            {
                Assert.Throws<FormatException>(() => DurationParser.Parse(text));
                return;
            }

            Assert.InRange(value, TimeSpan.Zero, ConfigValueDefaults.MaxDuration);
        }, iter: Iterations);

    [Fact]
    public void RateFormat_ThenParse_IsIdentity() =>
        Gen.Double[0, ConfigValueDefaults.MaxRatePerSecond].Sample(rate =>
            Assert.Equal(rate, RateParser.Parse(RateParser.Format(rate))), iter: Iterations);

    [Fact]
    public void RateParse_AnyText_ThrowsOnlyFormatException() =>
        AnyText.Sample(text =>
        {
            if (!RateParser.TryParse(text, out var value))
            {
                Assert.Throws<FormatException>(() => RateParser.Parse(text));
                return;
            }

            Assert.True(double.IsFinite(value) && value >= 0, text);
        }, iter: Iterations);

    [Fact]
    public void PercentageFormat_ThenParse_IsIdentity() =>
        Gen.Double[0, 1].Sample(ratio =>
            Assert.Equal(ratio, PercentageParser.Parse(PercentageParser.Format(ratio))), iter: Iterations);

    [Fact]
    public void PercentageParse_AnyText_ThrowsOnlyFormatException() =>
        AnyText.Sample(text =>
        {
            if (!PercentageParser.TryParse(text, out var ratio))
            {
                Assert.Throws<FormatException>(() => PercentageParser.Parse(text));
                return;
            }

            Assert.InRange(ratio, 0, 1);
        }, iter: Iterations);

    [Fact]
    public void ThresholdFormat_ThenParse_KeepsMetricOperatorAndValue() =>
        GenThreshold().Sample(expression =>
        {
            var text = ThresholdParser.Format(expression.Expression);
            var parsed = ThresholdParser.Parse(text, expression.Suite);

            Assert.Equal(expression.Expression.Metric, parsed.Metric);
            Assert.Equal(expression.Expression.Operator, parsed.Operator);
            Assert.Equal(expression.Expression.Value, parsed.Value);
            Assert.Equal(expression.Expression.Unit, parsed.Unit);
        }, iter: Iterations);

    [Fact]
    public void ThresholdParse_AnyText_ThrowsOnlyThresholdSyntaxException()
    {
        var thresholdish = Gen.Char["pavgminedxlatcyrorsq_()<>=!.%/0123456789 mshuµ"].Array[0, 30].Select(c => new string(c));

        Gen.Select(Gen.OneOf(Gen.String, thresholdish), Gen.OneOfConst([.. MetricCatalog.Suites])).Sample((text, suite) =>
        {
            try
            {
                var parsed = ThresholdParser.Parse(text, suite);
                Assert.True(double.IsFinite(parsed.Value) && parsed.Value >= 0, text);
            }
            catch (ThresholdSyntaxException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Detail));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void LoadText_AnyText_ThrowsOnlyConfigException()
    {
        var yamlish = Gen.Char[YamlChars].Array[0, 200].Select(c => new string(c));

        Gen.OneOf(Gen.String, yamlish).Sample(AssertLoadsOrConfigException, iter: LoaderIterations);
    }

    [Fact]
    public void LoadText_MutatedDefaultConfig_ThrowsOnlyConfigException()
    {
        var original = ConfigLoader.DefaultConfigText();
        var lines = original.Split('\n');
        var mutation = Gen.Int[0, 3].SelectMany(kind => kind switch
        {
            // Delete a range of characters.
            0 => Gen.Int[0, original.Length - 1].SelectMany(start => Gen.Int[1, 40].Select(length =>
                original.Remove(start, Math.Min(length, original.Length - start)))),

            // Insert YAML punctuation somewhere.
            1 => Gen.Select(Gen.Int[0, original.Length], Gen.Char[YamlChars].Array[1, 8]).Select((at, chars) =>
                original.Insert(at, new string(chars))),

            // Replace one value with an unusual scalar.
            2 => Gen.Select(Gen.Int[0, lines.Length - 1], Gen.OneOfConst("", "~", "-1", "1e999", "\"\"", "[]", "{}", "0", "99999999999", "&a x", "*a")).Select((line, value) =>
                string.Join('\n', lines.Select((l, i) => i == line && l.Contains(": ", StringComparison.Ordinal) ? l[..(l.IndexOf(": ", StringComparison.Ordinal) + 2)] + value : l))),

            // Duplicate or drop a line.
            _ => Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Bool).Select((line, duplicate) =>
                string.Join('\n', lines.SelectMany((l, i) => i != line ? [l] : duplicate ? [l, l] : Array.Empty<string>()))),
        });

        mutation.Sample(AssertLoadsOrConfigException, iter: LoaderIterations);
    }

    private static void AssertLoadsOrConfigException(string yaml)
    {
        try
        {
            var config = ConfigLoader.LoadText(yaml, "fuzz.yaml");
            Assert.NotEmpty(config.Profiles);
        }
        catch (ConfigException e)
        {
            Assert.NotEmpty(e.Errors);
            Assert.All(e.Errors, error => Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString()));
        }
    }

    private static Gen<(string Suite, ThresholdExpression Expression)> GenThreshold() =>
        Gen.OneOfConst([.. MetricCatalog.Suites.SelectMany(MetricCatalog.SeriesOf)]).SelectMany(series =>
            Gen.OneOfConst([.. series.Aggregations]).SelectMany(aggregation =>
            {
                var unit = aggregation == MetricAggregation.Count ? MetricUnit.Count : series.Unit;
                return Gen.Select(Gen.Double[0.001, 100], Gen.OneOfConst(Enum.GetValues<ThresholdOperator>()), GenValue(unit))
                    .Select((percentile, op, value) => (series.Suite, new ThresholdExpression(
                        string.Empty,
                        new MetricSelector(series.Name, aggregation, aggregation == MetricAggregation.Percentile ? percentile : null),
                        op,
                        value,
                        unit)));
            }));

    private static Gen<double> GenValue(MetricUnit unit) => unit switch
    {
        MetricUnit.Ratio => Gen.Double[0, 1],
        MetricUnit.Milliseconds => Gen.Double[0, ConfigValueDefaults.MaxDuration.TotalMilliseconds],
        MetricUnit.PerSecond => Gen.Double[0, ConfigValueDefaults.MaxRatePerSecond],
        _ => Gen.Double[0, 1e15],
    };
}
