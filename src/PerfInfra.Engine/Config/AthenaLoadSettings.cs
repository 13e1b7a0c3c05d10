namespace PerfInfra.Engine.Config;

/// <summary>Athena suite size of a profile: <see cref="Concurrency"/> queries at once for <see cref="Duration"/>.</summary>
public sealed record AthenaLoadSettings(int Concurrency, TimeSpan Duration);
