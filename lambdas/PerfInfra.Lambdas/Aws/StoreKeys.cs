using System.Globalization;

namespace PerfInfra.Lambdas.Aws;

/// <summary>
/// The bucket's layout: runs/RUN/ holds a run's working files (worker results, the judged report);
/// reports/yyyy/mm/dd/RUN/ the published set; reports/latest/ a copy of the newest complete run.
/// </summary>
internal static class StoreKeys
{
    public const string LatestPrefix = "reports/latest/";

    public static string WorkerResult(string runId, int shardIndex) =>
        $"runs/{runId}/workers/{shardIndex.ToString(CultureInfo.InvariantCulture)}.json";

    public static string SuiteMeasurements(string runId, string suite) => $"runs/{runId}/suites/{suite}.json";

    public static string JudgedReport(string runId) => $"runs/{runId}/report.json";

    public static string ReportPrefix(DateTimeOffset startedAt, string runId) =>
        $"reports/{startedAt.UtcDateTime.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)}/{runId}/";

    public static string LatestReport => LatestPrefix + Engine.Reporting.ReportFolder.JsonFileName;
}
