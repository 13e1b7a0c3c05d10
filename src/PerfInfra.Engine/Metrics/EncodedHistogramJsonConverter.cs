using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfInfra.Engine.Metrics;

internal sealed class EncodedHistogramJsonConverter : JsonConverter<EncodedHistogram>
{
    public override EncodedHistogram Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EncodedHistogram.FromBase64(reader.GetString() ?? throw new JsonException("histogram must be a base64 string"));

    public override void Write(Utf8JsonWriter writer, EncodedHistogram value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Base64);
}
