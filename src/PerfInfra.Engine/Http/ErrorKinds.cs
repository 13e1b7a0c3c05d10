namespace PerfInfra.Engine.Http;

/// <summary>
/// The names under which failed requests are counted (report.json <c>errors_by_kind</c>). An
/// unexpected HTTP status is <c>http_&lt;code&gt;</c>, e.g. <c>http_503</c>.
/// </summary>
public static class ErrorKinds
{
    public const string Timeout = "timeout";
    public const string ConnectionRefused = "refused";
    public const string ConnectionReset = "reset";
    public const string Protocol = "protocol";
    public const string Tls = "tls";
    public const string Dns = "dns";
    public const string Other = "other";

    public static string ForStatus(int status) => "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
