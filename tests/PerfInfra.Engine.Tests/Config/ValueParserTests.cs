using PerfInfra.Engine.Config;

namespace PerfInfra.Engine.Tests.Config;

public sealed class ValueParserTests
{
    [Theory]
    [InlineData("5m", 300_000)]
    [InlineData("300s", 300_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("250ms", 250)]
    [InlineData("1.5s", 1500)]
    [InlineData("1m30s500ms", 90_500)]
    [InlineData("0s", 0)]
    [InlineData("750us", 0.75)]
    public void DurationParse_ValidText_ReturnsDuration(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), DurationParser.Parse(text));

    [Theory]
    [InlineData("5", "no unit after '5'")]
    [InlineData("5min", "unknown unit 'min'")]
    [InlineData("10 s", "contains a space")]
    [InlineData("30m1h", "largest first")]
    [InlineData("5m5m", "largest first")]
    [InlineData("-5s", "is not a duration")]
    [InlineData("", "empty duration")]
    [InlineData("99999999h", "longer than the largest accepted duration")]
    [InlineData("1e999s", "bad number '1e999'")]
    public void DurationParse_BadText_ThrowsFormatExceptionWithReason(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => DurationParser.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5_400_000, "1h30m")]
    [InlineData(1500, "1s500ms")]
    [InlineData(0, "0s")]
    public void DurationFormat_Duration_IsLargestUnitsFirst(double milliseconds, string expected) =>
        Assert.Equal(expected, DurationParser.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Theory]
    [InlineData("2000/s", 2000)]
    [InlineData("120/m", 2)]
    [InlineData("3600/h", 1)]
    [InlineData("0.5/s", 0.5)]
    public void RateParse_ValidText_ReturnsPerSecond(string text, double perSecond) =>
        Assert.Equal(perSecond, RateParser.Parse(text));

    [Theory]
    [InlineData("2000", "no time unit")]
    [InlineData("2000/sec", "unknown unit '/sec'")]
    [InlineData("x/s", "bad number 'x'")]
    public void RateParse_BadText_ThrowsFormatExceptionWithReason(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => RateParser.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1%", 0.01)]
    [InlineData("0.5%", 0.005)]
    [InlineData("80%", 0.8)]
    [InlineData("0.25", 0.25)]
    [InlineData("2 %", 0.02)]
    [InlineData("100%", 1)]
    public void PercentageParse_ValidText_ReturnsRatio(string text, double ratio) =>
        Assert.Equal(ratio, PercentageParser.Parse(text), 12);

    [Theory]
    [InlineData("101%", "above 100%")]
    [InlineData("2", "bare number above 1")]
    [InlineData("%", "is not a percentage")]
    [InlineData("1", "ambiguous; write 100%")]
    public void PercentageParse_BadText_ThrowsFormatExceptionWithReason(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PercentageParser.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tresholds", "thresholds")]
    [InlineData("base-url", "base_url")]
    [InlineData("user", "users")]
    public void NameSuggestion_NearMiss_SuggestsCandidate(string input, string expected) =>
        Assert.Equal(expected, NameSuggestion.Closest(input, ["thresholds", "base_url", "users", "version"]));

    [Fact]
    public void NameSuggestion_FarOff_SuggestsNothing() =>
        Assert.Null(NameSuggestion.Closest("zzz", ["thresholds", "users"]));
}
