using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class ConfigRedactorTests
{
    [Theory]
    [InlineData("token: abc123", "token: ***")]
    [InlineData("  api_key: \"k-1\"", "  api_key: ***")]
    [InlineData("  - password: hunter2 # prod", "  - password: ***")]
    [InlineData("    Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30", "    Authorization: ***")]
    [InlineData("client_secret=s3cr3t", "client_secret=***")]
    [InlineData("headers: { X-Extra: 'Bearer abcdefghijkl' }", "headers: { X-Extra: 'Bearer ***' }")]
    public void Redact_SecretValue_IsMasked(string line, string expected)
    {
        Assert.Equal(expected, ConfigRedactor.Redact(line));
    }

    [Theory]
    [InlineData("users: 1000")]
    [InlineData("base_url: http://127.0.0.1:5000")]
    [InlineData("auth:")]
    [InlineData("thresholds: [\"p95 < 1000ms\"]")]
    public void Redact_OrdinaryLine_IsUnchanged(string line)
    {
        Assert.Equal(line, ConfigRedactor.Redact(line));
    }

    [Fact]
    public void Redact_MultiLine_KeepsLineStructure()
    {
        var text = "auth:\r\n  token: abc\r\nusers: 5\n";

        Assert.Equal("auth:\r\n  token: ***\r\nusers: 5\n", ConfigRedactor.Redact(text));
    }
}
