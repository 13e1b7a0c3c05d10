using System.Globalization;
using PerfInfra.LocalSuites;

namespace PerfInfra.Cli.Output;

/// <summary>
/// Live progress of a local suite: on a terminal one line rewritten at most every 200 ms; when output
/// is redirected a plain line when the activity changes or every <see cref="ProgressPrinter.LogInterval"/>.
/// </summary>
internal sealed class SuiteProgressPrinter(TextWriter output, bool interactive)
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly DateTime _started = DateTime.UtcNow;
    private DateTime _lastWritten = DateTime.MinValue;
    private string? _lastActivity;
    private int _lastWidth;

    public void Report(SuiteProgress progress)
    {
        lock (_gate)
        {
            var now = DateTime.UtcNow;
            var changed = progress.Activity != _lastActivity;
            if (now - _lastWritten < (interactive ? TerminalInterval : ProgressPrinter.LogInterval) && !changed)
            {
                return;
            }

            _lastWritten = now;
            _lastActivity = progress.Activity;
            var line = Format(progress, now - _started);
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
    }

    public void Complete()
    {
        lock (_gate)
        {
            if (interactive && _lastWidth > 0)
            {
                output.WriteLine();
                _lastWidth = 0;
            }
        }
    }

    internal static string Format(SuiteProgress p, TimeSpan elapsed)
    {
        var count = p.Total is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{total} ({(total == 0 ? 100 : 100.0 * p.Done / total):0}%)")
            : p.Done.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}  {p.Suite}: {p.Activity}  {count}");
    }
}
