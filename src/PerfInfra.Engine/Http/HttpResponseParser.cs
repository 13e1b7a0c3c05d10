using System.Buffers.Text;

namespace PerfInfra.Engine.Http;

/// <summary>
/// Incremental HTTP/1.x response parser for a load generator: it extracts only what the generator needs
/// (status, framing, keep-alive) and counts the body without keeping it. Feed it the unconsumed bytes;
/// it consumes whole lines only, so a partial line stays with the caller and comes back with the next
/// read. A mutable struct held in a field of its connection: parsing allocates nothing.
/// </summary>
internal struct HttpResponseParser
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const int StatusCodeDigits = 3;
    private const int MinStatus = 100;
    private const int MaxStatus = 599;
    private const int HexBitsPerDigit = 4;
    private const int DecimalBase = 10;
    // 'a'/'A' is hex digit ten.
    private const int HexLetterValue = 10;
    // 15 hex digits stay below long.MaxValue; more is no body size anyone serves.
    private const int MaxChunkSizeHexDigits = 15;

    private readonly int maxHeaderBytes;
    private bool isHeadRequest;
    private long contentLength;
    private long remaining;
    private int headerBytes;
    private bool chunked;
    private bool unframedCoding;

    public HttpResponseParser(int maxHeaderBytes) => this.maxHeaderBytes = maxHeaderBytes;

    public ResponseParseState State { get; private set; }

    public int StatusCode { get; private set; }

    /// <summary>Whether the connection may carry the next request once the response is complete.</summary>
    public bool KeepAlive { get; private set; }

    /// <summary>Every byte of the response consumed so far: headers, body and chunk framing.</summary>
    public long ResponseBytes { get; private set; }

    public long BodyBytes { get; private set; }

    public readonly bool IsDone => State is ResponseParseState.Complete or ResponseParseState.Error;

    /// <summary>Prepares for the next response; a HEAD response has headers only, whatever they announce.</summary>
    public void Reset(bool headRequest)
    {
        isHeadRequest = headRequest;
        State = ResponseParseState.StatusLine;
        StatusCode = 0;
        KeepAlive = false;
        ResponseBytes = 0;
        BodyBytes = 0;
        ResetMessage();
    }

    /// <summary>Consumes what it can of <paramref name="data"/> and returns how many bytes it took.</summary>
    public int Parse(ReadOnlySpan<byte> data)
    {
        var consumed = 0;
        while (consumed < data.Length && !IsDone)
        {
            var rest = data[consumed..];
            var taken = State switch
            {
                ResponseParseState.Body or ResponseParseState.ChunkData => TakeBody(rest),
                ResponseParseState.UntilClose => TakeUntilClose(rest),
                _ => TakeLine(rest),
            };
            if (taken == 0)
            {
                break;
            }

            consumed += taken;
        }

        ResponseBytes += consumed;
        return consumed;
    }

    /// <summary>The peer closed the connection: completes a close-delimited body, else leaves the state as is.</summary>
    public bool TryCompleteOnEof()
    {
        if (State != ResponseParseState.UntilClose)
        {
            return false;
        }

        State = ResponseParseState.Complete;
        return true;
    }

    private void ResetMessage()
    {
        contentLength = -1;
        remaining = 0;
        headerBytes = 0;
        chunked = false;
        unframedCoding = false;
    }

    private int TakeBody(ReadOnlySpan<byte> data)
    {
        var take = (int)Math.Min(remaining, data.Length);
        remaining -= take;
        BodyBytes += take;
        if (remaining == 0)
        {
            State = State == ResponseParseState.ChunkData ? ResponseParseState.ChunkDataEnd : ResponseParseState.Complete;
        }

        return take;
    }

    private int TakeUntilClose(ReadOnlySpan<byte> data)
    {
        BodyBytes += data.Length;
        return data.Length;
    }

    private int TakeLine(ReadOnlySpan<byte> data)
    {
        var isHeaderLine = State is ResponseParseState.StatusLine or ResponseParseState.Headers or ResponseParseState.Trailers;
        var end = data.IndexOf(Lf);
        if (end < 0)
        {
            // Only a partial line is left: fail now if it can no longer fit, rather than buffering more.
            var limit = isHeaderLine ? maxHeaderBytes - headerBytes : LoadHttpClientDefaults.MaxChunkSizeLineBytes;
            if (data.Length > limit)
            {
                State = ResponseParseState.Error;
            }

            return 0;
        }

        var taken = end + 1;
        if (isHeaderLine)
        {
            headerBytes += taken;
            if (headerBytes > maxHeaderBytes)
            {
                State = ResponseParseState.Error;
                return taken;
            }
        }
        else if (taken > LoadHttpClientDefaults.MaxChunkSizeLineBytes)
        {
            State = ResponseParseState.Error;
            return taken;
        }

        var line = data[..end];
        if (!line.IsEmpty && line[^1] == Cr)
        {
            line = line[..^1];
        }

        State = State switch
        {
            ResponseParseState.StatusLine => OnStatusLine(line),
            ResponseParseState.Headers => line.IsEmpty ? OnEndOfHeaders() : OnHeader(line),
            ResponseParseState.ChunkSize => OnChunkSize(line),
            ResponseParseState.ChunkDataEnd => line.IsEmpty ? ResponseParseState.ChunkSize : ResponseParseState.Error,
            ResponseParseState.Trailers => line.IsEmpty ? ResponseParseState.Complete : ResponseParseState.Trailers,
            _ => ResponseParseState.Error,
        };
        return taken;
    }

    // "HTTP/1.1 200 OK": the version decides the keep-alive default (RFC 9112 §9.3).
    private ResponseParseState OnStatusLine(ReadOnlySpan<byte> line)
    {
        ReadOnlySpan<byte> prefix = "HTTP/1."u8;
        const int versionLength = 8;
        const int codeStart = versionLength + 1;
        if (line.Length < codeStart + StatusCodeDigits || !line.StartsWith(prefix) || line[versionLength] != (byte)' ')
        {
            return ResponseParseState.Error;
        }

        var minor = line[prefix.Length];
        if (minor is not ((byte)'0' or (byte)'1'))
        {
            return ResponseParseState.Error;
        }

        var status = 0;
        foreach (var b in line.Slice(codeStart, StatusCodeDigits))
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return ResponseParseState.Error;
            }

            status = (status * DecimalBase) + (b - '0');
        }

        if (status is < MinStatus or > MaxStatus || (line.Length > codeStart + StatusCodeDigits && line[codeStart + StatusCodeDigits] != (byte)' '))
        {
            return ResponseParseState.Error;
        }

        StatusCode = status;
        KeepAlive = minor == (byte)'1';
        return ResponseParseState.Headers;
    }

    private ResponseParseState OnHeader(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        // No name, whitespace before the colon, or an obsolete folded line (leading space): RFC 9112 §5 says reject.
        if (colon <= 0 || line[colon - 1] is (byte)' ' or (byte)'\t' || line[0] is (byte)' ' or (byte)'\t')
        {
            return ResponseParseState.Error;
        }

        // Only three headers matter; a typical response has ten, so the value is trimmed only for those three.
        var name = line[..colon];
        if (name.EqualsAnyCase("Content-Length"u8))
        {
            var value = HeaderValue(line, colon);
            if (!Utf8Parser.TryParse(value, out long length, out var used) || used != value.Length || length < 0 ||
                (contentLength >= 0 && contentLength != length))
            {
                return ResponseParseState.Error;
            }

            contentLength = length;
        }
        else if (name.EqualsAnyCase("Transfer-Encoding"u8))
        {
            // Only a final "chunked" frames the body; any other coding means the body runs until close.
            var value = HeaderValue(line, colon);
            var last = value[(value.LastIndexOf((byte)',') + 1)..].Trim(" \t"u8);
            chunked = last.EqualsAnyCase("chunked"u8);
            unframedCoding = !chunked;
        }
        else if (name.EqualsAnyCase("Connection"u8))
        {
            OnConnectionTokens(HeaderValue(line, colon));
        }

        return ResponseParseState.Headers;
    }

    private void OnConnectionTokens(ReadOnlySpan<byte> value)
    {
        foreach (var range in value.Split((byte)','))
        {
            var token = value[range].Trim(" \t"u8);
            if (token.EqualsAnyCase("close"u8))
            {
                KeepAlive = false;
                return;
            }

            if (token.EqualsAnyCase("keep-alive"u8))
            {
                KeepAlive = true;
            }
        }
    }

    private ResponseParseState OnEndOfHeaders()
    {
        const int switchingProtocols = 101;
        const int firstSuccess = 200;
        const int noContent = 204;
        const int notModified = 304;
        if (StatusCode < firstSuccess)
        {
            // Interim responses (100 Continue, 103 Early Hints) precede the real one; an upgrade we never asked for is broken.
            if (StatusCode == switchingProtocols)
            {
                return ResponseParseState.Error;
            }

            ResetMessage();
            return ResponseParseState.StatusLine;
        }

        if (isHeadRequest || StatusCode is noContent or notModified)
        {
            return ResponseParseState.Complete;
        }

        if (chunked)
        {
            return ResponseParseState.ChunkSize;
        }

        // Transfer-Encoding overrides Content-Length (RFC 9112 §6.3); a coding other than chunked runs until close.
        if (contentLength >= 0 && !unframedCoding)
        {
            remaining = contentLength;
            return contentLength == 0 ? ResponseParseState.Complete : ResponseParseState.Body;
        }

        KeepAlive = false;
        return ResponseParseState.UntilClose;
    }

    private ResponseParseState OnChunkSize(ReadOnlySpan<byte> line)
    {
        var semicolon = line.IndexOf((byte)';');
        var digits = (semicolon >= 0 ? line[..semicolon] : line).TrimEnd(" \t"u8);
        if (digits.IsEmpty || digits.Length > MaxChunkSizeHexDigits)
        {
            return ResponseParseState.Error;
        }

        long size = 0;
        foreach (var b in digits)
        {
            var nibble = HexValue(b);
            if (nibble < 0)
            {
                return ResponseParseState.Error;
            }

            size = (size << HexBitsPerDigit) | (long)nibble;
        }

        remaining = size;
        return size == 0 ? ResponseParseState.Trailers : ResponseParseState.ChunkData;
    }

    private static ReadOnlySpan<byte> HeaderValue(ReadOnlySpan<byte> line, int colon) => line[(colon + 1)..].Trim(" \t"u8);

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + HexLetterValue,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + HexLetterValue,
        _ => -1,
    };
}
