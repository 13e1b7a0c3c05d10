using System.Text.Json;
using PerfInfra.Cdk.Constructs.Athena;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.LoadTesting;

[Collection(DefaultAppCollection.Name)]
public sealed class PipelineSuiteBranchTests(DefaultApp app)
{
    private const int PipelineBranch = 2;

    [Fact]
    public void Branch_NotRequested_AnswersNotRequested()
    {
        var branch = Branch();
        Assert.Equal("PipelineRequested?", branch.GetProperty("StartAt").GetString());
        var choice = State("PipelineRequested?");
        Assert.Equal("$.plan.suites.pipeline", choice.GetProperty("Choices")[0].GetProperty("Variable").GetString());
        Assert.Equal("PipelineStarted", choice.GetProperty("Choices")[0].GetProperty("Next").GetString());
        var otherwise = State(choice.GetProperty("Default").GetString()!);
        Assert.Equal("not_requested", otherwise.GetProperty("Result").GetProperty("status").GetString());
        Assert.Equal("pipeline", otherwise.GetProperty("Result").GetProperty("name").GetString());
    }

    [Fact]
    public void Branch_Requested_RunsBatchThenAthenaThenMetricsThenCollect()
    {
        Assert.Equal("$$.State.EnteredTime", State("PipelineStarted").GetProperty("Parameters").GetProperty("startedAt.$").GetString());
        Assert.Equal("PipelineBatchJob", State("PipelineStarted").GetProperty("Next").GetString());
        Assert.Equal("PipelineVerifyCount", State("PipelineBatchJob").GetProperty("Next").GetString());
        Assert.Equal("PipelineVerifyResults", State("PipelineVerifyCount").GetProperty("Next").GetString());
        Assert.Equal("PipelineDmsLag", State("PipelineVerifyResults").GetProperty("Next").GetString());
        Assert.Equal(PipelineSuiteBranch.CollectState, State("PipelineDmsLag").GetProperty("Next").GetString());
        Assert.True(State(PipelineSuiteBranch.CollectState).GetProperty("End").GetBoolean());
    }

    [Fact]
    public void BatchJob_RunsSyncOnTheProjectsQueueAndDefinitionWithTheRecordCount()
    {
        var batch = State("PipelineBatchJob");
        Assert.EndsWith(":states:::batch:submitJob.sync", batch.GetProperty("Resource").GetString(), StringComparison.Ordinal);
        var parameters = batch.GetProperty("Parameters");
        Assert.True(parameters.TryGetProperty("JobQueue", out _));
        Assert.True(parameters.TryGetProperty("JobDefinition", out _));
        var overrides = parameters.GetProperty("ContainerOverrides");
        Assert.Equal([PipelineSuiteBranch.JobCommand], overrides.GetProperty("Command").EnumerateArray().Select(c => c.GetString()));
        var environment = overrides.GetProperty("Environment").EnumerateArray().ToDictionary(e => e.GetProperty("Name").GetString()!, e => e);
        Assert.Equal("States.Format('{}', $.plan.pipelineRecords)", environment[PipelineSuiteBranch.RecordsVariable].GetProperty("Value.$").GetString());
        Assert.Equal("$.plan.runId", environment[PipelineSuiteBranch.RunIdVariable].GetProperty("Value.$").GetString());
        Assert.Equal("$.responses.batch", batch.GetProperty("ResultPath").GetString());
    }

    [Fact]
    public void VerifyCount_RunsSyncInTheComplexWorkgroupCountingThisRunsOrders()
    {
        var count = State("PipelineVerifyCount");
        Assert.EndsWith(":states:::athena:startQueryExecution.sync", count.GetProperty("Resource").GetString(), StringComparison.Ordinal);
        var parameters = count.GetProperty("Parameters");
        Assert.Equal(app.Stacks.Data.Athena.WorkGroupsByQueryClass[AthenaQueryClass.Complex], parameters.GetProperty("WorkGroup").GetString());
        Assert.Equal(
            "States.Format('SELECT count(*) AS records FROM orders WHERE order_id LIKE \\'{}-%\\'', $.plan.runId)",
            parameters.GetProperty("QueryString.$").GetString());
        Assert.Equal("$.responses.verify.QueryExecution.QueryExecutionId", State("PipelineVerifyResults").GetProperty("Parameters").GetProperty("QueryExecutionId.$").GetString());
    }

    [Fact]
    public void DmsLag_ReadsMaximumCdcLatencySourceAndTargetOverTheRunWindow()
    {
        var lag = State("PipelineDmsLag");
        Assert.EndsWith(":states:::aws-sdk:cloudwatch:getMetricData", lag.GetProperty("Resource").GetString(), StringComparison.Ordinal);
        var parameters = lag.GetProperty("Parameters");
        Assert.Equal("$.startedAt", parameters.GetProperty("StartTime.$").GetString());
        Assert.Equal("$$.State.EnteredTime", parameters.GetProperty("EndTime.$").GetString());
        var queries = parameters.GetProperty("MetricDataQueries").EnumerateArray().ToList();
        Assert.Equal(["cdcLatencySource", "cdcLatencyTarget"], queries.Select(q => q.GetProperty("Id").GetString()));
        Assert.Equal(["CDCLatencySource", "CDCLatencyTarget"], queries.Select(q => q.GetProperty("MetricStat").GetProperty("Metric").GetProperty("MetricName").GetString()));
        Assert.All(queries, q =>
        {
            Assert.Equal("AWS/DMS", q.GetProperty("MetricStat").GetProperty("Metric").GetProperty("Namespace").GetString());
            Assert.Equal("Maximum", q.GetProperty("MetricStat").GetProperty("Stat").GetString());
            Assert.Equal(
                ["ReplicationInstanceIdentifier", "ReplicationTaskIdentifier"],
                q.GetProperty("MetricStat").GetProperty("Metric").GetProperty("Dimensions").EnumerateArray().Select(d => d.GetProperty("Name").GetString()));
        });
    }

    [Theory]
    [InlineData("PipelineBatchJob", "PipelineDmsLag", "$.responses.batchError")]
    [InlineData("PipelineVerifyCount", "PipelineDmsLag", "$.responses.verifyError")]
    [InlineData("PipelineVerifyResults", "PipelineDmsLag", "$.responses.verifyError")]
    [InlineData("PipelineDmsLag", PipelineSuiteBranch.CollectState, "$.responses.dmsLagError")]
    public void ServiceSteps_Failures_AreCaughtIntoTheResponsesAndTheBranchGoesOn(string state, string next, string resultPath)
    {
        var catcher = State(state).GetProperty("Catch")[0];
        Assert.Equal("States.ALL", catcher.GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal(next, catcher.GetProperty("Next").GetString());
        Assert.Equal(resultPath, catcher.GetProperty("ResultPath").GetString());
    }

    [Fact]
    public void Collect_SendsTheSuitePlanResponsesAndStartToTheCollectFunction()
    {
        // PayloadResponseOnly: the parameters are the payload, and the result is the function's own JSON.
        var payload = State(PipelineSuiteBranch.CollectState).GetProperty("Parameters");
        Assert.Equal("pipeline", payload.GetProperty("suite").GetString());
        Assert.Equal("$.responses", payload.GetProperty("responses.$").GetString());
        Assert.Equal("$.startedAt", payload.GetProperty("startedAt.$").GetString());
    }

    [Fact]
    public void Policy_BatchIsLimitedToTheQueueAndJobDefinition()
    {
        var submit = Statements().Single(s => Actions(s).Contains("batch:SubmitJob"));
        var resources = Resources(submit);
        Assert.Equal(2, resources.Count);
        Assert.DoesNotContain("*", resources);
    }

    [Fact]
    public void Policy_AthenaGlueAndS3AreLimitedToTheWorkgroupTableAndBuckets()
    {
        var statements = Statements();
        Assert.DoesNotContain(statements, s => Actions(s).Any(a => a is "s3:CreateBucket" or "glue:CreateTable" or "glue:DeleteTable"));
        var athena = statements.Single(s => Actions(s).Contains("athena:StartQueryExecution"));
        Assert.Contains("workgroup/" + app.Stacks.Data.Athena.WorkGroupsByQueryClass[AthenaQueryClass.Complex], Resources(athena).Single(), StringComparison.Ordinal);
        Assert.All(statements.Where(s => Actions(s).Any(a => a.StartsWith("s3:", StringComparison.Ordinal) || a.StartsWith("glue:", StringComparison.Ordinal) || a.StartsWith("athena:", StringComparison.Ordinal))),
            s => Assert.DoesNotContain("*", Resources(s)));
    }

    [Fact]
    public void Policy_GetMetricDataOnStarIsTheOnlyNewWildcardAndIsJustified()
    {
        var star = Statements().Where(s => Resources(s).Contains("*")).SelectMany(Actions).ToHashSet();
        Assert.Contains("cloudwatch:GetMetricData", star);
        Assert.DoesNotContain(star, a => a.StartsWith("s3:", StringComparison.Ordinal) || a.StartsWith("athena:", StringComparison.Ordinal) || a.StartsWith("batch:Submit", StringComparison.Ordinal));
        Assert.Contains("cloudwatch:GetMetricData has no resource-level permissions", StateMachinePolicy().GetRawText(), StringComparison.Ordinal);
    }

    private JsonElement Branch() =>
        LoadTestStackTests.Definition(app).GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[PipelineBranch];

    private JsonElement State(string name) => Branch().GetProperty("States").GetProperty(name);

    private JsonElement StateMachinePolicy() =>
        app.Json[PerfInfra.Cdk.PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("Type").GetString() == "AWS::IAM::Policy")
            .Single(r => r.Name.Contains("StateMachineRoleDefaultPolicy", StringComparison.Ordinal)).Value;

    private List<JsonElement> Statements() =>
        StateMachinePolicy().GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray().ToList();

    private static List<string> Actions(JsonElement statement) => AsList(statement.GetProperty("Action"));

    private static List<string> Resources(JsonElement statement) => AsList(statement.GetProperty("Resource"));

    private static List<string> AsList(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList()
        : [e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()];
}
