namespace PerfInfra.Engine.Load;

/// <summary>Maps each load model's options to the executor that runs it.</summary>
internal static class LoadExecutors
{
    public static ILoadExecutor Create(LoadModelOptions options, LoadRun run) => options switch
    {
        ClosedModelOptions closed => new ClosedModelExecutor(closed, run),
        ConstantArrivalRateOptions constant => new OpenModelExecutor(constant.Schedule(), constant.MaxInFlight, run),
        RampingArrivalRateOptions ramping => new OpenModelExecutor(ramping.Schedule(), ramping.MaxInFlight, run),
        _ => throw new NotSupportedException($"load model '{options.ModelName}' ({options.GetType().Name}) has no executor"),
    };
}
