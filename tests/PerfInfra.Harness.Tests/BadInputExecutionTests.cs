using System.Text.Json;
using PerfInfra.Engine.Reporting;
using PerfInfra.Harness.Tests.Support;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// Bad execution inputs through the real state machine (issue #7): the plan's error goes through its
/// Catch to the report step, the execution ends FAILED (RunError) with the plan's message as its cause,
/// an error report carrying the same message is in the bucket, and no worker was ever invoked.
/// </summary>
[Collection(LocalAwsCollection.Name)]
public sealed class BadInputExecutionTests(LocalAws aws)
{
    private const string Config = """
        version: 1
        default_profile: full
        target:
          base_url: demo
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          full:
            api: { model: constant_arrival_rate, rate: 20/s, duration: 2s, max_in_flight: 10 }
        suites:
          api:
            thresholds: ["p95 < 10s"]
            scenarios:
              - { name: browse, weight: 1, steps: [ { name: list products, get: "/api/products?page=1" } ] }
        """;

    [Theory]
    [InlineData("run-bad-users-cap", """{"suites":["api"],"users":50000}""", "users: expected 1 to 5000 (safety.max_users)")]
    [InlineData("run-bad-users-type", """{"suites":["api"],"users":"lots"}""", "users: got a string (\"lots\"): expected a whole number")]
    [InlineData("run-bad-field", """{"suites":["api"],"suite":["api"],"duration":"-5s"}""", "'suite' is not an input field; did you mean 'suites'?")]
    // Not an object: the state machine wraps the input before adding the preflight's results, so plan still gets it whole.
    [InlineData("run-bad-not-object", "[\"api\"]", "input: expected a JSON object")]
    public async Task Execute_BadInput_FailsWithThePlansMessageAndAnErrorReportAndNoWorker(string execution, string input, string message)
    {
        await aws.Store.PutTextAsync(LocalAws.ConfigKey, Config, "application/yaml", CancellationToken.None);
        aws.Invoke.ResetCounts();

        var result = await aws.ExecuteAsync(execution, input.StartsWith('{') ? WithTarget(input) : input);

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.Equal("RunError", result.GetProperty("error").GetString());
        var cause = result.GetProperty("cause").GetString()!;
        Assert.Contains(message, cause, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cause, StringComparison.Ordinal);
        Assert.False(aws.Invoke.Invocations.ContainsKey("load-worker"), "a worker was started");
        Assert.Equal(1, aws.Invoke.Invocations.GetValueOrDefault("plan"));
        var json = await aws.Store.GetTextAsync($"reports/{DateTime.UtcNow:yyyy/MM/dd}/{execution}/report.json", CancellationToken.None);
        Assert.NotNull(json);
        var report = ReportJson.Deserialize(json, execution);
        Assert.Equal("error", report.Verdict);
        Assert.Contains(message, report.VerdictReason, StringComparison.Ordinal);
    }

    /// <summary>The demo platform's URL as target, so only the field under test is wrong.</summary>
    private string WithTarget(string input)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(input)!;
        fields["target"] = JsonSerializer.SerializeToElement(aws.DemoUrl.ToString());
        return JsonSerializer.Serialize(fields);
    }
}
