using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>Runs one load model against a <see cref="LoadRun"/>.</summary>
internal interface ILoadExecutor
{
    /// <summary>Virtual users running (closed model) or iterations in flight (open models), right now.</summary>
    int ActiveConcurrency { get; }

    /// <summary>What the model did so far.</summary>
    LoadCounters Counters { get; }

    /// <summary>
    /// Runs for the model's planned duration, then lets in-flight requests finish for up to
    /// <see cref="LoadDefaults.GracefulStop"/>. When <paramref name="cancellation"/> fires, every
    /// request and pause is cancelled at once (cancelled requests are not recorded) and the task
    /// completes normally: stopping early is not an error.
    /// </summary>
    Task RunAsync(CancellationToken cancellation);
}
