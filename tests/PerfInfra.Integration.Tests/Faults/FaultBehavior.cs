namespace PerfInfra.Integration.Tests.Faults;

/// <summary>What a <see cref="FaultServer"/> does with one request; says whether the connection stays open.</summary>
internal delegate Task<FaultNext> FaultBehavior(FaultExchange exchange, CancellationToken token);
