namespace PerfInfra.Engine.Reporting;

/// <summary>
/// A table that explains a suite's numbers (per query, per pipeline stage, partition pruning, Lambda
/// REPORT lines, a memory sweep): rendered as is in Markdown and HTML. Every row has one cell per column;
/// cells are display text, units included.
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);
