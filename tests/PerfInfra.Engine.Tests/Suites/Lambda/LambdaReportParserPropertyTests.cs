using CsCheck;
using PerfInfra.Engine.Suites.Lambda;

namespace PerfInfra.Engine.Tests.Suites.Lambda;

public sealed class LambdaReportParserPropertyTests
{
    // Hundredths of a millisecond, as Lambda prints them: k / 100.0 formats and parses back exactly.
    private static readonly Gen<double> Milliseconds = Gen.Int[0, 90_000_000].Select(k => k / 100.0);

    private static readonly Gen<double?> OptionalMilliseconds =
        Gen.Select(Gen.Bool, Milliseconds).Select(t => t.Item1 ? t.Item2 : (double?)null);

    private static readonly Gen<LambdaReportLine> Report =
        Gen.Select(
            Gen.Guid.Select(g => g.ToString()),
            Milliseconds,
            Gen.Int[1, 900_000].Select(b => (double)b),
            Gen.Int[128, 10_240],
            Gen.Int[1, 10_240],
            OptionalMilliseconds,
            OptionalMilliseconds)
        .Select(t => new LambdaReportLine(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));

    private static readonly Gen<string> ExtraField = Gen.OneOfConst(
        "XRAY TraceId: 1-5e6f7a8b-1234567890abcdef01234567", "SegmentId: 0a1b2c3d4e5f6789", "Sampled: true", "Billed Restore Duration: 300 ms");

    [Fact]
    public void Parse_FormattedLine_RoundTrips()
    {
        Report.Sample(report => Assert.Equal(report, LambdaReportParser.Parse(report.Format())));
    }

    [Fact]
    public void Parse_FieldsShuffledWithExtraFieldsAndAnySeparator_GivesTheSameReport()
    {
        Gen.Select(Report, ExtraField.Array[0, 3], Gen.OneOfConst("\t", " ", " \t"), Gen.Int)
            .Sample(t =>
            {
                var (report, extras, separator, seed) = t;
                var fields = report.Format()[LambdaReportParser.Prefix.Length..]
                    .Split('\t', StringSplitOptions.RemoveEmptyEntries)
                    .Concat(extras.Distinct())
                    .ToArray();
                new Random(seed).Shuffle(fields);
                var line = LambdaReportParser.Prefix + string.Join(separator, fields);

                Assert.Equal(report, LambdaReportParser.Parse(line));
            });
    }

    [Fact]
    public void Parse_OneNumberCorrupted_ThrowsNamingThatField()
    {
        var fields = Gen.OneOfConst("Duration", "Billed Duration", "Memory Size", "Max Memory Used");
        var garbage = Gen.OneOfConst("x", "1e3", "-5", "1.2.3", "12,5", "∞", "0x10");
        Gen.Select(Report, fields, garbage).Sample(t =>
        {
            var (report, field, bad) = t;
            var line = System.Text.RegularExpressions.Regex.Replace(report.Format(), $@"(?<=(^|\t){field}: )[^ \t]+", bad);

            var error = Assert.Throws<FormatException>(() => LambdaReportParser.Parse(line));

            Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        });
    }
}
