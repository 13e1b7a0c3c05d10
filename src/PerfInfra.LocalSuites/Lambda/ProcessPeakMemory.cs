using System.Globalization;

namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// A process's peak resident set (VmHWM in /proc/PID/status): what Lambda's "Max Memory Used" reports for
/// an execution environment. Linux only; null where /proc is absent or the process has gone.
/// </summary>
internal static class ProcessPeakMemory
{
    private const string HighWaterMarkKey = "VmHWM:";
    private const double KibPerMib = 1024;

    public static int? MaxMemoryUsedMb(int processId)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var line = lines.FirstOrDefault(l => l.StartsWith(HighWaterMarkKey, StringComparison.Ordinal));
        var kib = line?[HighWaterMarkKey.Length..].Trim().Split(' ')[0];
        // Lambda reports whole MB, rounded up.
        return long.TryParse(kib, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (int)Math.Ceiling(value / KibPerMib) : null;
    }
}
