namespace PerfInfra.Engine.Config;

/// <summary>The load models of the API suite; closed is N virtual users, the others are open (arrival rate).</summary>
public enum ApiLoadModel
{
    /// <summary><c>closed</c>: N virtual users looping over scenarios, with ramp-up, hold and ramp-down.</summary>
    Closed,

    /// <summary><c>constant_arrival_rate</c>: iterations start at a fixed rate, whatever the latency.</summary>
    ConstantArrivalRate,

    /// <summary><c>ramping_arrival_rate</c>: the start rate moves linearly through stages.</summary>
    RampingArrivalRate,
}
