using System.Text.Json;
using PerfInfra.Engine.Suites.Pipeline;

namespace PerfInfra.Engine.Tests.Suites.Pipeline;

public sealed class VerifyQueryParserTests
{
    private const string Execution = """
        {"QueryExecution":{"QueryExecutionId":"q-1","Status":{"State":"SUCCEEDED","SubmissionDateTime":1795860210000,"CompletionDateTime":1795860213200},
         "Statistics":{"TotalExecutionTimeInMillis":3150,"DataScannedInBytes":1048576}}}
        """;

    private const string Results = """
        {"ResultSet":{"Rows":[{"Data":[{"VarCharValue":"records"}]},{"Data":[{"VarCharValue":"100000"}]}]},"UpdateCount":0}
        """;

    [Fact]
    public void Parse_CountQuery_ReadsStateTimesAndCount()
    {
        using var execution = JsonDocument.Parse(Execution);
        using var results = JsonDocument.Parse(Results);

        var query = VerifyQueryParser.Parse(execution.RootElement, results.RootElement);

        Assert.True(query.HasSucceeded);
        Assert.Equal(100_000, query.Count);
        Assert.Equal(3150, query.TotalExecutionMilliseconds);
        Assert.Equal(TimeSpan.FromMilliseconds(3200), query.CompletedAt - query.SubmittedAt);
    }

    [Fact]
    public void Parse_NoResults_HasNoCount()
    {
        using var execution = JsonDocument.Parse("""{"QueryExecution":{"Status":{"State":"FAILED","StateChangeReason":"TABLE_NOT_FOUND"}}}""");

        var query = VerifyQueryParser.Parse(execution.RootElement, null);

        Assert.False(query.HasSucceeded);
        Assert.Null(query.Count);
        Assert.Equal("TABLE_NOT_FOUND", query.StateChangeReason);
    }

    [Fact]
    public void Parse_NoQueryExecution_ThrowsNamingTheField()
    {
        using var execution = JsonDocument.Parse("{}");

        var error = Assert.Throws<InvalidDataException>(() => VerifyQueryParser.Parse(execution.RootElement, null));

        Assert.Contains("StartQueryExecution.QueryExecution is missing", error.Message, StringComparison.Ordinal);
    }
}
