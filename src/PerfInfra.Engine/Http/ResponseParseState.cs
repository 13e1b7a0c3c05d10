namespace PerfInfra.Engine.Http;

/// <summary>Where <see cref="HttpResponseParser"/> stands after a call.</summary>
internal enum ResponseParseState
{
    StatusLine,
    Headers,
    Body,
    ChunkSize,
    ChunkData,
    ChunkDataEnd,
    Trailers,
    UntilClose,
    Complete,
    Error,
}
