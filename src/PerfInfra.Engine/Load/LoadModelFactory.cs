using PerfInfra.Engine.Config;

namespace PerfInfra.Engine.Load;

/// <summary>The one place where the config's neutral load shape becomes a load model's options.</summary>
public static class LoadModelFactory
{
    public static LoadModelOptions Create(ApiLoadSettings settings) => settings.Model switch
    {
        ApiLoadModel.Closed => new ClosedModelOptions
        {
            Users = settings.Users ?? 0,
            RampUp = settings.RampUp,
            Hold = settings.Hold,
            RampDown = settings.RampDown,
        },
        ApiLoadModel.ConstantArrivalRate => new ConstantArrivalRateOptions
        {
            RatePerSecond = settings.RatePerSecond ?? 0,
            Duration = settings.Hold,
            MaxInFlight = settings.MaxInFlight ?? 0,
        },
        _ => new RampingArrivalRateOptions
        {
            StartRatePerSecond = settings.StartRatePerSecond ?? 0,
            Stages = settings.Stages,
            MaxInFlight = settings.MaxInFlight ?? 0,
        },
    };
}
