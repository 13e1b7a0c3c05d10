using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Http;

public sealed class HttpResponseParserTests
{
    [Fact]
    public void Parse_ContentLength_CompletesWithStatusBodyAndKeepAlive()
    {
        const string wire = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nServer: x\r\n\r\nhello";

        var parsed = ParsedResponse.Parse(wire);

        Assert.Equal(new ParsedResponse(ResponseParseState.Complete, 200, true, 5, wire.Length, 0), parsed);
    }

    [Fact]
    public void Parse_Http10_ClosesUnlessKeepAliveIsAsked()
    {
        var plain = ParsedResponse.Parse("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok");
        var keepAlive = ParsedResponse.Parse("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok");

        Assert.False(plain.KeepAlive);
        Assert.True(keepAlive.KeepAlive);
        Assert.Equal(ResponseParseState.Complete, plain.State);
    }

    [Fact]
    public void Parse_ConnectionClose_CompletesButDoesNotKeepAlive()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\r\nConnection: foo, close\r\nContent-Length: 2\r\n\r\nok");

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.False(parsed.KeepAlive);
    }

    [Fact]
    public void Parse_ChunkedWithExtensionsAndTrailers_CountsChunkData()
    {
        const string wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n4;a=b\r\nWiki\r\nA\r\n0123456789\r\n0\r\nExpires: never\r\n\r\n";

        var parsed = ParsedResponse.Parse(wire);

        Assert.Equal(new ParsedResponse(ResponseParseState.Complete, 200, true, 14, wire.Length, 0), parsed);
    }

    [Fact]
    public void Parse_TransferEncodingWinsOverContentLength()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n");

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.Equal(2, parsed.BodyBytes);
    }

    [Theory]
    [InlineData("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", false)]
    [InlineData("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", false)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", true)]
    public void Parse_ResponsesWithoutBody_CompleteAfterHeaders(string wire, bool head)
    {
        var parsed = ParsedResponse.Parse(wire, head);

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.Equal(0, parsed.BodyBytes);
        Assert.True(parsed.KeepAlive);
    }

    [Fact]
    public void Parse_InterimContinue_IsSkippedForTheFinalResponse()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.Equal(201, parsed.StatusCode);
    }

    [Fact]
    public void Parse_NoLengthNoChunking_RunsUntilCloseAndDropsKeepAlive()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.Equal(13, parsed.BodyBytes);
        Assert.False(parsed.KeepAlive);
    }

    [Fact]
    public void Parse_UnframedCoding_RunsUntilClose()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabcdef");

        Assert.Equal(6, parsed.BodyBytes);
        Assert.False(parsed.KeepAlive);
    }

    [Fact]
    public void Parse_BytesAfterTheResponse_AreLeftOver()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA");

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.Equal(5, parsed.Leftover);
    }

    [Fact]
    public void Parse_BareLineFeeds_AreAccepted()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\nContent-Length: 2\n\nok");

        Assert.Equal(ResponseParseState.Complete, parsed.State);
        Assert.Equal(2, parsed.BodyBytes);
    }

    [Theory]
    [InlineData("HTTP/1.1 20 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 200OK\r\n\r\n")]
    [InlineData("HTTP/1.2 200 OK\r\n\r\n")]
    [InlineData("HTTP/2 200 OK\r\n\r\n")]
    [InlineData("http/1.1 200 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 099 Too Low\r\n\r\n")]
    [InlineData("HTTP/1.1 600 Too High\r\n\r\n")]
    [InlineData("HTTP/1.1 101 Switching Protocols\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")]
    [InlineData("HTTP/1.1 200 OK\r\nNoColon\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nName : value\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nA: b\r\n folded\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1234567890123456\r\n")]
    public void Parse_Malformed_IsAProtocolError(string wire)
    {
        Assert.Equal(ResponseParseState.Error, ParsedResponse.Parse(wire).State);
    }

    [Fact]
    public void Parse_HeadersBeyondTheCap_FailsBeforeTheLineEnds()
    {
        var wire = System.Text.Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nX-Big: " + new string('a', 5000));

        var parsed = ParsedResponse.Parse(wire, [100], maxHeaderBytes: 4096, bufferBytes: 1024);

        Assert.Equal(ResponseParseState.Error, parsed.State);
    }

    [Fact]
    public void Parse_TruncatedBody_StaysOpenAtEndOfStream()
    {
        var parsed = ParsedResponse.Parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort");

        Assert.Equal(ResponseParseState.Body, parsed.State);
        Assert.Equal(5, parsed.BodyBytes);
    }
}
