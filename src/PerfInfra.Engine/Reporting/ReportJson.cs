using System.Text.Json;

namespace PerfInfra.Engine.Reporting;

/// <summary>Reads and writes report.json.</summary>
public static class ReportJson
{
    public static string Serialize(RunReport report) =>
        JsonSerializer.Serialize(report, ReportJsonContext.Default.RunReport);

    /// <summary>Reads a report.json; throws <see cref="InvalidDataException"/> naming the file when it is not one.</summary>
    public static RunReport Deserialize(string json, string source)
    {
        try
        {
            var report = JsonSerializer.Deserialize(json, ReportJsonContext.Default.RunReport)
                ?? throw new InvalidDataException($"{source}: empty report");
            if (report.SchemaVersion == 0)
            {
                // Any JSON object deserializes; a report always carries its schema version.
                throw new InvalidDataException($"{source}: not a PerfInfra report.json (no schema_version)");
            }

            if (report.SchemaVersion != RunReport.CurrentSchemaVersion)
            {
                throw new InvalidDataException(
                    $"{source}: schema_version {report.SchemaVersion} is not supported (this build reads {RunReport.CurrentSchemaVersion})");
            }

            return report;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a PerfInfra report.json ({e.Message})", e);
        }
    }
}
