using System.Runtime.InteropServices;

namespace PerfInfra.Cli.Running;

/// <summary>
/// Turns Ctrl-C and SIGTERM into a cancellation the run observes, instead of killing the process:
/// the engine then stops within its 2-second budget and the partial report is still written.
/// A second signal while stopping is left to the default handler, so a stuck process can still be killed.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public ShutdownSignal()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }
    }

    public CancellationToken Token => _cts.Token;

    public string? SignalName { get; private set; }

    public void Dispose()
    {
        foreach (var r in _registrations)
        {
            r.Dispose();
        }

        _cts.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cts.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        SignalName = context.Signal.ToString();
        _cts.Cancel();
    }
}
