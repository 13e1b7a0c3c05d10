namespace PerfInfra.Engine.Http;

/// <summary>A step as the exact HTTP/1.1 bytes to write, built once by <see cref="HttpRequestEncoder"/>.</summary>
internal sealed class EncodedRequest : PreparedRequest
{
    public EncodedRequest(StepDefinition step, LoadHttpClient owner, byte[] bytes, bool isHead)
        : base(step)
    {
        Owner = owner;
        Bytes = bytes;
        IsHead = isHead;
    }

    /// <summary>The client whose target the bytes address (Host header, path prefix).</summary>
    public LoadHttpClient Owner { get; }

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>A HEAD response announces a body it never sends; the parser must know.</summary>
    public bool IsHead { get; }
}
