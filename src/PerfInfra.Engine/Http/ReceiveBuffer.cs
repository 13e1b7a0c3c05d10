using System.Buffers;

namespace PerfInfra.Engine.Http;

/// <summary>
/// A connection's receive buffer: bytes received but not yet consumed by the parser sit in
/// [start, end). Bodies stream through it, so it stays at its initial size unless one header block
/// outgrows it; it then doubles, bounded by the header cap (the parser fails before that is passed).
/// Pooled, so 1,000 virtual users do not mean 1,000 fresh arrays per run.
/// </summary>
internal sealed class ReceiveBuffer : IDisposable
{
    private readonly int maxBytes;
    private byte[] buffer;
    private int start;
    private int end;

    public ReceiveBuffer(int initialBytes, int maxBytes)
    {
        this.maxBytes = Math.Max(initialBytes, maxBytes);
        buffer = ArrayPool<byte>.Shared.Rent(initialBytes);
    }

    public ReadOnlySpan<byte> Pending => buffer.AsSpan(start, end - start);

    public int PendingLength => end - start;

    /// <summary>Free space after the pending bytes; compacts or grows first when there is none.</summary>
    public Memory<byte> GetFreeSpace()
    {
        if (end == buffer.Length)
        {
            MakeRoom();
        }

        return buffer.AsMemory(end);
    }

    public void Commit(int received) => end += received;

    public void Consume(int count)
    {
        start += count;
        if (start == end)
        {
            start = 0;
            end = 0;
        }
    }

    public void Clear()
    {
        start = 0;
        end = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        Clear();
    }

    private void MakeRoom()
    {
        var pending = end - start;
        if (start > 0)
        {
            buffer.AsSpan(start, pending).CopyTo(buffer);
        }
        else if (buffer.Length < maxBytes)
        {
            // One partial line fills the whole buffer: only headers do that, and they are capped.
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
            buffer.AsSpan(0, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else
        {
            throw new InvalidOperationException("Receive buffer is full although the parser caps header size.");
        }

        start = 0;
        end = pending;
    }
}
