using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Athena;
using PerfInfra.Lambdas.Collectors;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Tests.Collectors;

public sealed class AthenaCollectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    // The Map's output as the Athena branch shapes it: the item's class and name, then the trimmed
    // GetQueryExecution response, or the caught error whose Cause is the failed query's response.
    private const string Responses = """
        [
          {"queryClass": "simple", "query": "daily_revenue", "execution": {"QueryExecution": {
             "QueryExecutionId": "a1", "WorkGroup": "perfinfra-simple",
             "Status": {"State": "SUCCEEDED"},
             "Statistics": {"TotalExecutionTimeInMillis": 1500, "QueryQueueTimeInMillis": 200, "QueryPlanningTimeInMillis": 300,
                            "EngineExecutionTimeInMillis": 950, "ServiceProcessingTimeInMillis": 50, "DataScannedInBytes": 1048576}}}},
          {"queryClass": "complex", "query": "cohort_retention", "execution": {"QueryExecution": {
             "QueryExecutionId": "a2", "WorkGroup": "perfinfra-complex",
             "Status": {"State": "SUCCEEDED"},
             "Statistics": {"TotalExecutionTimeInMillis": 9000, "QueryQueueTimeInMillis": 100, "QueryPlanningTimeInMillis": 800,
                            "EngineExecutionTimeInMillis": 8000, "ServiceProcessingTimeInMillis": 100, "DataScannedInBytes": 1099511627776}}}},
          {"queryClass": "simple", "query": "orders_by_status", "error": {"Error": "States.TaskFailed",
             "Cause": "{\"QueryExecution\":{\"QueryExecutionId\":\"a3\",\"Status\":{\"State\":\"FAILED\",\"StateChangeReason\":\"TABLE_NOT_FOUND: line 3:6: Table 'perfinfra.orderz' does not exist\",\"AthenaError\":{\"ErrorCategory\":2,\"ErrorType\":1301}},\"Statistics\":{\"TotalExecutionTimeInMillis\":120,\"DataScannedInBytes\":0}}}"}},
          {"queryClass": "complex", "query": "conversion_funnel", "error": {"Error": "Athena.TooManyRequestsException", "Cause": "Rate exceeded"}}
        ]
        """;

    [Fact]
    public void Collect_RecordedBranchOutput_SamplesPerClassFailuresByKindAndCost()
    {
        var m = Collect(Responses);

        Assert.Equal("athena", m.Suite);
        Assert.Equal(4, m.Operations);
        Assert.Equal(2, m.Failures);
        Assert.Equal(1, m.FailuresByKind[AthenaFailureKinds.QueryError]);
        Assert.Equal(1, m.FailuresByKind[AthenaFailureKinds.NotStarted]);
        Assert.Equal([1500.0], m.Samples.Single(s => s.Scope == "simple" && s.Series == AthenaSeries.Duration).Values);
        Assert.Equal([800.0], m.Samples.Single(s => s.Scope == "complex" && s.Series == AthenaSeries.PlanningTime).Values);
        // 1 TiB at $5/TB, plus the simple query's 10 MB minimum.
        Assert.Equal(5.0 + (10.0 / (1 << 20) * 5.0), m.Values.Single(v => v.Scope is null && v.Series == AthenaSeries.Cost).Value, 9);
        Assert.Equal(Now.AddMinutes(-3), m.StartedAt);
        Assert.Contains("startQueryExecution.sync", m.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_FailedQuery_KeepsAthenasReasonInTheTable()
    {
        var m = Collect(Responses);

        var row = m.Tables.Single().Rows.Single(r => r[1] == "orders_by_status");
        Assert.Contains("TABLE_NOT_FOUND", row[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"not": "an array"}""", "Map's output array")]
    [InlineData("""[{"query": "q", "execution": {}}]""", "responses[0].queryClass is missing")]
    [InlineData("""[{"queryClass": "simple", "query": "q"}]""", "neither 'execution' nor 'error'")]
    [InlineData("""[{"queryClass": "simple", "query": "q", "execution": {"QueryExecution": {"Status": {"State": "SUCCEEDED"}}}}]""", "responses[0].execution: QueryExecution.Statistics is missing")]
    public void Collect_MalformedResponses_NamesTheItem(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Collect(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_HasTheAthenaCollector() =>
        Assert.Contains(SuiteCollectors.All, c => c.Suite == "athena");

    private static Engine.Suites.Measurements.SuiteMeasurements Collect(string responses)
    {
        using var doc = JsonDocument.Parse(responses);
        var run = RunResolver.Resolve(ConfigLoader.LoadDefault(), new RunOverrides("full", null, null, null, null, []));
        var plan = new RunPlan("run-1", new RunRequest(["athena"]), new SuiteSelection(false, true, false, false), "full", "http://x/", "closed", 1, null, 1, [],
            new AthenaPlan(50, 9, []));
        return new AthenaCollector().Collect(new CollectInput("athena", plan, doc.RootElement.Clone(), Now.AddMinutes(-3)), run, Now);
    }
}
