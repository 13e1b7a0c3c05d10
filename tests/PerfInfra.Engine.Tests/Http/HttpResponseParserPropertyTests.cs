using System.Text;
using CsCheck;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Http;

public sealed class HttpResponseParserPropertyTests
{
    private static readonly Gen<string> HeaderName = Gen.OneOfConst("Server", "Date", "X-Request-Id", "Cache-Control", "ETag", "Vary", "X-A");

    private static readonly Gen<string> HeaderValue = Gen.String[Gen.Char[' ', '~'], 0, 40].Select(v => v.Trim());

    private static readonly Gen<byte[]> Body = Gen.Byte.Array[0, 3000];

    /// <summary>How the generated response frames its body.</summary>
    private enum Framing
    {
        ContentLength,
        Chunked,
        UntilClose,
    }

    private static readonly Gen<(byte[] Wire, ParsedResponse Expected)> ValidResponse =
        Gen.Select(
            Gen.Int[200, 599].Where(s => s is not (204 or 304)),
            Gen.Bool,
            Gen.Select(HeaderName, HeaderValue).Array[0, 6],
            Gen.Enum<Framing>(),
            Body,
            Gen.Int[1, 700].Array[1, 8])
        .Select(t => Build(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));

    [Fact]
    public void Parse_AnySplitOfAValidResponse_GivesTheOneShotResult()
    {
        Gen.Select(ValidResponse, Gen.Int[1, 300].Array[0, 40]).Sample(t =>
        {
            var ((wire, expected), splits) = t;
            var oneShot = ParsedResponse.Parse(wire, [wire.Length]);
            var split = ParsedResponse.Parse(wire, splits);
            Assert.Equal(expected, oneShot);
            Assert.Equal(oneShot, split);
        });
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrowsAndEndsInAKnownState()
    {
        var prefixes = Gen.OneOfConst("", "HTTP/1.1 200 OK\r\n", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "HTTP/1.0 404 x\r\nContent-Length: 9\r\n");
        Gen.Select(prefixes, Gen.Byte.Array[0, 2000], Gen.Int[1, 500].Array[0, 10]).Sample(t =>
        {
            var (prefix, noise, splits) = t;
            var wire = Encoding.ASCII.GetBytes(prefix).Concat(noise).ToArray();
            var parsed = ParsedResponse.Parse(wire, splits, maxHeaderBytes: 4096, bufferBytes: 1024);
            Assert.True(Enum.IsDefined(parsed.State));
            Assert.InRange(parsed.ResponseBytes, 0, wire.Length);
        });
    }

    [Fact]
    public void Parse_RandomHeaderLines_NeverThrow()
    {
        var line = Gen.String[Gen.Char[(char)0, (char)255], 0, 80];
        Gen.Select(line.Array[0, 20], Gen.Int[1, 64].Array[0, 20]).Sample(t =>
        {
            var (lines, splits) = t;
            var wire = Encoding.Latin1.GetBytes("HTTP/1.1 200 OK\r\n" + string.Concat(lines.Select(l => l + "\r\n")) + "\r\n");
            var parsed = ParsedResponse.Parse(wire, splits, maxHeaderBytes: 4096, bufferBytes: 1024);
            Assert.True(Enum.IsDefined(parsed.State));
        });
    }

    private static (byte[], ParsedResponse) Build(int status, bool http11, (string Name, string Value)[] headers, Framing framing, byte[] body, int[] chunkSizes)
    {
        var head = new StringBuilder().Append(http11 ? "HTTP/1.1 " : "HTTP/1.0 ").Append(status).Append(" Reason Phrase\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var keepAlive = http11 && framing != Framing.UntilClose;
        var wire = new List<byte>();
        switch (framing)
        {
            case Framing.ContentLength:
                head.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
                wire.AddRange(Encoding.ASCII.GetBytes(head.ToString()));
                wire.AddRange(body);
                break;
            case Framing.Chunked:
                head.Append("Transfer-Encoding: chunked\r\n\r\n");
                wire.AddRange(Encoding.ASCII.GetBytes(head.ToString()));
                var offset = 0;
                for (var i = 0; offset < body.Length; i++)
                {
                    var size = Math.Min(chunkSizes[i % chunkSizes.Length], body.Length - offset);
                    wire.AddRange(Encoding.ASCII.GetBytes(size.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n"));
                    wire.AddRange(body.AsSpan(offset, size).ToArray());
                    wire.AddRange("\r\n"u8.ToArray());
                    offset += size;
                }

                wire.AddRange("0\r\n\r\n"u8.ToArray());
                break;
            default:
                head.Append("\r\n");
                wire.AddRange(Encoding.ASCII.GetBytes(head.ToString()));
                wire.AddRange(body);
                break;
        }

        return ([.. wire], new ParsedResponse(ResponseParseState.Complete, status, keepAlive, body.Length, wire.Count, 0));
    }
}
