using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace PerfInfra.Testing;

/// <summary>
/// s3rver (npm) on a loopback port with the given buckets, files in a scratch folder; killed on dispose.
/// Node 17+ needs the legacy OpenSSL provider for s3rver's MD5 ETags.
/// </summary>
public sealed class S3rverProcess : IDisposable
{
    /// <summary>s3rver's fixed development credentials (access key and secret alike).</summary>
    public const string AccessKey = "S3RVER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _directory;

    private S3rverProcess(Process process, string directory, Uri endpoint)
    {
        _process = process;
        _directory = directory;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<S3rverProcess> StartAsync(params string[] buckets)
    {
        var port = FreePort.Next();
        var directory = Directory.CreateTempSubdirectory("perfinfra-s3rver-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryRoot.Resolve("node_modules/s3rver/bin/s3rver.js"));
        foreach (var a in new[] { "--address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--directory", directory, "--silent" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var bucket in buckets)
        {
            start.ArgumentList.Add("--configure-bucket");
            start.ArgumentList.Add(bucket);
        }

        start.Environment["NODE_OPTIONS"] = "--openssl-legacy-provider";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for s3rver");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("s3rver: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new S3rverProcess(process, directory, new Uri($"http://127.0.0.1:{port}"));
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
            catch (SocketException)
            {
                server.Dispose();
                throw new InvalidOperationException($"s3rver did not listen on port {port} within {StartTimeout.TotalSeconds} s (exited: {process.HasExited}); run npm ci");
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
