namespace PerfInfra.Engine.Reporting;

/// <summary>A series the host could not measure, and why (e.g. dms_lag: "needs AWS DMS").</summary>
public sealed record NotMeasuredReport(string Series, string Reason);
