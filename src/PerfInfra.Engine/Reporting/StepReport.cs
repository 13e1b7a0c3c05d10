namespace PerfInfra.Engine.Reporting;

public sealed record StepReport(string Name, MeasurementReport Measurements);
