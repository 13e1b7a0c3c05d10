using System.Text.Json;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.Security;

/// <summary>Whole-app guarantees of issue 5's security list, checked over every synthesized template.</summary>
[Collection(DefaultAppCollection.Name)]
public sealed class SecurityBaselineTests(DefaultApp app)
{
    private IEnumerable<(string Stack, string LogicalId, JsonElement Resource)> Of(string type) =>
        app.AllResources().Where(r => r.Resource.GetProperty("Type").GetString() == type);

    [Fact]
    public void Buckets_All_AreEncryptedAndBlockPublicAccess()
    {
        var buckets = Of("AWS::S3::Bucket").ToList();
        Assert.NotEmpty(buckets);
        foreach (var (stack, id, bucket) in buckets)
        {
            var props = bucket.GetProperty("Properties");
            Assert.True(props.TryGetProperty("BucketEncryption", out _), $"{stack}/{id} is not encrypted");
            var block = props.GetProperty("PublicAccessBlockConfiguration");
            Assert.True(block.GetProperty("BlockPublicAcls").GetBoolean() && block.GetProperty("RestrictPublicBuckets").GetBoolean(), $"{stack}/{id} allows public access");
        }
    }

    [Fact]
    public void Buckets_All_DenyRequestsWithoutTls()
    {
        var policies = Of("AWS::S3::BucketPolicy").Select(p => JsonSerializer.Serialize(p.Resource)).ToList();
        var tlsOnly = policies.Count(p => p.Contains("\"aws:SecureTransport\":\"false\"", StringComparison.Ordinal) && p.Contains("\"Effect\":\"Deny\"", StringComparison.Ordinal));
        Assert.Equal(Of("AWS::S3::Bucket").Count(), tlsOnly);
    }

    [Fact]
    public void LogGroups_All_HaveRetention()
    {
        foreach (var (stack, id, group) in Of("AWS::Logs::LogGroup"))
        {
            Assert.True(group.GetProperty("Properties").TryGetProperty("RetentionInDays", out _), $"{stack}/{id} keeps logs forever");
        }
    }

    [Fact]
    public void IamPolicies_StarActionsOrResources_AreOnlyTheJustifiedXRayWrites()
    {
        foreach (var (stack, id, policy) in Of("AWS::IAM::Policy"))
        {
            foreach (var statement in policy.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            {
                var actions = AsList(statement.GetProperty("Action"));
                Assert.DoesNotContain("*", actions);
                if (statement.TryGetProperty("Resource", out var resource) && AsList(resource).Contains("*"))
                {
                    Assert.All(actions, a => Assert.True(a.StartsWith("xray:", StringComparison.Ordinal) || LogDeliveryActions.Contains(a) || NoResourceLevelReads.Contains(a), a));
                    Assert.Contains("AwsSolutions-IAM5", policy.GetRawText(), StringComparison.Ordinal);
                    _ = (stack, id);
                }
            }
        }
    }

    /// <summary>
    /// Step Functions logging to CloudWatch Logs: AWS documents these vended-log actions on Resource *
    /// (they have no resource-level permissions); the load-test state machine needs them.
    /// </summary>
    private static readonly HashSet<string> LogDeliveryActions =
    [
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
    ];

    /// <summary>
    /// Reads AWS documents without resource-level permissions: the pipeline suite's branch reads DMS lag
    /// with GetMetricData; the Batch job's execution role gets an ECR token to pull the job image asset.
    /// </summary>
    private static readonly HashSet<string> NoResourceLevelReads = ["cloudwatch:GetMetricData", "ecr:GetAuthorizationToken"];

    private static List<string> AsList(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList()
        : [e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()];
}
