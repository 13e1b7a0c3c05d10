using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Batch;

[Collection(DefaultAppCollection.Name)]
public sealed class BatchProcessingTests(DefaultApp app)
{
    private readonly Template _template = app.Data;

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
}
