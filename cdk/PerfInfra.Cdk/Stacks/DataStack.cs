using Amazon.CDK;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using PerfInfra.Cdk.Constructs.Athena;
using PerfInfra.Cdk.Constructs.Batch;
using PerfInfra.Cdk.Constructs.DataLake;
using PerfInfra.Cdk.Constructs.Dms;
using PerfInfra.Cdk.Constructs.MySql;

namespace PerfInfra.Cdk.Stacks;

/// <summary>The reference platform's data side: MySQL → DMS → raw zone → Batch → curated Parquet → Athena.</summary>
public sealed class DataStack : Stack
{
    public DataStack(Construct scope, string id, DataStackProps props)
        : base(scope, id, props)
    {
        var settings = props.Settings;
        Lake = new DataLake(this, "DataLake", new DataLakeProps(settings.DataLake));
        Athena = new AthenaWorkgroups(this, "Athena", new AthenaWorkgroupsProps(settings.Athena, Lake.QueryResultsBucket));
        MySql = new MySqlSource(this, "MySql", new MySqlSourceProps(settings.MySql, props.Vpc));
        // The DMS source: an existing database's secret from settings, else the reference MySQL.
        var external = settings.Dms.SourceSecretArn is { } arn ? Secret.FromSecretCompleteArn(this, "DmsSourceSecret", arn) : null;
        Dms = new DmsReplication(this, "Dms", new DmsReplicationProps(
            settings.Dms, props.Vpc, external ?? MySql.Secret, external is null ? MySql.SecurityGroup : null, MySql.Port, Lake.RawBucket));
        Batch = new BatchProcessing(this, "Batch", new BatchProcessingProps(settings.Batch, props.Vpc, Lake.RawBucket, Lake.CuratedBucket, props.JobImageContextDirectory));

        _ = new CfnOutput(this, "GlueDatabase", new CfnOutputProps { Value = Lake.DatabaseName });
        _ = new CfnOutput(this, "MySqlProxyEndpoint", new CfnOutputProps { Value = MySql.Proxy.Endpoint });
        // What the performance-test state machine needs to run the Athena and pipeline suites.
        _ = new CfnOutput(this, "AthenaSimpleWorkGroup", new CfnOutputProps { Value = Athena.WorkGroupsByQueryClass[AthenaQueryClass.Simple] });
        _ = new CfnOutput(this, "AthenaComplexWorkGroup", new CfnOutputProps { Value = Athena.WorkGroupsByQueryClass[AthenaQueryClass.Complex] });
        _ = new CfnOutput(this, "AthenaResultReuseMaxAgeMinutes", new CfnOutputProps
        {
            Value = Athena.ResultReuseMaxAgeMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Description = "Pass as ResultReuseConfiguration.ResultReuseByAgeConfiguration.MaxAgeInMinutes to StartQueryExecution",
        });
        _ = new CfnOutput(this, "CuratedBucket", new CfnOutputProps { Value = Lake.CuratedBucket.BucketName });
        _ = new CfnOutput(this, "BatchJobQueue", new CfnOutputProps { Value = Batch.Queue.JobQueueArn });
        _ = new CfnOutput(this, "BatchJobDefinition", new CfnOutputProps { Value = Batch.JobDefinition.JobDefinitionArn });
    }

    public DataLake Lake { get; }

    public AthenaWorkgroups Athena { get; }

    public MySqlSource MySql { get; }

    public DmsReplication Dms { get; }

    public BatchProcessing Batch { get; }
}
