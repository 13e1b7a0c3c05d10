using Amazon.CDK;
using Amazon.CDK.AWS.Athena;
using Amazon.CDK.AWS.S3;
using Constructs;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Athena;

/// <summary>
/// One Athena workgroup per query class: engine version 3, settings enforced (clients cannot override
/// the result location or the cutoff), a bytes-scanned cutoff per query, encrypted results in the
/// query-results bucket, and CloudWatch metrics on (the alarms read TotalExecutionTime per workgroup).
/// Result reuse is a per-query option of StartQueryExecution; <see cref="ResultReuseMaxAgeMinutes"/>
/// is what the test state machine passes.
/// </summary>
public sealed class AthenaWorkgroups : Construct
{
    private const string EngineVersion3 = "Athena engine version 3";

    private readonly AthenaSettings _settings;
    private readonly IBucket _results;

    public AthenaWorkgroups(Construct scope, string id, AthenaWorkgroupsProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        _results = props.QueryResultsBucket;
        WorkGroupsByQueryClass = BytesScannedCutoffByQueryClass(_settings).ToDictionary(c => c.Key, c => BuildWorkGroup(c.Key, c.Value));
        ResultReuseMaxAgeMinutes = _settings.ResultReuseMaxAgeMinutes;
    }

    /// <summary>The per-query scan cutoff each query class's workgroup enforces (the preflight expects the same).</summary>
    public static IReadOnlyDictionary<string, long> BytesScannedCutoffByQueryClass(AthenaSettings settings) => new Dictionary<string, long>
    {
        [AthenaQueryClass.Simple] = settings.SimpleBytesScannedCutoffBytes,
        [AthenaQueryClass.Complex] = settings.ComplexBytesScannedCutoffBytes,
    };

    /// <summary>Workgroup name per query class (the scenario of an Athena threshold).</summary>
    public IReadOnlyDictionary<string, string> WorkGroupsByQueryClass { get; }

    public int ResultReuseMaxAgeMinutes { get; }

    private string BuildWorkGroup(string queryClass, long bytesScannedCutoff)
    {
        var name = $"{_settings.WorkGroupNamePrefix}-{queryClass}";
        var workGroup = new CfnWorkGroup(this, "WorkGroup-" + queryClass, new CfnWorkGroupProps
        {
            Name = name,
            Description = $"PerfInfra {queryClass} queries",
            State = "ENABLED",
            RecursiveDeleteOption = true,
            WorkGroupConfiguration = new CfnWorkGroup.WorkGroupConfigurationProperty
            {
                EnforceWorkGroupConfiguration = true,
                EngineVersion = new CfnWorkGroup.EngineVersionProperty { SelectedEngineVersion = EngineVersion3 },
                BytesScannedCutoffPerQuery = bytesScannedCutoff,
                PublishCloudWatchMetricsEnabled = true,
                RequesterPaysEnabled = false,
                ResultConfiguration = new CfnWorkGroup.ResultConfigurationProperty
                {
                    OutputLocation = $"s3://{_results.BucketName}/{queryClass}/",
                    EncryptionConfiguration = new CfnWorkGroup.EncryptionConfigurationProperty { EncryptionOption = "SSE_S3" },
                },
            },
        });
        workGroup.ApplyRemovalPolicy(RemovalPolicy.DESTROY);
        return workGroup.Name;
    }
}
