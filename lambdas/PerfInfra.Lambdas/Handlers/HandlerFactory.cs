using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>Builds the handler <c>_HANDLER</c> names, with its dependencies; an unknown name is an init error.</summary>
internal static class HandlerFactory
{
    public static ILambdaHandler Create(
        string? name, IObjectStore store, IKillSwitch killSwitch, LambdaSettings settings, TimeProvider time, Func<string, string?> env, TextWriter metricsOut) => name switch
    {
        HandlerNames.Plan => new PlanHandler(store, settings, killSwitch),
        HandlerNames.LoadWorker => new LoadWorkerHandler(store, settings, time, env, killSwitch),
        HandlerNames.Aggregate => new AggregateHandler(store, settings, time),
        HandlerNames.Report => new ReportHandler(store, settings, time, metricsOut),
        HandlerNames.Collect => new CollectHandler(store, settings, time, Collectors.SuiteCollectors.All),
        HandlerNames.Echo => new EchoHandler(),
        _ => throw new InvalidOperationException($"_HANDLER='{name}' is not a handler of this bootstrap (expected one of {string.Join(", ", HandlerNames.All)})"),
    };
}
