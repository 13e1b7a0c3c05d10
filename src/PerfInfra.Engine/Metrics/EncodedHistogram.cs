using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using HdrHistogram;
using HdrHistogram.Utilities;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// A latency histogram (µs) in HdrHistogram's compressed V2 encoding, base64 — the only form in which
/// latency crosses a process or worker boundary. Percentiles are computed only after merging.
/// </summary>
[JsonConverter(typeof(EncodedHistogramJsonConverter))]
public sealed class EncodedHistogram
{
    private EncodedHistogram(string base64) => Base64 = base64;

    public string Base64 { get; }

    public static EncodedHistogram Empty { get; } = Encode(NewHistogram());

    public static LongHistogram NewHistogram() => new(
        HistogramDefaults.LowestTrackableMicroseconds,
        HistogramDefaults.HighestTrackableMicroseconds,
        HistogramDefaults.SignificantDigits);

    public static EncodedHistogram Encode(HistogramBase histogram)
    {
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = histogram.EncodeIntoCompressedByteBuffer(buffer);
        var bytes = new byte[length];
        buffer.Position = 0;
        for (var i = 0; i < length; i++)
        {
            bytes[i] = buffer.Get();
        }

        return new EncodedHistogram(Convert.ToBase64String(bytes));
    }

    public static EncodedHistogram FromBase64(string base64)
    {
        // Decode once to reject garbage at the boundary instead of at merge time.
        _ = DecodeBytes(Convert.FromBase64String(base64));
        return new EncodedHistogram(base64);
    }

    /// <summary>A fresh, mutable histogram with the recorded counts.</summary>
    public LongHistogram Decode()
    {
        var decoded = DecodeBytes(Convert.FromBase64String(Base64));
        var result = NewHistogram();
        result.Add(decoded);
        return result;
    }

    // HdrHistogram's decoder finds the histogram's (long, long, int) constructor by reflection; under
    // Native AOT (report and worker Lambdas) the trimmer removes it unless told to keep it, and decoding
    // fails with "The target type does not have a supported constructor". The AOT report probe
    // (tests/PerfInfra.Report.AotProbe, run by build.sh) caught this.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(LongHistogram))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(IntHistogram))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(ShortHistogram))]
    private static HistogramBase DecodeBytes(byte[] bytes) =>
        HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(bytes), HistogramDefaults.HighestTrackableMicroseconds);
}
