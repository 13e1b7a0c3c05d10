using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Http;

[Collection(nameof(LoopbackServerCollection))]
public sealed class LoadHttpClientTlsTests
{
    private const string Ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

    [Fact]
    public async Task Send_SelfSignedTargetWithAcceptAnyCertificate_SucceedsOverOneConnection()
    {
        await using var server = new ScriptedServer(Respond, TestCertificates.SelfSignedLoopback);
        await using var client = new LoadHttpClient(server.BaseUrl, new LoadHttpClientOptions { AcceptAnyCertificate = true });
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_SelfSignedTargetByDefault_ReportsTls()
    {
        await using var server = new ScriptedServer(Respond, TestCertificates.SelfSignedLoopback);
        await using var client = new LoadHttpClient(server.BaseUrl, new LoadHttpClientOptions());
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.Tls, outcome.ErrorKind);
    }

    [Fact]
    public async Task Send_HttpsToAPlainServer_ReportsTls()
    {
        // Like nginx answering a ClientHello on a plain port: a 400 in clear text, then close.
        await using var server = new ScriptedServer(async c =>
        {
            await c.WriteAsync("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            c.Close();
        });
        var target = new UriBuilder(server.BaseUrl) { Scheme = "https" }.Uri;
        await using var client = new LoadHttpClient(target, new LoadHttpClientOptions { AcceptAnyCertificate = true });
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.Tls, outcome.ErrorKind);
    }

    private static async Task Respond(ScriptedConnection connection)
    {
        while (await connection.ReadRequestAsync() is not null)
        {
            await connection.WriteAsync(Ok);
        }
    }
}
