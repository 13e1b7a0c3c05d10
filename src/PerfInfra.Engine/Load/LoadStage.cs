namespace PerfInfra.Engine.Load;

/// <summary>
/// One stage of a ramping load shape: move linearly from the previous stage's target to
/// <see cref="Target"/> over <see cref="Duration"/>. Target is virtual users (closed model) or
/// iterations per second (ramping arrival rate).
/// </summary>
public readonly record struct LoadStage(TimeSpan Duration, double Target);
