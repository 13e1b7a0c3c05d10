using System.Text;

namespace PerfInfra.Engine.Http;

/// <summary>Case-insensitive comparison of wire bytes against an ASCII literal, without decoding to strings.</summary>
internal static class AsciiSpanExtensions
{
    public static bool EqualsAnyCase(this ReadOnlySpan<byte> value, ReadOnlySpan<byte> literal) =>
        Ascii.EqualsIgnoreCase(value, literal);
}
