using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Http;

/// <summary>What the parser concluded about one response, comparable across different read patterns.</summary>
internal readonly record struct ParsedResponse(ResponseParseState State, int StatusCode, bool KeepAlive, long BodyBytes, long ResponseBytes, int Leftover)
{
    /// <summary>
    /// Feeds <paramref name="wire"/> through a <see cref="ReceiveBuffer"/> in reads of the given sizes,
    /// exactly as the exchange does, then signals end of stream if the response is still open.
    /// </summary>
    public static ParsedResponse Parse(byte[] wire, IEnumerable<int> readSizes, bool head = false, int maxHeaderBytes = 64 * 1024, int bufferBytes = 1024)
    {
        var parser = new HttpResponseParser(maxHeaderBytes);
        parser.Reset(head);
        using var buffer = new ReceiveBuffer(bufferBytes, maxHeaderBytes);
        var offset = 0;
        using var sizes = readSizes.GetEnumerator();
        while (offset < wire.Length && !parser.IsDone)
        {
            var want = sizes.MoveNext() ? Math.Max(1, sizes.Current) : wire.Length - offset;
            var space = buffer.GetFreeSpace().Span;
            var count = Math.Min(Math.Min(want, space.Length), wire.Length - offset);
            wire.AsSpan(offset, count).CopyTo(space);
            offset += count;
            buffer.Commit(count);
            buffer.Consume(parser.Parse(buffer.Pending));
        }

        if (!parser.IsDone)
        {
            parser.TryCompleteOnEof();
        }

        return new ParsedResponse(parser.State, parser.StatusCode, parser.KeepAlive, parser.BodyBytes, parser.ResponseBytes,
            buffer.PendingLength + (wire.Length - offset));
    }

    public static ParsedResponse Parse(string wire, bool head = false) =>
        Parse(System.Text.Encoding.Latin1.GetBytes(wire), [], head);
}
