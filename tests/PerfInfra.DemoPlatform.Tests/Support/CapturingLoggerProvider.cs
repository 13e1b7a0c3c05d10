using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PerfInfra.DemoPlatform.Tests.Support;

/// <summary>Records every log entry that reaches it, with its level and category.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private int _loggersCreated;

    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public int LoggersCreated => Volatile.Read(ref _loggersCreated);

    public ILogger CreateLogger(string categoryName)
    {
        Interlocked.Increment(ref _loggersCreated);
        return new CapturingLogger(this, categoryName);
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Entries.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
