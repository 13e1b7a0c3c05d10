namespace PerfInfra.Lambdas.Handlers;

/// <summary>The values of each function's <c>_HANDLER</c>; the CDK construct sets them (one binary, four functions).</summary>
internal static class HandlerNames
{
    public const string Plan = "plan";
    public const string LoadWorker = "load-worker";
    public const string Aggregate = "aggregate";
    public const string Report = "report";
    public const string Collect = "collect";

    public static readonly IReadOnlyList<string> All = [Plan, LoadWorker, Aggregate, Report, Collect];
}
