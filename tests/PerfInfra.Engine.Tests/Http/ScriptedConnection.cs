using System.Net.Sockets;
using System.Text;

namespace PerfInfra.Engine.Tests.Http;

/// <summary>One accepted connection as a script sees it.</summary>
internal sealed class ScriptedConnection(Socket socket, Stream stream, CancellationToken stopping) : IDisposable
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly StringBuilder pending = new();

    public CancellationToken Stopping => stopping;

    /// <summary>Reads one request head plus its Content-Length body; null when the client closed.</summary>
    public async Task<string?> ReadRequestAsync()
    {
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var head = text[..(end + 4)];
                var length = ContentLength(head);
                if (text.Length >= head.Length + length)
                {
                    pending.Remove(0, head.Length + length);
                    return text[..(head.Length + length)];
                }
            }

            var count = await stream.ReadAsync(buffer.AsMemory(), stopping);
            if (count == 0)
            {
                return null;
            }

            pending.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.Latin1.GetBytes(text));

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes) => await stream.WriteAsync(bytes, stopping);

    /// <summary>Closes with a TCP RST instead of a FIN, as a crashing server would.</summary>
    public void Reset()
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    /// <summary>Closes with an orderly FIN.</summary>
    public void Close()
    {
        socket.Shutdown(SocketShutdown.Both);
        socket.Close();
    }

    public void Dispose()
    {
        stream.Dispose();
        socket.Dispose();
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
