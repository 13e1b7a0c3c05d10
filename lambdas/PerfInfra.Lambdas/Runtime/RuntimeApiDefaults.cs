namespace PerfInfra.Lambdas.Runtime;

/// <summary>
/// The Lambda Runtime API contract (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html):
/// version prefix, header names and the environment variables the service sets for a custom runtime.
/// </summary>
internal static class RuntimeApiDefaults
{
    public const string VersionPrefix = "/2018-06-01/runtime";
    public const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    public const string TraceIdHeader = "Lambda-Runtime-Trace-Id";
    public const string FunctionArnHeader = "Lambda-Runtime-Invoked-Function-Arn";
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";
    public const string HandlerVariable = "_HANDLER";

    /// <summary>The X-Ray SDKs read the current trace from this variable; the runtime must set it per invocation.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>
    /// /next long-polls until an event arrives, possibly for hours on an idle function; the client must
    /// never time it out (HttpClient's default of 100 s would kill an idle sandbox's loop).
    /// </summary>
    public static readonly TimeSpan NextTimeout = Timeout.InfiniteTimeSpan;
}
