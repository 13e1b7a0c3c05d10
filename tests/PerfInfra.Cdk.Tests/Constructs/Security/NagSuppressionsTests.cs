using System.Text.Json;
using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.SNS;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.Security;

public sealed class NagSuppressionsTests
{
    [Fact]
    public void AddToResource_TwoCalls_KeepBothRulesInCdkNagMetadata()
    {
        var template = TestStacks.Synthesize(stack =>
        {
            var topic = new Topic(stack, "Topic");
            NagSuppressions.AddToResource(topic, new NagSuppression("AwsSolutions-SNS2", "first reason, long enough"));
            NagSuppressions.AddToResource(topic, new NagSuppression("AwsSolutions-IAM5", "second reason, long enough", ["Resource::*", "/^Action::s3:.*$/"]));
        });

        var metadata = JsonSerializer.Serialize(template.FindResources("AWS::SNS::Topic").Single().Value["Metadata"]);
        Assert.Contains("\"id\":\"AwsSolutions-SNS2\"", metadata, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"AwsSolutions-IAM5\"", metadata, StringComparison.Ordinal);
        Assert.Contains("\"applies_to\":[\"Resource::*\",{\"regex\":\"/^Action::s3:.*$/\"}]", metadata, StringComparison.Ordinal);
    }

    [Fact]
    public void AddToResource_ShortReason_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => TestStacks.Synthesize(stack =>
            NagSuppressions.AddToResource(new Topic(stack, "Topic"), new NagSuppression("AwsSolutions-SNS2", "because"))));

        Assert.Contains("needs a reason", error.Message, StringComparison.Ordinal);
    }
}
