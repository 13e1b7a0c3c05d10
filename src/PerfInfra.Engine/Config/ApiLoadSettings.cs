using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Config;

/// <summary>
/// The API load shape as the config (and the command-line overrides) describe it, neutral of the
/// load-model option records in <c>Load/</c>: the host maps it to the matching
/// <see cref="LoadModelOptions"/> in one place. Fields not used by <see cref="Model"/> are null/zero:
/// closed uses <see cref="Users"/>, <see cref="RampUp"/>, <see cref="Hold"/>, <see cref="RampDown"/>;
/// constant_arrival_rate uses <see cref="RatePerSecond"/>, <see cref="Hold"/> (the run length),
/// <see cref="MaxInFlight"/>; ramping_arrival_rate uses <see cref="StartRatePerSecond"/>,
/// <see cref="Stages"/> (targets in iterations per second), <see cref="MaxInFlight"/>.
/// </summary>
public sealed record ApiLoadSettings(
    ApiLoadModel Model,
    int? Users,
    double? RatePerSecond,
    double? StartRatePerSecond,
    IReadOnlyList<LoadStage> Stages,
    TimeSpan RampUp,
    TimeSpan Hold,
    TimeSpan RampDown,
    int? MaxInFlight)
{
    /// <summary>The model's name as written in the config (<c>closed</c>, <c>constant_arrival_rate</c>, …).</summary>
    public string ModelName => Model switch
    {
        ApiLoadModel.Closed => "closed",
        ApiLoadModel.ConstantArrivalRate => "constant_arrival_rate",
        _ => "ramping_arrival_rate",
    };

    public bool IsOpen => Model != ApiLoadModel.Closed;

    /// <summary>Total planned length, every stage included.</summary>
    public TimeSpan TotalDuration => Model switch
    {
        ApiLoadModel.Closed => RampUp + Hold + RampDown,
        ApiLoadModel.ConstantArrivalRate => Hold,
        _ => Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration),
    };

    /// <summary>Virtual users (closed) or the in-flight cap (open).</summary>
    public int PeakConcurrency => (Model == ApiLoadModel.Closed ? Users : MaxInFlight) ?? 0;

    /// <summary>Highest intended arrival rate per second, or null for the closed model.</summary>
    public double? PeakRatePerSecond => Model switch
    {
        ApiLoadModel.Closed => null,
        ApiLoadModel.ConstantArrivalRate => RatePerSecond,
        _ => Math.Max(StartRatePerSecond ?? 0, Stages.Count == 0 ? 0 : Stages.Max(s => s.Target)),
    };

    public static ApiLoadSettings Closed(int users, TimeSpan rampUp, TimeSpan hold, TimeSpan rampDown) =>
        new(ApiLoadModel.Closed, users, null, null, [], rampUp, hold, rampDown, null);

    public static ApiLoadSettings ConstantArrivalRate(double ratePerSecond, TimeSpan duration, int maxInFlight) =>
        new(ApiLoadModel.ConstantArrivalRate, null, ratePerSecond, null, [], TimeSpan.Zero, duration, TimeSpan.Zero, maxInFlight);

    public static ApiLoadSettings RampingArrivalRate(double startRatePerSecond, IReadOnlyList<LoadStage> stages, int maxInFlight) =>
        new(ApiLoadModel.RampingArrivalRate, null, null, startRatePerSecond, stages, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, maxInFlight);
}
