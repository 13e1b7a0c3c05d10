using System.Text;
using System.Text.Json;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Tests.Support;
using PerfInfra.Engine.Preflight;

namespace PerfInfra.Cdk.Tests.Constructs.LoadTesting;

[Collection(DefaultAppCollection.Name)]
public sealed class PreflightChecksTests(DefaultApp app)
{
    [Fact]
    public void Definition_Start_InputWrappedThenPreflightUnlessOffThenPlan()
    {
        var definition = Definition();
        Assert.Equal("ReadInput", definition.GetProperty("StartAt").GetString());
        var states = definition.GetProperty("States");
        Assert.Equal("$", states.GetProperty("ReadInput").GetProperty("Parameters").GetProperty("input.$").GetString());
        Assert.Equal("Preflight?", states.GetProperty("ReadInput").GetProperty("Next").GetString());

        var choice = states.GetProperty("Preflight?");
        Assert.Equal("PreflightOff", choice.GetProperty("Choices")[0].GetProperty("Next").GetString());
        Assert.Contains("\"StringEquals\":\"off\"", choice.GetProperty("Choices")[0].GetRawText(), StringComparison.Ordinal);
        // The input as the state carries it since ReadInput: a "$.preflight" would never be present.
        Assert.All(choice.GetProperty("Choices")[0].GetProperty("And").EnumerateArray(), c => Assert.Equal("$.input.preflight", c.GetProperty("Variable").GetString()));
        Assert.Equal("PreflightChecks", choice.GetProperty("Default").GetString());
        Assert.Equal("Plan", states.GetProperty("PreflightOff").GetProperty("Next").GetString());
        Assert.Equal(PreflightChecks.ResultPath, states.GetProperty("PreflightOff").GetProperty("ResultPath").GetString());
        Assert.Equal("Plan", states.GetProperty("PreflightChecks").GetProperty("Next").GetString());

        var plan = states.GetProperty("Plan").GetProperty("Parameters");
        Assert.Equal("$.input", plan.GetProperty("request.$").GetString());
        Assert.Equal(PreflightChecks.ResultPath, plan.GetProperty("preflight.$").GetString());
        Assert.Equal("PreflightPassed?", states.GetProperty("Plan").GetProperty("Next").GetString());
        var passed = states.GetProperty("PreflightPassed?");
        Assert.Equal("$.plan.preflight.blocks", passed.GetProperty("Choices")[0].GetProperty("Variable").GetString());
        Assert.Equal("SuitesSkipped", passed.GetProperty("Choices")[0].GetProperty("Next").GetString());
        Assert.Equal("Aggregate", states.GetProperty("SuitesSkipped").GetProperty("Next").GetString());
        Assert.Equal("RunSuites", passed.GetProperty("Default").GetString());
    }

    [Fact]
    public void Definition_Checks_OneReadOnlyCallPerOptimizationEachCaughtIntoALabelledEntry()
    {
        var branches = Definition().GetProperty("States").GetProperty("PreflightChecks").GetProperty("Branches").EnumerateArray().ToArray();

        Assert.Equal(["PreflightGetStage", "PreflightProvisionedConcurrency-auth", "PreflightWorkGroup-perfinfra-complex", "PreflightWorkGroup-perfinfra-simple"],
            branches.Select(b => b.GetProperty("StartAt").GetString()));
        var resources = branches.Select(b => b.GetProperty("States").GetProperty(b.GetProperty("StartAt").GetString()!).GetProperty("Resource").GetString()!).ToArray();
        Assert.EndsWith(":states:::aws-sdk:apigateway:getStage", resources[0], StringComparison.Ordinal);
        Assert.EndsWith(":states:::aws-sdk:lambda:getProvisionedConcurrencyConfig", resources[1], StringComparison.Ordinal);
        Assert.EndsWith(":states:::aws-sdk:athena:getWorkGroup", resources[2], StringComparison.Ordinal);
        foreach (var branch in branches)
        {
            var call = branch.GetProperty("States").GetProperty(branch.GetProperty("StartAt").GetString()!);
            Assert.Equal("$", call.GetProperty("ResultSelector").GetProperty("response.$").GetString());
            var catcher = call.GetProperty("Catch")[0];
            Assert.Equal("States.ALL", catcher.GetProperty("ErrorEquals")[0].GetString());
            var failed = branch.GetProperty("States").GetProperty(catcher.GetProperty("Next").GetString()!);
            Assert.Equal("$.error", failed.GetProperty("Parameters").GetProperty("error.$").GetString());
            Assert.Equal(call.GetProperty("ResultSelector").GetProperty("check").GetString(), failed.GetProperty("Parameters").GetProperty("check").GetString());
        }

        var pc = branches[1].GetProperty("States").GetProperty("PreflightProvisionedConcurrency-auth").GetProperty("Parameters");
        Assert.Equal("live", pc.GetProperty("Qualifier").GetString());
        Assert.Equal("prod", branches[0].GetProperty("States").GetProperty("PreflightGetStage").GetProperty("Parameters").GetProperty("StageName").GetString());
    }

    [Fact]
    public void Definition_Verdict_AFailedPreflightEndsInItsOwnError()
    {
        var states = Definition().GetProperty("States");
        var verdict = states.GetProperty("Verdict?").GetProperty("Choices");

        Assert.Equal("$.report.preflightFailed", verdict[1].GetProperty("Variable").GetString());
        Assert.Equal(LoadTestStateMachine.PreflightFailedError, states.GetProperty(verdict[1].GetProperty("Next").GetString()!).GetProperty("Error").GetString());
    }

    [Fact]
    public void Plan_Environment_ExpectationsFromTheSameSettingsAsTheOptimizations()
    {
        var plan = app.Json[PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::Lambda::Function"
                && r.Value.GetProperty("Properties").GetProperty("Handler").GetString() == LoadTestFunctions.PlanHandler).Value;
        var json = plan.GetProperty("Properties").GetProperty("Environment").GetProperty("Variables").GetProperty(LoadTestFunctions.PreflightExpectedVariable).GetString()!;

        var expected = JsonSerializer.Deserialize<AwsPreflightExpectations>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal("0.5", expected.Stage!.CacheClusterSizeGb);
        Assert.Equal(300, expected.Stage.CacheTtlSeconds);
        Assert.Equal(5000, expected.Stage.ThrottlingBurstLimit);
        Assert.Equal(6, expected.Stage.Routes.Count);
        Assert.Null(expected.Stage.Routes.Single(r => r.HttpMethod == "POST").CacheTtlSeconds);
        Assert.Equal(3600, expected.Stage.Routes.Single(r => r.Path == "/categories").CacheTtlSeconds);
        Assert.Equal(new ProvisionedConcurrencyExpectation("auth", "live", 5), Assert.Single(expected.ProvisionedConcurrency));
        Assert.Equal([("perfinfra-complex", 100L << 30), ("perfinfra-simple", 1L << 30)], expected.WorkGroups.Select(w => (w.Name, w.BytesScannedCutoffPerQuery)));
    }

    [Fact]
    public void Iam_StateMachineRole_PreflightReadsOnlyItsResources()
    {
        var statements = app.Json[PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("Type").GetString() == "AWS::IAM::Policy")
            .SelectMany(r => r.Value.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .ToArray();

        foreach (var (action, resource) in new[]
        {
            ("apigateway:GET", "/stages/prod"),
            ("lambda:GetProvisionedConcurrencyConfig", ":live"),
            ("athena:GetWorkGroup", "workgroup/perfinfra-simple"),
        })
        {
            var statement = Assert.Single(statements, s => s.GetProperty("Action").GetRawText() == $"\"{action}\"");
            var text = statement.GetProperty("Resource").GetRawText();
            Assert.Contains(resource, text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"*\"", text, StringComparison.Ordinal);
        }
    }

    private JsonElement Definition()
    {
        var machine = app.Json[PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::StepFunctions::StateMachine").Value;
        var text = new StringBuilder();
        foreach (var part in machine.GetProperty("Properties").GetProperty("DefinitionString").GetProperty("Fn::Join")[1].EnumerateArray())
        {
            text.Append(part.ValueKind == JsonValueKind.String ? part.GetString() : "token");
        }

        return JsonDocument.Parse(text.ToString()).RootElement.Clone();
    }
}
