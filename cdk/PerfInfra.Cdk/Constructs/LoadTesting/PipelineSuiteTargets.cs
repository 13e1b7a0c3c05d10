namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// What the pipeline branch drives, from the data stack (names and ARNs, so the load-test stack needs no
/// data-stack construct and the harness can pass fakes).
/// </summary>
/// <param name="BatchJobQueueArn">The Parquet conversion's job queue.</param>
/// <param name="BatchJobDefinitionArn">The Parquet conversion job; the branch overrides its command to run the throughput job.</param>
/// <param name="DmsReplicationInstanceId">Dimension ReplicationInstanceIdentifier of the DMS task metrics.</param>
/// <param name="DmsReplicationTaskResourceId">Dimension ReplicationTaskIdentifier: the task's resource id (last part of its ARN).</param>
/// <param name="AthenaWorkGroup">Workgroup of the count query (its enforced settings name the results location).</param>
/// <param name="GlueDatabase">Database of the curated tables.</param>
/// <param name="OrdersTable">The curated table the job writes the generated orders into.</param>
/// <param name="CuratedBucketArn">Where the orders table's Parquet lives (the count query reads it with the state machine's role).</param>
/// <param name="QueryResultsBucketArn">Where the workgroup writes query results (and getQueryResults reads them).</param>
public sealed record PipelineSuiteTargets(
    string BatchJobQueueArn,
    string BatchJobDefinitionArn,
    string DmsReplicationInstanceId,
    string DmsReplicationTaskResourceId,
    string AthenaWorkGroup,
    string GlueDatabase,
    string OrdersTable,
    string CuratedBucketArn,
    string QueryResultsBucketArn);
