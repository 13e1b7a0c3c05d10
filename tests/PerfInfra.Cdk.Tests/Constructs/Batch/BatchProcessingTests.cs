using System.Text.Json;
using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Constructs.Batch;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Batch;

[Collection(DefaultAppCollection.Name)]
public sealed class BatchProcessingTests(DefaultApp app)
{
    private readonly Template _template = app.Data;

    /// <summary>What the staged Docker context of the job image may hold, besides the root .dockerignore CDK copies along.</summary>
    private static readonly string[] StagedTopLevel = [".dockerignore", "Directory.Build.props", "Directory.Packages.props", "jobs", "src"];

    [Fact]
    public void ComputeEnvironment_Defaults_ScalesFourToSixtyFourVcpusOnSeedInstanceTypes()
    {
        _template.HasResourceProperties("AWS::Batch::ComputeEnvironment", new Dictionary<string, object>
        {
            ["Type"] = "managed",
            ["ComputeResources"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["MinvCpus"] = BatchDefaults.MinVcpus,
                ["MaxvCpus"] = BatchDefaults.MaxVcpus,
                ["InstanceTypes"] = new[] { "c5.2xlarge", "c5.4xlarge" },
                ["AllocationStrategy"] = "BEST_FIT_PROGRESSIVE",
                ["Type"] = "EC2",
            }),
        });
    }

    [Fact]
    public void JobDefinition_Defaults_IsSizedForOneC52xlarge()
    {
        _template.HasResourceProperties("AWS::Batch::JobDefinition", new Dictionary<string, object>
        {
            ["ContainerProperties"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["ResourceRequirements"] = Match.ArrayWith([
                    Match.ObjectLike(new Dictionary<string, object> { ["Type"] = "VCPU", ["Value"] = "8" }),
                ]),
            }),
            ["Timeout"] = new Dictionary<string, object> { ["AttemptDurationSeconds"] = BatchDefaults.JobTimeoutMinutes * 60 },
        });
        _template.ResourceCountIs("AWS::Batch::JobQueue", 1);
    }

    [Fact]
    public void JobDefinition_Defaults_RunsThePipelineJobImageAssetWithTheConversionCommand()
    {
        _template.HasResourceProperties("AWS::Batch::JobDefinition", new Dictionary<string, object>
        {
            ["ContainerProperties"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Image"] = new Dictionary<string, object>
                {
                    ["Fn::Sub"] = Match.StringLikeRegexp(@"\.dkr\.ecr\..*/cdk-[a-z0-9]+-container-assets-.*:" + JobImageHash()),
                },
                ["Command"] = BatchProcessing.ConversionCommand.ToArray(),
                ["Environment"] = Match.ArrayWith([
                    Match.ObjectLike(new Dictionary<string, object> { ["Name"] = "AWS_REGION", ["Value"] = new Dictionary<string, object> { ["Ref"] = "AWS::Region" } }),
                ]),
            }),
        });
        Assert.DoesNotContain("python", JsonSerializer.Serialize(app.Json["PerfInfra-Data"]), StringComparison.Ordinal);
    }

    [Fact]
    public void JobImage_Defaults_IsBuiltFromTheJobsDockerfileForAmd64()
    {
        var image = Assert.Single(DockerImages());

        Assert.Equal("jobs/PerfInfra.PipelineJob/Dockerfile", image.GetProperty("source").GetProperty("dockerFile").GetString());
        Assert.Equal("linux/amd64", image.GetProperty("source").GetProperty("platform").GetString());
    }

    [Fact]
    public void JobImage_StagedContext_HoldsTheJobsSourcesAndNothingElse()
    {
        var staged = Path.Combine(app.AssemblyDirectory, Assert.Single(DockerImages()).GetProperty("source").GetProperty("directory").GetString()!);

        Assert.Equal(StagedTopLevel, Directory.EnumerateFileSystemEntries(staged).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(staged, BatchDefaults.JobDockerfile)));
        Assert.True(File.Exists(Path.Combine(staged, "src", "PerfInfra.DataPipeline", "PerfInfra.DataPipeline.csproj")));
        Assert.Equal(["PerfInfra.DataPipeline"], Directory.EnumerateDirectories(Path.Combine(staged, "src")).Select(Path.GetFileName));
        var forbidden = Directory.EnumerateDirectories(staged, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(d) is "bin" or "obj" or "node_modules" or ".git" or "cdk.out" or "tests" or "reports")
            .ToList();
        Assert.Empty(forbidden);
    }

    [Fact]
    public void JobRole_Puts_AreOnlyUnderThePipelinePrefixOfRawAndTheOrdersTableOfCurated()
    {
        var policy = app.Json["PerfInfra-Data"].GetProperty("Resources").EnumerateObject()
            .Single(r => r.Name.StartsWith("BatchJobRoleDefaultPolicy", StringComparison.Ordinal)).Value;
        var putResources = policy.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()
            .Where(s => Strings(s.GetProperty("Action")).Any(a => a.StartsWith("s3:Put", StringComparison.Ordinal) || a.StartsWith("s3:Delete", StringComparison.Ordinal)))
            .SelectMany(s => s.GetProperty("Resource").ValueKind == JsonValueKind.Array ? s.GetProperty("Resource").EnumerateArray().ToList() : [s.GetProperty("Resource")])
            .Select(Render)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["${DataLakeCuratedBucket.Arn}/orders/*", "${DataLakeRawBucket.Arn}/perfinfra-pipeline/*"], putResources);
    }

    private static IEnumerable<string> Strings(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => x.GetString()!) : [e.GetString()!];

    /// <summary>An ARN as text: Fn::Join parts joined, Fn::GetAtt as ${LogicalId.Attr} without CDK's hash.</summary>
    private static string Render(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        _ when e.TryGetProperty("Fn::Join", out var join) => string.Join(join[0].GetString(), join[1].EnumerateArray().Select(Render)),
        _ when e.TryGetProperty("Fn::GetAtt", out var att) => "${" + System.Text.RegularExpressions.Regex.Replace(att[0].GetString()!, "[0-9A-F]{8}$", string.Empty) + "." + att[1].GetString() + "}",
        _ => e.GetRawText(),
    };

    /// <summary>The Docker image assets of the data stack's asset manifest (cdk.out/PerfInfra-Data.assets.json).</summary>
    private List<JsonElement> DockerImages()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.AssemblyDirectory, "PerfInfra-Data.assets.json")));
        return json.RootElement.TryGetProperty("dockerImages", out var images) ? images.EnumerateObject().Select(p => p.Value.Clone()).ToList() : [];
    }

    private string JobImageHash()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.AssemblyDirectory, "PerfInfra-Data.assets.json")));
        return json.RootElement.GetProperty("dockerImages").EnumerateObject().Single().Name;
    }
}
