using System.Text;
using System.Text.Json;
using Amazon.CDK;
using PerfInfra.Cdk.Constructs.Athena;
using Amazon.CDK.AWS.Lambda;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Stacks;

namespace PerfInfra.Harness.Tests.Support;

/// <summary>
/// The load-test stack synthesized in-process (asset bundling skipped: the handlers run in this
/// process; the Lambda suite's targets imported by name) and its state machine's definition with the
/// CloudFormation tokens resolved to fake ARNs (the partition to "aws").
/// </summary>
internal static class SynthesizedDefinition
{
    private const string FakeFunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:perfinfra-local";

    /// <summary>The Lambda suite's targets in the synthesized definition: (scope name, function name).</summary>
    public static readonly (string Name, string FunctionName)[] LambdaTargetNames =
        [("demo-api", "perfinfra-demo-api"), ("auth", "perfinfra-auth")];

    /// <summary>cdk.json's feature flags (as the CLI would hand them to the app), bundling skipped.</summary>
    private static Dictionary<string, object> Context()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Resolve("cdk.json")));
        var context = new Dictionary<string, object> { ["aws:cdk:bundling-stacks"] = Array.Empty<string>() };
        foreach (var entry in json.RootElement.GetProperty("context").EnumerateObject())
        {
            object? value = entry.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => entry.Value.GetString(),
                JsonValueKind.Array => entry.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(),
                _ => null,
            };
            if (value is not null)
            {
                context[entry.Name] = value;
            }
        }

        return context;
    }

    /// <summary>The data stack's names as the harness fakes them; recorded responses answer their states.</summary>
    public static PipelineSuiteTargets PipelineTargets { get; } = new(
        "arn:aws:batch:us-east-1:123456789012:job-queue/perfinfra-parquet",
        "arn:aws:batch:us-east-1:123456789012:job-definition/perfinfra-parquet:1",
        "perfinfra-replication",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "perfinfra-complex",
        "perfinfra",
        "orders",
        "arn:aws:s3:::perfinfra-curated",
        "arn:aws:s3:::perfinfra-query-results");

    public const string RestApiId = "a1b2c3d4e5";

    /// <summary>The data stack's workgroups as deployed by default (declared before its readers: static initializers run in order).</summary>
    private static readonly Dictionary<string, string> WorkGroups = new()
    {
        [AthenaQueryClass.Simple] = $"{AthenaDefaults.WorkGroupNamePrefix}-{AthenaQueryClass.Simple}",
        [AthenaQueryClass.Complex] = $"{AthenaDefaults.WorkGroupNamePrefix}-{AthenaQueryClass.Complex}",
    };

    /// <summary>The expectations of a default deployment, as the app computes them (the plan's environment in <see cref="LocalAws"/>).</summary>
    public static PerfInfra.Engine.Preflight.AwsPreflightExpectations PreflightExpected { get; } = DeployedOptimizations.Expectations(
        new PerfInfraSettings(),
        PerfInfra.Cdk.Constructs.Api.DemoApiRoutes.All,
        "live",
        WorkGroups);

    /// <summary>A pseudo parameter as CloudFormation would resolve it here; any other token is a function ARN.</summary>
    private static string Resolve(JsonElement token) =>
        token.TryGetProperty("Ref", out var reference) ? reference.GetString() switch
        {
            "AWS::Partition" => "aws",
            "AWS::Region" => "us-east-1",
            "AWS::AccountId" => "123456789012",
            "AWS::URLSuffix" => "amazonaws.com",
            _ => FakeFunctionArn,
        } : FakeFunctionArn;

    public static string Create()
    {
        var app = new App(new AppProps { Context = Context() });
        // The Lambda suite's targets by literal ARN (so their names are literal too): recorded responses match them by name.
        var platform = new Stack(app, "PerfInfra-Platform");
        var stack = new LoadTestStack(app, "PerfInfra-LoadTest", new LoadTestStackProps
        {
            LambdaTargets = LambdaTargetNames.Select(t => new LambdaSuiteTarget(t.Name, Function.FromFunctionArn(platform, t.Name, $"arn:aws:lambda:us-east-1:123456789012:function:{t.FunctionName}"), "{}")).ToArray(),
            Settings = new LoadTestSettings(),
            StateMachineName = MonitoringDefaults.TestStateMachineName,
            ConfigPath = RepositoryRoot.Resolve(MonitoringDefaults.LoadTestConfigPath),
            BootstrapDirectory = RepositoryRoot.Resolve("lambdas/PerfInfra.Lambdas"),
            // The data stack's names as deployed by default; the Athena tasks answer from recorded responses.
            Athena = new AthenaQueryTargets(
                WorkGroups,
                DataLakeDefaults.GlueDatabaseName,
                "arn:aws:s3:::perfinfra-query-results-local",
                "arn:aws:s3:::perfinfra-curated-local"),
            Pipeline = PipelineTargets,
            Preflight = new PreflightTargets(
                RestApiId,
                ApiDefaults.StageName,
                new Dictionary<string, IFunction>
                {
                    [DeployedOptimizations.AuthFunctionName] = Function.FromFunctionArn(platform, "AuthPreflight", "arn:aws:lambda:us-east-1:123456789012:function:perfinfra-auth"),
                },
                PreflightExpected),
        });
        var assembly = app.Synth();
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(assembly.Directory, stack.TemplateFile)));
        var machine = template.RootElement.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::StepFunctions::StateMachine").Value;
        var definition = machine.GetProperty("Properties").GetProperty("DefinitionString");
        if (definition.ValueKind == JsonValueKind.String)
        {
            return definition.GetString()!;
        }

        var text = new StringBuilder();
        foreach (var part in definition.GetProperty("Fn::Join")[1].EnumerateArray())
        {
            text.Append(part.ValueKind == JsonValueKind.String ? part.GetString() : Resolve(part));
        }

        return text.ToString();
    }
}
