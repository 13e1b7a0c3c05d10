namespace PerfInfra.Engine.Safety;

/// <summary>The target's host is not on the config's allow-list; nothing was sent.</summary>
public sealed class TargetNotAllowedException(Uri target, IReadOnlyCollection<string> allowed)
    : Exception($"target host '{target.Host}' is not on the allow-list ({(allowed.Count == 0 ? "empty" : string.Join(", ", allowed))}); " +
                "add it under target.allow_hosts in the config to load it")
{
    public Uri Target { get; } = target;
}
