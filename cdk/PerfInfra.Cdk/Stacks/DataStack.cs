using Amazon.CDK;
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
        Dms = new DmsReplication(this, "Dms", new DmsReplicationProps(
            settings.Dms, props.Vpc, MySql.Secret, MySql.SecurityGroup, MySql.Port, Lake.RawBucket));
        Batch = new BatchProcessing(this, "Batch", new BatchProcessingProps(settings.Batch, props.Vpc, Lake.RawBucket, Lake.CuratedBucket));

        _ = new CfnOutput(this, "GlueDatabase", new CfnOutputProps { Value = Lake.DatabaseName });
        _ = new CfnOutput(this, "MySqlProxyEndpoint", new CfnOutputProps { Value = MySql.Proxy.Endpoint });
    }

    public DataLake Lake { get; }

    public AthenaWorkgroups Athena { get; }

    public MySqlSource MySql { get; }

    public DmsReplication Dms { get; }

    public BatchProcessing Batch { get; }
}
