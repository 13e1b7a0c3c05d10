namespace PerfInfra.Integration.Tests.Faults;

/// <summary>
/// Captures stdout and calls back once when `perf run` announces its load ("perf: api suite, …"): that line
/// is written after the reachability probe and before the first request, the moment to change the target.
/// </summary>
internal sealed class AnnouncementWriter(Action onAnnounced) : StringWriter
{
    private const string Announcement = "perf: api suite";
    private int _announced;

    public override void WriteLine(string? value)
    {
        Check(value);
        base.WriteLine(value);
    }

    public override Task WriteLineAsync(string? value)
    {
        Check(value);
        return base.WriteLineAsync(value);
    }

    public override void Write(string? value)
    {
        Check(value);
        base.Write(value);
    }

    private void Check(string? value)
    {
        if (value?.StartsWith(Announcement, StringComparison.Ordinal) == true && Interlocked.Exchange(ref _announced, 1) == 0)
        {
            onAnnounced();
        }
    }
}
