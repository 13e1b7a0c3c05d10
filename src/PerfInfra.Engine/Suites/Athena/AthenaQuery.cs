namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// One query of the suite: its class (the folder it lives in, the scope of its thresholds:
/// <c>athena/simple</c>), its name (the file name without .sql) and its SQL text.
/// </summary>
public sealed record AthenaQuery(string QueryClass, string Name, string Sql)
{
    /// <summary><c>class/name</c>, how the report's per-query table names it.</summary>
    public string Id => $"{QueryClass}/{Name}";
}
