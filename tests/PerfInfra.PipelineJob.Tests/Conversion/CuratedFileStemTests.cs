using PerfInfra.PipelineJob.Conversion;

namespace PerfInfra.PipelineJob.Tests.Conversion;

public sealed class CuratedFileStemTests
{
    [Theory]
    [InlineData("perfinfra-pipeline/run42/orders/LOAD00000001.csv", "perfinfra-pipeline-run42-orders-LOAD00000001")]
    [InlineData("drop/2026 11/orders.CSV", "drop-2026-11-orders")]
    [InlineData("a/b.c/d_e.csv", "a-b-c-d_e")]
    public void From_RawKey_KeepsLettersDigitsDashAndUnderscore(string key, string expected)
    {
        Assert.Equal(expected, CuratedFileStem.From(key));
    }

    [Fact]
    public void From_KeysTooLongThatShareTheirStart_StayDistinctAndWithinTheLimit()
    {
        var start = "perfinfra-pipeline/run42/" + new string('x', 300);

        var a = CuratedFileStem.From(start + "/LOAD00000001.csv");
        var b = CuratedFileStem.From(start + "/LOAD00000002.csv");

        Assert.NotEqual(a, b);
        Assert.All(new[] { a, b }, s => Assert.InRange(s.Length, 1, JobDefaults.MaxFileStemLength));
        Assert.StartsWith("perfinfra-pipeline-run42-", a, StringComparison.Ordinal);
    }
}
