namespace PerfInfra.DataPipeline;

internal static class SqlLiteral
{
    /// <summary>A SQL string literal: paths come from scratch folders, but a quote in one must not break the statement.</summary>
    public static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
