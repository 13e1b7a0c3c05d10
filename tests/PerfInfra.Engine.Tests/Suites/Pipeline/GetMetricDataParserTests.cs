using System.Text.Json;
using PerfInfra.Engine.Suites.Pipeline;

namespace PerfInfra.Engine.Tests.Suites.Pipeline;

public sealed class GetMetricDataParserTests
{
    // As Step Functions' aws-sdk:cloudwatch:getMetricData integration returns it: PascalCase, ISO times.
    private const string StepFunctionsResponse = """
        {
          "MetricDataResults": [
            { "Id": "cdcLatencySource", "Label": "CDCLatencySource", "StatusCode": "Complete",
              "Timestamps": ["2026-11-28T10:02:00Z", "2026-11-28T10:01:00Z"], "Values": [4.0, 12.5] },
            { "Id": "cdcLatencyTarget", "Label": "CDCLatencyTarget", "StatusCode": "Complete",
              "Timestamps": ["2026-11-28T10:02:00Z"], "Values": [31.0] }
          ],
          "Messages": []
        }
        """;

    [Fact]
    public void Parse_StepFunctionsResponse_ReadsIdsLabelsTimestampsAndValues()
    {
        var results = Parse(StepFunctionsResponse);

        Assert.Equal(["cdcLatencySource", "cdcLatencyTarget"], results.Select(r => r.Id));
        Assert.Equal("CDCLatencySource", results[0].Label);
        Assert.Equal([4.0, 12.5], results[0].Values);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 1, 0, TimeSpan.Zero), results[0].Timestamps[1]);
        Assert.True(results[1].IsComplete);
    }

    [Fact]
    public void Parse_CamelCaseFieldsAndEpochTimestamps_AreReadToo()
    {
        var results = Parse("""{"metricDataResults":[{"id":"a","timestamps":[1795860000],"values":[2],"statusCode":"PartialData"}]}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795860000), results[0].Timestamps[0]);
        Assert.False(results[0].IsComplete);
    }

    [Fact]
    public void Parse_ResultWithoutDatapoints_HasEmptyValues()
    {
        var results = Parse("""{"MetricDataResults":[{"Id":"cdcLatencyTarget","StatusCode":"Complete"}]}""");

        Assert.Empty(results[0].Values);
        Assert.Empty(results[0].Timestamps);
    }

    [Theory]
    [InlineData("""{"Messages":[]}""", "GetMetricData.MetricDataResults is missing")]
    [InlineData("""{"MetricDataResults":{}}""", "GetMetricData.MetricDataResults must be an array")]
    [InlineData("""{"MetricDataResults":[{"Values":[1],"Timestamps":["2026-11-28T10:00:00Z"]}]}""", "GetMetricData.MetricDataResults[0].Id is missing")]
    [InlineData("""{"MetricDataResults":[{"Id":"a","Values":[1,2],"Timestamps":["2026-11-28T10:00:00Z"]}]}""", "2 values")]
    [InlineData("""{"MetricDataResults":[{"Id":"a","Values":["x"],"Timestamps":["2026-11-28T10:00:00Z"]}]}""", "GetMetricData.MetricDataResults[0].Values[0] must be a number")]
    [InlineData("""{"MetricDataResults":[{"Id":"a","Values":[1],"Timestamps":["yesterday"]}]}""", "GetMetricData.MetricDataResults[0].Timestamps[0] must be an ISO 8601 time")]
    [InlineData("""[]""", "GetMetricData must be an object")]
    public void Parse_MalformedResponse_ThrowsNamingTheField(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<MetricDataResult> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GetMetricDataParser.Parse(document.RootElement);
    }
}
