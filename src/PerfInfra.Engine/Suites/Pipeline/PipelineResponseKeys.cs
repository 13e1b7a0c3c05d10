namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// The contract between the state machine's pipeline branch and the collector: where each service
/// integration's response lands in the collect step's <c>responses</c> object. An <c>…Error</c> key holds
/// a caught failure (<c>{"Error": …, "Cause": …}</c>) instead of the response.
/// </summary>
public static class PipelineResponseKeys
{
    /// <summary>batch:submitJob.sync output: the job in DescribeJobs' shape.</summary>
    public const string Batch = "batch";

    public const string BatchError = "batchError";

    /// <summary>athena:startQueryExecution.sync output of the count query.</summary>
    public const string Verify = "verify";

    /// <summary>athena:getQueryResults output of the count query.</summary>
    public const string VerifyResults = "verifyResults";

    public const string VerifyError = "verifyError";

    /// <summary>cloudwatch:getMetricData output for CDCLatencySource and CDCLatencyTarget.</summary>
    public const string DmsLag = "dmsLag";

    public const string DmsLagError = "dmsLagError";
}
