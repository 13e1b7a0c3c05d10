namespace PerfInfra.Integration.Tests.Faults;

/// <summary>After a request: read the next one on the same connection, or close it.</summary>
internal enum FaultNext
{
    KeepOpen,
    Close,
}
