using System.Globalization;
using System.Text.Json;
using CsCheck;
using PerfInfra.Engine.Suites.Athena;

namespace PerfInfra.Engine.Tests.Suites.Athena;

public sealed class AthenaExecutionParserTests
{
    // The shape athena:startQueryExecution.sync returns (GetQueryExecution), trimmed of fields the suite ignores.
    private const string Succeeded = """
        {"QueryExecution": {
          "QueryExecutionId": "3f1c9b7e-1111-4c1e-9f4e-000000000001",
          "Query": "SELECT 1",
          "StatementType": "DML",
          "WorkGroup": "perfinfra-simple",
          "Status": {"State": "SUCCEEDED", "SubmissionDateTime": 1732780800000, "CompletionDateTime": 1732780801234},
          "Statistics": {
            "EngineExecutionTimeInMillis": 980,
            "DataScannedInBytes": 52428800,
            "TotalExecutionTimeInMillis": 1234,
            "QueryQueueTimeInMillis": 120,
            "QueryPlanningTimeInMillis": 90,
            "ServiceProcessingTimeInMillis": 44,
            "ResultReuseInformation": {"ReusedPreviousResult": false}
          }
        }}
        """;

    private const string FailedUserError = """
        {"QueryExecution": {
          "QueryExecutionId": "3f1c9b7e-1111-4c1e-9f4e-000000000002",
          "Status": {"State": "FAILED",
                     "StateChangeReason": "COLUMN_NOT_FOUND: line 1:8: Column 'nope' cannot be resolved",
                     "AthenaError": {"ErrorCategory": 2, "ErrorType": 1006, "Retryable": false, "ErrorMessage": "COLUMN_NOT_FOUND"}},
          "Statistics": {"EngineExecutionTimeInMillis": 150, "DataScannedInBytes": 0, "TotalExecutionTimeInMillis": 310}
        }}
        """;

    [Fact]
    public void Parse_SucceededResponse_ReadsEveryStatistic()
    {
        var execution = Parse(Succeeded);

        Assert.Equal("3f1c9b7e-1111-4c1e-9f4e-000000000001", execution.QueryExecutionId);
        Assert.True(execution.IsSucceeded);
        Assert.Equal(new AthenaQueryStatistics(1234, 120, 90, 980, 44, 52428800), execution.Statistics);
        Assert.False(execution.ReusedPreviousResult);
    }

    [Fact]
    public void Parse_FailedResponse_KeepsReasonAndCategory()
    {
        var execution = Parse(FailedUserError);

        Assert.False(execution.IsSucceeded);
        Assert.Equal(AthenaQueryExecution.Failed, execution.State);
        Assert.StartsWith("COLUMN_NOT_FOUND", execution.StateChangeReason, StringComparison.Ordinal);
        Assert.Equal(2, execution.ErrorCategory);
        Assert.Equal(AthenaFailureKinds.QueryError, AthenaFailureKinds.Of(execution));
    }

    [Fact]
    public void Parse_BareQueryExecutionObject_IsAccepted()
    {
        using var doc = JsonDocument.Parse(Succeeded);
        var execution = AthenaExecutionParser.Parse(doc.RootElement.GetProperty("QueryExecution"));

        Assert.Equal(1234, execution.Statistics!.Value.TotalExecutionMs);
    }

    [Theory]
    [InlineData("""{"QueryExecution": {"QueryExecutionId": "q"}}""", "QueryExecution.Status is missing")]
    [InlineData("""{"QueryExecution": {"QueryExecutionId": "q", "Status": {}}}""", "QueryExecution.Status.State is missing")]
    [InlineData("""{"QueryExecution": {"QueryExecutionId": "q", "Status": {"State": "SUCCEEDED"}}}""", "QueryExecution.Statistics is missing")]
    [InlineData("""{"QueryExecution": {"QueryExecutionId": "q", "Status": {"State": "SUCCEEDED"}, "Statistics": {"TotalExecutionTimeInMillis": -5}}}""", "TotalExecutionTimeInMillis: expected a non-negative number")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    public void Parse_MalformedResponse_NamesTheField(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseCause_SyncTaskFailureCause_ReturnsTheExecution()
    {
        var execution = AthenaExecutionParser.TryParseCause(FailedUserError);

        Assert.NotNull(execution);
        Assert.Equal(AthenaQueryExecution.Failed, execution.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Rate exceeded")]
    [InlineData("{\"errorMessage\": \"AccessDenied\"}")]
    [InlineData("{not json")]
    public void TryParseCause_OtherCauses_ReturnsNull(string? cause) =>
        Assert.Null(AthenaExecutionParser.TryParseCause(cause));

    [Fact]
    public void Parse_AnyStatistics_RoundTripsEveryField()
    {
        Gen.Select(Gen.Long[0, 10_000_000], Gen.Long[0, 100_000], Gen.Long[0, 100_000], Gen.Long[0, 10_000_000], Gen.Long[0, 1L << 50])
            .Sample((total, queue, planning, engine, bytes) =>
            {
                var json = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{{\"QueryExecution\": {{\"QueryExecutionId\": \"q\", \"Status\": {{\"State\": \"SUCCEEDED\"}}, \"Statistics\": {{\"TotalExecutionTimeInMillis\": {total}, \"QueryQueueTimeInMillis\": {queue}, \"QueryPlanningTimeInMillis\": {planning}, \"EngineExecutionTimeInMillis\": {engine}, \"DataScannedInBytes\": {bytes}}}}}}}");
                var stats = Parse(json).Statistics!.Value;
                return stats.TotalExecutionMs == total && stats.QueueMs == queue && stats.PlanningMs == planning
                    && stats.EngineExecutionMs == engine && stats.DataScannedBytes == bytes;
            });
    }

    private static AthenaQueryExecution Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return AthenaExecutionParser.Parse(doc.RootElement);
    }
}
