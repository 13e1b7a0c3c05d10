using PerfInfra.Engine.Config;

namespace PerfInfra.Engine.Tests.Config;

/// <summary>An error message is one line whatever the user's value holds (found by the config fuzz run, issue 7).</summary>
public sealed class ConfigErrorTests
{
    [Fact]
    public void ToString_ValueWithLineBreaks_StaysOneLineWithEscapes()
    {
        var error = new ConfigError("a.yaml", 3, 7, "suites.api.scenarios[0].steps[0].get", "/x\r\nX-Injected: 1", "bad path");

        Assert.Equal(@"a.yaml:3:7: suites.api.scenarios[0].steps[0].get: bad path (got '/x\r\nX-Injected: 1')", error.ToString());
    }

    [Fact]
    public void ToString_OtherControlCharacters_AreEscapedAsCodePoints()
    {
        var error = new ConfigError("a.yaml", 1, 1, "target.base_url", "http://x\u001b[31m/", "bad url");

        Assert.Equal(@"a.yaml:1:1: target.base_url: bad url (got 'http://x\u001b[31m/')", error.ToString());
    }
}
