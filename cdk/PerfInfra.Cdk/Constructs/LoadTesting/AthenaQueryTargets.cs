namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// What the Athena branch queries: the workgroup of each query class (the data stack's
/// <c>AthenaWorkgroups</c>), the Glue database of the curated tables, the query-results bucket the
/// workgroups write to, and the curated bucket the tables read.
/// </summary>
public sealed record AthenaQueryTargets(
    IReadOnlyDictionary<string, string> WorkGroupsByQueryClass,
    string DatabaseName,
    string QueryResultsBucketArn,
    string DataBucketArn);
