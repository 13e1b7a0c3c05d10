using System.Threading.Tasks.Sources;

namespace PerfInfra.Engine.Http;

/// <summary>
/// A completion that can be awaited again and again without allocating: one per exchange, reset for
/// every request. Continuations run inline on the completing thread, like an async method's would.
/// </summary>
internal sealed class ReusableValueTaskSource<T> : IValueTaskSource<T>
{
    private ManualResetValueTaskSourceCore<T> core;

    public ValueTask<T> Task => new(this, core.Version);

    public void Reset() => core.Reset();

    public void SetResult(T result) => core.SetResult(result);

    public void SetException(Exception error) => core.SetException(error);

    public T GetResult(short token) => core.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        core.OnCompleted(continuation, state, token, flags);
}
