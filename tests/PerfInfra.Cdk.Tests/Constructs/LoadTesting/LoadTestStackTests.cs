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
        Assert.Equal(6, groups.Count); // five functions (collect included) and the state machine
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
    public void StateMachine_Role_MayStartAndStopItsOwnChildExecutionsForTheDistributedMap()
    {
        var machine = MonitoringDefaults.TestStateMachineName;
        var policies = JsonSerializer.Serialize(_template.FindResources("AWS::IAM::Policy", new Dictionary<string, object>
        {
            ["Properties"] = Match.ObjectLike(new Dictionary<string, object> { ["Roles"] = new object[] { Match.ObjectLike(new Dictionary<string, object> { ["Ref"] = Match.StringLikeRegexp("^TestsStateMachineRole") }) } }),
        }));

        Assert.Contains($"\"Action\":\"states:StartExecution\"", policies, StringComparison.Ordinal);
        Assert.Contains($":stateMachine:{machine}\"", policies, StringComparison.Ordinal);
        Assert.Contains("\"Action\":[\"states:DescribeExecution\",\"states:StopExecution\"]", policies, StringComparison.Ordinal);
        Assert.Contains($":execution:{machine}/*\"", policies, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_Flow_PreflightPlanParallelAggregateReportChoice()
    {
        var states = Definition(app).GetProperty("States");
        Assert.Equal("ReadInput", Definition(app).GetProperty("StartAt").GetString());
        Assert.Equal("PreflightPassed?", states.GetProperty("Plan").GetProperty("Next").GetString());
        Assert.Equal("RunSuites", states.GetProperty("PreflightPassed?").GetProperty("Default").GetString());
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
        var catcher = Definition(app).GetProperty("States").GetProperty(state).GetProperty("Catch")[0];
        Assert.Equal("States.ALL", catcher.GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal(handler, catcher.GetProperty("Next").GetString());
        Assert.Equal("$.error", catcher.GetProperty("ResultPath").GetString());
    }

    [Fact]
    public void Definition_LambdaTasks_RetryServiceErrorsWithBackoff()
    {
        var retry = Definition(app).GetProperty("States").GetProperty("Plan").GetProperty("Retry")[0];
        Assert.Contains("Lambda.TooManyRequestsException", retry.GetProperty("ErrorEquals").EnumerateArray().Select(e => e.GetString()));
        Assert.True(retry.GetProperty("BackoffRate").GetDouble() > 1);
    }

    [Fact]
    public void Definition_ApiBranch_DistributedMapWithConcurrencyToleranceAndPerShardCatch()
    {
        var api = Definition(app).GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[0];
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

    [Fact]
    public void KillSwitch_Parameter_AStringThatSaysRunUnderTheDocumentedName()
    {
        _template.HasResourceProperties("AWS::SSM::Parameter", new Dictionary<string, object>
        {
            ["Type"] = "String",
            ["Value"] = "run",
            ["Name"] = LoadTestDefaults.KillSwitchParameterName,
        });
        _template.HasOutput("KillSwitchParameterName", Match.ObjectLike(new Dictionary<string, object> { ["Value"] = Match.AnyValue() }));
    }

    [Theory]
    [InlineData(LoadTestFunctions.PlanHandler, true)]
    [InlineData(LoadTestFunctions.WorkerHandler, true)]
    [InlineData(LoadTestFunctions.AggregateHandler, false)]
    [InlineData(LoadTestFunctions.ReportHandler, false)]
    public void KillSwitch_PlanAndWorkers_GetTheParameterNameInTheirEnvironment(string handler, bool reads)
    {
        var functions = _template.FindResources("AWS::Lambda::Function", new Dictionary<string, object>
        {
            ["Properties"] = Match.ObjectLike(new Dictionary<string, object> { ["Handler"] = handler }),
        });
        var variables = JsonSerializer.Serialize(Assert.Single(functions.Values));

        Assert.Equal(reads, variables.Contains($"\"{LoadTestFunctions.KillSwitchVariable}\":", StringComparison.Ordinal));
    }

    [Fact]
    public void Definition_AthenaBranch_DistributedMapOverThePlannedExecutionsAtThePlannedConcurrency()
    {
        var athena = Definition(app).GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[1];
        Assert.Equal("AthenaRequested?", athena.GetProperty("StartAt").GetString());
        var states = athena.GetProperty("States");
        Assert.Equal("$.plan.suites.athena", states.GetProperty("AthenaRequested?").GetProperty("Choices")[0].GetProperty("Variable").GetString());
        Assert.Equal("not_requested", states.GetProperty("AthenaNotRequested").GetProperty("Result").GetProperty("status").GetString());
        var map = states.GetProperty("AthenaQueries");
        Assert.Equal("DISTRIBUTED", map.GetProperty("ItemProcessor").GetProperty("ProcessorConfig").GetProperty("Mode").GetString());
        Assert.Equal("$.plan.athena.concurrency", map.GetProperty("MaxConcurrencyPath").GetString());
        Assert.Equal("$.plan.athena.executions", map.GetProperty("ItemsPath").GetString());
        Assert.Equal("CollectAthena", map.GetProperty("Next").GetString());
        // PayloadResponseOnly: the parameters are the payload itself.
        var collect = states.GetProperty("CollectAthena").GetProperty("Parameters");
        Assert.Equal("athena", collect.GetProperty("suite").GetString());
        Assert.Equal("$.athena", collect.GetProperty("responses.$").GetString());
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("complex")]
    public void Definition_AthenaQuery_SyncInTheClassWorkgroupCatchingFailuresAsData(string queryClass)
    {
        var processor = Definition(app).GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[1]
            .GetProperty("States").GetProperty("AthenaQueries").GetProperty("ItemProcessor").GetProperty("States");
        var task = processor.GetProperty("AthenaQuery-" + queryClass);
        Assert.EndsWith(":states:::athena:startQueryExecution.sync", task.GetProperty("Resource").GetString(), StringComparison.Ordinal);
        var parameters = task.GetProperty("Parameters");
        Assert.Equal($"{AthenaDefaults.WorkGroupNamePrefix}-{queryClass}", parameters.GetProperty("WorkGroup").GetString());
        Assert.Equal(DataLakeDefaults.GlueDatabaseName, parameters.GetProperty("QueryExecutionContext").GetProperty("Database").GetString());
        Assert.Equal("$.sql", parameters.GetProperty("QueryString.$").GetString());
        var catcher = task.GetProperty("Catch")[0];
        Assert.Equal("States.ALL", catcher.GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal("AthenaQueryFailed", catcher.GetProperty("Next").GetString());
        Assert.Equal("AthenaQueryDone", task.GetProperty("Next").GetString());
        Assert.Equal("$.QueryExecution.Statistics", task.GetProperty("ResultSelector").GetProperty("QueryExecution").GetProperty("Statistics.$").GetString());
    }

    [Fact]
    public void AthenaPolicy_LeastPrivilege_WorkgroupsDatabaseAndTheTwoBuckets()
    {
        // The Athena branch's own policy (the role's default policy also names the workgroups: the preflight's GetWorkGroup).
        var policy = _template.FindResources("AWS::IAM::Policy").Values
            .Select(p => JsonSerializer.Serialize(p))
            .Single(p => p.Contains("athena:GetDataCatalog", StringComparison.Ordinal) && p.Contains("workgroup/" + AthenaDefaults.WorkGroupNamePrefix + "-simple", StringComparison.Ordinal));
        foreach (var expected in new[]
        {
            $":workgroup/{AthenaDefaults.WorkGroupNamePrefix}-simple", $":workgroup/{AthenaDefaults.WorkGroupNamePrefix}-complex",
            ":datacatalog/AwsDataCatalog",
            $":database/{DataLakeDefaults.GlueDatabaseName}", $":table/{DataLakeDefaults.GlueDatabaseName}/*",
            "QueryResults", "Curated", "s3:PutObject",
        })
        {
            Assert.Contains(expected, policy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"Resource\":\"*\"", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("lakeformation", policy, StringComparison.Ordinal);
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
    internal static JsonElement Definition(SynthesizedApp app)
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
