using System.Text.Json.Serialization;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// Source-generated JSON for reports and worker results: snake_case, no reflection (the same code
/// runs in the Native AOT Lambda workers).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RunReport))]
[JsonSerializable(typeof(WorkerResult))]
[JsonSerializable(typeof(Suites.Measurements.SuiteMeasurements))]
[JsonSerializable(typeof(Preflight.PreflightCheck))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
