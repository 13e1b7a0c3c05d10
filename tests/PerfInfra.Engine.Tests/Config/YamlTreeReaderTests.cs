using PerfInfra.Engine.Config.Yaml;

namespace PerfInfra.Engine.Tests.Config;

public sealed class YamlTreeReaderTests
{
    [Fact]
    public void Read_Mapping_PositionsAreOneBased()
    {
        var root = YamlTreeReader.Read("a: 1\nb:\n  - x\n  - 'y'\n", "f.yaml", out var error);

        Assert.Null(error);
        var entries = root!.Entries;
        Assert.Equal((1, 1), (entries[0].Key.Line, entries[0].Key.Column));
        Assert.Equal((1, 4), (entries[0].Value.Line, entries[0].Value.Column));
        var list = Assert.IsType<YamlSequence>(entries[1].Value);
        Assert.Equal((4, 5), (list.Items[1].Line, list.Items[1].Column));
        Assert.False(((YamlScalar)list.Items[1]).IsPlain);
    }

    [Fact]
    public void Read_ScannerInternalFailure_BecomesSyntaxError()
    {
        // Input found by the property tests: YamlDotNet throws InvalidOperationException on it.
        const string Yaml = "gp~ehl52a|`ea,z]u#k!>vsofuq{8: v@i{:~?=6:p*wnko2e-?t\t2{]h|yrg\\>.>!d22<~?=ccl{/h0/-o]g{l4`upjx3s0ivc\n{[ltg3\np:o\\|]/f?]h.>-.,9'<}\n}d";

        Assert.Null(YamlTreeReader.Read(Yaml, "f.yaml", out var error));
        Assert.StartsWith("YAML syntax error", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepNesting_IsRefused()
    {
        var yaml = "a: " + new string('[', 400_000) + new string(']', 400_000);

        Assert.Null(YamlTreeReader.Read(yaml, "f.yaml", out var error));
        Assert.Contains("nesting deeper than 64", error!.Message, StringComparison.Ordinal);
    }
}
