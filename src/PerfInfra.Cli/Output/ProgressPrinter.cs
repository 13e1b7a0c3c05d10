using System.Globalization;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Cli.Output;

/// <summary>
/// Live progress: on a terminal one line rewritten every second (elapsed, users, rps, p95, errors);
/// when output is redirected (CI logs) a plain line every <see cref="LogInterval"/>, so logs stay short.
/// </summary>
internal sealed class ProgressPrinter(TextWriter output, bool interactive, TimeSpan plannedDuration)
{
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(10);

    private TimeSpan? _lastLogged;
    private int _lastWidth;

    public void Report(LiveStats live)
    {
        if (!interactive && _lastLogged is { } last && live.Elapsed - last < LogInterval)
        {
            return;
        }

        _lastLogged = live.Elapsed;
        var line = Format(live, plannedDuration);
        if (interactive)
        {
            output.Write("\r" + line.PadRight(_lastWidth));
            _lastWidth = line.Length;
        }
        else
        {
            output.WriteLine(line);
        }

        output.Flush();
    }

    /// <summary>Ends the live line so the summary starts on a fresh one.</summary>
    public void Complete()
    {
        if (interactive && _lastWidth > 0)
        {
            output.WriteLine();
        }
    }

    internal static string Format(LiveStats live, TimeSpan planned)
    {
        var p95 = live.P95LastSecondMilliseconds is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + " ms" : "—";
        var errorPct = live.TotalRequests == 0 ? 0 : 100.0 * live.TotalErrors / live.TotalRequests;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Clock(live.Elapsed)}/{Clock(planned)}  users {live.ActiveConcurrency,5}  rps {live.RequestsPerSecond,7:0}  p95 {p95,10}  requests {live.TotalRequests,9}  errors {live.TotalErrors} ({errorPct:0.##}%)");
    }

    private static string Clock(TimeSpan t) => $"{(int)t.TotalMinutes:00}:{t.Seconds:00}";
}
