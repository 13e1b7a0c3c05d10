using System.Text;
using System.Text.Json;
using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.LoadTesting;

[Collection(DefaultAppCollection.Name)]
public sealed class LoadTestStackTests(DefaultApp app)
{
    private readonly Template _template = app.LoadTest;

    [Fact]
    public void ReportBucket_Defaults_EncryptedPrivateVersionedWithLifecycle()
    {
        _template.HasResourceProperties("AWS::S3::Bucket", new Dictionary<string, object>
        {
            ["BucketEncryption"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["ServerSideEncryptionConfiguration"] = new object[] { Match.ObjectLike(new Dictionary<string, object>
                {
                    ["ServerSideEncryptionByDefault"] = new Dictionary<string, object> { ["SSEAlgorithm"] = "AES256" },
                }) },
            }),
            ["PublicAccessBlockConfiguration"] = new Dictionary<string, object>
            {
                ["BlockPublicAcls"] = true, ["BlockPublicPolicy"] = true, ["IgnorePublicAcls"] = true, ["RestrictPublicBuckets"] = true,
            },
            ["VersioningConfiguration"] = new Dictionary<string, object> { ["Status"] = "Enabled" },
            ["LifecycleConfiguration"] = new Dictionary<string, object>
            {
                ["Rules"] = new object[] { Match.ObjectLike(new Dictionary<string, object>
                {
                    ["ExpirationInDays"] = LoadTestDefaults.ReportsExpirationDays,
                    ["Transitions"] = new object[] { new Dictionary<string, object>
                    {
                        ["StorageClass"] = "STANDARD_IA", ["TransitionInDays"] = LoadTestDefaults.ReportsInfrequentAccessDays,
                    } },
                }) },
            },
        });
    }

    [Fact]
    public void ReportBucket_Policy_DeniesNonTls()
    {
        var policies = _template.FindResources("AWS::S3::BucketPolicy");
        Assert.Contains(policies.Values, p => JsonSerializer.Serialize(p).Contains("\"aws:SecureTransport\":\"false\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Config_Shipped_InTheFunctionsCodeNotThroughACustomResource()
    {
        _template.ResourceCountIs("Custom::CDKBucketDeployment", 0);
        _template.ResourceCountIs("AWS::Lambda::Function", 5);
        Assert.Equal("load-test-config.yaml", LoadTestFunctions.ConfigFileName);
    }

    [Theory]
    [InlineData(LoadTestFunctions.PlanHandler, LoadTestDefaults.PlanMemoryMb, LoadTestDefaults.PlanTimeoutSeconds)]
    [InlineData(LoadTestFunctions.WorkerHandler, LoadTestDefaults.WorkerMemoryMb, LoadTestDefaults.WorkerTimeoutSeconds)]
    [InlineData(LoadTestFunctions.AggregateHandler, LoadTestDefaults.ReportMemoryMb, LoadTestDefaults.ReportTimeoutSeconds)]
    [InlineData(LoadTestFunctions.ReportHandler, LoadTestDefaults.ReportMemoryMb, LoadTestDefaults.ReportTimeoutSeconds)]
    [InlineData(LoadTestFunctions.CollectHandler, LoadTestDefaults.ReportMemoryMb, LoadTestDefaults.ReportTimeoutSeconds)]
    public void Function_Defaults_AotBootstrapOnArm64SizedAndTraced(string handler, int memoryMb, int timeoutSeconds)
    {
        _template.HasResourceProperties("AWS::Lambda::Function", new Dictionary<string, object>
        {
            ["Handler"] = handler,
            ["Runtime"] = "provided.al2023",
            ["Architectures"] = new[] { "arm64" },
            ["MemorySize"] = memoryMb,
            ["Timeout"] = timeoutSeconds,
            ["TracingConfig"] = new Dictionary<string, object> { ["Mode"] = "Active" },
            ["Environment"] = new Dictionary<string, object>
            {
                ["Variables"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["REPORT_BUCKET"] = Match.AnyValue(),
                    ["CONFIG_FILE"] = LoadTestFunctions.ConfigFileName,
                    ["DEFAULT_PROFILE"] = LoadTestDefaults.DefaultProfile,
                }),
            },
        });
    }

    [Fact]
    public void Functions_LogGroups_HaveRetention()
    {
        var groups = _template.FindResources("AWS::Logs::LogGroup");
        Assert.Equal(6, groups.Count); // five functions and the state machine
        Assert.All(groups.Values, g => Assert.Contains($"\"RetentionInDays\":{LoadTestDefaults.LogRetentionDays}", JsonSerializer.Serialize(g), StringComparison.Ordinal));
    }

    [Fact]
    public void StateMachine_Defaults_NamedForTheAlarmWithLoggingAndTracing()
    {
        _template.HasResourceProperties("AWS::StepFunctions::StateMachine", new Dictionary<string, object>
        {
            ["StateMachineName"] = MonitoringDefaults.TestStateMachineName,
            ["StateMachineType"] = "STANDARD",
            ["TracingConfiguration"] = new Dictionary<string, object> { ["Enabled"] = true },
            ["LoggingConfiguration"] = Match.ObjectLike(new Dictionary<string, object> { ["Level"] = "ALL", ["IncludeExecutionData"] = true }),
        });
    }

    [Fact]
    public void Definition_Flow_PlanParallelAggregateReportChoice()
    {
        var states = Definition().GetProperty("States");
        Assert.Equal("Plan", Definition().GetProperty("StartAt").GetString());
        Assert.Equal("RunSuites", states.GetProperty("Plan").GetProperty("Next").GetString());
        Assert.Equal("Parallel", states.GetProperty("RunSuites").GetProperty("Type").GetString());
        Assert.Equal(4, states.GetProperty("RunSuites").GetProperty("Branches").GetArrayLength());
        Assert.Equal("Aggregate", states.GetProperty("RunSuites").GetProperty("Next").GetString());
        Assert.Equal("Report", states.GetProperty("Aggregate").GetProperty("Next").GetString());
        Assert.Equal("Verdict?", states.GetProperty("Report").GetProperty("Next").GetString());
        Assert.Equal("Fail", states.GetProperty("ThresholdsBreached").GetProperty("Type").GetString());
        Assert.Equal(LoadTestStateMachine.ThresholdsBreachedError, states.GetProperty("ThresholdsBreached").GetProperty("Error").GetString());
        Assert.Equal("Succeed", states.GetProperty("Passed").GetProperty("Type").GetString());
    }

    [Theory]
    [InlineData("Plan", "ReportPlanError")]
    [InlineData("RunSuites", "ReportError")]
    [InlineData("Aggregate", "ReportError")]
    public void Definition_EveryStep_CatchesIntoAReport(string state, string handler)
    {
        var catcher = Definition().GetProperty("States").GetProperty(state).GetProperty("Catch")[0];
        Assert.Equal("States.ALL", catcher.GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal(handler, catcher.GetProperty("Next").GetString());
        Assert.Equal("$.error", catcher.GetProperty("ResultPath").GetString());
    }

    [Fact]
    public void Definition_LambdaTasks_RetryServiceErrorsWithBackoff()
    {
        var retry = Definition().GetProperty("States").GetProperty("Plan").GetProperty("Retry")[0];
        Assert.Contains("Lambda.TooManyRequestsException", retry.GetProperty("ErrorEquals").EnumerateArray().Select(e => e.GetString()));
        Assert.True(retry.GetProperty("BackoffRate").GetDouble() > 1);
    }

    [Fact]
    public void Definition_ApiBranch_DistributedMapWithConcurrencyToleranceAndPerShardCatch()
    {
        var api = Definition().GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[0];
        Assert.Equal("ApiRequested?", api.GetProperty("StartAt").GetString());
        var map = api.GetProperty("States").GetProperty("ApiShards");
        Assert.Equal("Map", map.GetProperty("Type").GetString());
        Assert.Equal("DISTRIBUTED", map.GetProperty("ItemProcessor").GetProperty("ProcessorConfig").GetProperty("Mode").GetString());
        Assert.Equal(LoadTestDefaults.MaxShards, map.GetProperty("MaxConcurrency").GetInt32());
        Assert.Equal(LoadTestDefaults.ToleratedFailurePercentage, map.GetProperty("ToleratedFailurePercentage").GetInt32());
        Assert.Equal("$.plan.shards", map.GetProperty("ItemsPath").GetString());
        var worker = map.GetProperty("ItemProcessor").GetProperty("States").GetProperty("LoadWorker");
        Assert.Equal("ShardFailed", worker.GetProperty("Catch")[0].GetProperty("Next").GetString());
    }

    [Theory]
    [InlineData(1, "athena")]
    [InlineData(2, "pipeline")]
    public void Definition_LaterSuites_AnswerNotRequested(int branch, string suite)
    {
        var b = Definition().GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[branch];
        var only = b.GetProperty("States").EnumerateObject().Single().Value;
        Assert.Equal("Pass", only.GetProperty("Type").GetString());
        Assert.Equal(suite, only.GetProperty("Result").GetProperty("name").GetString());
        Assert.Equal("not_requested", only.GetProperty("Result").GetProperty("status").GetString());
    }

    [Fact]
    public void Schedule_Defaults_WeeklyAndDisabled()
    {
        _template.HasResourceProperties("AWS::Scheduler::Schedule", new Dictionary<string, object>
        {
            ["ScheduleExpression"] = LoadTestDefaults.ScheduleCron,
            ["State"] = "DISABLED",
            ["FlexibleTimeWindow"] = new Dictionary<string, object> { ["Mode"] = "OFF" },
            ["Target"] = Match.ObjectLike(new Dictionary<string, object> { ["Arn"] = Match.AnyValue(), ["RoleArn"] = Match.AnyValue() }),
        });
    }

    [Fact]
    public void Notifications_Rule_SendsFailedExecutionsToTheEncryptedTopic()
    {
        _template.HasResourceProperties("AWS::SNS::Topic", new Dictionary<string, object> { ["KmsMasterKeyId"] = Match.AnyValue() });
        _template.HasResourceProperties("AWS::Events::Rule", new Dictionary<string, object>
        {
            ["EventPattern"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["source"] = new[] { "aws.states" },
                ["detail"] = Match.ObjectLike(new Dictionary<string, object> { ["status"] = new[] { "FAILED", "TIMED_OUT", "ABORTED" } }),
            }),
            ["Targets"] = new object[] { Match.ObjectLike(new Dictionary<string, object> { ["Arn"] = Match.AnyValue() }) },
        });
    }

    /// <summary>The state machine's ASL with CloudFormation tokens (function ARNs) replaced by placeholders.</summary>
    private JsonElement Definition()
    {
        var machine = app.Json[PerfInfra.Cdk.PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::StepFunctions::StateMachine").Value;
        var definition = machine.GetProperty("Properties").GetProperty("DefinitionString");
        if (definition.ValueKind == JsonValueKind.String)
        {
            return JsonDocument.Parse(definition.GetString()!).RootElement.Clone();
        }

        var text = new StringBuilder();
        foreach (var part in definition.GetProperty("Fn::Join")[1].EnumerateArray())
        {
            text.Append(part.ValueKind == JsonValueKind.String ? part.GetString() : "arn:aws:lambda:us-east-1:123456789012:function:token");
        }

        return JsonDocument.Parse(text.ToString()).RootElement.Clone();
    }
}
