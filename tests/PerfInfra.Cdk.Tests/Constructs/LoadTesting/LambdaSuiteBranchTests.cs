using System.Text;
using System.Text.Json;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.LoadTesting;

[Collection(DefaultAppCollection.Name)]
public sealed class LambdaSuiteBranchTests(DefaultApp app)
{
    [Fact]
    public void Definition_LambdaBranch_RunsOnlyWhenThePlanAsksForIt()
    {
        var branch = Branch();

        Assert.Equal("LambdaRequested?", branch.GetProperty("StartAt").GetString());
        var choice = branch.GetProperty("States").GetProperty("LambdaRequested?");
        Assert.Equal("$.plan.suites.lambda", choice.GetProperty("Choices")[0].GetProperty("Variable").GetString());
        Assert.Equal("LambdaTargets", choice.GetProperty("Choices")[0].GetProperty("Next").GetString());
        var otherwise = branch.GetProperty("States").GetProperty(choice.GetProperty("Default").GetString()!);
        Assert.Equal("not_requested", otherwise.GetProperty("Result").GetProperty("status").GetString());
    }

    [Fact]
    public void Definition_Targets_ThePlatformsOptimizedFunctionsWithTheirEvents()
    {
        var functions = Branch().GetProperty("States").GetProperty("LambdaTargets").GetProperty("Parameters").GetProperty("functions");

        Assert.Equal(["demo-api", "auth", "ml-predictions"], functions.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(LambdaSuiteTargets.DemoApiEvent, functions[0].GetProperty("payload").GetString());
    }

    [Fact]
    public void Definition_PerFunction_SequentialColdStartsForcedByAConfigurationChangeThenWarmInvocations()
    {
        var functions = Branch().GetProperty("States").GetProperty("LambdaFunctions");
        Assert.Equal(1, functions.GetProperty("MaxConcurrency").GetInt32());
        var perFunction = functions.GetProperty("ItemProcessor").GetProperty("States");
        Assert.Equal("States.ArrayRange(1, $.coldStarts, 1)", perFunction.GetProperty("LambdaCounts").GetProperty("Parameters").GetProperty("cold.$").GetString());

        var selected = perFunction.GetProperty("LambdaFunctionSelected?");
        Assert.Equal("LambdaReadEnvironment", selected.GetProperty("Choices")[0].GetProperty("Next").GetString());
        Assert.Equal("LambdaFunctionNotSelected", selected.GetProperty("Default").GetString());
        Assert.Equal("States.ArrayContains($.functions, $.target.name)", perFunction.GetProperty("LambdaCounts").GetProperty("Parameters").GetProperty("selected.$").GetString());

        var cold = perFunction.GetProperty("LambdaColdStarts");
        var warm = perFunction.GetProperty("LambdaWarmInvocations");
        Assert.Equal(1, cold.GetProperty("MaxConcurrency").GetInt32());
        Assert.Equal(1, warm.GetProperty("MaxConcurrency").GetInt32());
        var coldStates = cold.GetProperty("ItemProcessor").GetProperty("States");
        Assert.Equal("LambdaColdStartMarker", cold.GetProperty("ItemProcessor").GetProperty("StartAt").GetString());
        Assert.Equal("$.environment.variables", cold.GetProperty("ItemSelector").GetProperty("variables.$").GetString());
        var update = coldStates.GetProperty("LambdaForceColdStart");
        Assert.EndsWith(":states:::aws-sdk:lambda:updateFunctionConfiguration", update.GetProperty("Resource").GetString(), StringComparison.Ordinal);
        Assert.Equal("States.JsonMerge($.variables, $.marker, false)",
            update.GetProperty("Parameters").GetProperty("Environment").GetProperty("Variables.$").GetString());
        Assert.Equal("LambdaWaitForUpdate", update.GetProperty("Next").GetString());
        var updated = coldStates.GetProperty("LambdaUpdated?");
        Assert.Equal("Successful", updated.GetProperty("Choices")[0].GetProperty("StringEquals").GetString());
        Assert.Equal("LambdaUpdatePending", updated.GetProperty("Default").GetString());
        Assert.Equal("LambdaWaitForUpdate", coldStates.GetProperty("LambdaUpdatePending").GetProperty("Next").GetString());
        foreach (var (states, name) in new[] { (coldStates, "LambdaInvokeCold"), (warm.GetProperty("ItemProcessor").GetProperty("States"), "LambdaInvokeWarm") })
        {
            var invoke = states.GetProperty(name);
            Assert.EndsWith(":states:::aws-sdk:lambda:invoke", invoke.GetProperty("Resource").GetString(), StringComparison.Ordinal);
            Assert.Equal("Tail", invoke.GetProperty("Parameters").GetProperty("LogType").GetString());
            Assert.Equal("States.ALL", invoke.GetProperty("Catch")[0].GetProperty("ErrorEquals")[0].GetString());
        }
    }

    [Fact]
    public void Definition_PerFunction_EnvironmentReadOnceAndPutBackAfterTheMeasurements()
    {
        var perFunction = Branch().GetProperty("States").GetProperty("LambdaFunctions").GetProperty("ItemProcessor").GetProperty("States");
        Assert.Equal("LambdaReadEnvironment", perFunction.GetProperty("LambdaFunctionSelected?").GetProperty("Choices")[0].GetProperty("Next").GetString());
        var has = perFunction.GetProperty("LambdaHasEnvironment?");
        Assert.Equal("$.configuration.Environment.Variables", has.GetProperty("Choices")[0].GetProperty("Variable").GetString());
        Assert.Equal("LambdaNoEnvironment", has.GetProperty("Default").GetString());
        Assert.Equal("LambdaColdStarts", perFunction.GetProperty("LambdaEnvironmentRead").GetProperty("Next").GetString());

        var restore = perFunction.GetProperty("LambdaRestoreEnvironment");
        Assert.EndsWith(":states:::aws-sdk:lambda:updateFunctionConfiguration", restore.GetProperty("Resource").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.environment.variables", restore.GetProperty("Parameters").GetProperty("Environment").GetProperty("Variables.$").GetString());
        Assert.Equal("LambdaRestoreEnvironment", perFunction.GetProperty("LambdaSweepRequested?").GetProperty("Default").GetString());
        Assert.Equal("LambdaRestoreEnvironment", perFunction.GetProperty("LambdaSweepRestored?").GetProperty("Default").GetString());
        Assert.Equal("LambdaFunctionResult", perFunction.GetProperty("LambdaEnvironmentRestored?").GetProperty("Default").GetString());
    }

    [Fact]
    public void Definition_MemorySweep_OneSizeAtATimeAndTheOwnSizeRestoredEvenAfterAFailure()
    {
        var perFunction = Branch().GetProperty("States").GetProperty("LambdaFunctions").GetProperty("ItemProcessor").GetProperty("States");
        Assert.Equal("LambdaSweepRequested?", perFunction.GetProperty("LambdaWarmInvocations").GetProperty("Next").GetString());
        var requested = perFunction.GetProperty("LambdaSweepRequested?");
        Assert.Equal("$.sweepSizes", requested.GetProperty("Choices")[0].GetProperty("Variable").GetString());
        Assert.Equal("LambdaSweepBegin", requested.GetProperty("Choices")[0].GetProperty("Next").GetString());
        Assert.Equal("LambdaRestoreEnvironment", requested.GetProperty("Default").GetString());

        Assert.Equal("$.MemorySize", perFunction.GetProperty("LambdaSweepReadMemory").GetProperty("ResultSelector").GetProperty("memoryMb.$").GetString());
        var sizes = perFunction.GetProperty("LambdaMemorySweep");
        Assert.Equal(1, sizes.GetProperty("MaxConcurrency").GetInt32());
        Assert.Equal("$.memorySweep", sizes.GetProperty("ItemsPath").GetString());
        Assert.Equal("LambdaSweepRestoreMemory", sizes.GetProperty("Next").GetString());
        Assert.Equal("LambdaSweepRestoreMemory", sizes.GetProperty("Catch")[0].GetProperty("Next").GetString());
        Assert.Equal("States.ALL", sizes.GetProperty("Catch")[0].GetProperty("ErrorEquals")[0].GetString());
        var perSize = sizes.GetProperty("ItemProcessor").GetProperty("States");
        Assert.Equal("$.memoryMb", perSize.GetProperty("LambdaSweepSetMemory").GetProperty("Parameters").GetProperty("MemorySize.$").GetString());
        Assert.Equal(1, perSize.GetProperty("LambdaSweepInvocations").GetProperty("MaxConcurrency").GetInt32());
        Assert.Equal("$.sweep.original.memoryMb", perFunction.GetProperty("LambdaSweepRestoreMemory").GetProperty("Parameters").GetProperty("MemorySize.$").GetString());
        Assert.Equal("LambdaRestoreEnvironment", perFunction.GetProperty("LambdaSweepRestored?").GetProperty("Default").GetString());
    }

    [Fact]
    public void Definition_Collect_HandsTheResponsesAndPlanToTheCollectFunction()
    {
        var collect = Branch().GetProperty("States").GetProperty(LambdaSuiteBranch.CollectStateName);

        // PayloadResponseOnly: the Parameters are the payload itself.
        var payload = collect.GetProperty("Parameters");
        Assert.Equal("lambda", payload.GetProperty("suite").GetString());
        Assert.Equal("$.lambdaSuite.responses", payload.GetProperty("responses.$").GetString());
        Assert.Equal("$.plan", payload.GetProperty("plan.$").GetString());
        Assert.True(collect.GetProperty("End").GetBoolean());
    }

    [Fact]
    public void Iam_StateMachineRole_UpdatesReadsAndInvokesOnlyTheTargetFunctions()
    {
        var statements = app.Json[PerfInfra.Cdk.PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("Type").GetString() == "AWS::IAM::Policy")
            .SelectMany(r => r.Value.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .ToArray();

        foreach (var action in new[] { "lambda:UpdateFunctionConfiguration", "lambda:GetFunctionConfiguration", "lambda:InvokeFunction" })
        {
            var resources = statements
                .Where(s => s.GetProperty("Action").GetRawText().Contains($"\"{action}\"", StringComparison.Ordinal))
                .SelectMany(s => s.GetProperty("Resource").ValueKind == JsonValueKind.Array ? s.GetProperty("Resource").EnumerateArray().ToArray() : [s.GetProperty("Resource")])
                .Select(r => r.GetRawText())
                .Distinct()
                .ToArray();
            Assert.DoesNotContain("\"*\"", resources);
            // The three platform functions, imported from the platform stack.
            Assert.Equal(3, resources.Count(r => r.Contains("PerfInfra-Platform", StringComparison.Ordinal)));
            if (action != "lambda:InvokeFunction")
            {
                Assert.Equal(3, resources.Length);
            }
        }
    }

    private JsonElement Branch()
    {
        var machine = app.Json[PerfInfra.Cdk.PerfInfraApp.LoadTestStackName].GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::StepFunctions::StateMachine").Value;
        var definition = machine.GetProperty("Properties").GetProperty("DefinitionString");
        var text = new StringBuilder();
        foreach (var part in definition.GetProperty("Fn::Join")[1].EnumerateArray())
        {
            text.Append(part.ValueKind == JsonValueKind.String ? part.GetString() : "token");
        }

        return JsonDocument.Parse(text.ToString()).RootElement.GetProperty("States").GetProperty("RunSuites").GetProperty("Branches")[3].Clone();
    }
}
