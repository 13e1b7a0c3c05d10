using System.Text.Json.Nodes;

namespace PerfInfra.Integration.Tests;

/// <summary>The report folder one run wrote under --out, read back for assertions.</summary>
internal sealed class ReportSet
{
    private ReportSet(string folder)
    {
        Folder = folder;
        Json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!;
    }

    public string Folder { get; }

    public JsonNode Json { get; }

    public string Verdict => Json["verdict"]!.GetValue<string>();

    public JsonNode ApiTotals => Json["suites"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "api")!["totals"]!;

    public long Requests => ApiTotals["requests"]!.GetValue<long>();

    public long Errors => ApiTotals["errors"]!.GetValue<long>();

    public IReadOnlyDictionary<string, long> ErrorsByKind =>
        ApiTotals["errors_by_kind"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>());

    /// <summary>The one run folder under <paramref name="outputRoot"/> (latest/ is its copy).</summary>
    public static ReportSet ReadSingle(string outputRoot) =>
        new(Assert.Single(Directory.GetDirectories(outputRoot), d => Path.GetFileName(d) != "latest"));

    public JsonNode Threshold(string expression) =>
        Json["thresholds"]!.AsArray().Single(t => t!["expression"]!.GetValue<string>() == expression)!;

    public string ReadFile(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
