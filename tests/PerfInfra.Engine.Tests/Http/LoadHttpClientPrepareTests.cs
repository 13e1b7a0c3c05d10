using System.Text;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Http;

public sealed class LoadHttpClientPrepareTests
{
    private const string Secret = "Bearer s3cr3t-t0ken";

    [Fact]
    public async Task Prepare_Get_EncodesRequestLineHostAndUserAgentOnly()
    {
        await using var client = CreateSut("http://127.0.0.1:8080/");

        var wire = Wire(client.Prepare(StepDefinition.Get("products", "/products?page=2")));

        Assert.Equal($"GET /products?page=2 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: PerfInfra/{EngineInfo.Version}\r\n\r\n", wire);
    }

    [Fact]
    public async Task Prepare_DefaultPortAndBasePath_AreHandled()
    {
        await using var client = CreateSut("https://shop.example/api/");

        var wire = Wire(client.Prepare(StepDefinition.Get("cart", "cart/1")));

        Assert.StartsWith("GET /api/cart/1 HTTP/1.1\r\nHost: shop.example\r\n", wire);
    }

    [Fact]
    public async Task Prepare_PostWithBody_AddsContentTypeAndLength()
    {
        await using var client = CreateSut("http://localhost:5000");
        var step = new StepDefinition("checkout", "post", "/checkout", new Dictionary<string, string>(), "{\"total\":\"€9\"}", StatusExpectation.Default);

        var wire = Wire(client.Prepare(step));

        Assert.StartsWith("POST /checkout HTTP/1.1\r\n", wire);
        Assert.Contains("Content-Type: application/json\r\n", wire);
        // "€" is three UTF-8 bytes: the length counts bytes, not characters.
        Assert.Contains("Content-Length: 16\r\n", wire);
    }

    [Fact]
    public async Task Prepare_PostWithoutBody_SendsZeroLength()
    {
        await using var client = CreateSut("http://localhost:5000");
        var step = new StepDefinition("token", "POST", "/auth/token", new Dictionary<string, string>(), null, StatusExpectation.Default);

        Assert.EndsWith("Content-Length: 0\r\n\r\n", Wire(client.Prepare(step)));
    }

    [Fact]
    public async Task Prepare_StepHeaderOverridesDefaultHeader()
    {
        var options = new LoadHttpClientOptions { DefaultHeaders = new Dictionary<string, string> { ["Authorization"] = Secret, ["X-Tenant"] = "a" } };
        await using var client = new LoadHttpClient(new Uri("http://localhost/"), options);
        var step = StepDefinition.Get("get", "/") with { Headers = new Dictionary<string, string> { ["x-tenant"] = "b" } };

        var wire = Wire(client.Prepare(step));

        Assert.Contains($"Authorization: {Secret}\r\n", wire);
        Assert.Contains("x-tenant: b\r\n", wire, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("x-tenant: a", wire, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Authorization", Secret + "\r\nX-Injected: 1")]
    [InlineData("Authorization", Secret + "\n")]
    public async Task Prepare_HeaderValueWithLineBreak_ThrowsWithoutTheValue(string name, string value)
    {
        var options = new LoadHttpClientOptions { DefaultHeaders = new Dictionary<string, string> { [name] = value } };
        await using var client = new LoadHttpClient(new Uri("http://localhost/"), options);

        var error = Assert.Throws<ArgumentException>(() => client.Prepare(StepDefinition.Get("login", "/")));

        Assert.Contains("login", error.Message);
        Assert.Contains(name, error.Message);
        Assert.DoesNotContain("s3cr3t", error.Message);
    }

    [Theory]
    [InlineData("GET", "/a b")]
    [InlineData("GET", "/caf\u00e9")]
    [InlineData("G T", "/")]
    public async Task Prepare_UnsafeMethodOrPath_Throws(string method, string path)
    {
        await using var client = CreateSut("http://localhost/");
        var step = StepDefinition.Get("bad", path) with { Method = method };

        Assert.Throws<ArgumentException>(() => client.Prepare(step));
    }

    [Fact]
    public async Task Prepare_ClientManagedHeader_Throws()
    {
        await using var client = CreateSut("http://localhost/");
        var step = StepDefinition.Get("bad", "/") with { Headers = new Dictionary<string, string> { ["Content-Length"] = "5" } };

        Assert.Throws<ArgumentException>(() => client.Prepare(step));
    }

    [Fact]
    public void Constructor_InvalidOptions_ReportsEveryError()
    {
        var options = new LoadHttpClientOptions { RequestTimeout = TimeSpan.Zero, ConnectTimeout = TimeSpan.FromSeconds(-1), ReceiveBufferBytes = 10 };

        var error = Assert.Throws<ArgumentException>(() => new LoadHttpClient(new Uri("http://localhost/"), options));

        Assert.Contains("RequestTimeout", error.Message);
        Assert.Contains("ConnectTimeout", error.Message);
        Assert.Contains("ReceiveBufferBytes", error.Message);
    }

    [Theory]
    [InlineData("ftp://localhost/")]
    [InlineData("file:///etc/passwd")]
    public void Constructor_NonHttpTarget_Throws(string url)
    {
        Assert.Throws<ArgumentException>(() => new LoadHttpClient(new Uri(url), new LoadHttpClientOptions()));
    }

    [Fact]
    public void Options_ToString_DoesNotPrintHeaderValues()
    {
        var options = new LoadHttpClientOptions { DefaultHeaders = new Dictionary<string, string> { ["Authorization"] = Secret } };

        Assert.DoesNotContain("s3cr3t", options.ToString());
    }

    private static LoadHttpClient CreateSut(string baseUrl) => new(new Uri(baseUrl), new LoadHttpClientOptions());

    private static string Wire(PreparedRequest request) => Encoding.UTF8.GetString(((EncodedRequest)request).Bytes.Span);
}
