namespace PerfInfra.Engine.Safety;

/// <summary>
/// The hosts a run may send traffic to. Matching is exact and case-insensitive on the host name
/// (no wildcards, no suffix matching: "api.example.com" does not allow "evil-api.example.com").
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _hosts;

    public HostAllowList(IEnumerable<string> hosts) =>
        _hosts = new HashSet<string>(hosts.Select(Normalize), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Hosts => _hosts;

    public bool Allows(Uri target) => _hosts.Contains(Normalize(target.IdnHost));

    /// <summary>Throws <see cref="TargetNotAllowedException"/> before any request is made.</summary>
    public void EnsureAllowed(Uri target)
    {
        if (!Allows(target))
        {
            throw new TargetNotAllowedException(target, _hosts);
        }
    }

    private static string Normalize(string host) => host.Trim().Trim('[', ']').TrimEnd('.');
}
