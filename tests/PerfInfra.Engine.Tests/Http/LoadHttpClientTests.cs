using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Http;

[Collection(nameof(LoopbackServerCollection))]
public sealed class LoadHttpClientTests
{
    private const string SmallJson = "{\"id\":42}";
    private static readonly string Ok = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {SmallJson.Length}\r\n\r\n{SmallJson}";

    [Fact]
    public async Task Send_KeepAliveServer_SucceedsOnOneConnection()
    {
        await using var server = ScriptedServer.RespondingWith(Ok);
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("product", "/products/42"));
        await using var exchange = client.OpenExchange();

        var outcomes = new List<HttpOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add(await exchange.SendAsync(request, CancellationToken.None));
        }

        Assert.All(outcomes, o =>
        {
            Assert.True(o.IsSuccess, o.ErrorKind);
            Assert.Equal(200, o.StatusCode);
            Assert.Equal(Ok.Length, o.ResponseBytes);
            Assert.True(o.CompletedTimestamp >= o.SentTimestamp);
        });
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_ConnectionCloseResponse_ReconnectsForNextRequest()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_ServerClosedIdleKeepAlive_RetriesOnceOnNewConnection()
    {
        // Answers one request per connection as keep-alive, then closes without saying so — what a server
        // does when its keep-alive timeout expires between two requests.
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync(Ok);
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        await Task.Delay(100);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_ServerResetIdleKeepAlive_RetriesOnceOnNewConnection()
    {
        var served = 0;
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync(Ok);
            if (Interlocked.Increment(ref served) == 1)
            {
                // The first connection dies with a RST once idle, as behind a load balancer that drops it.
                await Task.Delay(50);
                c.Reset();
                return;
            }

            while (await c.ReadRequestAsync() is not null)
            {
                await c.WriteAsync(Ok);
            }
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        await Task.Delay(150);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_ServerClosesReusedConnectionOnNextRequest_RetriesOnFreshConnection()
    {
        // Every connection answers once, then closes when the next request arrives, without a byte.
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync(Ok);
            await c.ReadRequestAsync();
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        // The retry runs on a fresh connection, which answers: one retry, and it is enough.
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_RetryFailsToo_ReportsResetAfterExactlyOneRetry()
    {
        var connections = 0;
        await using var server = new ScriptedServer(async c =>
        {
            if (Interlocked.Increment(ref connections) == 1)
            {
                await c.ReadRequestAsync();
                await c.WriteAsync(Ok);
            }

            await c.ReadRequestAsync();
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.Equal(ErrorKinds.ConnectionReset, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_BytesBeyondTheResponse_AreNotTrustedForTheNextRequest()
    {
        await using var server = ScriptedServer.RespondingWith(Ok + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(Ok.Length, second.ResponseBytes);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_FreshConnectionClosedBeforeAnswer_ReportsResetWithoutRetry()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.ConnectionReset, outcome.ErrorKind);
        Assert.Equal(0, outcome.StatusCode);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_ServerResetsMidBody_ReportsReset()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial");
            await Task.Delay(50);
            c.Reset();
        });
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.ConnectionReset, outcome.ErrorKind);
        Assert.Equal(200, outcome.StatusCode);
    }

    [Fact]
    public async Task Send_ServerClosesMidBody_ReportsReset()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial");
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.ConnectionReset, outcome.ErrorKind);
    }

    [Fact]
    public async Task Send_NothingListening_ReportsRefused()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var client = CreateSut(new Uri($"http://127.0.0.1:{port}/"));
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.ConnectionRefused, outcome.ErrorKind);
        Assert.Equal(0, outcome.StatusCode);
    }

    [Fact]
    public async Task Send_ServerStalls_TimesOutNearTheConfiguredLimit()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await Task.Delay(Timeout.Infinite, c.Stopping);
        });
        var timeout = TimeSpan.FromMilliseconds(300);
        await using var client = CreateSut(server.BaseUrl, new LoadHttpClientOptions { RequestTimeout = timeout });
        await using var exchange = client.OpenExchange();

        var clock = Stopwatch.StartNew();
        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);
        clock.Stop();

        Assert.Equal(ErrorKinds.Timeout, outcome.ErrorKind);
        Assert.InRange(clock.Elapsed, timeout, timeout + TimeSpan.FromSeconds(1));
        Assert.InRange(Stopwatch.GetElapsedTime(outcome.SentTimestamp, outcome.CompletedTimestamp), timeout, timeout + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Send_AfterTimeout_NextRequestUsesAFreshConnection()
    {
        var calls = 0;
        await using var server = new ScriptedServer(async c =>
        {
            while (await c.ReadRequestAsync() is not null)
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await Task.Delay(Timeout.Infinite, c.Stopping);
                }

                await c.WriteAsync(Ok);
            }
        });
        await using var client = CreateSut(server.BaseUrl, new LoadHttpClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) });
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.Equal(ErrorKinds.Timeout, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Theory]
    [InlineData("HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("SSH-2.0-OpenSSH_9.2\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 12x\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")]
    public async Task Send_MalformedResponse_ReportsProtocol(string response)
    {
        await using var server = ScriptedServer.RespondingWith(response);
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.Protocol, outcome.ErrorKind);
    }

    [Fact]
    public async Task Send_ChunkedBodyInPieces_CountsItAndKeepsTheConnection()
    {
        await using var server = new ScriptedServer(async c =>
        {
            while (await c.ReadRequestAsync() is not null)
            {
                await c.WriteAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel");
                await Task.Delay(20);
                await c.WriteAsync("lo\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
            }
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_HugeBody_IsDiscardedWithoutBufferingIt()
    {
        const int bodyBytes = 64 * 1024 * 1024;
        var block = new byte[64 * 1024];
        await using var server = new ScriptedServer(async c =>
        {
            while (await c.ReadRequestAsync() is not null)
            {
                await c.WriteAsync($"HTTP/1.1 200 OK\r\nContent-Length: {bodyBytes}\r\n\r\n");
                for (var sent = 0; sent < bodyBytes; sent += block.Length)
                {
                    await c.WriteAsync(block);
                }
            }
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();
        await exchange.SendAsync(request, CancellationToken.None);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = await exchange.SendAsync(request, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(outcome.IsSuccess, outcome.ErrorKind);
        Assert.True(outcome.ResponseBytes > bodyBytes);
        // The server's own bookkeeping allocates a little; buffering the body would be 64 MB.
        Assert.InRange(allocated, 0, 4 * 1024 * 1024);
    }

    [Fact]
    public async Task Send_Status500_ReportsHttp500UnlessExpected()
    {
        await using var server = ScriptedServer.RespondingWith("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\noops");
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();
        var plain = client.Prepare(StepDefinition.Get("get", "/"));
        var expecting500 = client.Prepare(StepDefinition.Get("get", "/") with { Expect = new StatusExpectation([500]) });

        var rejected = await exchange.SendAsync(plain, CancellationToken.None);
        var accepted = await exchange.SendAsync(expecting500, CancellationToken.None);

        Assert.Equal("http_500", rejected.ErrorKind);
        Assert.Equal(500, rejected.StatusCode);
        Assert.True(accepted.IsSuccess, accepted.ErrorKind);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_HeadersBeyondTheCap_ReportsProtocol()
    {
        var huge = new string('a', 80 * 1024);
        await using var server = ScriptedServer.RespondingWith($"HTTP/1.1 200 OK\r\nX-Big: {huge}\r\nContent-Length: 0\r\n\r\n");
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.Protocol, outcome.ErrorKind);
    }

    [Fact]
    public async Task Send_HeadersLargerThanTheBufferButUnderTheCap_Succeeds()
    {
        var large = new string('a', 40 * 1024);
        await using var server = ScriptedServer.RespondingWith($"HTTP/1.1 200 OK\r\nX-Big: {large}\r\nContent-Length: 2\r\n\r\nok");
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.True(outcome.IsSuccess, outcome.ErrorKind);
    }

    [Fact]
    public async Task Send_Http10BodyUntilClose_SucceedsAndReconnects()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.0 200 OK\r\n\r\nbody until close");
            c.Close();
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = await exchange.SendAsync(request, CancellationToken.None);
        var second = await exchange.SendAsync(request, CancellationToken.None);

        Assert.True(first.IsSuccess, first.ErrorKind);
        Assert.True(second.IsSuccess, second.ErrorKind);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Send_UnresolvableHost_ReportsDns()
    {
        await using var client = CreateSut(new Uri("http://perfinfra-no-such-host.invalid/"),
            new LoadHttpClientOptions { RequestTimeout = TimeSpan.FromSeconds(20) });
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None);

        Assert.Equal(ErrorKinds.Dns, outcome.ErrorKind);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await Task.Delay(Timeout.Infinite, c.Stopping);
        });
        await using var client = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await exchange.SendAsync(client.Prepare(StepDefinition.Get("get", "/")), cancel.Token));
    }

    [Fact]
    public async Task Send_PostWithBody_WritesContentLengthAndBody()
    {
        string? seen = null;
        await using var server = new ScriptedServer(async c =>
        {
            seen = await c.ReadRequestAsync();
            await c.WriteAsync(Ok);
        });
        await using var client = CreateSut(server.BaseUrl);
        var step = new StepDefinition("checkout", "POST", "/cart/checkout", new Dictionary<string, string>(), "{\"items\":1}", StatusExpectation.Default);
        await using var exchange = client.OpenExchange();

        var outcome = await exchange.SendAsync(client.Prepare(step), CancellationToken.None);

        Assert.True(outcome.IsSuccess, outcome.ErrorKind);
        Assert.NotNull(seen);
        Assert.StartsWith("POST /cart/checkout HTTP/1.1\r\n", seen);
        Assert.Contains("Content-Length: 11\r\n", seen);
        Assert.EndsWith("\r\n\r\n{\"items\":1}", seen);
    }

    [Fact]
    public async Task Send_RequestPreparedByAnotherClient_Throws()
    {
        await using var server = ScriptedServer.RespondingWith(Ok);
        await using var client = CreateSut(server.BaseUrl);
        await using var other = CreateSut(server.BaseUrl);
        await using var exchange = client.OpenExchange();

        await Assert.ThrowsAsync<ArgumentException>(
            async () => await exchange.SendAsync(other.Prepare(StepDefinition.Get("get", "/")), CancellationToken.None));
    }

    [Fact]
    public async Task Send_ManyExchangesInParallel_AllSucceed()
    {
        await using var server = ScriptedServer.RespondingWith(Ok);
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var exchange = client.OpenExchange();
            var ok = 0;
            for (var i = 0; i < 50; i++)
            {
                ok += (await exchange.SendAsync(request, CancellationToken.None)).IsSuccess ? 1 : 0;
            }

            return ok;
        }));

        Assert.Equal(20 * 50, results.Sum());
        Assert.Equal(20, server.AcceptedConnections);
    }

    [Fact]
    public async Task DisposeAsync_DuringARequest_EndsItAndRejectsFurtherSends()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await Task.Delay(Timeout.Infinite, c.Stopping);
        });
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        var exchange = client.OpenExchange();

        var pending = exchange.SendAsync(request, CancellationToken.None).AsTask();
        await Task.Delay(100);
        await exchange.DisposeAsync();
        var outcome = await pending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(outcome.IsSuccess);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await exchange.SendAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_WhileAnotherRequestIsInFlight_Throws()
    {
        await using var server = new ScriptedServer(async c =>
        {
            await c.ReadRequestAsync();
            await Task.Delay(Timeout.Infinite, c.Stopping);
        });
        await using var client = CreateSut(server.BaseUrl, new LoadHttpClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(500) });
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        await using var exchange = client.OpenExchange();

        var first = exchange.SendAsync(request, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await exchange.SendAsync(request, CancellationToken.None));
        Assert.Equal(ErrorKinds.Timeout, (await first).ErrorKind);
    }

    [Fact]
    public async Task Send_SteadyStateWithManyExchanges_AllocatesNothingPerRequest()
    {
        const int exchanges = 16;
        const int warmUpEach = 200;
        // Enough requests that the test host's own occasional allocations (one ~90 KB buffer was seen)
        // stay far below the threshold once spread over them.
        const int requestsEach = 2000;
        await using var server = new AllocationFreeServer(System.Text.Encoding.ASCII.GetBytes(Ok));
        await using var client = CreateSut(server.BaseUrl);
        var request = client.Prepare(StepDefinition.Get("get", "/"));
        var open = Enumerable.Range(0, exchanges).Select(_ => client.OpenExchange()).ToArray();
        var loops = new Task[exchanges];
        async Task Run(IHttpExchange exchange, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var outcome = await exchange.SendAsync(request, CancellationToken.None);
                Assert.True(outcome.IsSuccess, outcome.ErrorKind);
            }
        }

        // Warm-up: connections, pools, JIT tiers.
        await Task.WhenAll(open.Select(e => Run(e, warmUpEach)));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < exchanges; i++)
        {
            loops[i] = Run(open[i], requestsEach);
        }

        await Task.WhenAll(loops);
        var perRequest = (double)(GC.GetTotalAllocatedBytes(precise: true) - before) / (exchanges * requestsEach);
        foreach (var exchange in open)
        {
            await exchange.DisposeAsync();
        }

        // The loops' own tasks and the test host's background work leave a few bytes per request on
        // average; an async state machine per request would be ~200.
        Assert.InRange(perRequest, 0, 16);
    }

    private static LoadHttpClient CreateSut(Uri baseUrl, LoadHttpClientOptions? options = null) =>
        new(baseUrl, options ?? new LoadHttpClientOptions());
}
