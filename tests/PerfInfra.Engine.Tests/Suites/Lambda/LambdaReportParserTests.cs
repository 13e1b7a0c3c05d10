using System.Text;
using PerfInfra.Engine.Suites.Lambda;

namespace PerfInfra.Engine.Tests.Suites.Lambda;

public sealed class LambdaReportParserTests
{
    private const string ColdLine =
        "REPORT RequestId: 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 73 MB\tInit Duration: 180.12 ms\t";

    [Fact]
    public void Parse_ColdStartLine_ReadsEveryField()
    {
        var report = LambdaReportParser.Parse(ColdLine);

        Assert.Equal(new LambdaReportLine("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", 12.34, 13, 512, 73, 180.12), report);
        Assert.True(report.IsColdStart);
        Assert.Equal(192.46, report.ColdStartMs, 6);
        Assert.Equal(73.0 / 512, report.MemoryUsedRatio);
    }

    [Fact]
    public void Parse_WarmLineWithXRayFieldsInAnotherOrderAndSpaces_ReadsIt()
    {
        var report = LambdaReportParser.Parse(
            "REPORT RequestId: abc Max Memory Used: 40 MB Memory Size: 128 MB Duration: 1.05 ms Billed Duration: 2 ms \nXRAY TraceId: 1-5e6f-abc SegmentId: 7d Sampled: true");

        Assert.Equal(new LambdaReportLine("abc", 1.05, 2, 128, 40), report);
        Assert.False(report.IsColdStart);
    }

    [Fact]
    public void Parse_SnapStartRestore_CountsAsColdWithRestoreTime()
    {
        var report = LambdaReportParser.Parse("REPORT RequestId: r Duration: 5.00 ms Billed Duration: 300 ms Memory Size: 256 MB Max Memory Used: 90 MB Restore Duration: 250.50 ms Billed Restore Duration: 295 ms");

        Assert.True(report.IsColdStart);
        Assert.Equal(255.5, report.ColdStartMs, 6);
    }

    [Theory]
    [InlineData("REPORT RequestId: a Duration: 1,5 ms Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 40 MB", "'Duration' has value '1,5'")]
    [InlineData("REPORT RequestId: a Duration: 1.5 s Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 40 MB", "'Duration' has unit '(none)'")]
    [InlineData("REPORT RequestId: a Duration: -1.5 ms Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 40 MB", "'Duration' has value '-1.5'")]
    [InlineData("REPORT RequestId: a Duration: 1.5 ms Billed Duration: 2 ms Memory Size: 128.5 MB Max Memory Used: 40 MB", "'Memory Size' has value '128.5'")]
    [InlineData("REPORT RequestId: a Duration: 1.5 ms Billed Duration: 2 ms Memory Size: 128 MB", "'Max Memory Used' is missing")]
    [InlineData("REPORT RequestId: a Duration: 1.5 ms Duration: 2 ms Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 40 MB", "'Duration' appears twice")]
    [InlineData("REPORT RequestId: a Duration: 1.5 ms Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 40 MB Init Duration: NaN ms", "'Init Duration' has value 'NaN'")]
    [InlineData("START RequestId: a Version: $LATEST", "not a Lambda REPORT line")]
    public void Parse_BadField_ThrowsNamingTheField(string line, string expected)
    {
        var error = Assert.Throws<FormatException>(() => LambdaReportParser.Parse(line));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLogResult_TailStartingMidLine_ReturnsTheLastReport()
    {
        var log = "ed: 1 MB\nSTART RequestId: b Version: $LATEST\nhello from the handler\nEND RequestId: b\n" + ColdLine + "\n";
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(log));

        var report = LambdaReportParser.ParseLogResult(base64);

        Assert.Equal(180.12, report.InitDurationMs);
    }

    [Fact]
    public void ParseLogResult_NoReportLine_SaysSo()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("START RequestId: b Version: $LATEST\n"));

        var error = Assert.Throws<FormatException>(() => LambdaReportParser.ParseLogResult(base64));

        Assert.Contains("no REPORT line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLogResult_NotBase64_SaysSo()
    {
        var error = Assert.Throws<FormatException>(() => LambdaReportParser.ParseLogResult("REPORT not base64!"));

        Assert.Contains("not base64", error.Message, StringComparison.Ordinal);
    }
}
