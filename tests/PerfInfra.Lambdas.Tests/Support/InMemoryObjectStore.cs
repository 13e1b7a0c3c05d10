using System.Collections.Concurrent;
using PerfInfra.Lambdas.Aws;

namespace PerfInfra.Lambdas.Tests.Support;

/// <summary>The bucket as a dictionary; records content types so tests can check them.</summary>
internal sealed class InMemoryObjectStore : IObjectStore
{
    public ConcurrentDictionary<string, (string Text, string ContentType)> Objects { get; } = new(StringComparer.Ordinal);

    public Task PutTextAsync(string key, string text, string contentType, CancellationToken cancellationToken)
    {
        Objects[key] = (text, contentType);
        return Task.CompletedTask;
    }

    public Task<string?> GetTextAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(Objects.TryGetValue(key, out var value) ? value.Text : null);
}
