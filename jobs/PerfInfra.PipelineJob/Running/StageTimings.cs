namespace PerfInfra.PipelineJob.Running;

/// <summary>Each stage's wall time in the order the stages ran, on the injected clock.</summary>
internal sealed class StageTimings(TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();
    private readonly List<KeyValuePair<string, long>> _milliseconds = [];

    /// <summary>The stage running now, for an error line that says where the job broke.</summary>
    public string Current { get; private set; } = "start";

    public async Task<T> RunAsync<T>(string stage, Func<Task<T>> body)
    {
        Current = stage;
        var start = time.GetTimestamp();
        var result = await body();
        _milliseconds.Add(new(stage, JobLog.Milliseconds(time.GetElapsedTime(start))));
        return result;
    }

    public TimeSpan Last => TimeSpan.FromMilliseconds(_milliseconds[^1].Value);

    public TimeSpan Total => time.GetElapsedTime(_start);

    /// <summary>Stage name → milliseconds; a Dictionary nothing is removed from enumerates in insertion order, so the JSON lists stages in run order.</summary>
    public IReadOnlyDictionary<string, long> Milliseconds => _milliseconds.ToDictionary(p => p.Key, p => p.Value);
}
