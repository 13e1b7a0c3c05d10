using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Tests.Metrics;

public sealed class EncodedHistogramTests
{
    [Fact]
    public void Encode_ThenDecode_KeepsCountsAndPercentiles()
    {
        var h = EncodedHistogram.NewHistogram();
        for (var i = 1; i <= 1000; i++)
        {
            h.RecordValue(i * 100);
        }

        var back = EncodedHistogram.Encode(h).Decode();
        Assert.Equal(1000, back.TotalCount);
        Assert.Equal(h.GetValueAtPercentile(99), back.GetValueAtPercentile(99));
    }
}
