using System.Globalization;

namespace PerfInfra.PipelineJob.Running;

/// <summary>
/// What a person reads in CloudWatch Logs: one line per stage on stdout, one error line on stderr.
/// CloudWatch stamps every line with its time, so the lines carry durations, not clocks.
/// </summary>
internal sealed class JobLog(string command, TextWriter output, TextWriter error)
{
    public void Stage(string stage, string message, TimeSpan elapsed) =>
        output.WriteLine($"[{command}] {stage}: {message} ({Milliseconds(elapsed)} ms)");

    public void Info(string message) => output.WriteLine($"[{command}] {message}");

    public void Error(string message) => error.WriteLine($"[{command}] error: {message}");

    /// <summary>The final single-line JSON summary.</summary>
    public void Summary(string json) => output.WriteLine(json);

    public static long Milliseconds(TimeSpan elapsed) => (long)Math.Round(elapsed.TotalMilliseconds);

    /// <summary>1,234,567 bytes as "1.2 MB": log lines are for people; the summary keeps exact bytes.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
    };

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
