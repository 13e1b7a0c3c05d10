namespace PerfInfra.Lambdas.Handlers;

/// <summary>The values of each function's <c>_HANDLER</c>; the CDK construct sets them (one binary, four functions).</summary>
internal static class HandlerNames
{
    public const string Plan = "plan";
    public const string LoadWorker = "load-worker";
    public const string Aggregate = "aggregate";
    public const string Report = "report";
    public const string Collect = "collect";

    /// <summary>Not deployed: the local Lambda suite measures the runtime's own cold start with it (see EchoHandler).</summary>
    public const string Echo = "echo";

    public static readonly IReadOnlyList<string> All = [Plan, LoadWorker, Aggregate, Report, Collect, Echo];
}
